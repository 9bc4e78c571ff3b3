"""Which forces had a breach, round 55 (family force55): forces whose own breach a page tells
in passing. Paraphrases written for these tests; each mechanism has cases that must fire and
near misses that must not.

1. A second force struck by a breach it shares with others -- caught up in, affected by, hit
   by it ("Essex Police was also caught up in the breach at the supplier"), or told that it
   was ("staff at Essex Police were informed that they too had been affected by the hack") --
   had a breach of its own: one record per force. Another body told of, or a force only told
   about someone else's breach, is none.
2. A case the page picks out among its breaches ("In another case, ...", "In another, ...",
   "..., and one officer from Essex Police ...") with another force at fault in it is that
   force's breach, though its words name no kind of breach. A force speaking, policing
   someone else's crime, told as what may happen, or whose person was cleared, is none.
3. A force struck by the breach the story has told already ("Essex Police was also caught up
   in the data breach", "... affected by the same data breach") shares that incident: with no
   kind of its own it takes the kind of the incident told before it. "A data breach" of its
   own keeps its own kind, or none.
4. Another force telling that people's data was released by mistake ("Essex Police has
   reported that the personal data of 200 data subjects, including victims, was wrongly
   provided to a charity") had a breach of its own, its words telling what happened though
   they name no kind: an aside naming some of the people ("including victims", "among them")
   is passed over between the data and its verb, and "data subjects" are people whose data
   it was. Data provided lawfully, or a release denied, is none.
5. On a force's page of figures, "for example," / "for instance," inside a sentence of
   figures picks out one case of the force's ("Over 40 of the cases concerned misuse of the
   intelligence system - for instance, a call handler was sacked for checking her
   ex-partner's record"): an incident of its own. Kinds listed after it, or a figure, are
   none."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _forces(text: str) -> set[str | None]:
    return {i.force for i in nlp.extract(Document(text=text)).incidents}


_SUPPLIER = (
    "Police force suffers data breach\n\n"
    "Kent Police has suffered a data breach after hackers broke into a computer run by a firm "
    "it pays to print warrant cards, exposing the names and photographs of officers.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Essex Police was also caught up in the data breach at the card maker.",
        "Essex Police has also been affected by the data breach.",
        "Essex Police was impacted by the data breach as well.",
        "Last week officers at Essex Police were informed that they too had been caught up "
        "in the data breach.",
        "Essex Police was told it had also been hit by the data breach.",
        "Essex Police learned that it had been affected by the data breach.",
    ],
)
def test_second_force_struck_by_a_shared_breach_has_one(line: str) -> None:
    assert "Essex Police" in _forces(_SUPPLIER + line + "\n")


@pytest.mark.parametrize(
    "line",
    [
        # another body told of the breach, no pronoun standing for the force
        "Essex Police was told the card maker had been hit by the data breach.",
        # the force's people told of the breach, not told they were struck by it
        "Officers at Essex Police were told about the data breach.",
        # a breach denied
        "Essex Police said it had not been affected by the data breach.",
    ],
)
def test_force_not_struck_has_none(line: str) -> None:
    assert "Essex Police" not in _forces(_SUPPLIER + line + "\n")


_CASES = (
    "Police staff snooping on records, report finds\n\n"
    "Hundreds of police officers and staff looked up people's records with no policing purpose "
    "from 2016 to 2019, a privacy campaign found.\n\n"
    "In one case a Kent Police officer searched the crime database for details of his former "
    "partner.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "In another, an Essex Police detective told a suspect that he was about to be arrested.",
        "In another case, a constable from Essex Police ran a check on a car he wanted to buy.",
        "Elsewhere, a sergeant shared a victim's address, and one officer from Essex Police "
        "looked at the file of a neighbour.",
    ],
)
def test_case_picked_out_with_another_force_at_fault_is_its_own(line: str) -> None:
    assert "Essex Police" in _forces(_CASES + line + "\n")


@pytest.mark.parametrize(
    "line",
    [
        # the force speaks of the case
        "In another case, Essex Police said the officer would face a hearing.",
        # what may happen
        "In another case, an Essex Police officer could have seen the file.",
        # the force polices someone else's crime
        "In another case, an Essex Police officer arrested a man who had stolen a laptop from "
        "a school.",
        # the case's person cleared
        "In another case, an Essex Police officer was cleared of misconduct.",
        "In another case, an Essex Police officer was found not guilty of misusing the database.",
    ],
)
def test_case_without_the_force_at_fault_gives_it_none(line: str) -> None:
    assert "Essex Police" not in _forces(_CASES + line + "\n")


def _kinds(text: str) -> dict[str | None, str | None]:
    return {i.force: i.breach_type for i in nlp.extract(Document(text=text)).incidents}


@pytest.mark.parametrize(
    "line",
    [
        "Essex Police was also caught up in the data breach.",
        "Officers at Essex Police were told that they had been affected by the same data breach.",
    ],
)
def test_force_struck_by_the_told_breach_shares_its_kind(line: str) -> None:
    kinds = _kinds(_SUPPLIER + line + "\n")
    assert kinds["Kent Police"] == "cyber_attack"
    assert kinds["Essex Police"] == "cyber_attack"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a breach of its own, told by its own words
        (
            "Essex Police has also been hit by a data breach, after a laptop was stolen from "
            "a car.",
            "loss_or_theft_of_device",
        ),
        # "a data breach": not the one told already
        ("Essex Police was also caught up in a data breach of its own last month.", None),
    ],
)
def test_force_struck_by_a_breach_of_its_own_keeps_its_kind(line: str, kind: str | None) -> None:
    kinds = _kinds(_SUPPLIER + line + "\n")
    assert "Essex Police" in kinds
    assert kinds["Essex Police"] == kind


_FINED = (
    "Police force fined over lost files\n\n"
    "Kent Police has been fined £50,000 by the data watchdog because a "
    "sergeant mislaid a notebook holding the names of burglary victims on a bus in 2021.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Essex Police has reported that the personal data of 200 data subjects, including "
        "victims, was wrongly provided to a charity.",
        "Last year Essex Police admitted that the home addresses of 40 witnesses, including two "
        "children, were mistakenly released to a journalist.",
    ],
)
def test_another_force_telling_data_released_by_mistake_had_a_breach(line: str) -> None:
    assert "Essex Police" in _forces(_FINED + line + "\n")


@pytest.mark.parametrize(
    "line",
    [
        # provided lawfully
        "Essex Police has reported that the personal data of 200 data subjects, including "
        "victims, was provided to a charity under a sharing agreement.",
        # a release denied
        "Essex Police has reported that the personal data of 200 data subjects, including "
        "victims, was not wrongly provided to anyone.",
    ],
)
def test_another_force_telling_no_release_by_mistake_had_none(line: str) -> None:
    assert "Essex Police" not in _forces(_FINED + line + "\n")


_FIGURES = (
    "Police staff misuse of records revealed\n\n"
    "Kent Police recorded 85 cases of staff misusing its computer systems from 2017 to 2019, "
    "according to figures the force gave a local paper.\n\n"
)


def _incidents(text: str) -> set[tuple[str | None, str | None]]:
    return {(i.force, i.breach_type) for i in nlp.extract(Document(text=text)).incidents}


@pytest.mark.parametrize(
    "line",
    [
        "Most of them involved the crime database; for example, two constables were warned for "
        "looking up a neighbour with no policing purpose.",
        "Over 40 of the cases concerned misuse of the intelligence system - for instance, a call "
        "handler was sacked for checking her ex-partner's record.",
    ],
)
def test_example_picked_out_of_the_figures_is_a_case(line: str) -> None:
    assert _incidents(_FIGURES + line + "\n") == {("Kent Police", "unauthorised_access")}


@pytest.mark.parametrize(
    "line",
    [
        # kinds listed, no one case
        "The breaches covered many kinds, for example, faxes to the wrong office and "
        "lost notebooks.",
        # a figure after the example marker
        "Misuse took many forms; for example, 30 of the cases involved officers searching for "
        "relatives.",
    ],
)
def test_kinds_or_figures_after_an_example_marker_are_no_case(line: str) -> None:
    assert _incidents(_FIGURES + line + "\n") == set()
