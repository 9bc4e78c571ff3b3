"""`breachkb_money_v1`: money amounts -> `doc.spans["money"]`.

Label: "GBP" (a pound sign, mojibake of it, "pounds" or "GBP"), "bare" (a number such as
"100,000" or "150k" with no currency: a fine only next to a fine word, decided later) or
"foreign" (dollars, euros: conversions, never a fine). kb_id: the amount in whole units.
Amounts glued to a word ("fined£150,000") are found because matching runs on the text.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

SPAN_KEY = "money"

# "拢" and "Â£" are what "£" becomes when UTF-8/GBK or UTF-8/Latin-1 get mixed up.
_POUND = r"(?:£|拢|Â£|GBP\s?)"
_FOREIGN = r"(?:US\$|\$|€|USD\s?|EUR\s?|AU\$|A\$|C\$)"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MULT = r"(?:\s?(?:bn|billion|m|mn|million|k|thousand)\b)"
MONEY_RE = re.compile(
    rf"(?P<cur>{_POUND}|{_FOREIGN})\s?(?P<num>{_NUM})(?P<mult>{_MULT})?"
    rf"|(?<![\d,.£$€])(?P<num2>{_NUM})(?P<mult2>{_MULT})?\s?(?P<suffix>pounds|GBP|sterling)\b"
    rf"|(?<![\w,.£$€])(?P<num3>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?={_MULT}))(?P<mult3>{_MULT})?",
    re.IGNORECASE,
)
_FACTORS = {
    "k": 1_000,
    "thousand": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "million": 1_000_000,
    "bn": 1_000_000_000,
    "billion": 1_000_000_000,
}


def parse_amount(num: str, mult: str | None) -> int:
    """'1.2', 'm' -> 1200000; '150,000', None -> 150000."""
    value = float(num.replace(",", ""))
    if mult:
        value *= _FACTORS[mult.strip().lower()]
    return int(round(value))


def find_money(text: str) -> list[tuple[int, int, str, int]]:
    """(start, end, label, amount) for every amount in `text`."""
    out = []
    for m in MONEY_RE.finditer(text):
        if m.group("num"):
            cur = m.group("cur")
            label = "foreign" if re.fullmatch(_FOREIGN, cur, re.IGNORECASE) else "GBP"
            amount = parse_amount(m.group("num"), m.group("mult"))
        elif m.group("num2"):
            label, amount = "GBP", parse_amount(m.group("num2"), m.group("mult2"))
        else:
            label, amount = "bare", parse_amount(m.group("num3"), m.group("mult3"))
        if amount > 0:
            out.append((m.start(), m.end(), label, amount))
    return out


@Language.component("breachkb_money_v1")
def money(doc: Doc) -> Doc:
    spans = []
    for start, end, label, amount in find_money(doc.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            spans.append(Span(doc, span.start, span.end, label=label, kb_id=str(amount)))
    doc.spans[SPAN_KEY] = spans
    return doc
