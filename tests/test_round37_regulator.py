"""Regulators and actions, round 37: a regulator named beside a breach that it neither acted
on nor was told of. A telling said of a number of breaches, not one ('of which four met the
threshold for reporting to the ICO', 'the force told the ICO about 15 of them') names no
regulator of the page's breach. An inquiry whose own object is marked as another case
('investigating an unrelated complaint') or is an event of policing with no data in it
('investigating the death of a man after contact with the force') is no inquiry into the
breach. A sanction of forces counted but not named ('the ICO has reprimanded several forces')
is not this force's. A regulator named as the author of rules ('in line with ICO guidance',
'followed the ICO's code of practice') and a regulator that tells a newspaper something ('the
ICO told this newspaper ...') were not told of the breach. Guards keep the plain tellings,
inquiries and sanctions. Every sentence here was written for these tests."""

from __future__ import annotations

from incident_probe import field_values

ICO = "Information Commissioner's Office"
IOPC = "Independent Office for Police Conduct"

STATS = (
    "Staffordshire Police logged 244 data breaches in 2023, a freedom of information request "
    "shows. "
)
CASE = "Norfolk Constabulary posted a witness's statement to the man she had accused in 2023. "


def _reg(nlp, text: str) -> set:  # type: ignore[no-untyped-def]
    return field_values(nlp, text, "regulator")


def _act(nlp, text: str) -> set:  # type: ignore[no-untyped-def]
    return {a for a in field_values(nlp, text, "action") if a != "none"}


def test_counted_subset_threshold_names_no_regulator(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The constabulary's yearly governance report lists 64 incidents in 2023/24, of which "
        "three met the threshold for reporting to the Information Commissioner. The ICO "
        "closed all three cases without action."
    )
    assert _reg(nlp, "Warwickshire Police: " + text) == set()


def test_partitive_after_regulator_is_no_referral(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police logged 190 breaches over two years. "
        "The force notified the ICO about 11 of them."
    )
    assert _act(nlp, text) == set()
    assert _reg(nlp, text) == set()


def test_single_telling_still_referral(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police told the ICO after a list of 11 witnesses was emailed to a stranger in 2023."
    )
    assert _act(nlp, text) == {"referral"}
    assert _reg(nlp, text) == {ICO}


def test_unrelated_complaint_as_object(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Dyfed-Powys Police constable who looked up his brother-in-law's record in 2021 was "
        "dismissed. The IOPC is currently investigating an unrelated complaint about the force's "
        "handling of a missing person case."
    )
    assert _reg(nlp, text) == set()
    assert _act(nlp, text) == set()


def test_inquiry_into_a_death_is_not_the_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The IOPC is investigating the death of a woman after contact with Wiltshire Police in "
        "2023. Separately, the force has apologised after a letter naming 30 victims was "
        "posted to the wrong address in 2023."
    )
    assert _reg(nlp, text) == set()


def test_inquiry_into_the_breach_still_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The IOPC is investigating a Wiltshire Police sergeant who passed the address of a "
        "domestic abuse victim to her former partner in 2023."
    )
    assert _reg(nlp, text) == {IOPC}
    assert _act(nlp, text) == {"investigation"}


def test_forces_counted_not_named_are_not_sanctioned(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        STATS + "The data watchdog has rebuked several forces over comparable mistakes since 2021."
    )
    assert (
        _act(nlp, STATS + "The ICO has reprimanded a number of forces over similar slips.") == set()
    )
    assert _act(nlp, text) == set()


def test_force_named_with_its_reprimand_still_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = STATS + "The ICO reprimanded the force in 2022 after a laptop was stolen."
    assert _act(nlp, text) == {"reprimand"}


def test_regulator_guidance_is_not_a_telling(nlp) -> None:  # type: ignore[no-untyped-def]
    assert (
        _reg(
            nlp,
            CASE
            + "A spokesman said the force had reviewed what happened in line with ICO guidance.",
        )
        == set()
    )
    assert (
        _reg(
            nlp,
            CASE
            + "The force said it had followed the ICO's code of practice and contacted the woman.",
        )
        == set()
    )


def test_regulator_telling_a_newspaper_was_not_told(nlp) -> None:  # type: ignore[no-untyped-def]
    assert (
        _reg(
            nlp,
            CASE + "The ICO told the Eastern Echo it had no record of a report about the error.",
        )
        == set()
    )


def test_force_in_its_own_words_told_to_improve(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Dorset Police spokeswoman said: 'We have been told by the ICO to tighten our "
        "checks after the 2022 email error, and we accept that.'"
    )
    assert _act(nlp, text) == {"reprimand"}
    assert _reg(nlp, text) == {ICO}


def test_force_in_its_own_words_asked_for_comment_is_no_rebuke(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Dorset Police spokeswoman said: 'We have told the ICO about the 2022 email error "
        "and will improve our checks.'"
    )
    assert _act(nlp, text) == {"referral"}
