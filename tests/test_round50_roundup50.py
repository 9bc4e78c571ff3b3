"""Round 50, the other forces a story tells of (extract/rules/relevance.py `owns_a_breach`,
extract/rules/attribution.py `attribute`, extract/assemble.py):

- a force told as having had a breach of its own -- the breach "at", "by" or "involving" it
  or the list of forces it is in, its name (or list) labelling the breach, or its own verb of
  undergoing or telling of one ("admitted a data breach", "disclosed the exposure of
  personal data") -- is an incident of its own beside the story's, even when the page tells
  nothing else of it; a force counting breaches, commenting, or reporting another body's
  breach is none;
- after such a sentence, "The first ... The second ..." count off that force's breaches (one
  incident each), and "The forces ..." / "The two police services ..." go on with the
  forces it listed, not with the story's force;
- a sentence likening an unnamed force's mistake to the story's ("A neighbouring force made
  the same mistake"), right before a force's breach, makes that breach of the story's kind;
- a breach "in" a nation policed by one force, of police people's data, is that force's.

Every sentence here was written for these tests; none is quoted from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.incident_probe import story_forces, story_incidents

PUBLISHED = date(2024, 5, 10)
HEAD = "Force reprimanded over witness email"
MAIN = (
    "Dorset Police was handed a reprimand by the data watchdog, the ICO, when an "
    "officer emailed the names of 400 witnesses to a local newspaper by mistake in March 2023."
)
STORY = "Dorset Police"

OTHER_FORCE_BREACH = [
    # a breach "involving" a list of two forces: both forces' breach
    (
        " Last summer a serious data breach involving Essex and Kent police exposed the "
        "addresses of hundreds of victims.",
        {"Essex Police", "Kent Police"},
    ),
    # ... told with nothing else of it
    (
        " Last summer a serious data breach involving Essex and Kent police came to light.",
        {"Essex Police", "Kent Police"},
    ),
    # the list's own verb of undergoing
    (
        " Weeks earlier, Essex Police and Kent Police admitted a serious data breach of their own.",
        {"Essex Police", "Kent Police"},
    ),
    # the list's own verb of telling, its object an exposure of people's data
    (
        " Around then, Essex and Kent police disclosed an exposure of victims' personal data "
        "held in old case files.",
        {"Essex Police", "Kent Police"},
    ),
    # struck by it, in the passive, auxiliaries between
    (
        " It comes weeks after Essex Police had also been hit by a data breach.",
        {"Essex Police"},
    ),
    # the bare breach at a force, its year before it (no count of breaches)
    (" The reprimand follows the 2021 data breach at Essex Police.", {"Essex Police"}),
    # a breach like the story's, reported by a list of forces
    (
        " Similar breaches were reported by Essex Police and Kent Police last year.",
        {"Essex Police", "Kent Police"},
    ),
    # a single force's own verb, its breaches few enough to be told, not counted
    (" Days before, Essex Police admitted three data breaches of its own.", {"Essex Police"}),
]


@pytest.mark.parametrize(("tail", "others"), OTHER_FORCE_BREACH)
def test_a_force_told_as_having_had_its_own_breach_is_an_incident(  # type: ignore[no-untyped-def]
    nlp, tail: str, others: set[str]
) -> None:
    forces = story_forces(nlp, HEAD, MAIN + tail, PUBLISHED)
    assert others <= forces
    assert STORY in forces


NOT_ITS_BREACH = [
    # a force counting breaches: figures, no one breach of its own
    " Kent Police suffered 340 data breaches last year, figures show.",
    # a force commenting on another's breach
    " A Kent Police spokesman said every force should learn from the breach.",
    # a force investigating or reporting another body's breach
    " Kent Police is investigating a data breach at a local council.",
    " Last week Kent Police reported a data breach at a local school.",
    # forces named as holding guidance
    " Forces such as Kent Police have guidance on avoiding a data breach.",
    # people struck by a breach, not a force
    " Residents in Kent had been hit by a data breach at a parish council.",
    # a leak of no data at a force's building
    " Officers were moved out after an oil leak at Kent Police's training centre.",
    # a breach of a building, its data untouched
    " Intruders got past the gates in a security breach at Kent Police's training college.",
    " A roof leak at a Kent Police station soaked the cells, though no personal data was lost.",
    # a breach foretold, not told
    " Privacy groups predicted that a data breach at Kent Police would follow.",
    # a breach to prevent
    " To avoid a data breach at Kent Police, the force has since changed its mail system.",
    # an inverted condition
    " Had Kent Police ever had a data breach of that size, its fine would have been larger.",
    # a breach acted out, or only claimed
    " A mock data breach at Kent Police was used to train its new call handlers.",
    " Rumours of a data breach at Kent Police turned out to be false.",
    " It comes after a brief scare about a data leak at Kent Police last winter.",
    # a bare breach at a force, framed as no event of the past
    " A data breach at Kent Police is the subject of a new television drama.",
    # an exposure of no one's data
    " Kent Police disclosed the exposure of its officers to risk during the riots.",
]


@pytest.mark.parametrize("tail", NOT_ITS_BREACH)
def test_a_force_named_for_another_reason_is_no_incident(nlp, tail: str) -> None:  # type: ignore[no-untyped-def]
    forces = story_forces(nlp, HEAD, MAIN + tail, PUBLISHED)
    assert "Kent Police" not in forces
    assert STORY in forces


def test_the_first_and_the_second_count_off_that_forces_breaches(nlp) -> None:  # type: ignore[no-untyped-def]
    tail = (
        " Weeks before that, Essex Police admitted three data breaches. The first was a "
        "spreadsheet of staff names published on its website in error. The second was the "
        "theft of a laptop from an officer's car."
    )
    found = story_incidents(nlp, HEAD, MAIN + tail, PUBLISHED)
    essex = {i.breach_type for i in found if i.force == "Essex Police"}
    assert essex == {"published_in_error", "loss_or_theft_of_device"}
    dorset = [i for i in found if i.force == STORY]
    assert [i.breach_type for i in dorset] == ["emailed_to_incorrect_recipient"]


def test_breaches_counted_off_take_the_year_told_of_them(nlp) -> None:  # type: ignore[no-untyped-def]
    tail = (
        " Essex Police admitted three data breaches in 2020. The first was a laptop left "
        "on a bus. The second was a letter about a victim sent to the wrong house."
    )
    found = story_incidents(nlp, HEAD, MAIN + tail, PUBLISHED)
    essex = {(i.breach_type, i.breach_year) for i in found if i.force == "Essex Police"}
    assert essex == {("loss_or_theft_of_device", 2020), ("posted_to_incorrect_recipient", 2020)}


def test_the_first_after_the_storys_own_breaches_is_the_storys(nlp) -> None:  # type: ignore[no-untyped-def]
    # the several breaches are the story's force's; another force is named after them
    body = (
        "Essex Police has been reprimanded by the regulator over two data breaches in one "
        "month, weeks after a leak at Kent Police came to light. The first saw a victim's "
        "statement posted to her neighbour. The second involved a laptop stolen from a van."
    )
    found = story_incidents(nlp, "Force reprimanded over two breaches", body, PUBLISHED)
    assert {i.force for i in found} == {"Essex Police", "Kent Police"}
    assert not any(i.breach_type for i in found if i.force == "Kent Police")


def test_the_forces_go_on_with_the_forces_just_listed(nlp) -> None:  # type: ignore[no-untyped-def]
    tail = (
        " Weeks earlier, Essex Police and Kent Police admitted a data breach. The forces said a "
        "spreadsheet of victims' names had been published on their websites in error in 2022."
    )
    found = story_incidents(nlp, HEAD, MAIN + tail, PUBLISHED)
    years = {i.force: i.breach_year for i in found}
    assert years == {STORY: 2023, "Essex Police": 2022, "Kent Police": 2022}


def test_the_forces_after_one_force_is_not_a_list(nlp) -> None:  # type: ignore[no-untyped-def]
    # one force before "The forces": no list to go on with
    tail = (
        " Weeks earlier, Essex Police admitted a data breach. The forces said they were "
        "reviewing how spreadsheets are published."
    )
    found = story_incidents(nlp, HEAD, MAIN + tail, PUBLISHED)
    assert "Kent Police" not in {i.force for i in found}


def test_a_force_likened_before_its_breach_is_of_the_storys_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Suffolk Constabulary has apologised after it sent a survey email to 150 victims with "
        "every address in the 'to' field, revealing them to one another, in April 2024. A "
        "neighbouring force made the same mistake three years earlier. Essex Police "
        "apologised after an email to residents revealed their addresses."
    )
    found = story_incidents(nlp, "Force apologises over email blunder", body, PUBLISHED)
    kinds = {i.force: i.breach_type for i in found}
    assert kinds.get("Suffolk Constabulary") == "failure_to_use_bcc"
    assert kinds.get("Essex Police") == "failure_to_use_bcc"


def test_a_force_named_after_a_likeness_but_not_at_fault_is_none(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Suffolk Constabulary has apologised after it sent a survey email to 150 victims with "
        "every address in the 'to' field, revealing them to one another, in April 2024. A "
        "neighbouring force made the same mistake three years earlier. A spokesman for Essex "
        "Police said all forces should use blind copy."
    )
    found = story_incidents(nlp, "Force apologises over email blunder", body, PUBLISHED)
    assert "Essex Police" not in {i.force for i in found}


NATION = (
    "Gloucestershire Constabulary has apologised after it published the names of 300 "
    "officers on its website by mistake in May 2024."
)


def test_a_breach_in_a_nation_of_one_force_is_that_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    tail = (
        " Last year a serious leak of records in Scotland put the names of 900 officers on a "
        "public website."
    )
    forces = story_forces(nlp, "Force apologises over names online", NATION + tail, PUBLISHED)
    assert forces == {"Gloucestershire Constabulary", "Police Scotland"}


NOT_A_NATIONS_FORCE = [
    # a nation of several forces names none of them
    " Last year a serious leak of records in Wales put the names of 900 officers on a "
    "public website.",
    # no police people's data: a breach in the nation, of anyone's
    " It follows a serious data breach in Northern Ireland that exposed hospital patients' "
    "records.",
    # the nation's body, not its force
    " It follows a breach in Northern Ireland's prison service that named 300 officers.",
    # before the nation had one force
    " In 2009 a data breach in Scotland left the names of 100 officers on a bus.",
    # officers of the nation commenting on a breach
    " Officers in Northern Ireland said the data breach was worrying.",
]


@pytest.mark.parametrize("tail", NOT_A_NATIONS_FORCE)
def test_a_breach_placed_elsewhere_names_no_force(nlp, tail: str) -> None:  # type: ignore[no-untyped-def]
    forces = story_forces(nlp, "Force apologises over names online", NATION + tail, PUBLISHED)
    assert forces == {"Gloucestershire Constabulary"}
