"""Round 43b (r43b-btype): the breach type from the clause that says what went wrong.

- A device lost with papers in one list ("a laptop and pocket notebook were stolen", "case
  files together with a force laptop", "a laptop, radio and paperwork"): the device names the
  loss, so the papers in that list add no points (`_papers_beside_device`, `carried_*` in
  breach_types.toml). Papers lost on their own keep theirs.
- Addresses put in the wrong part of a message ("entered in the wrong field", "pasted into
  the wrong box"): every recipient saw the others, a failure to use bcc, and the "wrong"
  opens no misdirection (`_wrong_field`, `wrong_field_*`). A headline's "email error" names
  no wrong recipient either (`_medium_blunder`, `medium_blunders`). "The wrong box" on a
  form, with no address or message named, is neither.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.incident_probe import field_values, story_incidents

CASES = [
    # a device listed with papers: the device's loss
    (
        "An officer's laptop, radio and paperwork were taken from her home in a burglary, Essex"
        " Police confirmed. The paperwork contained the personal data of 40 people, and the"
        " breach was reported to the ICO.",
        {"loss_or_theft_of_device"},
    ),
    (
        "Case files and a laptop were stolen from a Durham Constabulary officer's car. The"
        " files held the names of witnesses, and the force reported the data breach to the ICO.",
        {"loss_or_theft_of_device"},
    ),
    (
        "A West Yorkshire Police detective's laptop and pocket notebook, which held the names of"
        " victims, were stolen from his car in Leeds. Some of the pages have not been found.",
        {"loss_or_theft_of_device"},
    ),
    # near misses: papers lost on their own
    (
        "A bag of paperwork holding the personal details of victims belonging to Hampshire"
        " Constabulary was lost on a train. The force reported the data breach to the ICO.",
        {"loss_or_theft_of_paperwork"},
    ),
    (
        "A notebook holding the names and addresses of witnesses, belonging to a Suffolk"
        " Constabulary PC, was lost in Ipswich town centre. The force told the ICO.",
        {"loss_or_theft_of_paperwork"},
    ),
    # addresses in the wrong field: a bcc failure, not a wrong recipient
    (
        "Thames Valley Police emailed 150 victims of burglary, but their addresses were entered"
        " in the wrong field, a data breach the force reported to the ICO.",
        {"failure_to_use_bcc"},
    ),
    (
        "The addresses were pasted into the wrong box when Cleveland Police emailed 90"
        " witnesses about a trial, the force said after the data breach.",
        {"failure_to_use_bcc"},
    ),
    # near misses: a message to the wrong person stays a misdirection
    (
        "Merseyside Police sent an email with a victim's statement to the wrong person, in a"
        " data breach reported to the ICO.",
        {"emailed_to_incorrect_recipient"},
    ),
    (
        "A letter holding a victim's details was sent to the wrong address by Kent Police, a"
        " data breach the force reported to the ICO.",
        {"posted_to_incorrect_recipient"},
    ),
]


@pytest.mark.parametrize(("text", "types"), CASES)
def test_the_type_of_what_went_wrong(nlp, text: str, types: set) -> None:  # type: ignore[no-untyped-def]
    assert field_values(nlp, text, "breach_type") == types


def test_a_headline_email_error_names_no_wrong_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    found = story_incidents(
        nlp,
        "Survey email error",
        "Sussex Police put the email addresses of 200 victims in the wrong field of a survey"
        " email, so every recipient could see them. The force told the ICO about the data"
        " breach.",
    )
    assert {i.breach_type for i in found} == {"failure_to_use_bcc"}


def test_the_wrong_box_on_a_form_is_no_bcc_failure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A West Mercia Police officer ticked the wrong box on a custody form, recording the"
        " man's personal data wrongly, a data breach the ICO examined."
    )
    assert "failure_to_use_bcc" not in field_values(nlp, text, "breach_type")
