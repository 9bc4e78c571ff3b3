"""Round 44 mend (r44-mendact): three of round 44's regulator and force rules read too much.

- A sanction's decision "still to come" (actions.toml [pending], `_decision_pending`):
  "before" and a word of the decision told it even after a sanction made ("The ICO issued a
  reprimand to the force before the decision was published"). It now needs a modal or a word
  of the sanction still to come in the sentence, and no past-tense sanction verb governing
  the clause before "before".
- The police as the teller (`_police_teller`): "police" anywhere earlier in the clause made
  the force the teller even when the police only spoke of someone else's telling ("Police
  said a neighbour had reported the missing folder to the ICO"). The police word must be the telling
  verb's own subject, only auxiliaries and adverbs between.
- A police rank of two words ("ch supt") could never match: ranks are compared one token at a
  time, so every rank in actions.toml [speaker] is one word.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.datafiles import load_toml
from tests.incident_probe import incident_rows

ICO = "Information Commissioner's Office"

LEAD = "Cumbria Police emailed a list of witness addresses to the wrong person in March 2021. "
LOST = "Norfolk Constabulary lost a folder of witness statements in June 2020. "

CASES = [
    # a sanction made before its decision was published: the sanction stands
    (
        LEAD + "The ICO issued a reprimand to the force before the decision was published in May.",
        ICO,
        "reprimand",
    ),
    (
        LEAD + "The ICO reprimanded the force before its decision was made public in a press "
        "release.",
        ICO,
        "reprimand",
    ),
    # still to come: a modal beside "before" a word of the decision
    (
        LEAD + "The ICO has proposed a £40,000 penalty, and the force can make representations "
        "before the fine is confirmed.",
        ICO,
        "investigation",
    ),
    # the police only speak of someone else's telling: no referral by the force
    (
        LOST + "Police said a neighbour had reported the missing folder to the data watchdog.",
        ICO,
        None,
    ),
    (LOST + "Police confirmed that a neighbour had reported the loss to the ICO.", ICO, None),
    # the police word the telling verb's own subject: a referral
    (LOST + "Police have since reported the loss to the ICO.", ICO, "referral"),
    (LOST + "Officers will be informing the data watchdog about the loss.", ICO, "referral"),
]


@pytest.mark.parametrize(("text", "regulator", "action"), CASES)
def test_mended_action(nlp, text: str, regulator: str | None, action: str | None) -> None:  # type: ignore[no-untyped-def]
    assert incident_rows(nlp, text, "regulator", "action") == {(regulator, action)}


def test_every_speaker_rank_is_one_word() -> None:
    ranks = load_toml("actions.toml")["speaker"]["ranks"]
    assert ranks
    assert all(len(r.split()) == 1 for r in ranks), [r for r in ranks if len(r.split()) > 1]
