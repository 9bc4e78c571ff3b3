"""Round 53 (lost incidents): a force's breach a page tells that the pipeline dropped.

- On a page of figures, a case told with the case itself the subject and a word or two
  describing it ('One striking case saw a detective ...', 'Another serious incident
  involved ...'), as 'In one striking case, ...' already was: an incident of its own. 'One
  case' with no describing word is most often a count ('one case was referred') and stays
  none. What such a case led to ("..., which led to delays and possible leaks") is no
  second example of another kind.
- A look-up done for no reason of the job, however worded: a negation, at most three
  lower-case words, a word of the job or the law, then "purpose" or "reason" ('no obvious
  policing purpose', 'without any valid work reason') is a strong unauthorised_access cue;
  'no reason to believe' and 'for policing purposes' are none.
- On a page of figures, a figure that only counts how often one person did it ('a police
  officer in Essex was warned for carrying out 40 records checks') is the case's detail, not
  a figure of the page's: another force's case told so is an incident of its own, and the
  page furniture after it ('Content from our partners') is no part of its story. A crowd
  doing it that often ('officers and staff misused systems 48 times in 2024') stays a figure.

Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _incidents(text: str) -> set[tuple[str | None, str | None]]:
    return {(i.force, i.breach_type) for i in nlp.extract(Document(text=text)).incidents}


_FIGURES = (
    "Force logged hundreds of data breaches\n\n"
    "Durham Constabulary logged 412 data breaches between 2019 and 2022, figures released "
    "under freedom of information rules show.\n\n"
    "Most of them were emails that went to the wrong address or letters posted to old "
    "addresses.\n\n"
)
_CLOSE = "\n\nThe force said it took every breach seriously."


@pytest.mark.parametrize(
    ("case", "kind"),
    [
        (
            "One striking case saw a detective use the force computer to look up the home "
            "address of a former girlfriend.",
            "unauthorised_access",
        ),
        (
            "One notable incident involved a box of case files left in an unlocked office "
            "and later stolen.",
            "loss_or_theft_of_paperwork",
        ),
        (
            "Another particularly serious case involved a sergeant who searched police "
            "records for details of his neighbours.",
            "unauthorised_access",
        ),
    ],
)
def test_described_case_as_subject_on_a_figures_page(case: str, kind: str) -> None:
    assert ("Durham Constabulary", kind) in _incidents(_FIGURES + case + _CLOSE)


@pytest.mark.parametrize(
    "line",
    [
        # a count, no case: no describing word between "one" and the noun
        "One case was referred to the regulator, the figures show.",
        # no case told at all: a describing word, but the sentence tells no breach
        "One notable case is still under review.",
    ],
)
def test_counted_or_untold_case_is_no_incident(line: str) -> None:
    assert not _incidents(_FIGURES + line + _CLOSE)


@pytest.mark.parametrize("consequence", ["which led to", "resulting in", "which caused"])
def test_what_a_case_led_to_is_no_second_example(consequence: str) -> None:
    case = (
        "One notable case involved the records of two witnesses being wrongly merged, "
        f"{consequence} delays in court and possible leaks of their details."
    )
    found = {kind for force, kind in _incidents(_FIGURES + case + _CLOSE)}
    assert found == {"inaccurate_data"}


def test_examples_of_two_kinds_still_split() -> None:
    line = (
        "Other incidents included a laptop stolen from a car and a letter posted to the "
        "wrong address."
    )
    found = {kind for force, kind in _incidents(_FIGURES + line + _CLOSE)}
    assert {"loss_or_theft_of_device", "posted_to_incorrect_recipient"} <= found


def _cues(text: str, pipeline) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    doc = pipeline(text)
    return {(s.label_, s.kb_id_, s.text) for s in doc.spans["breach_cues"]}


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The sergeant ran the names through the database with no clear policing purpose.",
            "no clear policing purpose",
        ),
        (
            "She opened the file without any valid work reason, the panel heard.",
            "without any valid work reason",
        ),
        ("He searched for his landlord with no lawful reason.", "no lawful reason"),
    ],
)
def test_no_reason_of_the_job(text: str, cue: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("unauthorised_access", "strong", cue) in _cues(text, nlp)


@pytest.mark.parametrize(
    "text",
    [
        "There is no reason to believe any of the files were opened.",
        "Staff may open the records for policing purposes only.",
        "The long delay served no useful purpose at all.",
    ],
)
def test_no_reason_near_misses(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert not any(code == "unauthorised_access" for code, _, _ in _cues(text, nlp))


_ROUNDUP = (
    "Hundreds of police disciplined for data misuse\n\n"
    "More than 700 police officers and staff faced disciplinary action for breaching data "
    "protection law between 2015 and 2018, a campaign group found.\n\n"
    "In Kent, a staff member looked up details of a neighbour and shared them with friends."
    "\n\n"
)


def test_one_persons_repeat_count_is_the_cases_detail() -> None:
    line = (
        "A police officer in Essex was given a final written warning after carrying out 40 "
        "records checks with no clear policing purpose.\n\nContent from our partners\n\n"
        "Five ways to beat hackers this winter"
    )
    assert ("Essex Police", "unauthorised_access") in _incidents(_ROUNDUP + line)


def test_a_crowds_repeat_count_stays_a_figure() -> None:
    line = "In Essex, officers and staff misused police systems 48 times in 2021."
    assert not any(force == "Essex Police" for force, _ in _incidents(_ROUNDUP + line))


_ROUND = (
    "Welsh forces own up to data errors\n\n"
    "Gwent Police lost a laptop holding the names of witnesses last year.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Dyfed-Powys Police said papers about a witness had got mixed up with other files "
        "and were posted to somebody by mistake.",
        "Dyfed-Powys Police said a victim's statement was emailed to the wrong person.",
    ],
)
def test_force_telling_a_holders_error_owns_it(line: str) -> None:
    assert any(force == "Dyfed-Powys Police" for force, _ in _incidents(_ROUND + line))


@pytest.mark.parametrize(
    "line",
    [
        # a theft it speaks of: a crime it may police
        "Dyfed-Powys Police said a laptop had been stolen from a parked car in Carmarthen.",
        # another body's error in its words
        "Dyfed-Powys Police said the county council had emailed a tenant's file to the "
        "wrong person.",
    ],
)
def test_force_voicing_a_theft_or_anothers_error(line: str) -> None:
    assert not any(force == "Dyfed-Powys Police" for force, _ in _incidents(_ROUND + line))
