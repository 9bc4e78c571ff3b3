"""Round 50, the other forces a story tells of (extract/rules/relevance.py `owns_a_breach`,
extract/assemble.py): a force told as having had a breach of its own -- the breach "at",
"by" or "involving" it or the list of forces it is in, its name (or its list) labelling the
breach, or its own verb of undergoing one ("admitted suffering two data breaches") -- is an
incident of its own beside the story's, even when the page tells nothing else of it. A
force named for another reason (commenting, counting its breaches, investigating another
body's) is none.

Every sentence here was written for these tests; none is quoted from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.incident_probe import story_forces

PUBLISHED = date(2024, 5, 10)

MAIN = (
    "Dorset Police has been reprimanded by the Information Commissioner's Office after an "
    "officer emailed the names of 400 witnesses to a local newspaper by mistake in March 2023."
)

OTHER_FORCE_BREACH = [
    # a breach "involving" a list of two forces: both forces' breach
    MAIN + " Last summer a serious data breach involving Essex and Kent police exposed the "
    "addresses of hundreds of victims.",
    # the list's own verb of undergoing
    MAIN + " Weeks earlier, Essex Police and Kent Police admitted a serious data breach of "
    "their own.",
]

OTHER_FORCES = [{"Essex Police", "Kent Police"}, {"Essex Police", "Kent Police"}]


@pytest.mark.parametrize(
    ("body", "others"), list(zip(OTHER_FORCE_BREACH, OTHER_FORCES, strict=True))
)
def test_a_force_told_as_having_had_its_own_breach_is_an_incident(
    nlp, body: str, others: set[str]
) -> None:  # type: ignore[no-untyped-def]
    forces = story_forces(nlp, "Force reprimanded over witness email", body, PUBLISHED)
    assert others <= forces
    assert "Dorset Police" in forces


NOT_ITS_BREACH = [
    # a force counting breaches: figures, no one breach of its own
    MAIN + " Kent Police suffered 340 data breaches last year, figures show.",
    # a force commenting on another's breach
    MAIN + " A Kent Police spokesman said every force should learn from the breach.",
    # a force investigating another body's breach
    MAIN + " Kent Police is investigating a data breach at a local council.",
    # forces named as holding guidance
    MAIN + " Forces such as Kent Police have guidance on avoiding a data breach.",
]


@pytest.mark.parametrize("body", NOT_ITS_BREACH)
def test_a_force_named_for_another_reason_is_no_incident(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    forces = story_forces(nlp, "Force reprimanded over witness email", body, PUBLISHED)
    assert "Kent Police" not in forces
    assert "Dorset Police" in forces
