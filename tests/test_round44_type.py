"""Round 44 (r44-type): one breach told two ways must stay one incident; bulk emails that
showed every address are a failure to use bcc.

- Related types (`related` in breach_types.toml, kb.dictionary.related_types): a bcc failure
  and a message to a wrong person, a lost device and lost papers. Outlets tell one breach
  both ways, so in incident resolution they agree (kb.linkage.field_agreement) -- when the
  descriptions say nothing against it (kb.linkage.judge: with descriptions that differ they
  disagree, tests/test_round44_mendtype.py); other type pairs still disagree. The blocked
  clustering path shares a value for them (kb.clustering `_values`), so it still finds the
  clusters of all pairs.
- The recipients seeing the addresses ("recipients were able to see", "every recipient was
  able to view": `failure_to_use_bcc` pairs and phrases),
  and a list of addresses sent by mistake ("the email addresses of 300 people were sent out
  in error": `_list_sent`, `sent_lists`) are a bcc failure; one recipient seeing, or one
  person's address sent to a wrong person, stays a misdirection.
- "This meant that ..." is a consequence, not a message meant for someone
  (`intention_breaks`).

Every sentence here was written for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from kb.linkage import compare, field_agreement, forbids, links
from tests.incident_probe import field_values
from tests.test_clustering import clusters, generated_force
from tests.test_resolve import view

BCC = "failure_to_use_bcc"
EMAILED = "emailed_to_incorrect_recipient"


@pytest.mark.parametrize(
    ("a", "b", "agree", "disagree"),
    [
        (BCC, EMAILED, 2, 0),  # related: one bulk email told two ways, nothing said against
        ("loss_or_theft_of_device", "loss_or_theft_of_paperwork", 2, 0),
        (BCC, BCC, 2, 0),
        (BCC, "cyber_attack", 1, 1),  # unrelated types still disagree
        (EMAILED, "posted_to_incorrect_recipient", 1, 1),
        ("loss_or_theft_of_device", "insecure_disposal", 1, 1),
    ],
)
def test_related_types_agree_when_nothing_is_said(
    a: str, b: str, agree: int, disagree: int
) -> None:
    # no description on either side: nothing tells the breaches apart but the type
    x, y = view(breach_year=2019, breach_type=a), view(breach_year=2019, breach_type=b)
    assert field_agreement(x, y)[:2] == (agree, disagree)
    c = compare(x, y)
    assert links(c) is (disagree == 0)
    assert forbids(c) is (disagree == 1)


def test_a_related_type_does_not_outweigh_a_disagreeing_year() -> None:
    x = view(breach_year=2012, breach_type=BCC)
    y = view(breach_year=2019, breach_type=EMAILED)
    assert not links(compare(x, y))


TYPES = {"a": EMAILED, "b": BCC, "c": "cyber_attack"}


@pytest.mark.parametrize("seed", range(10))
def test_blocked_clusters_match_all_pairs_with_related_types(seed: int) -> None:
    facts = [
        dataclasses.replace(f, breach_type=TYPES.get(f.breach_type or ""))
        for f in generated_force(seed, 160)
    ]
    assert clusters(facts, exhaustive=False) == clusters(facts, exhaustive=True)


CASES = [
    # the recipients seeing one another's addresses: a bcc failure
    (
        "Avon and Somerset Police sent a survey to 300 victims of burglary, and every recipient"
        " was able to view the addresses of the others. The force reported the data breach to"
        " the ICO.",
        {BCC},
    ),
    (
        "Lincolnshire Police emailed 120 residents about a public meeting, enabling all"
        " recipients to see the email addresses on the list, a data breach the force reported"
        " to the ICO.",
        {BCC},
    ),
    (
        "Cumbria Constabulary sent a newsletter to 60 members of a watch scheme. This meant"
        " that the recipients could view the email addresses of the whole group. The force"
        " reported the data breach to the ICO.",
        {BCC},
    ),
    # a list of addresses sent out by mistake
    (
        "Durham Constabulary apologised after the email addresses of 85 volunteers were shared"
        " in error. The force told the ICO about the data breach.",
        {BCC},
    ),
    (
        "The email addresses of 400 people who signed up for crime alerts were accidentally"
        " sent out by Norfolk Constabulary, in a data breach reported to the ICO.",
        {BCC},
    ),
    # near misses: one recipient, one person's address, a message meant for someone
    (
        "North Wales Police sent an email holding a victim's statement to the wrong person,"
        " and the recipient was able to see the victim's address. The force reported the data"
        " breach to the ICO.",
        {EMAILED},
    ),
    (
        "A Bedfordshire Police officer accidentally sent the email address of a victim to the"
        " wrong person, a data breach the force reported to the ICO.",
        {EMAILED},
    ),
    (
        "An email intended for a solicitor was sent to another man by Surrey Police, in a data"
        " breach the force reported to the ICO.",
        {EMAILED},
    ),
]


@pytest.mark.parametrize(("text", "types"), CASES)
def test_the_type_of_a_bulk_email(nlp, text: str, types: set) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_type") == types
