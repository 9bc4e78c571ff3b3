"""Round 52 (pages with several forces): facts of one force lost to another name, or to a
number that counts nothing.

- An old force merged into Police Scotland, called by its nation or city: on a page naming
  one old force (Fife Constabulary) and Police Scotland by no name of its own, 'Scottish
  police', 'Glasgow police' and 'police in Dundee' are that old force
  (`ForceRecognizer._old_force_by_place`). Not where Police Scotland is named outright, nor
  where two old forces leave a choice, nor for a force only renamed (the RUC).
- The force an old one became, named only to say so ('Fife Constabulary, now part of
  Police Scotland, lost ...', 'Before the creation of Police Scotland, ...'), is no force
  of the story on a page naming that old force (`ForceRecognizer._without_successor_asides`);
  named for itself ('..., and now Police Scotland has been fined') it stays.
- Two forces' people as one subject ('A clerk at Kent Police and a constable at Essex Police
  were both dismissed for ...'): the first force's part, a subject with no verb of its own,
  shares what the sentence says after the second force (`attribution.split_by_force`).
- A number joined by a hyphen to a unit of time ('a 9-month sentence', 'a six-week
  suspension', 'a 45-year-old officer') is a length or an age, no figure
  (`tally_cues.numbers`): a roundup's one-person case that gives it is still a case of its
  force, not a statistic.

Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from extract import nlp as pipeline_module
from extract.models import Document
from extract.rules.tally_cues import numbers


def _forces(text: str, pipeline) -> list[str]:  # type: ignore[no-untyped-def]
    doc = pipeline(text)
    return [s.label_ for s in doc.spans["forces"]]


def _incident_forces(text: str) -> set[str | None]:
    return {i.force for i in pipeline_module.extract(Document(text=text)).incidents}


OLD_FORCE_PAGES = [
    (
        "Scottish police embarrassed as laptop turns up on auction site\n\n"
        "A laptop holding witness statements was sold on an auction site after Fife "
        "Constabulary handed it to a recycling firm without wiping the disk.",
        "Fife Constabulary",
    ),
    (
        "Glasgow police lose memory stick of suspects' details\n\n"
        "Strathclyde Police said a USB drive with 300 suspects' names on it had been "
        "lost by an officer travelling between two stations.",
        "Strathclyde Police",
    ),
    (
        "Tayside Police apologised after a letter naming a witness went to the wrong "
        "address.\n\nA spokesman for police in Dundee said the letter had been recovered.",
        "Tayside Police",
    ),
]


@pytest.mark.parametrize(("text", "old"), OLD_FORCE_PAGES)
def test_nation_or_city_names_the_one_old_force(text: str, old: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert set(_forces(text, nlp)) == {old}


def test_old_force_page_has_one_incident() -> None:
    text = OLD_FORCE_PAGES[1][0]
    assert _incident_forces(text) == {"Strathclyde Police"}


NEAR_MISSES = [
    # Police Scotland named outright: the merged force is meant
    (
        "Police Scotland has been reprimanded after Glasgow police emailed a list of "
        "informants to a reporter. The files dated from the days of Strathclyde Police.",
        "Police Scotland",
    ),
    # a year since the merger: the merged force's breach, the old force only history
    (
        "Glasgow police have apologised after a laptop of witness statements was stolen in "
        "2021. The force said the machine had been bought years ago by Strathclyde Police.",
        "Police Scotland",
    ),
    # the old force told as history ('the former')
    (
        "Aberdeen police said a tablet holding custody records was lost from a car. It had "
        "been issued by the former Grampian Police.",
        "Police Scotland",
    ),
    # two old forces: no telling which the nation's police are
    (
        "Scottish police chiefs were criticised after Fife Constabulary and Tayside Police "
        "both lost laptops holding victims' details.",
        "Police Scotland",
    ),
    # no old force named: the merged force
    (
        "Edinburgh police lost a laptop holding the details of 40 witnesses last month.",
        "Police Scotland",
    ),
    # a force only renamed keeps its successor's name for 'Belfast police'
    (
        "Belfast police said a file kept by the RUC had been lost in a move between offices.",
        "Police Service of Northern Ireland",
    ),
]


@pytest.mark.parametrize(("text", "kept"), NEAR_MISSES)
def test_merged_force_kept(text: str, kept: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert kept in _forces(text, nlp)


@pytest.mark.parametrize(
    "text",
    [
        "The sergeant was jailed, a 12-month term, for the checks.",
        "The constable was handed a six-week suspension after the look-ups.",
        "A 45-year-old officer admitted reading the files.",
        "She was given a 48-hour warning to return the laptop.",
    ],
)
def test_hyphenated_time_is_no_figure(text: str) -> None:
    assert numbers(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kent Police logged 12 breaches in a month.", 12),
        ("Officers made six checks over two weeks.", 6),
        ("The force recorded 45 years-worth of files lost in 31 incidents.", 31),
    ],
)
def test_counts_beside_time_words_kept(text: str, value: int) -> None:
    assert value in [n.value for n in numbers(text)]


ROUNDUP = (
    "Hundreds of police staff disciplined over database misuse\n\n"
    "Figures obtained by a campaign group show that 640 officers and staff were disciplined "
    "for misusing police databases between 2018 and 2021.\n\n"
    "Essex Police recorded 88 cases over the period, the highest of any force.\n\n"
)


def test_case_with_a_sentence_length_is_its_forces() -> None:
    text = (
        ROUNDUP + "A detective constable in Kent was given a 9-month suspended sentence for "
        "running checks on his neighbours through police systems.\n"
    )
    assert "Kent Police" in _incident_forces(text)


def test_figure_sentence_is_no_case() -> None:
    # near miss: a count of people over a period, no one case
    text = (
        ROUNDUP + "In Kent, 14 officers were disciplined over a 12-month period for "
        "searching police systems.\n"
    )
    assert "Kent Police" not in _incident_forces(text)


SUCCESSOR_ASIDES = [
    (
        "Fife Constabulary, now part of Police Scotland, lost a laptop holding the names of "
        "informants in 2011, papers released this week show.",
        {"Fife Constabulary"},
    ),
    (
        "Before the creation of Police Scotland, Tayside Police sent a list of witnesses to "
        "the wrong solicitor in 2012, and Grampian Police lost a memory stick of custody "
        "records in 2010.",
        {"Tayside Police", "Grampian Police"},
    ),
]


@pytest.mark.parametrize(("text", "forces"), SUCCESSOR_ASIDES)
def test_successor_named_as_such_is_no_force(text: str, forces: set[str]) -> None:
    assert _incident_forces(text) == forces


def test_successor_named_for_itself_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: 'now' opens no aside; Police Scotland acts in its own clause
    text = (
        "Fife Constabulary lost a laptop in 2011, and now Police Scotland has been "
        "reprimanded for emailing a victim's address to her former partner."
    )
    assert "Police Scotland" in _forces(text, nlp)


def test_successor_without_its_old_force_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: no old force named, 'the creation of' names the force itself
    text = (
        "Since the creation of Police Scotland the force has lost 14 laptops holding "
        "witness statements."
    )
    assert "Police Scotland" in _forces(text, nlp)


def test_two_forces_people_share_the_predicate() -> None:
    text = (
        "A clerk at Kent Police and a constable at Essex Police were both dismissed for "
        "looking up the records of their neighbours on police systems, the forces said."
    )
    assert _incident_forces(text) == {"Kent Police", "Essex Police"}


def test_first_force_with_its_own_clause_keeps_it() -> None:
    # near miss: each force has a verb and breach of its own
    text = (
        "A clerk at Kent Police emailed a victim's statement to the wrong address, and a "
        "constable at Essex Police looked up the records of his neighbours."
    )
    facts = pipeline_module.extract(Document(text=text)).incidents
    kinds = {i.force: i.breach_type for i in facts}
    assert kinds.get("Kent Police") == "emailed_to_incorrect_recipient"
    assert kinds.get("Essex Police") == "unauthorised_access"


def test_adjunct_naming_another_force_is_no_subject() -> None:
    # near miss: the first force is only in an adjunct before the subject
    text = (
        "While on a joint patrol with Kent Police, an Essex Police constable dropped a "
        "folder of victims' statements in a supermarket car park."
    )
    assert "Kent Police" not in _incident_forces(text)


def test_renamed_force_aside_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the RUC was renamed, not merged: 'now the PSNI' names the same force
    text = (
        "Papers held by the RUC, now the PSNI, were found in a bin in 2019. The PSNI said it "
        "had failed to shred them."
    )
    assert "Police Service of Northern Ireland" in _forces(text, nlp)


def test_year_since_merger_elsewhere_keeps_merged_force(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the place-named police's breach is dated after 2013 in the next sentence
    text = (
        "Dundee police said sorry after a tablet of custody notes went missing. It was lost "
        "in June 2019. The tablet had been bought by Tayside Police years before."
    )
    assert "Police Scotland" in _forces(text, nlp)
