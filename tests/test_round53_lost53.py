"""Round 53 (lost incidents): a force's breach a page tells that the pipeline dropped.

- On a page of figures, a case told with the case itself the subject and a word or two
  describing it ('One striking case saw a detective ...', 'Another serious incident
  involved ...'), as 'In one striking case, ...' already was: an incident of its own. 'One
  case' with no describing word is most often a count ('one case was referred') and stays
  none. What such a case led to ("..., which led to delays and possible leaks") is no
  second example of another kind.

Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.models import Document


def _incidents(text: str) -> set[tuple[str | None, str | None]]:
    return {(i.force, i.breach_type) for i in nlp.extract(Document(text=text)).incidents}


_FIGURES = (
    "Force logged hundreds of data breaches\n\n"
    "Durham Constabulary recorded 412 data breaches between 2019 and 2022, according to "
    "figures obtained under freedom of information laws.\n\n"
    "Most of them were emails sent to the wrong address or letters posted to old "
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


def test_what_a_case_led_to_is_no_second_example() -> None:
    case = (
        "One notable case involved the records of two witnesses being wrongly merged, which "
        "led to delays in court and possible leaks of their details."
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
