"""Round 20, branch r20-attr: a force whose own people's data, or whose own systems, a
breach tells of is the force at fault, though it seems only to stand by ('information about
<force> officers', '<force> is investigating after names were leaked from its systems');
a date given by pointing back ('That happened in 2021.') dates the earlier breach or the
case told right before it, not the story's own. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from extract.models import Document
from extract.nlp import extract


def incidents(nlp, text: str):  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text), nlp)
    return [(i.mention, i.force, i.breach_year) for i in ex.incidents]


def forces_at_fault(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {force for _, force, _ in incidents(nlp, text)}


# --- the force's own people are the data subjects


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Officers' details exposed\nInformation about Kent Police officers was published "
            "in error in 2022.",
            "Kent Police",
        ),
        (
            # the headline's last word ("emailed") does not reach into the next line
            "Staff list emailed\nPersonal details relating to Essex Police staff were emailed "
            "to the wrong address by mistake in 2021.",
            "Essex Police",
        ),
    ],
)
def test_data_about_the_forces_own_people_makes_it_at_fault(nlp, text, force) -> None:  # type: ignore[no-untyped-def]
    assert forces_at_fault(nlp, text) == {force}


@pytest.mark.parametrize(
    "other",
    [
        # a complaint, no data
        "Complaint made\nA woman made a complaint about Kent Police officers in 2022 after "
        "her details were published in error.",
        # another body published it
        "Council leak\nA county council published information about Kent Police officers in "
        "error in 2022.",
    ],
)
def test_data_about_officers_another_body_leaked_or_a_complaint(nlp, other) -> None:  # type: ignore[no-untyped-def]
    own = (
        "Officers' details exposed\nInformation about Kent Police officers was published in "
        "error in 2022."
    )
    assert forces_at_fault(nlp, own) == {"Kent Police"}
    assert "Kent Police" not in forces_at_fault(nlp, other)


# --- a breach of the force's own systems while it "investigates"


def _leak(where: str) -> str:
    return f"Names leaked\nKent Police is investigating after names were leaked {where} in 2021."


@pytest.mark.parametrize(
    ("own", "other"),
    [
        ("from its systems", "from the council's systems"),
        ("from its own database", "from a school database"),
        (
            "from its computer network",
            # a denial
            "from a charity's database, but it said its systems were not affected",
        ),
    ],
)
def test_investigating_a_leak_from_its_own_systems(nlp, own, other) -> None:  # type: ignore[no-untyped-def]
    assert forces_at_fault(nlp, _leak(own)) == {"Kent Police"}
    assert "Kent Police" not in forces_at_fault(nlp, _leak(other))


# --- a date given by pointing back dates the breach told right before it

_STORY = (
    "Laptop stolen\nA Kent Police laptop holding victims' details was stolen from a car in 2023. "
)


@pytest.mark.parametrize(
    "pointer", ["That happened in 2019.", "It took place in 2019.", "The breach was in 2019."]
)
def test_pointing_back_dates_the_earlier_breach(nlp, pointer) -> None:  # type: ignore[no-untyped-def]
    text = (
        _STORY + "The force was previously fined £70,000 after unencrypted discs were lost in "
        "the post. " + pointer
    )
    assert sorted(incidents(nlp, text)) == [
        ("passing", "Kent Police", 2019),
        ("primary", "Kent Police", 2023),
    ]


def test_pointing_back_dates_the_case_told_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officer dismissed\nA Surrey Police constable was dismissed after he searched for a "
        "neighbour's records in 2023. In another case, a civilian worker emailed a witness "
        "statement to the wrong person. That happened in 2020."
    )
    assert sorted(incidents(nlp, text)) == [
        ("passing", "Surrey Police", 2020),
        ("primary", "Surrey Police", 2023),
    ]


def test_a_pointer_to_a_person_or_with_news_of_its_own_is_no_date_of_the_one_before(nlp) -> None:  # type: ignore[no-untyped-def]
    earlier = (
        _STORY + "The force was previously fined £70,000 after unencrypted discs were lost in "
        "the post. "
    )
    assert ("passing", "Kent Police", 2019) in incidents(nlp, earlier + "That happened in 2019.")
    # "That officer ..." points at a person; "It lost ..." tells a breach of its own
    for after in ["That officer retired in 2019.", "It lost a laptop on a train in 2019."]:
        text = (
            _STORY + "The force was previously fined £70,000 after unencrypted discs were lost "
            "in the post. " + after
        )
        assert ("passing", "Kent Police", 2019) not in incidents(nlp, text)
