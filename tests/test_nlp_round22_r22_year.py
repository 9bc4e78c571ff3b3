"""Round 22 (breach year), each mechanism proved by paraphrases written for it, positive and
negative: a masthead line whose items are set apart by spaced dashes ('Kent Messenger —
Published 3 May 2024 — Courts & crime') gives the page's date, as one set apart by bars
does, so that 'in March', 'last month', 'two years ago' have something to count from; a line
a full stop ends is a sentence with an aside, no masthead."""

from __future__ import annotations

from extract.models import Document
from extract.nlp import extract

HEADLINE = "Police force reprimanded over email blunder\n\n"
BODY = (
    "\n\nKent Police has been reprimanded by the Information Commissioner's Office after an "
    "officer emailed a victim's statement to the wrong address {when}.\n\nThe force said it "
    "had apologised to the woman."
)


def primary(nlp, text: str) -> int | None:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=None), nlp)
    incident = next(i for i in ex.incidents if i.mention == "primary")
    return incident.breach_year


# --- a masthead set apart by dashes dates the page


def test_a_masthead_set_apart_by_dashes_dates_the_page(nlp) -> None:  # type: ignore[no-untyped-def]
    cases = [
        ("Kent Messenger — Published 3 May 2024 — Courts & crime", "in March", 2024),
        ("Public Sector Review — Published 3 May 2024 — Threat intelligence", "last month", 2024),
        ("Kent Messenger — Courts and crime — 3 May 2024", "last April", 2023),
        ("Kent Messenger – 3 May 2024 – By Jo Bloggs, Crime Reporter", "two years ago", 2022),
        ("Kent Messenger — News — Published 3 May 2024, 06:00 — By Jo Bloggs", "in March", 2024),
    ]
    for head, when, year in cases:
        assert primary(nlp, HEADLINE + head + BODY.format(when=when)) == year, head
    # negative: a sentence, which a full stop ends, with a date set off by dashes
    head = "The chief constable said — on 3 May 2024 — it was sorry."
    assert primary(nlp, HEADLINE + head + BODY.format(when="in March")) is None
    # negative: with no page date, 'in March' has nothing to count from
    assert primary(nlp, HEADLINE + BODY.format(when="in March").lstrip()) is None
