"""Round 45, branch r45-regact: a fine the story already told (the same sum, or the sum before
or after the fifth off for paying early) stays the story's even when the line before it
mentioned an earlier, similar breach of the force; a sanction with a sum of its own after
that line still goes with the earlier breach. A sanction passed over ("more appropriate
than", "as opposed to") is not the one taken. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def incidents(nlp, text: str) -> list[tuple[int | None, int | None]]:  # type: ignore[no-untyped-def]
    """(breach year, fine) of every incident, sorted."""
    result = extract(Document(text=text), nlp)
    return sorted(((i.breach_year, i.fine_amount) for i in result.incidents), key=str)


_DISCOUNT = (
    "Police force pays £96,000 penalty over stolen laptop\n\n"
    "A laptop holding victim statements was stolen from a Cumbria Constabulary officer's car "
    "in March 2019.\n\n"
    "The force had suffered a similar security breach in 2016 but had not encrypted its "
    "devices.\n\n"
    "The Information Commissioner imposed a penalty of £120,000, reduced to £96,000 for "
    "paying early."
)

_SAME_SUM = (
    "Kent Police fined £80,000 over lost interview discs\n\n"
    "Interview discs were lost in the post by Kent Police in 2013.\n\n"
    "Despite a similar breach in 2011, the force had not changed the way it sent evidence.\n\n"
    "The ICO fined the force {sum}."
)

_EARLIER_FINE = (
    "Dorset Police reprimanded over email error\n\n"
    "Dorset Police has been reprimanded by the ICO after an officer emailed a victim's "
    "statement to the suspect in 2022.\n\n"
    "The force suffered a similar breach in 2016.\n\n"
    "It was fined £120,000 by the ICO."
)


def test_the_story_fine_told_with_its_discount_is_the_storys(nlp) -> None:  # type: ignore[no-untyped-def]
    found = incidents(nlp, _DISCOUNT)
    assert (2019, 120000) in found
    assert (2016, None) in found


def test_the_story_fine_told_again_is_the_storys(nlp) -> None:  # type: ignore[no-untyped-def]
    found = incidents(nlp, _SAME_SUM.format(sum="£80,000"))
    assert (2013, 80000) in found
    assert (2011, None) in found


@pytest.mark.parametrize(
    ("text", "earlier"),
    [(_EARLIER_FINE, (2016, 120000)), (_SAME_SUM.format(sum="£60,000"), (2011, 60000))],
)
def test_a_fine_of_another_sum_goes_with_the_earlier_breach(nlp, text, earlier) -> None:  # type: ignore[no-untyped-def]
    assert earlier in incidents(nlp, text)


def actions(nlp, text: str) -> list[tuple[str | None, int | None]]:  # type: ignore[no-untyped-def]
    """(action, fine) of every incident, sorted."""
    result = extract(Document(text=text), nlp)
    return sorted(((i.action, i.fine_amount) for i in result.incidents), key=str)


@pytest.mark.parametrize(
    "text",
    [
        "Notice served. The ICO decided an enforcement notice was more appropriate than a "
        "monetary penalty after laptops holding offender records were stolen from Durham "
        "Constabulary in 2011.",
        "Notice. Humberside Police received an enforcement notice, as opposed to a "
        "monetary penalty, after tapes of interviews were lost in 2016.",
    ],
)
def test_a_sanction_passed_over_is_not_taken(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert actions(nlp, text) == [("enforcement_notice", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Reprimand. The regulator handed Kent Police a reprimand rather than a penalty and an "
        "enforcement notice after an officer emailed a victim's statement to the wrong person "
        "in 2022.",
        "Reprimand. Instead of fining the force and issuing an enforcement notice, the ICO "
        "reprimanded Essex Police after an officer emailed a victim's statement to the wrong "
        "person in 2022.",
    ],
)
def test_every_sanction_in_a_passed_over_list_is_passed_over(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert actions(nlp, text) == [("reprimand", None)]
