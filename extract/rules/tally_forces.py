"""Whose figure a tally is: the force named right before it, in its list, or nearest in its
sentence, skipping asides and names that go on as another body's (extract.rules.tallies)."""

from __future__ import annotations

import re

from extract.rules.tally_cues import Num, alias_index, alias_re, inside_place_abroad, vocab
from extract.sentences import Sent, is_passive_mention

_NAME_BEFORE = re.compile(
    r"((?:[A-Z][\w&'’.-]*)(?:\s+(?:and|&|of|the|[A-Z][\w&'’.-]*)){0,5})\s*"
    r"(?:[(:,–—-]|\s+(on))?\s*$"
)
# After a figure that ends its item: "..., Sussex Police on 204, and Surrey on 150."
_ITEM_END = re.compile(
    r"\s*(?:[,.;)]|$|(?:and|or|while|whereas|in|during|for|over|between|last|this)\b)", re.I
)


def listed_force(text: str, n: Num) -> str | None:
    """'Merseyside (208)', 'Kent Police: 120', 'Essex 95': the force named right before."""
    found = listed(text, n)
    return found[1] if found else None


def listed(text: str, n: Num) -> tuple[int, str] | None:
    """Where the force named right before the number starts, and which force it is."""
    window = max(0, n.a - 70)
    m = _NAME_BEFORE.search(text[window : n.a])
    if not m:
        return None
    if m.group(2) and not _ITEM_END.match(text, n.b):
        return None  # "Kent Police on 12 separate days": 'on' a date or a measured figure
    words = m.group(1).split()
    index = alias_index()
    for i in range(len(words)):
        name = index.get(" ".join(words[i:]).lower())
        if name:
            head = " ".join(words[i:])
            at = window + m.start(1) + m.group(1).find(head)
            if inside_place_abroad(text, at):
                return None  # "New South Wales Police: 45": the police of a place abroad
            return _aside_owner(text, at) or (at, name)
    # "ahead of the Met on 295": a name whose alias takes its article ("the Met")
    article = re.search(r"\bthe\s+$", text[window : window + m.start(1)], re.I)
    if article is not None:
        name = index.get("the " + " ".join(words).lower())
        if name:
            return window + article.start(), name
    return None


# After a force's name, an aside about it: "Dorset Police, which shares a unit with Devon and
# Cornwall Police", "Kent Police (the county's force)".
ASIDE_OPEN = re.compile(r"\s*(?:,\s*(?:which|who|whose|a|an|the|one|like|unlike)\b|\()")


def _aside_owner(text: str, at: int) -> tuple[int, str] | None:
    """The force an item opens with, when the name at `at` is in an aside about it ('-
    Dorset Police, which shares systems with Devon and Cornwall Police: 98'): that force's."""
    line = text.rfind("\n", 0, at) + 1
    lead = len(text[line:at]) - len(text[line:at].lstrip("-•*–— \t"))
    start = line + lead
    m = alias_re().match(text, start, at)
    if m is None or m.end() >= at or not ASIDE_OPEN.match(text, m.end()):
        return None
    if re.search(r"[:;.]\s", text[m.end() : at]):
        return None  # the item ended before the name
    if re.match(r"\s*\([^()]*\)", text[m.end() : at]):
        return None  # "Kent Police (312) and Essex Police (208)": the bracket closed before it
    name = alias_index().get(re.sub(r"\s+", " ", m.group(0)).lower())
    return (start, name) if name else None


# The subject of a recording verb right before a figure: "Birmingham City Council recorded",
# "Action Fraud, which logged", "the council reported".
_RECORDER = re.compile(
    r"(?:\b(?:the|a|its)\s+([a-z]+)|((?:[A-Z][\w&'’.-]*)(?:\s+(?:and|&|of|for|the|[A-Z][\w&'’.-]*))*))"
    r"(?:\s*,\s*(?:which|who|that))?(?:\s+(?:has|had|have|also|separately|itself))*\s*$"
)


def other_recorder(text: str, n: Num) -> str | None:
    """The body recording the figure, named right before its verb, when it is no force:
    'Birmingham City Council recorded 412 ...', 'Action Fraud, which logged 1,214 ...', 'the
    council reported 58'. A force, a bare capitalised word ('Officers logged') or none: None."""
    v = vocab()
    agent = _passive_recorder(text, n)
    if agent is not None:
        return agent
    verb = v.recording.search(text[max(0, n.a - 40) : n.a])
    if verb is None:
        return None
    head = text[: max(0, n.a - 40) + verb.start()]
    m = _RECORDER.search(head)
    if m is None:
        return None
    if m.group(1):
        return m.group(1) if m.group(1).lower() in v.elsewhere_nouns else None
    words = m.group(2).split()
    while words and words[0].lower() in ("the", "and", "of", "for"):
        words = words[1:]
    index = alias_index()
    if any(index.get(" ".join(words[i:]).lower()) for i in range(len(words))):
        return None  # "Kent Police recorded", "Avon and Somerset logged"
    # "Forces across England and Wales recorded 9,000": the country the forces' figure is
    # for, no other body recording it
    if v.national.search(" ".join(words).lower()) or v.national.search(
        head[max(0, m.start(2) - 24) : m.start(2)].lower()
    ):
        return None
    if len(words) >= 2 or (words and words[-1].lower() in v.elsewhere_nouns):
        return " ".join(words)
    return None


def _passive_recorder(text: str, n: Num) -> str | None:
    """The body a figure's clause says recorded it, named after the verb: 'crimes logged by
    the National Fraud Intelligence Bureau ... rose to 3,100, including 410' (no force named
    after it, no figure between: 'figures logged by the Home Office show Kent Police had 97'
    is Kent's)."""
    v = vocab()
    window = max(0, n.a - 120)
    found = None
    for m in v.recorded_by.finditer(text[window : n.a]):
        found = m  # the last one before the figure
    if found is None:
        return None
    words = found.group(1).split()
    while words and words[-1] in ("and", "of", "for"):
        words = words[:-1]  # "the Bureau for the county"
    index = alias_index()
    between = text[window + found.end() : n.a]
    if any(index.get(" ".join(words[:i]).lower()) for i in range(1, len(words) + 1)):
        return None  # "breaches recorded by Kent Police": the force's own
    if alias_re().search(between) or re.search(r"[.;:]\s", between):
        return None
    return " ".join(words) if len(words) >= 2 or words[-1].lower() in v.elsewhere_nouns else None


def list_lead(text: str, nums: list[Num]) -> int:
    """Where the lead of a list ends: at its colon ('The forces with most breaches were:
    ...'), else before the first force of a ranking in brackets ('The forces reporting the
    most device losses were Kent (64), Essex (51)'); -1 without one."""
    colon = text.find(":")
    if colon > 0:
        return colon
    # "54 breaches were recorded in 2021 - 38 involved emails, 10 ...": a spaced dash
    # before a figure that opens its clause with a verb of what it involved
    for dash in re.finditer(r"\s[-–—]\s+", text):
        after = [n for n in nums if n.a == dash.end()]
        if after and vocab().category_after.match(text[after[0].b :]):
            return dash.start()
    for n in nums:
        if text[n.a - 1 : n.a] == "(" and (found := listed(text, n)) is not None:
            return found[0]
    return -1


def tally_forces(sent: Sent) -> list[tuple[int, int, str]]:
    """The sentence's forces, plus place-name references the gazetteer left out; a name that
    goes on as another body's ('Scottish Police Services Authority', 'Kent Police
    Federation') is none."""
    named = sentence_forces(sent)
    index = alias_index()
    for m in alias_re().finditer(sent.text):
        if not any(a < m.end() and m.start() < b for a, b, _ in named):
            name = index.get(re.sub(r"\s+", " ", m.group(0)).lower())
            if name is not None:
                named.append((m.start(), m.end(), name))
    body = vocab().other_body
    return sorted(
        f for f in named if not body.match(sent.text, f[1]) and not old_name(sent.text, f[0])
    )


# Right before a force's former name: "The force, known as Midshire Constabulary until
# 2021, ...", "formerly Dyfed Police".
_RENAMED = re.compile(
    r"\b(?:(?:formerly|previously|once|then|originally)\s+(?:known\s+as|called|named)|"
    r"known\s+as|formerly|previously)\s+(?:the\s+)?$",
    re.I,
)


def old_name(text: str, start: int) -> bool:
    """The force named at `start` is a name the force went by before ('The force, known as
    Midshire Constabulary until 2021, logged 412'): the subject's own old name, not
    another force whose figure follows."""
    return bool(_RENAMED.search(text[max(0, start - 40) : start]))


def sentence_forces(sent: Sent) -> list[tuple[int, int, str]]:
    """(start, end, canonical) of forces named as actors, offsets in the sentence text; the
    forces named at all when none acts ('An FOI request to Kent Police showed 120 ...')."""
    named = [(m.start_char - sent.start, m.end_char - sent.start, m.label_) for m in sent.forces]
    actors = [f for f, m in zip(named, sent.forces, strict=True) if not is_passive_mention(sent, m)]
    return actors or named


# ", a force of similar size to South Wales,": an aside after a name, whose names are not
# the subject of the verb that follows it
_ASIDE = re.compile(r",\s+(?:a|an|one\s+of|which|who|whose|like|unlike|itself)\b[^,;:]*,")


# Between a figure and the force it belongs to, named after it: "64 at", "12 data breaches
# recorded by", "31 cases in".
_AT_FORCE = re.compile(r"(?:\s+[a-z][\w-]*){0,4}?\s+(?:at|by|for|in|within)\s+(?:the\s+)?")


_NEXT_ITEM = re.compile(r"\s*,?\s+(?:and|or|but|while|whereas)\s+(?:for|at|in)\b", re.I)


def force_near(forces: list[tuple[int, int, str]], n: Num, text: str = "") -> str | None:
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text[: n.a])]
    forces = [f for f in forces if not any(a <= f[0] < b for a, b in asides)] or forces
    after = [f for f in forces if f[0] >= n.b]
    if (
        after
        and text
        and _AT_FORCE.fullmatch(text[n.b : after[0][0]])
        # "The figure for West Mercia was 201 and for Warwickshire 88": a conjunction opens
        # the next force's item, no preposition of this figure's
        and not _NEXT_ITEM.match(text, n.b)
    ):
        return after[0][2]  # "..., compared with 64 at Essex Police": its own force, after it
    before = [f for f in forces if f[1] <= n.a]
    if before:
        return before[-1][2]
    after = [f for f in forces if f[0] >= n.b]
    if after and text and _OTHERS_FIGURE.search(text, n.b, after[0][0]):
        # "The figure was 410, compared with 390 at Kent Police": the force named after is
        # the later figure's own, not this one's
        return None
    if after and text and _owns_next_figure(text, after[0]):
        # "The force recorded 74, while Nottinghamshire Police recorded 188", "Britain's
        # biggest force logged 1,012, ahead of GMP on 402": the force named after gives its
        # own figure; this one is the force the sentence points at (the page's)
        return None
    return after[0][2] if after else None


_DIGIT = re.compile(r"\d")


def _owns_next_figure(text: str, force: tuple[int, int, str]) -> bool:
    """The force at `force` is the owner of the next figure after its name: a list item or a
    league place ("GMP on 402", "Kent Police (301)", "Essex: 95") or the object of its own
    recording verb ("Nottinghamshire Police recorded 188"), in the same clause."""
    digit = _DIGIT.search(text, force[1])
    if digit is None:
        return False
    end = re.match(r"[\d,]*\d", text[digit.start() :])
    after = Num(0, digit.start(), digit.start() + (end.end() if end else 1), False)
    found = listed(text, after)
    if found is not None and found[0] == force[0]:
        return True
    between = text[force[1] : digit.start()]
    return not re.search(r"[.;:!?]|,\s", between) and bool(vocab().recording.search(between))


# A figure with its own force after it, closing the text between an earlier figure and that
# force: "..., compared with 390 at ".
_OTHERS_FIGURE = re.compile(r"(?<![\w,.])\d[\d,]*" + _AT_FORCE.pattern + r"$")
