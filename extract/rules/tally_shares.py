"""A share written beside the count it stands for ("41% (52)", "52 (41 per cent)", "97 of them,
or 29%,", "36 per cent, or 43 breaches", "40 - just over a quarter - involved"): the share is an
aside, so it is blanked (offsets kept) and the count reads as if it stood alone, as the part of
the whole it breaks down. A share with no count beside it is left for the share readers."""

from __future__ import annotations

import re
from functools import cache

from extract.rules.tally_cues import vocab

_NUM = r"\d{1,3}(?:,\d{3})+|\d+"
_PCT = r"\d+(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b)"
# "... of the total", "of them": what a share is of, part of the aside
_OF_WHOLE = r"(?:\s+of\s+(?:the\s+)?(?:total|them|these|those|all|breaches|incidents))?"


@cache
def _patterns(approximate: str, share: str) -> tuple[re.Pattern[str], ...]:
    bound = rf"(?:(?:{approximate})\s+)?"
    part = rf"{bound}(?:{_PCT}|{share}){_OF_WHOLE}"
    return (
        # "41% (52)": the share, then its count in brackets
        re.compile(
            rf"(?<![\w.,])(?P<aside>{bound}{_PCT}{_OF_WHOLE}\s*\()\s*(?:{_NUM})\s*(?P<close>\))",
            re.I,
        ),
        # "52 (41 per cent)": the count, then its share in brackets
        re.compile(rf"(?<![\w.,£$€])(?:{_NUM})(?P<aside>\s*\(\s*{part}\s*\))", re.I),
        # "97 of them, or 29%, involved": the count, then its share between commas
        re.compile(
            rf"(?<![\w.,£$€])(?:{_NUM})(?:\s+of\s+(?:them|these|those))?(?P<aside>,\s*(?:or\s+)?{part}\s*,)",
            re.I,
        ),
        # "36 per cent, or 43 breaches": the share, then "or" and its count
        re.compile(rf"(?<![\w.,])(?P<aside>{bound}{_PCT}{_OF_WHOLE},?\s+or\s+)(?:{_NUM})\b", re.I),
        # "40 - just over a quarter - involved": the count, then its share between dashes
        re.compile(rf"(?<![\w.,£$€])(?:{_NUM})(?P<aside>\s+[-–—]\s+{part}\s+[-–—])(?=\s)", re.I),
    )


def _blank(text: str, a: int, b: int) -> str:
    return text[:a] + " " * (b - a) + text[b:]


def mask_share_asides(text: str) -> str:
    """`text` with every share that stands beside its own count blanked, same length."""
    v = vocab()
    approximate = v.approximate.pattern.removesuffix(r"\s*$")
    share = v.share_word.pattern
    for pattern in _patterns(approximate, share):
        for m in list(pattern.finditer(text)):
            for g in ("aside", "close"):
                if g in pattern.groupindex and m.group(g) is not None:
                    text = _blank(text, m.start(g), m.end(g))
    return text
