"""Fines and relevance, round 39, in the shapes real pages state them: a penalty the force
was only warned of, a proposal told in a clause put before the final fine, "a penalty worth
£60,000", a payment told in the clause after a semicolon, a fine on a private firm working for
a force, a regulator "issuing £750,000 to" a force in a headline, a force's sum on a list
item's line under a headline of penalties, a force's own sanction as one item of a regulator's
roundup beside other bodies', a headline's "Force warned of ..." (the force is warned, it
gives no advice), a force another body "called in" to its own breach, and a judgment that a
surveillance technology's use was unlawful. Paraphrases written for these tests; each pairs
what must be read with what must not."""

from __future__ import annotations

from extract.clean import clean_text
from extract.models import Document
from extract.nlp import extract


def _page(nlp, text: str):  # type: ignore[no-untyped-def]
    doc = clean_text(text)
    page = Document(text=doc.text, title=doc.title)
    return extract(page, nlp)


def _fines(nlp, text: str) -> set[int]:  # type: ignore[no-untyped-def]
    return {i.fine_amount for i in _page(nlp, text).incidents if i.fine_amount}


def _force_fines(nlp, text: str) -> set[tuple[str | None, int | None]]:  # type: ignore[no-untyped-def]
    return {(i.force, i.fine_amount) for i in _page(nlp, text).incidents if i.fine_amount}


# ------------------------------------------------------------------ threats and proposals


def test_a_penalty_the_force_was_warned_of_is_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Force warned of big penalty\n\n"
        "Sussex Police has been warned of a £300,000 penalty by the data regulator after files "
        "on informants were left on an unsecured shared drive. The ICO said the figure was "
        "provisional and the force would be given the chance to respond."
    )
    ex = _page(nlp, text)
    assert ex.relevant  # the force is warned: no advice page
    assert not {i.fine_amount for i in ex.incidents if i.fine_amount}


def test_a_fine_imposed_is_still_read_beside_a_warning(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sussex Police has been fined £300,000 by the data regulator after files on "
        "informants were left on an unsecured shared drive in 2020."
    )
    assert _fines(nlp, text) == {300000}


def test_a_proposal_in_a_clause_put_first_leaves_the_final_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Three months after warning it of a possible £400,000 penalty, the ICO has confirmed "
        "a final fine of £300,000 for Lincolnshire Police over a stolen laptop in 2019."
    )
    assert _fines(nlp, text) == {300000}


def test_a_threat_in_the_main_clause_still_covers_its_amount(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "After losing a laptop in 2019, Lincolnshire Police could face a £400,000 penalty, "
        "the ICO said."
    )
    assert not _fines(nlp, text)


# ------------------------------------------------------------------ wording of the amount


def test_a_penalty_worth_an_amount_is_a_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dyfed-Powys Police has received a penalty worth £60,000 from the Information "
        "Commissioner's Office after a disc of interview footage went missing in 2019."
    )
    assert _fines(nlp, text) == {60000}


def test_equipment_worth_an_amount_is_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dyfed-Powys Police was reprimanded by the Information Commissioner's Office after "
        "laptops worth £60,000 were stolen from a station in 2019."
    )
    assert not _fines(nlp, text)


def test_paying_told_after_a_semicolon_leaves_the_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northamptonshire Police was fined £100,000 by the ICO; it paid early and so received "
        "a 20% discount. The breach, in 2019, saw a video of a witness interview posted online."
    )
    assert _fines(nlp, text) == {100000}


# ------------------------------------------------------------------ who is fined


def test_a_firm_working_for_a_force_is_fined_not_the_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Contractor fined over police records\n\n"
        "A private firm that scanned records for Surrey Police has been fined £40,000 by the "
        "Information Commissioner after a van carrying boxes of files was left unlocked "
        "overnight in 2018. The force itself faced no action."
    )
    assert not _fines(nlp, text)


def test_a_force_whose_relative_clause_names_a_firm_is_fined(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police, which used a private firm to store files, was fined £60,000 after the "
        "files were found in a skip in 2019."
    )
    assert _fines(nlp, text) == {60000}


def test_a_speaker_before_that_is_no_relative_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A council spokesman said that Kent Police was fined £60,000 after the files were "
        "found in a skip in 2019."
    )
    assert _fines(nlp, text) == {60000}


# ------------------------------------------------------------------ roundups


def test_a_forces_item_in_a_roundup_of_other_bodies_is_relevant(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Watchdog round-up: the year in enforcement\n\n"
        "Among the regulator's actions this year: Kent Police, fined £80,000 after details of "
        "a domestic abuse victim were passed to her alleged abuser in 2015; a council, "
        "reprimanded over a lost laptop; and a charity, fined £18,000 for a marketing campaign."
    )
    ex = _page(nlp, text)
    assert ex.relevant
    assert ("Kent Police", 80000) in {(i.force, i.fine_amount) for i in ex.incidents}


def test_another_bodys_sanction_that_only_mentions_a_force_stays_out(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hospital trust reprimanded\n\n"
        "A hospital trust has been reprimanded after it emailed a list of patients to Kent "
        "Police by mistake in 2022, the ICO said."
    )
    assert not _page(nlp, text).relevant


# ------------------------------------------------------------------ advice and rulings


def test_a_headline_of_police_advice_stays_advice(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police warn of scam calls\n\n"
        "Kent Police is warning residents about callers who claim to be from their bank and "
        "ask for card details."
    )
    assert not _page(nlp, text).relevant


def test_a_court_finding_a_surveillance_technology_unlawful_is_a_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Is police facial recognition now illegal?\n\n"
        "Explainer: Last week appeal judges decided that the way South Wales Police deployed "
        "live face-matching cameras at events in 2017 and 2018 breached privacy rights and "
        "data protection law. Here is what the ruling means for other forces."
    )
    ex = _page(nlp, text)
    assert ex.relevant
    assert "South Wales Police" in {i.force for i in ex.incidents}


def test_force_used_unlawfully_in_an_arrest_is_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Court rules arrest unlawful\n\n"
        "The Court of Appeal ruled that a Merseyside Police officer's use of force during an "
        "arrest in 2019 was unlawful."
    )
    assert not _page(nlp, text).relevant


def test_a_regulator_issuing_a_sum_to_a_force_is_a_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "ICO issues £750,000 to Police Service of Northern Ireland\n\n"
        "The Information Commissioner's Office has confirmed that it has fined the Police "
        "Service of Northern Ireland after a spreadsheet naming every officer was published "
        "online in August 2023."
    )
    assert _fines(nlp, text) == {750000}


def test_a_department_giving_a_sum_to_a_force_is_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Home Office hands £750,000 to Police Service of Northern Ireland\n\n"
        "The money will pay for new systems after a spreadsheet naming every officer was "
        "published online in August 2023, the ICO said."
    )
    assert not _fines(nlp, text)


def test_a_force_another_body_calls_in_is_no_party_to_its_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Council data breach: police called in\n\n"
        "A county council has called in Staffordshire Police after the personal details of "
        "2,000 foster carers were stolen from its computer system in 2022. Officers are "
        "investigating and the council has told the ICO."
    )
    assert not _page(nlp, text).relevant


def test_a_force_calling_in_another_keeps_its_own_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police has called in the Met after a laptop holding witness details was stolen "
        "from one of its stations in 2022."
    )
    ex = _page(nlp, text)
    assert ex.relevant
    assert "Kent Police" in {i.force for i in ex.incidents}


LISTICLE = (
    "Police penalties: a look back\n\n"
    "1. Gloucestershire Constabulary - £185,000\n\n"
    "An officer emailed abuse victims and revealed every recipient's address to the others "
    "in December 2016.\n\n"
    "2. South Wales Police - £160,000\n\n"
    "A video of a sex abuse victim's interview was lost after it was left unencrypted in 2011."
)


def test_an_items_sum_under_a_headline_of_fines_is_its_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _force_fines(nlp, LISTICLE) == {
        ("Gloucestershire Constabulary", 185000),
        ("South Wales Police", 160000),
    }


def test_an_items_sum_under_a_headline_of_spending_is_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LISTICLE.replace("Police penalties: a look back", "Police spending on IT: a look back")
    assert not _fines(nlp, text)


def test_an_items_sum_under_a_headline_of_threatened_fines_is_no_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LISTICLE.replace(
        "Police penalties: a look back", "Forces could face bigger penalties, a look back"
    )
    assert not _fines(nlp, text)
