"""Round 44 mend (r44-mendtype): review findings on related breach types and bulk emails.

- Related types agree in incident resolution only when the descriptions say something alike
  (kb.linkage.judge): a bcc failure and an email to a wrong person at one force in one year
  with nothing alike in their descriptions are plainly different breaches (forbidden), as
  before round 44; the blocked clustering path still checks such pairs for conflicts.
- "The wrong field/box" (`_wrong_field`) is a bcc failure only right after "wrong" (or "wrong
  <part of an email> field"), in a sentence naming an email and several addresses: "the wrong
  section" of a force, "the wrong PO box", a postal address put in "the wrong box" on a form
  stay misdirections; a remedy ("reminded not to put email addresses in the wrong field")
  counts as a remedy, not as the breach.
- A list of email addresses sent to one named recipient (`_list_sent`, `_one_recipient`) is a
  file sent to a wrong person, not a bcc failure.
- `related` codes must be taxonomy codes (kb.dictionary.parse_related).

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from kb.dictionary import parse_related
from kb.linkage import compare, forbids, links
from tests.incident_probe import field_values
from tests.test_resolve import view

BCC = "failure_to_use_bcc"
EMAILED = "emailed_to_incorrect_recipient"
POSTED = "posted_to_incorrect_recipient"


def test_related_types_with_different_descriptions_are_different_breaches() -> None:
    x = view(
        breach_year=2020,
        breach_type=BCC,
        terms=frozenset({"newsletter"}),
        words=frozenset({"newsletter", "volunteers", "group"}),
    )
    y = view(
        breach_year=2020,
        breach_type=EMAILED,
        terms=frozenset({"statement"}),
        words=frozenset({"statement", "solicitor", "court"}),
    )
    c = compare(x, y)
    assert c.type_differs
    assert not links(c)
    assert forbids(c)


def test_related_types_with_alike_descriptions_still_agree() -> None:
    words = frozenset({"newsletter", "volunteers", "addresses", "visible"})
    x = view(breach_year=2020, breach_type=BCC, terms=frozenset({"newsletter"}), words=words)
    y = view(breach_year=2020, breach_type=EMAILED, terms=frozenset({"newsletter"}), words=words)
    c = compare(x, y)
    assert not c.type_differs
    assert links(c)
    assert not forbids(c)


def test_related_codes_must_be_taxonomy_codes() -> None:
    data = {
        "types": {BCC: {"label": "bcc"}, EMAILED: {"label": "email"}},
        "related": [[BCC, "emailed_to_wrong_person"]],
    }
    with pytest.raises(ValueError, match="emailed_to_wrong_person"):
        parse_related(data)
    data["related"] = [[BCC, EMAILED]]
    assert parse_related(data) == frozenset({frozenset((BCC, EMAILED))})


CASES = [
    # "the wrong section/PO box/box on a form": no bulk email
    (
        "A Gwent Police officer sent an email with a witness's account to the wrong section of"
        " the force, where others read it, a data breach the force reported to the ICO.",
        {EMAILED},
    ),
    (
        "A letter holding a victim's details was posted to the wrong PO box address by Essex"
        " Police, a data breach the force reported to the ICO.",
        {POSTED},
    ),
    (
        "A Dorset Police clerk typed a victim's address into the wrong box on a form, and a"
        " letter holding her details was posted to her abuser. The force told the ICO.",
        {POSTED},
    ),
    # a list of email addresses sent to one named recipient: a file to a wrong person
    (
        "A spreadsheet holding the email addresses of 500 witnesses was sent to the wrong"
        " person by Wiltshire Police, a data breach the force reported to the ICO.",
        {EMAILED},
    ),
    (
        "Staffordshire Police emailed a list of email addresses of 30 informants to a"
        " journalist by mistake, a data breach the force reported to the ICO.",
        {EMAILED},
    ),
    # the wrong part of an email, with no word for several recipients: still a bcc failure
    (
        "Cheshire Constabulary put the contact details of a residents' panel in the wrong box"
        " of a message it sent out, a data breach the force reported to the ICO.",
        {BCC},
    ),
]


@pytest.mark.parametrize(("text", "types"), CASES)
def test_the_type_of_a_misdirection(nlp, text: str, types: set) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_type") == types


def test_a_wrong_field_remedy_is_no_bcc_failure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A laptop belonging to a Gloucestershire Constabulary officer was stolen from his car"
        " in 2021. Officers have been reminded not to put email addresses in the wrong field"
        " when they email several recipients. The force told the ICO about the data breach."
    )
    assert field_values(nlp, text, "breach_type") == {"loss_or_theft_of_device"}
