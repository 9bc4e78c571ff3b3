"""Round 27b, branch r27b-attribution: a body listed after others a regulator works with
('making enquiries with both forces and the supplier') acts on nothing; a force's own
body-worn or custody recording of an arrest is its record, not a crime it investigates; a
supplier's customer whose officers' data the attack reached ('may have been accessed') is at
fault once the story tells the attack as fact; a numbered roundup heading ('2. Kent Police')
heads its section. Every sentence here was written for these tests."""

from __future__ import annotations

from incident_probe import incident_rows


def _incidents(nlp, text: str) -> set[tuple]:  # type: ignore[no-untyped-def]
    return incident_rows(nlp, text, "force", "breach_type", "breach_year", "action")


def test_a_body_listed_after_those_worked_with_acts_on_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _incidents(
        nlp,
        "Officers' details exposed\n\n"
        "Personal details of officers at Norfolk Police and Suffolk Police were exposed after a "
        "contractor's server was left unsecured in 2022. The ICO confirmed it was making "
        "enquiries into the incident with both forces and the supplier.",
    )
    assert {f for f, _, _, a in got if a == "investigation"} == {
        "Norfolk Constabulary",
        "Suffolk Constabulary",
    }
    got = _incidents(
        nlp,
        "Records left open online\n\n"
        "A spreadsheet of witness names held by Dorset Police was left open online in 2023. "
        "The ICO said it was making enquiries with Dorset Police, the council and the software "
        "firm.",
    )
    assert ("Dorset Police", "investigation") in {(f, a) for f, _, _, a in got}
    # negative: the firm is the one acted on ("fined the council and the supplier")
    got = _incidents(
        nlp,
        "Contractor breach\n\n"
        "Officers' home addresses held by Dorset Police were exposed by a contractor in 2023. "
        "The ICO fined the council and the supplier.",
    )
    assert not any(a == "monetary_penalty" for _, _, _, a in got)


def test_a_forces_own_recording_of_an_arrest_is_its_record(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _incidents(
        nlp,
        "Footage leak\n\n"
        "Body-worn camera footage of a woman being detained by Merseyside Police was passed to "
        "a tabloid newspaper in 2021. The force said it was looking into how it was shared.",
    )
    assert {f for f, *_ in got} == {"Merseyside Police"}
    # negative: a passer-by's video of an arrest is no record of the force's
    got = _incidents(
        nlp,
        "Arrest video shared online\n\n"
        "A video of a woman being detained by Merseyside Police was filmed by a passer-by and "
        "shared on social media in 2021. The force said it was aware of the clip.",
    )
    assert not got


def test_officers_data_reached_in_a_suppliers_attack_is_the_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _incidents(
        nlp,
        "Payroll hack hits force\n\n"
        "The HR software firm used by Gwent Police was hit by a ransomware attack in March "
        "2023. The force said the bank details of some officers may have been accessed and it "
        "had informed the ICO.",
    )
    assert {f for f, *_ in got} == {"Gwent Police"}
    # negative: the attack reached only the firm's own staff
    got = _incidents(
        nlp,
        "Payroll hack\n\n"
        "The HR software firm used by Gwent Police was hit by a ransomware attack in March "
        "2023. The firm said the bank details of some of its own staff may have been accessed.",
    )
    assert not got


def test_a_numbered_heading_heads_its_forces_section(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _incidents(
        nlp,
        "The forces that lost your data\n\n"
        "1. Essex Police\n\n"
        "Essex Police has been disciplining staff for misusing its systems since 2018, with "
        "officers looking up records of people they knew.\n\n"
        "2. Kent Police\n\n"
        "A bag containing witness statements was stolen from an officer's car. The force "
        "reported the theft to the ICO.\n\n"
        "3. Sussex Police\n\n"
        "In 2021 an email listing the names of 50 victims was sent to the wrong address.",
    )
    kent = [(t, y, a) for f, t, y, a in got if f == "Kent Police"]
    assert kent == [("loss_or_theft_of_paperwork", None, "referral")]
    assert not any(a for f, _, _, a in got if f == "Essex Police")
    # negative: a numbered line saying more than a force's name heads nothing
    got = _incidents(
        nlp,
        "Data blunders\n\n"
        "1. Kent Police lost a bag\n\n"
        "A bag containing witness statements was stolen from an officer's car in 2020.",
    )
    assert {f for f, *_ in got} == {"Kent Police"}


_REPRIMAND = (
    "Force reprimanded over email blunder\n\n"
    "Wiltshire Police has been reprimanded by the ICO after a staff member emailed the "
    "details of 300 victims to the wrong address in 2022. "
)


def test_another_forces_breach_told_as_alike_is_an_incident_in_passing(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _incidents(nlp, _REPRIMAND + "Thames Valley Police suffered a similar breach in 2021.")
    assert ("Thames Valley Police", "emailed_to_incorrect_recipient", 2021, None) in got
    got = _incidents(nlp, _REPRIMAND + "Thames Valley Police made the same mistake in 2020.")
    assert ("Thames Valley Police", "emailed_to_incorrect_recipient", 2020, None) in got
    # negatives: a breach to avoid, or one denied, is none
    for tail in (
        "The ICO urged forces such as Thames Valley Police to avoid the same mistake.",
        "Thames Valley Police said it had never had a similar breach.",
    ):
        got = _incidents(nlp, _REPRIMAND + tail)
        assert {f for f, *_ in got} == {"Wiltshire Police"}
