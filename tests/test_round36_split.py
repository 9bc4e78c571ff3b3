"""Several breaches of one force in one story, round 36: a line (or a clause) telling how
and when a breach of another kind happened in another year is an incident of its own; a
breach told twice (found out, reported or decided in another year, told again by the
regulator, its consequence) stays one. FOI stories: a case opened without its noun ("In
another, ...") or as the subject ("One case involved ...") is a case of its own, and a case
runs no further than the next line telling a breach of another kind.
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from incident_probe import incident_rows

PUB = date(2024, 6, 1)


def _tuples(nlp, text: str) -> set[tuple]:  # type: ignore[no-untyped-def]
    return incident_rows(nlp, text, "force", "breach_type", "breach_year", published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Force in second data blunder\nWest Mercia Police has admitted sending a sex "
            "offender's victim's new address to the offender by post in 2023. Back in 2018 the "
            "same force left the email addresses of 300 volunteers visible to everyone when it "
            "sent a newsletter without using blind copy.",
            {
                ("West Mercia Police", "posted_to_incorrect_recipient", 2023),
                ("West Mercia Police", "failure_to_use_bcc", 2018),
            },
        ),
        (
            "Suffolk rebuked\nThe Information Commissioner has served an enforcement notice on "
            "Suffolk Constabulary after two failings. The force published the personal details "
            "of 1,000 people on its website in 2023, and separately lost a box of custody "
            "records in 2022.",
            {
                ("Suffolk Constabulary", "published_in_error", 2023),
                ("Suffolk Constabulary", "loss_or_theft_of_paperwork", 2022),
            },
        ),
        (
            "Records looked up\nA Surrey Police officer has been sacked after he looked up the "
            "details of a woman he met online in 2023.\n\nThe force is still dealing with a 2022 "
            "breach in which the names of 500 victims were published on its website.",
            {
                ("Surrey Police", "unauthorised_access", 2023),
                ("Surrey Police", "published_in_error", 2022),
            },
        ),
        (
            "Reprimand\nThe ICO reprimanded Avon and Somerset Police after a laptop holding "
            "interview notes was stolen in 2022. Earlier, in 2019, the force had emailed a "
            "victim's address to the man she feared.",
            {
                ("Avon and Somerset Police", "loss_or_theft_of_device", 2022),
                ("Avon and Somerset Police", "emailed_to_incorrect_recipient", 2019),
            },
        ),
        (
            "Durham criticised\nDurham Constabulary lost a memory stick of custody photographs "
            "in 2021, and in 2023 one of its officers emailed a witness statement to a suspect.",
            {
                ("Durham Constabulary", "loss_or_theft_of_device", 2021),
                ("Durham Constabulary", "emailed_to_incorrect_recipient", 2023),
            },
        ),
    ],
)
def test_another_breach_of_the_force_is_its_own_incident(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert _tuples(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stolen laptop\nA laptop with witness statements was stolen from a Kent Police "
            "officer's car in 2022, and in 2023 the force told the ICO it had never been found.",
            ("Kent Police", "loss_or_theft_of_device", 2022),
        ),
        (
            "Breach found in audit\nA Lancashire Constabulary worker looked up her former "
            "husband's records in 2019, and the breach was found in an audit in 2022.",
            ("Lancashire Constabulary", "unauthorised_access", 2019),
        ),
        (
            "Names published\nNorthumbria Police published the names of 40 witnesses online in "
            "2022. The ICO said in 2024 that the force had put vulnerable people at risk by "
            "publishing their names and reprimanded it.",
            ("Northumbria Police", "published_in_error", 2022),
        ),
        (
            "Officer sacked over searches\nA Thames Valley Police officer was sacked in 2024 for "
            "looking up police records of women he met on dating apps. He carried out the "
            "searches in 2022 and 2023. A panel found his conduct amounted to gross misconduct.",
            ("Thames Valley Police", "unauthorised_access", 2022),
        ),
        (
            "Fine for lost discs\nGwent Police was fined £70,000 by the Information "
            "Commissioner's Office in 2020 after two unencrypted discs holding interview videos "
            "were lost in 2019. The discs were never recovered.",
            ("Gwent Police", "loss_or_theft_of_device", 2019),
        ),
    ],
)
def test_one_breach_told_twice_stays_one(nlp, text, expected):  # type: ignore[no-untyped-def]
    assert _tuples(nlp, text) == {expected}


def test_case_opened_without_its_noun(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Force errors\nIn one case, a Hertfordshire Constabulary officer left a folder of "
        "witness statements in a cafe and it was never found. In another, a member of staff "
        "emailed a victim's medical notes to the wrong GP. The force wrote to both people."
    )
    kinds = {t[1] for t in _tuples(nlp, text)}
    assert "emailed_to_incorrect_recipient" in kinds
    assert len(kinds) == 2


def test_case_as_the_subject(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Gwent Police logged 33 breaches\nGwent Police logged 33 data breaches in 2023, a "
        "freedom of information request has revealed. In one case, a bag of case files was "
        "stolen from a car. A second case involved a sergeant who emailed a victim's medical "
        "records to the wrong force."
    )
    assert ("Gwent Police", "emailed_to_incorrect_recipient") in {t[:2] for t in _tuples(nlp, text)}


def test_another_breach_splits_on_a_page_with_figures(nlp):  # type: ignore[no-untyped-def]
    """A story that quotes the force's yearly figures still tells its breaches apart."""
    text = (
        "Force reprimanded over victim letter\nNottinghamshire Police has been reprimanded by "
        "the Information Commissioner's Office after posting a rape victim's new address to "
        "her attacker in 2023. The force recorded 84 data breaches that year, up from 61 the "
        "year before. In 2020 the force also left a bag of custody records on a train, which "
        "was never found."
    )
    found = _tuples(nlp, text)
    assert ("Nottinghamshire Police", "posted_to_incorrect_recipient", 2023) in found
    assert ("Nottinghamshire Police", "loss_or_theft_of_paperwork", 2020) in found


def test_what_he_did_told_inside_the_cue_stays_with_his_story(nlp):  # type: ignore[no-untyped-def]
    """'was told he had also ...' on a page with figures: the same person's conduct."""
    text = (
        "Force logged 140 breaches\nFigures show Cumbria Constabulary logged 140 data breaches "
        "in 2022 and 122 in 2023. In one case in 2023, a detective emailed a witness "
        "statement to the wrong solicitor. A misconduct panel was told he had also shown her "
        "address to a friend in 2022."
    )
    found = _tuples(nlp, text)
    assert ("Cumbria Constabulary", "emailed_to_incorrect_recipient", 2023) in found
    assert not any(year == 2022 for _, _, year in found)
