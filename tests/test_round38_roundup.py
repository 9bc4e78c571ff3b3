"""Pages telling several incidents, round 38 (roundups, two forces in one breach, a force's
breach named by a compound): shapes of real roundup and trade-press pages, in paraphrases
written for these tests.

- extract.rules.attribution `_joint_subject`: 'X and Y police said ...' -- the speaker role of
  the name next to the verb does not split a joint subject; both forces' breach.
- extract.rules.attribution `names_its_breach`: 'the Cleveland Police data breach' names the
  force's own breach: an item of a roundup, though no type or year is told.
- extract.rules.tallies `_WHOSE_DATA` and extract.assemble `_SENT_TO_FIGURE_RE`: 'data
  identifying 10,000 officers' counts whose data leaked, no tally and no statistics page.
- extract.rules.relevance `another_body_at_fault`: a page opening on a force's sanction is
  not another body's news because the next item of the roundup is an NHS trust's."""

from __future__ import annotations

from datetime import date

from extract.clean import clean_text
from extract.models import Document, Extraction
from extract.nlp import extract

PUBLISHED = date(2024, 11, 20)


def run(text: str, nlp) -> Extraction:  # type: ignore[no-untyped-def]
    doc = clean_text(text)
    return extract(Document(text=doc.text, title=doc.title, published=PUBLISHED), nlp)


def forces(ex: Extraction) -> set[str]:
    return {i.force for i in ex.incidents if i.force}


def test_joint_subject_that_speaks_gives_both_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        "Kent and Essex police admitted that officers' home addresses were sent to the wrong "
        "recipients in 2023.",
        nlp,
    )
    assert forces(ex) == {"Kent Police", "Essex Police"}


def test_joint_subject_with_place_names_said(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        "Cheshire and Merseyside police said a data breach had put victims' names in files "
        "released to the public in 2022.",
        nlp,
    )
    assert forces(ex) == {"Cheshire Constabulary", "Merseyside Police"}


def test_speaker_alone_about_another_body_stays_out(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        "A council emailed a list of tenants to the wrong charity in 2022, Kent Police said.", nlp
    )
    assert forces(ex) == set()


def test_figure_of_whose_data_is_no_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        "Leaks in answers to requests\n\n"
        "Derbyshire and Leicestershire police forces said that details of 900 victims were "
        "released by mistake between April 2021 and March 2022.\n\n"
        "Police Scotland is also under investigation by the ICO after its answer to a request "
        "included data identifying 8,000 officers and staff.",
        nlp,
    )
    assert not ex.breach_counts
    assert {"Derbyshire Constabulary", "Leicestershire Police"} <= forces(ex)


def test_breach_named_by_force_compound_is_an_item(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        "Police data news\n\n"
        "A Lincolnshire Police data breach has cost a constable his job after he searched "
        "records for a friend.\n\n"
        "The Humberside Police data breach was another case that never should have happened.",
        nlp,
    )
    assert forces(ex) == {"Lincolnshire Police", "Humberside Police"}


def test_force_compound_of_figures_is_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        "Claims news\n\n"
        "Kent Police data breach figures are published every year. A council sent files to "
        "the wrong address in 2018 and was reprimanded.",
        nlp,
    )
    assert forces(ex) == set()


def test_force_item_first_then_nhs_trust_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        "Data protection news in brief\n\n"
        "- Lancashire Constabulary: reprimanded after officers shared a victim's address with "
        "her former partner in 2023.\n"
        "- University Hospitals Trust: fine cut from £784,800 to £78,400 after the ICO applied "
        "its public sector approach.\n",
        nlp,
    )
    assert forces(ex) == {"Lancashire Constabulary"}
    assert all(i.fine_amount is None for i in ex.incidents)


def test_other_body_leading_with_force_as_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        "Trust reprimanded\n\n"
        "A hospital trust was reprimanded after it sent a patient list to Kent Police by mistake "
        "in 2023.",
        nlp,
    )
    assert forces(ex) == set()


def test_group_of_bodies_listed_after_colon_names_force(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        "Watchdog round-up\n\n"
        "The ICO reprimanded four bodies for disclosing personal data: a primary school, a "
        "county council, a hospital trust and Cleveland Police.",
        nlp,
    )
    assert forces(ex) == {"Cleveland Police"}


def test_group_of_bodies_without_force_stays_out(nlp) -> None:  # type: ignore[no-untyped-def]
    ex = run(
        "Watchdog round-up\n\n"
        "The ICO reprimanded three bodies for disclosing personal data: a primary school, a "
        "county council and a hospital trust. Kent Police gave evidence to the inquiry.",
        nlp,
    )
    assert forces(ex) == set()
