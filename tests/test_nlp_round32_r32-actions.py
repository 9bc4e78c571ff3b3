"""Actions and breach types, round 32. Actions: a sanction that only names the step not taken
is no action -- the subject of a counterfactual told after it ("a fine of £400,000 would have
been appropriate, but it reprimanded the force"), or one judged due and then passed over after
a word of contrast ("merited a fine, but it chose to issue a reprimand"), which leaves no fine
amount either; the sanction taken after a counterfactual's own sanction and a comma ("instead
of a £150,000 fine, the ICO reprimanded the force") is stated; a regulator's page that weighed
a report in the first person and closed it in the next sentence ("we took no further action")
took no action. Types: data kept past its limit, destroyed wrongly, taken though not needed,
or processing the force is made to stop ("required it to stop recording calls") is unlawful
processing (`other`); papers thrown out with the rubbish are an insecure disposal; a system
left open to the public is published in error; a record wrongly changed is inaccurate data.
Guards keep a judged sanction without a contrast, a sanction after a first-person weighing, a
case thrown out by a court and people left waiting. Every sentence here was written for these
tests."""

from __future__ import annotations

from action_probe import primary
from type_probe import best_type_of

from extract.models import Document
from extract.nlp import extract


def _actions(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return {i.action for i in ex.incidents if i.action}


def test_sanction_subject_of_counterfactual_is_not_imposed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norfolk force avoids penalty\nA penalty of £300,000 would have been justified, the "
        "data watchdog said, but the ICO reprimanded Norfolk Constabulary after it "
        "posted a rape victim's statement to her attacker in 2021."
    )
    assert _actions(nlp, text) == {"reprimand"}


def test_sanction_taken_after_the_one_not_taken(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Suffolk rebuked\nInstead of a £150,000 fine, the Information Commissioner's Office "
        "reprimanded Suffolk Constabulary for emailing a list of informants to a journalist in "
        "2023."
    )
    assert _actions(nlp, text) == {"reprimand"}


def test_sanction_judged_due_then_passed_over(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "No fine for Humberside\nThe ICO said the leak of a witness's address by Humberside "
        "Police in 2022 deserved a penalty, but it chose to issue a reprimand instead."
    )
    assert primary(nlp, text).action == "reprimand"


def test_judged_sanction_without_contrast_stands(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: the judgement is the reason for the fine imposed."""
    text = (
        "Kent Police fined\nThe ICO said the loss of unencrypted interview discs by Kent Police "
        "in 2019 warranted a £80,000 monetary penalty, which it imposed in March."
    )
    assert primary(nlp, text).action == "monetary_penalty"


def test_kept_past_its_limit_is_other(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Durham Constabulary held the fingerprint records of arrested people beyond its "
        "five-year limit from 2016, the regulator found."
    )
    assert best_type_of(nlp, text) == "other"


def test_wrongly_destroyed_records_are_other(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Essex Police mistakenly destroyed the evidence files of a rape inquiry in 2019."
    assert best_type_of(nlp, text) == "other"


def test_taken_though_not_needed_is_other(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police collected the school records of witnesses that were not needed for the "
        "inquiry in 2020."
    )
    assert best_type_of(nlp, text) == "other"


def test_thrown_out_with_the_rubbish_is_disposal(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Interview tapes from a Gwent Police station were put out with the general waste in "
        "2013 and picked up by a passer-by."
    )
    assert best_type_of(nlp, text) == "insecure_disposal"


def test_case_thrown_out_is_no_disposal(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: a court throwing out a case disposes of nothing."""
    text = "The case against the former officer was thrown out by the judge at a hearing."
    assert best_type_of(nlp, text) != "insecure_disposal"


def test_left_open_to_the_public_is_published(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Suffolk Constabulary left a trial database of crime reports open to the public for "
        "three weeks in 2022."
    )
    assert best_type_of(nlp, text) == "published_in_error"


def test_people_left_waiting_is_not_published(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: members of the public left waiting are no system left open."""
    text = "The call handler left members of the public waiting for an hour in 2022."
    assert best_type_of(nlp, text) != "published_in_error"


def test_record_wrongly_changed_is_inaccurate(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A man's criminal record was wrongly altered by a Lancashire Constabulary clerk in "
        "2018, the ICO found."
    )
    assert best_type_of(nlp, text) == "inaccurate_data"


def test_fine_judged_due_then_passed_over_has_no_amount(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "West Mercia escapes\nThe ICO said the loss of case files by West Mercia Police in "
        "2020 justified a fine of £175,000, but it decided to reprimand the force instead."
    )
    incident = primary(nlp, text)
    assert (incident.action, incident.fine_amount) == ("reprimand", None)


_SUMMARY = "Outcomes of police cases\nThis page sets out how we dealt with breach reports.\n"


def test_weighed_and_closed_in_own_voice_is_no_action(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _SUMMARY + (
        "We examined a report from Leicestershire Police about a custody record posted to the "
        "wrong address in 2020. The record was returned unopened and we took no further action."
    )
    assert _actions(nlp, text) == set()


def test_weighed_in_own_voice_then_reprimand(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: a sanction after the weighing stands."""
    text = _SUMMARY + (
        "We examined a report from Leicestershire Police about a custody record posted to the "
        "wrong address in 2020. We then issued the force with a reprimand."
    )
    assert _actions(nlp, text) == {"reprimand"}


def test_ordered_to_stop_recording_is_other(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "An enforcement notice required Norfolk Constabulary to stop recording calls made "
        "to its front counters, which it had done since 2021."
    )
    assert best_type_of(nlp, text) == "other"


def test_ordered_to_stop_monitoring_is_other(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Leicestershire Police was told to cease monitoring the phones of its civilian staff."
    assert best_type_of(nlp, text) == "other"
