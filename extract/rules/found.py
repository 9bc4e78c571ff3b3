"""The value of a field together with the sentence that supports it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from extract.sentences import Sent


@dataclass
class Found:
    """A field value and the sentence it came from."""

    value: object
    sent: Sent


def most_common(found: list[Found]) -> Found | None:
    """The value said most often (a headline and its lead repeat the true value)."""
    if not found:
        return None
    counts = Counter(f.value for f in found)
    best = max(counts.values())
    return next(f for f in found if counts[f.value] == best)
