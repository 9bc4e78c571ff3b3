"""Which forces had a breach, round 54. Paraphrases written for these tests; each mechanism has
cases that must fire and near misses that must not.

1. One person's breach told right after another force's figures, with no case cue ("Essex
   Police logged 40 breaches. A constable was sacked after ..."), is that force's case, as
   "In one case, ..." there already was.
2. Many of a force's people put through a proceeding for one act on one record ("At Kent
   Police, 40 officers were disciplined for viewing a record relating to an arrest") tell one
   breach however many took part: a case on a page of figures. Records in the plural, a
   database, or a period named make it a figure.
   Another force's crowd over one record, on the page of a force's figures, is that force's
   case.
3. A force that withheld what it was asked for ("Kent Police refused to release the figures",
   "the Met's refusal to give details") is a bystander: an answer kept back is no breach.
4. A breach likened to another force's, its name a possessive with the noun left out ("a loss
   comparable to the PSNI's", "a leak like Kent Police's"), tells that force had one too."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _forces(text: str) -> set[str | None]:
    return {i.force for i in nlp.extract(Document(text=text)).incidents}


_ROUNDUP = (
    "Forces in the region reveal data breach figures\n\n"
    "Figures obtained by a privacy campaign show how often police staff misused records "
    "between 2015 and 2018.\n\n"
    "Kent Police recorded 140 breaches over that time, the highest in the region.\n\n"
)


@pytest.mark.parametrize(
    "case",
    [
        "A detective was dismissed after he passed the address of a witness to his brother.",
        "A civilian worker was sacked after looking up her neighbour on the crime database.",
        "An officer was given a final warning for showing a victim's file to a friend.",
    ],
)
def test_case_after_another_forces_figures_is_its_own(case: str) -> None:
    text = _ROUNDUP + "Essex Police had 23 breaches. " + case + "\n"
    assert "Essex Police" in _forces(text)


@pytest.mark.parametrize(
    "line",
    [
        # near miss: figures alone, no one's case after them
        "Essex Police had 23 breaches. Most involved messages going to a wrong recipient.",
        # near miss: a general rule, no one person's breach
        "Essex Police had 23 breaches. The force said staff are reminded of the rules.",
    ],
)
def test_figures_alone_make_no_case(line: str) -> None:
    assert "Essex Police" not in _forces(_ROUNDUP + line + "\n")


_DISCIPLINED = (
    "Hundreds of police staff disciplined over data misuse\n\n"
    "Upwards of 800 constables and civilian employees were disciplined over the misuse of "
    "police databases between 2015 and 2018, a campaign group found.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "At Kent Police, 40 officers and staff were disciplined for viewing a police record "
        "relating to a celebrity's arrest.",
        "Kent Police gave 35 officers written warnings for accessing a murdered teenager's "
        "record without a policing purpose.",
        "In Kent Police a combined 52 officers and staff faced misconduct action for "
        "accessing the record of a footballer who had been charged.",
    ],
)
def test_a_crowd_over_one_record_is_one_case(line: str) -> None:
    assert "Kent Police" in _forces(_DISCIPLINED + line + "\n")


@pytest.mark.parametrize(
    "line",
    [
        # near miss: records in the plural, any records, a figure
        "At Kent Police, 40 officers and staff were disciplined for viewing police records "
        "with no policing purpose.",
        # near miss: a store, not one record
        "At Kent Police, 40 officers and staff were disciplined over abuse of the police database.",
        # near miss: data in bulk, no one record
        "At Kent Police, 40 officers and staff were disciplined for sharing the information "
        "of victims on social media.",
    ],
)
def test_a_crowd_over_records_stays_a_figure(line: str) -> None:
    assert "Kent Police" not in _forces(_DISCIPLINED + line + "\n")


_ASKED = (
    "Forces reveal lost data\n\n"
    "Requests under freedom of information rules went to every force in the region.\n\n"
)
_LOST = (
    "Essex Police lost the personal details of 900 crime victims when a disc went missing in "
    "the post in 2019.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Kent Police alone would not release any information on how often its records were "
        "misused.",
        "Kent Police declined to provide any figures on lost or leaked records to the data "
        "protection watchdog.",
    ],
)
def test_a_force_withholding_an_answer_had_no_breach(line: str) -> None:
    assert _forces(_ASKED + line + "\n\n" + _LOST) == {"Essex Police"}


@pytest.mark.parametrize(
    "line",
    [
        # near miss: information given out, not kept back
        "Kent Police mistakenly published the details of 300 witnesses on its website.",
        # near miss: a refusal word, but data sent out, its own breach
        "Kent Police failed to stop an email with the details of 200 informants going to "
        "the wrong address.",
    ],
)
def test_a_force_giving_out_data_still_breached(line: str) -> None:
    assert _forces("Force apologises over data blunder\n\n" + line + "\n") == {"Kent Police"}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Campaigners criticised Kent Police's refusal to give figures for its breaches.",
            "bystander",
        ),
        ("Kent Police refused to release the figures.", "bystander"),
        # near miss: a refusal to do something else, no answer kept back
        ("Kent Police refused to delete the records of 300 people.", "agent"),
    ],
)
def test_withheld_answer_role(text: str, role: str) -> None:
    from extract.assemble import split_sentences
    from extract.rules.attribution import Roles

    sents = split_sentences(nlp.get_nlp()(text))
    mention = next(m for s in sents for m in s.forces)
    assert Roles(sents).role(mention) == role


_KENT_FIGURES = (
    "Police staff disciplined over data misuse\n\n"
    "In total 50 Kent Police constables and civilian employees have been disciplined over "
    "misuse of police databases between 2015 and 2018, a campaign group found.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "In Essex 40 officers were cautioned after looking at a computer record about a pop "
        "singer's arrest.",
        "In Essex, 40 officers were warned for viewing a footballer's record.",
    ],
)
def test_another_forces_crowd_over_one_record(line: str) -> None:
    assert "Essex Police" in _forces(_KENT_FIGURES + line + "\n")


@pytest.mark.parametrize(
    "line",
    [
        # near miss: records in the plural, a figure
        "In Essex 40 officers were cautioned for looking at records without a reason.",
        # near miss: another body's employees
        "In Essex 40 employees of the county council were cautioned after looking at a "
        "computer record.",
    ],
)
def test_another_forces_crowd_over_records_is_no_case(line: str) -> None:
    assert "Essex Police" not in _forces(_KENT_FIGURES + line + "\n")


_STORY = (
    "Force apologises after staff list put online\n\n"
    "By mistake in 2022 Essex Police put the pay grades and full names of every employee "
    "on its website, the force said.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Campaigners said the error was a leak like Kent Police's in 2021.",
        "The blunder was a data breach much like Kent Police's last year.",
    ],
)
def test_a_breach_likened_to_another_forces(line: str) -> None:
    assert _forces(_STORY + line + "\n") == {"Essex Police", "Kent Police"}


@pytest.mark.parametrize(
    "line",
    [
        # near miss: the possessive keeps its noun, no breach of Kent's told
        "The blunder was a data breach like Kent Police's officers had warned of.",
        # near miss: a comparison with no possessive, Kent only named
        "Kent Police said the data breach was like nothing it had seen.",
    ],
)
def test_no_breach_likened_to_a_force(line: str) -> None:
    assert "Kent Police" not in _forces(_STORY + line + "\n")
