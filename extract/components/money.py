"""`breachkb_money_v1`: money amounts -> `doc.spans["money"]`.

Label: "GBP" (a pound sign, mojibake of it, "pounds" or "GBP"), "bare" (a number such as
"100,000" or "150k" with no currency: a fine only next to a fine word, decided later) or
"foreign" (dollars, euros: conversions, never a fine). kb_id: the amount in whole units.
Amounts in words ("eighty thousand pounds", "a quarter of a million pounds") are read with
text2num; "£ 70,000", "£1.2m" and "£80k" by the figure patterns.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.doctext import doc_text

SPAN_KEY = "money"

# "拢" and "Â£" are what "£" becomes when UTF-8/GBK or UTF-8/Latin-1 get mixed up.
_POUND = r"(?:£|拢|Â£|GBP\s?)"
_FOREIGN = r"(?:US\$|AU\$|A\$|C\$|\$|€|USD\s?|EUR\s?)"
# Numbers are rare in text: find them first, then look at the few characters around each.
# Thousands may be grouped by commas or, as some outlets write, by spaces ("£80 000", also a
# no-break or thin space): a spaced group counts only after a currency sign.
_SPACES = " \u00a0\u2009\u202f"
_NUM_RE = re.compile(
    rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?:\.\d+)?(?!\d|[,.]\d)|\d+(?:\.\d+)?"
)
_CURRENCY_BEFORE_RE = re.compile(rf"(?:(?P<pound>{_POUND})|(?P<foreign>{_FOREIGN}))\s?$", re.I)
_MULT_AFTER_RE = re.compile(r"\s?(bn|billion|mn|million|m|k|thousand)\b", re.I)
_POUNDS_AFTER_RE = re.compile(r"\s?(?:pounds|GBP|sterling)\b", re.I)
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
    value = float(re.sub(rf"[,{_SPACES}]", "", num))
    if mult:
        value *= _FACTORS[mult.strip().lower()]
    return int(round(value))


_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion)"
)
_WORDS_RE = re.compile(
    rf"\b(?P<fraction>(?:a\s+)?(?:half|quarter)\s+(?:of\s+)?an?\s+)?"
    rf"(?P<words>(?:an?\s+)?{_WORD}(?:(?:\s+|-|\s+and\s+){_WORD})*)\s+"
    rf"(?:pounds(?:\s+sterling)?|sterling|quid)\b",
    re.IGNORECASE,
)
_FRACTIONS = {"half": 0.5, "quarter": 0.25}
# A scale word right after a figure multiplies it ("1.5 million pounds"): no amount of its own.
_FIGURE_BEFORE_RE = re.compile(r"\d\s*$")
_SCALE_FIRST_RE = re.compile(r"(?:hundred|thousand|million|billion)\b", re.I)


def _words_amount(m: re.Match[str]) -> int | None:
    """'eighty thousand' -> 80000, 'a million' -> 1000000, 'half a million' -> 500000."""
    from text_to_num import text2num  # only texts with an amount in words need it

    words = re.sub(r"^an?\s+", "one ", m.group("words").strip(), flags=re.I)
    try:
        value = text2num(words.lower(), "en")
    except ValueError:
        return None
    if m.group("fraction"):
        kind = "half" if "half" in m.group("fraction").lower() else "quarter"
        value = int(value * _FRACTIONS[kind])
    return value


def find_money(text: str) -> list[tuple[int, int, str, int]]:
    """(start, end, label, amount) for every amount in `text`."""
    out = []
    if "pound" in text or "sterling" in text or "quid" in text:
        for m in _WORDS_RE.finditer(text):
            if _SCALE_FIRST_RE.match(m.group("words")) and _FIGURE_BEFORE_RE.search(
                text, max(0, m.start() - 12), m.start()
            ):
                continue  # "1.5 million pounds": the word multiplies the figure before it
            value = _words_amount(m)
            if value:
                out.append((m.start(), m.end(), "GBP", value))
    for m in _NUM_RE.finditer(text):
        start, end, num = m.start(), m.end(), m.group()
        cur = _CURRENCY_BEFORE_RE.search(text, max(0, start - 5), start)
        if not cur and any(c in _SPACES for c in num):
            continue  # "in 2021 100 officers", "80 000 people": no spaced figure without "£"
        if not cur and start and (text[start - 1].isalnum() or text[start - 1] in ",."):
            continue  # inside a reference number or a longer figure
        mult = _MULT_AFTER_RE.match(text, end)
        tail = mult.end() if mult else end
        if cur:
            start = cur.start()
            label = "foreign" if cur.group("foreign") else "GBP"
        elif pounds := _POUNDS_AFTER_RE.match(text, tail):
            label = "GBP"
            tail = pounds.end()
        elif "," in num or mult:
            label = "bare"  # "a 100,000 fine": a fine only next to a fine word
        else:
            continue
        amount = parse_amount(num, mult.group(1) if mult else None)
        if amount > 0:
            out.append((start, tail, label, amount))
    return out


@Language.component("breachkb_money_v1")
def money(doc: Doc) -> Doc:
    spans = []
    for start, end, label, amount in find_money(doc_text(doc)):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            spans.append(Span(doc, span.start, span.end, label=label, kb_id=str(amount)))
    doc.spans[SPAN_KEY] = spans
    return doc
