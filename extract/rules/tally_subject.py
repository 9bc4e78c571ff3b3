"""What a bare figure measures, read from the subject of the verb right before it.

"Staffing was 3,200, compared with 3,900 at Kent Police", "Calls rose to 900", "Its budget
stood at 40": a figure with no noun after it, right after a verb that makes its subject the
thing measured (was, rose to, stood at, ... `measuring_verbs`), counts that subject. When
the subject, opening its clause, is a common noun phrase that is no breach measure, no
neutral word for a figure ("the figure", "the total", "that") and no breach category or
force, the figure, and any other force's figure compared with it, counts something else.
"""

from __future__ import annotations

import re

from extract.rules.tally_cues import Num, vocab
from extract.sentences import Sent

# Where a clause opens: the sentence start, or after a clause break or a linking word.
_CLAUSE_OPEN = re.compile(
    r"(?:^|[;:.!?]\s+|,\s+(?:(?:and|but|while|whereas|although|though)\s+)?|"
    r"\s(?:and|but|while|whereas|although|though)\s+)"
)
# A common noun phrase as a subject: determiners, possessive pronouns and lower-case words
# (the first word may be capitalised at a clause's start), no figures or names within.
_DETERMINER = r"(?:the|its|their|his|her|our|this|that|these|those)"
_SUBJECT = re.compile(
    rf"(?:(?i:{_DETERMINER})\s+)?(?:[A-Za-z][a-z'’-]*)(?:\s+[a-z][a-z'’-]*){{0,3}}\s*$"
)


def counts_other_subject(sent: Sent, n: Num) -> bool:
    """True when a measuring verb right before bare figure `n` has a subject that is no
    breach measure: the figure counts that subject."""
    v = vocab()
    text = sent.text
    verb = v.measuring_verbs.search(text[max(0, n.a - 40) : n.a])
    if verb is None:
        return False
    end = max(0, n.a - 40) + verb.start()
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, 0, end) if m.end() <= end]
    start = opens[-1] if opens else 0
    phrase = text[start:end].strip()
    if not phrase or not _SUBJECT.fullmatch(phrase):
        return False
    words = phrase.lower().split()
    if words[0] in ("of", "in", "at", "by", "for", "with", "from", "to", "on"):
        return False  # "Of these, 87 were ...", "In 2022 it was 97": no subject
    head = words[: words.index("of")] if "of" in words[1:] else words
    if set(head) & v.neutral_subjects or set(words) & v.neutral_subjects:
        return False  # "The number of breaches was 97", "That was 97"
    if v.topic.search(phrase) or v.ranking.search(phrase):
        return False  # "Data breaches rose to 97", "the most was 80"
    lo, hi = sent.start + start, sent.start + end
    for span in list(sent.forces) + list(sent.types):
        if span.start_char < hi and lo < span.end_char:
            return False  # "Lost devices numbered 12": a breach category
    return True
