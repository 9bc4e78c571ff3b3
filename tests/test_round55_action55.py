"""Round 55 (r55-action55): a regulator's inquiry or telling told briefly.

Where a short mention of a regulator dealing with the breach was lost
(extract/rules/actions.py, extract/components/context.py):
- an adverb of the verb phrase between the regulator and its verb ("the ICO is also
  investigating", "the watchdog also opened an inquiry"): "also" is a clause terminator of
  context.toml, so the action rules' clause began after it and lost its subject. Right after a
  word (a subject, an auxiliary) it now opens no clause (`verb_phrase_adverbs`); right after a
  scope's trigger it ends no scope either ("could also investigate" stays a possibility).
- an aside set off by a pair of dashes between the regulator and its verb ("the ICO – which
  enforces privacy law – is investigating", "the IOPC - a body that oversees complaints -
  has opened an inquiry"): the dash (and the "which" inside) cut the clause, so the inquiry
  lost its subject and the telling its verb. The action rules' clauses now run over such an
  aside (`_aside_over`, `_aside_from`), `_past_insertion` steps over it, and a body followed
  by an aside is still the subject of the verb after it (`_other_subject`). An aside naming a
  speaker ("the force – the ICO said – is investigating") is attribution, no aside.
- a count of tellings asked, not told ("nobody knows how many of the leaks were reported to
  the ICO"): read as this breach's referral. A question of number before the telling in its
  clause (actions.toml [told] `count_questions`) now counts like a number (`_count_asked`).
- a yes/no question ("Is the ICO aware that such leaks keep happening?", "Did the force tell
  the IOPC?"): read as a notification. Nothing in a sentence that opens with a finite
  auxiliary and ends with a question mark is stated (`_yes_no_question` in `_stated`).
- a telling noun as the subject of a passive verb that makes it ("a report has been made to
  the ICO"): `_told_by_another` looked for a teller before the noun and, finding none, took
  the telling for someone else's; like a passive telling, it names no teller
  (`_noun_made_passive`).

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.incident_probe import incident_rows

ICO = "Information Commissioner's Office"
IOPC = "Independent Office for Police Conduct"

ALSO_CASES = [
    # "also" inside the regulator's verb phrase: its inquiry
    (
        "Cheshire Police emailed a list of 80 witnesses to a newspaper in May 2022. The ICO is"
        " also investigating.",
        {("Cheshire Constabulary", ICO, "investigation")},
    ),
    (
        "Dorset Police left a box of custody records in a car park in 2021. The data watchdog"
        " also opened an inquiry into the loss.",
        {("Dorset Police", ICO, "investigation")},
    ),
    (
        "Lancashire Constabulary posted a victim's statement to her attacker in 2020. The"
        " privacy watchdog is also running an investigation of its own.",
        {("Lancashire Constabulary", ICO, "investigation")},
    ),
    (
        "An officer at Merseyside Police shared body-worn footage on a messaging app in 2023."
        " The IOPC will also be looking into how the footage spread.",
        {("Merseyside Police", IOPC, "investigation")},
    ),
    # near misses: "also" on someone else's inquiry, or on an inquiry that may come
    (
        "Essex Police lost a memory stick of interview notes in 2019. The force is also"
        " investigating.",
        {("Essex Police", None, None)},
    ),
    (
        "Essex Police lost a memory stick of interview notes in 2019. The force has informed the"
        " ICO and its professional standards department is also investigating.",
        {("Essex Police", ICO, "referral")},
    ),
    (
        "Norfolk Constabulary published a spreadsheet of suspects' names in 2022. The force said"
        " the ICO could also investigate.",
        {("Norfolk Constabulary", None, None)},
    ),
    (
        "Norfolk Constabulary published a spreadsheet of suspects' names in 2022. The data"
        " watchdog did not also look into the matter.",
        {("Norfolk Constabulary", None, None)},
    ),
]


@pytest.mark.parametrize(("text", "rows"), ALSO_CASES)
def test_also_inside_verb_phrase(nlp, text: str, rows: set) -> None:  # type: ignore[no-untyped-def]
    assert incident_rows(nlp, text, "force", "regulator", "action") == rows


DASH_ASIDE_CASES = [
    # the regulator, an aside set off by dashes, then its inquiry or its telling
    (
        "Cumbria Constabulary emailed 90 witnesses' addresses to the wrong firm in 2019. The "
        "ICO – which enforces privacy law – is investigating.",
        {("Cumbria Constabulary", ICO, "investigation")},
    ),
    (
        "Cumbria Constabulary emailed 90 witnesses' addresses to the wrong firm in 2019. The "
        "IOPC - a body that oversees complaints - has opened an inquiry.",
        {("Cumbria Constabulary", IOPC, "investigation")},
    ),
    (
        "Cumbria Constabulary emailed 90 witnesses' addresses to the wrong firm in 2019. The "
        "data watchdog — the UK's privacy regulator — was told about the leak.",
        {("Cumbria Constabulary", ICO, "referral")},
    ),
    # near misses: the aside holds the telling, or a speaker, or another body is the subject
    (
        "Cumbria Constabulary emailed 90 witnesses' addresses to the wrong firm in 2019. "
        "Officers – who told the ICO – are investigating.",
        {("Cumbria Constabulary", ICO, "referral")},
    ),
    (
        "Cumbria Constabulary emailed 90 witnesses' addresses to the wrong firm in 2019. The "
        "force – the ICO said – is investigating.",
        {("Cumbria Constabulary", None, None)},
    ),
    (
        "Cumbria Constabulary emailed 90 witnesses' addresses to the wrong firm in 2019. The "
        "ICO – a body that can audit forces – could investigate.",
        {("Cumbria Constabulary", None, None)},
    ),
    (
        "Cumbria Constabulary emailed 90 witnesses' addresses to the wrong firm in 2019. The "
        "ICO said the force, which employs 1,200 officers, was investigating.",
        {("Cumbria Constabulary", None, None)},
    ),
]


@pytest.mark.parametrize(("text", "rows"), DASH_ASIDE_CASES)
def test_dash_aside_after_regulator(nlp, text: str, rows: set) -> None:  # type: ignore[no-untyped-def]
    assert incident_rows(nlp, text, "force", "regulator", "action") == rows


COUNT_ASKED_CASES = [
    # a count of tellings asked: none of this breach stated
    (
        "Wiltshire Police left a folder of custody notes on a train in 2021. Nobody knows how"
        " many of the force's leaks were passed on to the ICO.",
        {("Wiltshire Police", None, None)},
    ),
    (
        "Wiltshire Police left a folder of custody notes on a train in 2021. The paper asked how"
        " many such losses had been reported to the data watchdog.",
        {("Wiltshire Police", None, None)},
    ),
    # near misses: the telling stated, with or without a count elsewhere in the sentence
    (
        "Wiltshire Police left a folder of custody notes on a train in 2021. The loss was"
        " reported to the ICO, though the force would not say how many pages the folder held.",
        {("Wiltshire Police", ICO, "referral")},
    ),
    (
        "Wiltshire Police left a folder of custody notes on a train in 2021. The force has"
        " reported the loss to the data watchdog.",
        {("Wiltshire Police", ICO, "referral")},
    ),
]


@pytest.mark.parametrize(("text", "rows"), COUNT_ASKED_CASES)
def test_count_of_tellings_asked(nlp, text: str, rows: set) -> None:  # type: ignore[no-untyped-def]
    assert incident_rows(nlp, text, "force", "regulator", "action") == rows


QUESTION_CASES = [
    # a yes/no question states no telling and no inquiry
    (
        "Gloucestershire Constabulary posted a suspect's file to his neighbour in 2022. Is the"
        " ICO aware that such leaks keep happening?",
        {("Gloucestershire Constabulary", None, None)},
    ),
    (
        "Gloucestershire Constabulary posted a suspect's file to his neighbour in 2022. Did the"
        " force tell the IOPC?",
        {("Gloucestershire Constabulary", None, None)},
    ),
    (
        "Gloucestershire Constabulary posted a suspect's file to his neighbour in 2022. Has the"
        " data watchdog opened an inquiry?",
        {("Gloucestershire Constabulary", None, None)},
    ),
    # near misses: a question beside a statement, or a question of another kind after it
    (
        "Gloucestershire Constabulary posted a suspect's file to his neighbour in 2022. Why did"
        " the force wait a week? It reported the error to the ICO on Friday.",
        {("Gloucestershire Constabulary", ICO, "referral")},
    ),
    (
        "Gloucestershire Constabulary posted a suspect's file to his neighbour in 2022. The ICO"
        " is investigating, but will it act?",
        {("Gloucestershire Constabulary", ICO, "investigation")},
    ),
]


@pytest.mark.parametrize(("text", "rows"), QUESTION_CASES)
def test_question_states_nothing(nlp, text: str, rows: set) -> None:  # type: ignore[no-untyped-def]
    assert incident_rows(nlp, text, "force", "regulator", "action") == rows


NOUN_MADE_CASES = [
    # a report made, in the passive, to the regulator
    (
        "Leicestershire Police emailed 150 victims' addresses to the wrong charity in 2020. A"
        " report has been made to the privacy regulator, the ICO.",
        {("Leicestershire Police", ICO, "referral")},
    ),
    (
        "Leicestershire Police emailed 150 victims' addresses to the wrong charity in 2020. A"
        " report has now been made to the data watchdog.",
        {("Leicestershire Police", ICO, "referral")},
    ),
    # near misses: made to someone else, or a report of the regulator's own
    (
        "Leicestershire Police emailed 150 victims' addresses to the wrong charity in 2020. A"
        " report was made to the council.",
        {("Leicestershire Police", None, None)},
    ),
    (
        "Leicestershire Police emailed 150 victims' addresses to the wrong charity in 2020. A"
        " report by the ICO has been published.",
        {("Leicestershire Police", None, None)},
    ),
]


@pytest.mark.parametrize(("text", "rows"), NOUN_MADE_CASES)
def test_report_made_in_passive(nlp, text: str, rows: set) -> None:  # type: ignore[no-untyped-def]
    assert incident_rows(nlp, text, "force", "regulator", "action") == rows
