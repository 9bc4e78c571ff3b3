"""Round 40 (lead): people's requests for their own records left late or unanswered.

A regulator's reprimand or enforcement notice over a backlog of subject access requests is
a breach of data protection law (the right of access), annotated as relevant with type
`other` (eval README: "late subject access answers" among the breaches with weak cues). A
late freedom of information answer concerns no one's personal data and stays compliance.
Before, every story of late answers was judged not relevant (`compliance_not_breach` read
"subject access request" as one more kind of request). Now a sentence naming a request for
one's own records together with its failure (`relevance.own_data_requests` and
`relevance.access_failures` in cues.toml) keeps the story and gives its type
(`relevance.access_right_failed`).

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _run(text: str):
    return nlp.extract(Document(text=text))


@pytest.mark.parametrize(
    ("text", "forces", "action"),
    [
        (
            "Regulator orders force to clear request backlog\n\nThe Information Commissioner's"
            " Office has issued an enforcement notice to Cheshire Constabulary after the force"
            " failed to answer hundreds of subject access requests within the statutory"
            " one-month limit.",
            ["Cheshire Constabulary"],
            "enforcement_notice",
        ),
        (
            "Force reprimanded over late replies\n\nLancashire Constabulary has been reprimanded"
            " by the ICO after people who asked for copies of their own data waited months for"
            " an answer.",
            ["Lancashire Constabulary"],
            "reprimand",
        ),
        (
            "Two forces told to do better\n\nThe ICO has reprimanded Wiltshire Police and"
            " Gloucestershire Constabulary. Some subject access requests had been unanswered for"
            " more than two years, the regulator said.",
            ["Gloucestershire Constabulary", "Wiltshire Police"],
            "reprimand",
        ),
        (
            "Watchdog acts on police backlogs\n\nThe Information Commissioner has issued an"
            " enforcement notice to Essex Police over its subject access backlog. The force has"
            " also been slow to answer freedom of information requests.",
            ["Essex Police"],
            "enforcement_notice",
        ),
    ],
)
def test_late_answers_to_requests_for_ones_own_records_are_a_breach(
    text: str, forces: list[str], action: str
) -> None:
    result = _run(text)
    assert result.relevant, result.relevance_reason
    got = sorted((i.force, i.breach_type, i.action) for i in result.incidents)
    assert got == [(f, "other", action) for f in forces]
    kinds = [e for i in result.incidents for e in i.evidence if e.field == "breach_type"]
    assert kinds and all(e.value == "other" for e in kinds)


@pytest.mark.parametrize(
    "text",
    [
        # a late freedom of information answer: compliance, as before
        "Regulator acts over FOI delays\n\nThe Information Commissioner's Office has served an"
        " enforcement notice on Cleveland Police over its backlog of freedom of information"
        " requests. Almost 400 requests were overdue.",
        # the right explained, no failure of it
        "How to ask Kent Police for your records\n\nAnyone can make a subject access request to"
        " Kent Police for a copy of their own personal data. The force must respond within one"
        " month.",
        # the right handled well beside a late FOI answer
        "Watchdog criticises force over FOI delays\n\nThe Information Commissioner has served"
        " an enforcement notice on Cleveland Police over overdue freedom of information"
        " requests. It said the force's handling of subject access requests was good.",
    ],
)
def test_no_breach_without_a_failed_request_for_ones_own_records(text: str) -> None:
    result = _run(text)
    assert not result.relevant
    assert result.incidents == []


def test_a_breach_story_that_mentions_the_right_keeps_its_own_type() -> None:
    result = _run(
        "Force apologises for misdirected email\n\nSurrey Police has apologised after an email"
        " holding a victim's statement was sent to the wrong address. The victim later made a"
        " subject access request, which was answered late."
    )
    assert result.relevant
    assert [(i.force, i.breach_type) for i in result.incidents] == [
        ("Surrey Police", "emailed_to_incorrect_recipient")
    ]
