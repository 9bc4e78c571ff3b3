"""The words of breach tallies: numbers, what they count, and the categories next to them.

Vocabulary comes from extract/data/tallies.toml; numbers written in words are read with
text2num. Used by extract.rules.tallies (prose) and extract.rules.tally_tables (tables).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from text_to_num import text2num

from extract.components.forces import force_aliases
from extract.datafiles import load_toml
from extract.rules.periods import find_periods
from extract.rules.types import type_scores
from extract.sentences import Sent


@dataclass(frozen=True)
class Vocab:
    breach: frozenset[str]
    generic: frozenset[str]
    plain: frozenset[str]
    telling: frozenset[str]
    slips: frozenset[str]
    repetitions: frozenset[str]
    devices: frozenset[str]
    device_names: frozenset[str]
    lost_kit: re.Pattern[str]
    broke_rules: re.Pattern[str]
    one_person: re.Pattern[str]
    breach_led: frozenset[str]
    occurrence: re.Pattern[str]
    received: re.Pattern[str]
    crime: re.Pattern[str]
    crime_word: re.Pattern[str]
    crowd: re.Pattern[str]
    proceedings: frozenset[str]
    recording: re.Pattern[str]
    recorded_by: re.Pattern[str]
    logged_after: re.Pattern[str]
    participle_after: re.Pattern[str]
    people: frozenset[str]
    broader: re.Pattern[str]
    personal_after: re.Pattern[str]
    topic: re.Pattern[str]
    elsewhere: re.Pattern[str]
    elsewhere_nouns: frozenset[str]
    max_modifiers: int
    misconduct: re.Pattern[str]
    outcome: re.Pattern[str]
    offence: re.Pattern[str]
    misconduct_type: str
    statistics: re.Pattern[str]
    subset_before: re.Pattern[str]
    information_names: re.Pattern[str]
    partitive_lead: re.Pattern[str]
    comparison: re.Pattern[str]
    remainder: re.Pattern[str]
    catch_all: re.Pattern[str]
    national: re.Pattern[str]
    unattributed: re.Pattern[str]
    joint: re.Pattern[str]
    each: re.Pattern[str]
    average: re.Pattern[str]
    difference: re.Pattern[str]
    rate_after: re.Pattern[str]
    average_after: re.Pattern[str]
    approximate: re.Pattern[str]
    span_hedge: re.Pattern[str]
    period_lead: re.Pattern[str]
    share_verb: re.Pattern[str]
    share_of: re.Pattern[str]
    share_word: re.Pattern[str]
    risen_up_to: re.Pattern[str]
    dispute: re.Pattern[str]
    disputed_object: re.Pattern[str]
    wrong: re.Pattern[str]
    corrected: re.Pattern[str]
    report_lead: re.Pattern[str]
    other_source: re.Pattern[str]
    breakdown: re.Pattern[str]
    figures_lead: re.Pattern[str]
    bracket_note: re.Pattern[str]
    parts_lead: re.Pattern[str]
    lead_aside: re.Pattern[str]
    continues: re.Pattern[str]
    continued_by: re.Pattern[str]
    cases_of: re.Pattern[str]
    demonstrative: frozenset[str]
    same_number: re.Pattern[str]
    one_more: re.Pattern[str]
    zero: re.Pattern[str]
    forces_counted: re.Pattern[str]
    latter: re.Pattern[str]
    respectively: re.Pattern[str]
    former: re.Pattern[str]
    category_before: re.Pattern[str]
    category_after: re.Pattern[str]
    classed: re.Pattern[str]
    other_label: re.Pattern[str]
    other_body: re.Pattern[str]
    kinds_talk: re.Pattern[str]
    ranking: re.Pattern[str]
    agent_participle: re.Pattern[str]
    rank_headers: frozenset[str]
    wider_owner: re.Pattern[str]
    measuring_verbs: re.Pattern[str]
    caption_finite: re.Pattern[str]
    other_measure: re.Pattern[str]
    measure_tail: frozenset[str]
    neutral_subjects: frozenset[str]
    figure_nouns: frozenset[str]
    whole_after: re.Pattern[str]


# A reporting clause before a sentence's partitive lead: "The force said that of the 98 ...".
_REPORTED = (
    r"(?:[^,.;:]{0,80}?\b(?:said|says|say|shows?|showed|reveals?|revealed|found|confirmed)"
    r"\s+(?:that\s+)?)?"
)
# the rest of a partitive lead up to its comma: a figure's thousands separator ("Of the 1,204
# breaches") ends no lead
_LEAD_BODY = r"(?:[^,;:.]|(?<=\d)[,.](?=\d)){0,60}[,:](?!\d)"
# a lead that opens on its whole's figure may run longer, naming the whole's force and span
# ("Of the 340 breaches recorded by Hertfordshire Constabulary in the five years to 2023,")
_FIGURE_LEAD = r"of\s+(?:the|its|their)\s+\d[\d,]*\s(?:[^,;:.]|(?<=\d)[,.](?=\d)){0,100}[,:](?!\d)"


def _spaced(words: list[str]) -> str:
    """An alternation of `words`, longest first, any run of white space between their words."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


def _any(words: list[str], *, suffix: str = "", prefix: str = "") -> re.Pattern[str]:
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"{prefix}(?<![\w'’])(?:{alts})(?![\w'’]){suffix}", re.I)


# The data folder of the pipeline whose Doc is being read (`reading_data`): the rules read
# the same tallies.toml and force gazetteer as the components that annotated the Doc.
_DATA_DIR: ContextVar[str | None] = ContextVar("breachkb_tally_data_dir", default=None)


@contextmanager
def reading_data(data_dir: str | None) -> Iterator[None]:
    """Within this block, `vocab()` and the force indexes read `data_dir` (None: packaged)."""
    token = _DATA_DIR.set(data_dir)
    try:
        yield
    finally:
        _DATA_DIR.reset(token)


def vocab() -> Vocab:
    return _vocab(_DATA_DIR.get())


def alias_index() -> dict[str, str]:
    return _alias_index(_DATA_DIR.get())


def alias_re() -> re.Pattern[str]:
    return _alias_re(_DATA_DIR.get())


def inside_place_abroad(text: str, start: int) -> bool:
    """The force name at `start` is inside a longer place's name abroad ("New South Wales
    Police": cues.toml [roles] not_force_prefix), as the force gazetteer and `alias_re` read
    it: no UK force. For a name found by other means than `alias_re` (a list item's words)."""
    lo = max(0, start - 40)
    return any(
        lo + m.start() < start < lo + m.end()
        for m in _place_abroad_re(_DATA_DIR.get()).finditer(text[lo : start + 40])
    )


@cache
def _place_abroad_re(data_dir: str | None) -> re.Pattern[str]:
    places = load_toml("cues.toml", data_dir)["roles"]["not_force_prefix"]
    alts = "|".join(r"\s+".join(map(re.escape, p.split())) for p in places)
    return re.compile(rf"\b(?:{alts})\b" if alts else r"(?!)", re.I)


@cache
def _vocab(data_dir: str | None) -> Vocab:
    data = load_toml("tallies.toml", data_dir)
    m, p, c = data["measures"], data["people"], data["context"]
    return Vocab(
        breach=frozenset(m["breach"]),
        generic=frozenset(m["generic"]),
        plain=frozenset(m["plain_modifiers"]),
        telling=frozenset(m["telling_modifiers"]),
        slips=frozenset(m["slips"]),
        repetitions=frozenset(m["repetitions"]),
        devices=frozenset(m["devices"]),
        device_names=frozenset(m["device_names"]),
        lost_kit=_any(m["lost_kit"]),
        broke_rules=re.compile(
            rf"\b(?:{_spaced(m['broke_verbs'])})\s+(?:the\s+)?(?:{_spaced(m['broke_fields'])})"
            rf"\s+(?:{_spaced(m['broke_laws'])})\b",
            re.I,
        ),
        one_person=re.compile(
            rf"\b(?:an?|one|the)\s+(?:\w+\s+)?(?:{_spaced(m['one_person'])})\b"
            rf"|\b(?:{_spaced(m['one_person_titles'])})\s+[A-Z]",
            re.I,
        ),
        breach_led=frozenset(m["breach_led"]),
        occurrence=_any(m["occurrence"], suffix=r"\s+(?:on\s+|some\s+|about\s+|around\s+)?$"),
        # "In Kent, officers and staff were ...", "Met Police staff were ...": the sentence's
        # subject is a workforce (determiners and names before it, another crowd word after)
        crowd=re.compile(
            rf"^\W*(?:[^,.;:]{{1,40}},\s+)?(?:(?:(?i:the|its|their|police|civilian)|"
            rf"(?!(?i:{UNITS})\b)[A-Z][\w'’.-]*)\s+){{0,3}}(?i:"
            + _any(m["crowd"]).pattern
            + r"(?:\s+(?:and|or)\s+(?:(?:police|civilian|other)\s+)?"
            + _any(m["crowd"]).pattern
            + r")?)\s+(?!of\b)[a-z]",
        ),
        # "received 812 reports", "received a total of 812": right before the number
        received=_any(
            m["received"],
            suffix=r"\s+(?:(?:a\s+total\s+of|more\s+than|over|almost|nearly|some|about|around|"
            r"just\s+over|just\s+under)\s+)?$",
        ),
        # "276,412 offences", "2,104 computer misuse offences", "2,914 reports of computer
        # misuse and online fraud": right after the number
        crime=re.compile(
            r"\s+(?:[a-z][\w-]*\s+){0,4}?(?:(?:reports?|cases?)\s+of\s+(?:[a-z][\w-]*\s+){0,4}?)?"
            + _any(m["crime"]).pattern,
            re.I,
        ),
        crime_word=_any(m["crime"]),
        proceedings=frozenset(m["proceedings"]),
        recording=_any(m["recording"], suffix=r"\s+(?:\w+\s+){0,2}$"),
        # "crimes logged by the Bureau": the agent of a passive recording verb
        recorded_by=_any(
            m["recording"],
            suffix=r"\s+by\s+(?:the\s+)?(?-i:([A-Z][\w&'’.-]*(?:\s+(?:and|of|for|"
            r"[A-Z][\w&'’.-]*)){0,5}))",
        ),
        # "double the 31 it logged in 2019/20": a clause recording the figure follows it
        logged_after=_any(
            m["recording"],
            prefix=r"\s+(?:(?:it|they|the\s+force|which|that)\s+(?:had\s+|has\s+|have\s+)?|"
            r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+)",
        ),  # "the 31 it logged", "when 512 were recorded"
        # "the 96 breaches recorded (by the force) were ...": a reduced relative clause of a
        # recording verb's participle after a count's noun, with its agent or time if any
        participle_after=_any(
            [w for w in m["recording"] if w.endswith("ed")],
            prefix=r"\s+",
            suffix=r"(?:\s+(?:by|at|in|over|during|across|within)\s+[^,;:.()]{1,40}?)?(?=\s)",
        ),
        people=frozenset(m["people"]),
        broader=_any(m["broader"]),
        # "security incidents involving personal data": right after a wider measure, the
        # qualifier that makes it personal data breaches
        personal_after=re.compile(
            r"\s*,?\s*(?:that\s+|which\s+)?"
            + _any(m["personal_link"]).pattern
            + r"\s+(?:\w+\s+){0,2}?"
            + _any(m["personal_object"]).pattern,
            re.I,
        ),
        topic=_any(m["topic"]),
        elsewhere=_any(
            m["elsewhere"],
            prefix=r"\s+(?:at|by|of|in|from|affecting)\s+(?:(?:a|an|the|one|two|several|other|large|major)\s+)*",
        ),
        elsewhere_nouns=frozenset(w.lower() for w in m["elsewhere"]),
        max_modifiers=int(m["max_modifiers"]),
        misconduct=_any(p["misconduct"]),
        outcome=_any(p["outcome"]),
        offence=_any(p["offence"]),
        misconduct_type=p["breach_type"],
        statistics=_any(p["statistics"]),
        subset_before=_any(c["subset"], suffix=r"\W*$"),
        information_names=_any(c["information_names"]),
        # "Of these, ...", "2. Of the 231 breaches, ...": the lead of a sentence of parts
        partitive_lead=re.compile(
            _any(
                c["subset"],
                prefix=r"^\W*(?:\d{1,2}[.)]\s+)?" + _REPORTED,
                suffix=_LEAD_BODY,
            ).pattern
            # "Of Norfolk's 220 breaches,", "Of its 97 breaches,": a possessive names the whole
            + r"|^\W*"
            + _REPORTED
            + r"of\s+(?:its|their|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s?)\s"
            + _LEAD_BODY
            + r"|^\W*(?:\d{1,2}[.)]\s+)?"
            + _REPORTED
            + _FIGURE_LEAD,
            re.I,
        ),
        comparison=_any(c["comparison"], suffix=r"\W*$"),
        remainder=_any(c["remainder"], suffix=r"\W*$"),
        # "were categorised as 'other'", "fell under Other": the catch-all named as a label
        catch_all=re.compile(
            _any(c["catch_all"]).pattern
            + r"\s+(?:the\s+|an?\s+)?[\"“‘'(]*(?:"
            + "|".join(re.escape(w) for w in sorted(data["tables"]["other"], key=len, reverse=True))
            + r")(?!\w|\s+(?:forces?|bod(?:y|ies)|organisations?)\b)",
            re.I,
        ),
        national=_any(c["national"]),
        breakdown=_any(c["breakdown"]),
        figures_lead=_any(c["figures_lead"]),
        bracket_note=_any(c["bracket_note"]),
        parts_lead=_any(c["parts_lead"], suffix=r"\W*$"),
        lead_aside=_any(c["lead_aside"]),
        ranking=_any(c["ranking"]),
        # "the 62 recorded by Wiltshire Police": the participle before the agent's preposition
        agent_participle=_any(
            c["agent_participles"], prefix=r"\s+", suffix=r"(?=\s+(?:at|by|for|from)\s)"
        ),
        rank_headers=frozenset(data["tables"]["rank_headers"]),
        wider_owner=_any(c["wider_owner"]),
        measuring_verbs=_any(
            c["measuring_verbs"],
            suffix=r"\s+(?:(?:just|only|a\s+mere|exactly|precisely)\s+)?$",
        ),
        caption_finite=_any(c["caption_finite"]),
        other_measure=_any(data["tables"]["other_measures"]),
        measure_tail=frozenset(data["tables"]["measure_tail"]),
        neutral_subjects=frozenset(c["neutral_subjects"]),
        figure_nouns=frozenset(c["figure_nouns"]),
        whole_after=_any(c["whole_after"], prefix=r"\W*"),
        unattributed=_any(c["unattributed"]),
        joint=_any(c["joint"]),
        each=_any(c["each"]),
        average=_any(c["average"], suffix=r"\W*$"),
        difference=_any(c["difference"], suffix=r"\s*$"),
        # "113 a year" is a rate, "54 a year later" a count dated by its neighbour
        rate_after=_any(
            c["rate_after"], prefix=r"^\s+", suffix=r"(?!\s+(?:later|earlier|ago|before|after))"
        ),
        # "20 breaches on average": an average told after the figure and its noun
        average_after=_any(c["average_after"], prefix=r"^\s*,?\s*"),
        approximate=_any(c["approximate"], suffix=r"\s*$"),
        # "over almost five years": a bound before a number of years, read as the number
        span_hedge=_any(
            c["approximate"],
            prefix=r"\b(?:" + "|".join(map(re.escape, c["span_prepositions"])) + r")\s+",
            suffix=r"\s+(?=[\w-]+\s+(?:(?:financial|calendar|fiscal)\s+)?years\b)",
        ),
        period_lead=_any(c["period_leads"], prefix=r"\s+", suffix=r"\s+"),
        # "..., with the Met recording (about) 1,040 of them": what stands between a share's
        # force and its figure (`tallies._share_clause_named`), all of it
        share_verb=re.compile(
            rf"\s*(?:(?:{_spaced(c['share_verbs'])})\s+)?(?:(?:{_spaced(c['approximate'])})\s+)?",
            re.I,
        ),
        # "just over half of the 212 ...", "40% of its 97 ...": right before a whole
        share_of=re.compile(
            r"(?:"
            + _any(c["share"]).pattern
            + r"|\d+(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b))\s+of\s+(?:the|its|their)\s+$",
            re.I,
        ),
        share_word=_any(c["share"]),
        risen_up_to=_any(c["risen"], suffix=r"\s+up\s+to\s*$"),
        dispute=_any(c["dispute"]),
        disputed_object=_any(c["disputed_object"]),
        wrong=re.compile(
            _any(c["disputed_object"]).pattern
            + r"(?:\s+of\s+(?:about\s+|around\s+)?[\d,]+)?"  # "the figure of 310 was wrong"
            + r"\s+(?:is|are|was|were|(?:had|has|have)\s+been)\s+(?:\w+\s+)?"
            + _any(c["wrong"]).pattern,
            re.I,
        ),
        # "In 2017, it was reported that": a year opening the sentence, then the lead
        report_lead=_any(c["report_leads"], prefix=r"\s*,?\s*"),
        # "a separate audit", "its own review", "not included in the study"
        other_source=re.compile(
            _any(c["other_source_modifiers"]).pattern
            + r"\s+(?:\w+\s+)?"
            + _any(c["other_source_nouns"]).pattern
            + "|"
            + _any(c["other_source"]).pattern,
            re.I,
        ),
        # "the correct figure was 390", "revised the figure down to 88", "the figure was later
        # amended to 214", "a figure it later revised to 214", "should have been 41"
        corrected=re.compile(
            r"(?:"
            + _any(c["corrected"]).pattern
            + r"\s+(?:\w+\s+)?"
            + _any(c["disputed_object"]).pattern
            # "the correct figure for lost devices in 2022 was 26": what it counts between
            + r"(?:\s+for\s+[^.;:\d]{1,50}?(?:\s+(?:in|for)\s+\S*\d\S*)?)?"
            + r"\s+(?:was|is|were|of|at|stood\s+at|to\s+be|as)"
            + r"|(?:"
            # its object after it, or a figure named before it
            + _any(c["correcting"]).pattern
            + r"\s+(?:it|this|that|these|those|the|its|their)(?:\s+\w+){0,2}?"
            # "1,355 breaches, later corrected to 1,253": a participle after the figure
            + r"|[,(]\s*(?:\w+\s+)?"
            + _any(c["correcting"]).pattern
            + r"|\b(?:the|that|this|these|those|its|their|a|\w+['’]s)\s+(?:\w+\s+)?"
            + _any(c["disputed_object"]).pattern
            # "Kent's figure of 300 breaches for 2022 was later corrected to 280"
            + r"(?:\s+[\w,/'’-]+){1,10}?\s+"
            + _any(c["correcting"]).pattern
            + r")\s+(?:(?:down|up)(?:wards?)?\s+)?to"
            + r"|should\s+have\s+been)\W*$",
            re.I,
        ),
        continues=_any(
            c["continues"],
            suffix=r"[\s(:]*(?:" + _any(c["exact_qualifiers"]).pattern + r"\s+)?$",
        ),
        # "..., with 14 cases the year before", "up from nine cases": a comparing word right
        # before a figure, continuing the one before it
        continued_by=re.compile(
            rf"\b(?:{_spaced(c['continued_by'])})\s+"
            rf"(?:(?:{_spaced(c['continued_by_qualifiers'])})\s+)?$",
            re.I,
        ),
        # "30 cases of lost paperwork": right after a figure's noun, what the cases were of
        cases_of=re.compile(rf"\s+(?:{_spaced(c['cases_of'])})\b", re.I),
        demonstrative=frozenset(c["demonstrative"]),
        same_number=_any(c["same_number"]),
        one_more=_any(c["one_more"], suffix=r"(?=\s+of\b)"),
        zero=_any(c["zero"]),
        forces_counted=_any(c["forces_counted"], prefix=r"^\s*"),
        latter=_any(c["latter"]),
        respectively=_any(c["respectively"]),
        former=_any(c["former"]),
        category_before=_any(c["category_before"], suffix=r"\W*$"),
        category_after=_any(c["category_after"], prefix=r"^\W*"),
        classed=_any(
            c["classed"], prefix=r"^\s*(?:were|was|are|is|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
        ),
        other_label=_any(data["tables"]["other"]),
        # "incidents such as an email sent ...", "the force's figures included ...": kinds
        kinds_talk=re.compile(
            r"\b(?:breaches|incidents|cases|errors|mistakes|failures|leaks)\b[^.;]{0,40}?"
            + _any(c["examples"]).pattern
            + "|"
            + _any(c["figures"]).pattern
            + r"\s+(?:\w+\s+){0,2}?"
            + _any(c["include"]).pattern,
            re.I,
        ),
        other_body=re.compile(
            r"\s+(?:" + "|".join(map(re.escape, c["other_body"])) + r")\b"
        ),  # case-sensitive: the name goes on in capitals
    )


@cache
def _alias_index(data_dir: str | None) -> dict[str, str]:
    """Every force alias, context ones included ('Merseyside'), lower-cased -> canonical."""
    return {a.text.lower(): a.canonical for a in force_aliases(data_dir)}


@cache
def _alias_re(data_dir: str | None) -> re.Pattern[str]:
    """Force names as written, place names included: in a sentence giving figures, a bare
    'Merseyside' or 'Greater Manchester' is the force (the gazetteer wants police words)."""
    aliases = force_aliases(data_dir)
    names = sorted({a.text for a in aliases if a.text[:1].isupper()}, key=len, reverse=True)
    # "the Met", a context alias, at the start of a sentence too ("The Met recorded ...")
    articled = sorted(
        {a.text[4:] for a in aliases if a.text.startswith("the ") and a.text[4:5].isupper()},
        key=len,
        reverse=True,
    )
    abroad = _abroad_heads(data_dir)
    alternatives = [_not_abroad(n, abroad) + re.escape(n) for n in names]
    alternatives += [r"[Tt]he\s+" + re.escape(n) for n in articled]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")


def _abroad_heads(data_dir: str | None) -> list[tuple[str, str]]:
    """(head, tail) of each place abroad ending in a UK force's place (cues.toml [roles]
    not_force_prefix): ("new", "south wales"), ("new south", "wales") of "new south wales"."""
    out = []
    for place in load_toml("cues.toml", data_dir)["roles"]["not_force_prefix"]:
        words = place.lower().split()
        out += [(" ".join(words[:k]), " ".join(words[k:])) for k in range(1, len(words))]
    return out


def _not_abroad(name: str, abroad: list[tuple[str, str]]) -> str:
    """A lookbehind keeping `name` from matching inside a place abroad ("South Wales Police"
    of "New South Wales Police"); "New Scotland Yard" is no such place and stays the Met."""
    low = name.lower()
    heads = [h for h, tail in abroad if low == tail or low.startswith(tail + " ")]
    return "".join(rf"(?<!(?i:{re.escape(h)}) )" for h in heads)


# ---------------------------------------------------------------- numbers

UNITS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|thousand"
)
WORD_NUMBER = re.compile(rf"\b(?:{UNITS})(?:(?:[\s-]+|\s+and\s+)(?:{UNITS}))*\b", re.I)
_DIGITS = re.compile(
    r"(?<![\w£$€.,/:#-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w/%]|[.,:]\d|\s*(?:per\s*cent|percent|%))"
)
_DOZEN = re.compile(
    rf"\b(?:(half\s+a)|(an?)|((?:{UNITS})(?:[\s-]+(?:{UNITS}))*))\s+dozen\b(?!s)", re.I
)
_DOZEN_AFTER = re.compile(r"\s+dozen\b", re.I)
_YEARLIKE = re.compile(r"(?:19[5-9]\d|20[0-4]\d)$")
WORD = re.compile(r"[\w'’-]+")
# Words that end the noun phrase after a number ("14 complaints about data breaches").
STOP = {
    "in", "of", "a", "an", "the", "to", "and", "or", "but", "while", "at", "by", "for", "about",
    "over", "with", "from", "on", "into", "against", "involving", "after", "following",
}  # fmt: skip
_COPULA = {"were", "was", "are", "is"}
_MONTH_NAME = (
    r"(?:[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|May|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|"
    r"[Oo]ctober|[Nn]ovember|[Dd]ecember|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_DAY_BEFORE_MONTH = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}")
_MONTH_BEFORE_DAY = re.compile(rf"\b{_MONTH_NAME}\.?\s+$")
# "Answer: 54", "Response: 12": the figure an answer gives ("Answer 5" numbers the answer).
_ANSWER_GIVEN = re.compile(r"\b(?:answer|response|reply)\s*[:=–—-]\s*$", re.I)
_REFERENCE_BEFORE = re.compile(
    r"(?:section|sections|subsection|principle|principles|regulation|regulations|clause|rule|"
    r"request|requests|number|numbers|no\.?|page|pages|question|q|answer|response|ref|"
    r"reference|foi|article|schedule|paragraph|chapter|part|step|item|point|tier|level|"
    r"phase|version|aged|age)[^\w,]*$",  # "number 5", not "the largest number, 74"
    re.I,
)


_MORE_THAN = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:more|fewer|less)\s+(?:[\w-]+\s+){0,6}?than\b", re.I
)
# "three times the 2019 figure", "four times as many": a multiplier, no count
_MULTIPLIER = re.compile(
    r"\s+times\s+(?:the|as|more|higher|greater|larger|bigger|that|those|what|over)\b", re.I
)
# "The average number of breaches per force was 45": the figure a mean, median or average
# is said to be, no count (its sentence's other figures may be)
_AVERAGE_IS = re.compile(
    r"\b(?:average|mean|median)\s+(?:number|figure|total|count|tally)\b[^.;:!?]{0,80}?"
    r"\b(?:was|is|were|are|stood\s+at|came\s+to|of)\s+(?:just\s+)?$",
    re.I,
)
# "had no breaches", "reported no data breaches in 2022": nought, recorded
_NONE_RECORDED = re.compile(
    r"\b(?:recorded|reported|logged|registered|suffered|had|saw|notified|"
    # "Wiltshire Police said there had been none" ("there were no breaches reported to the
    # ICO" counts an outcome: the noun form is read elsewhere)
    r"there\s+(?:(?:had|has|have)\s+been|were|was)(?=\s+none\b))\s+(no|none)\b",
    re.I,
)
# "did not record any data breaches", "has never reported any breaches": nought, recorded
_NOT_ANY = re.compile(
    r"\b(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|had\s+not|have\s+not|haven['’]t|never)\s+"
    r"(?:record|report|log|register|suffer|have|recorded|reported|logged|registered|suffered|had)"
    r"\s+(any)\b",
    re.I,
)
# "None of them involved lost devices", "including none involving ...": nought of a part
# ... "none of its breaches last year involved lost devices": of the force's own breaches
_NONE_OF = re.compile(
    r"\b(none)\s+of\s+(?:them|these|those|which|(?:its|their)\s+(?:[a-z-]+\s+)?"
    r"(?:breaches|incidents|cases))\b|\bincluding\s+(none)\b",
    re.I,
)
# "none of last year's breaches was caused by ...", "none of the 2023 incidents involved
# ...": a zero of the kind its clause names, never a total (what "none of this year's
# incidents caused serious harm" denies is harm, no kind of breach)
_NONE_OF_PERIODS = re.compile(
    r"\b(none)\s+of\s+(?:the\s+)?(?:(?:last|this|that|the|previous)\s+year['’]s|"
    r"(?:19|20)\d\d(?:/\d\d)?(?:['’]s)?)\s+(?:[a-z-]+\s+)?(?:breaches|incidents|cases)\b",
    re.I,
)
# "... 60 in 2021/22 and none in 2022/23": a series' figure for a period written as a word
_NONE_IN_SERIES = re.compile(
    r"\d\S*\s*(?:,\s*|,?\s+and\s+|,?\s+but\s+)(none)\s+(?=(?:in|during|for|over)\s+\S*\d)",
    re.I,
)
# "Kent Police – none", "Essex Police: none.": a list item's figure, the last word of its line
# ..., or the last of a run of forces and figures ("Kent Police 310, Surrey Police none.")
_NONE_LISTED = re.compile(
    r"[\w)]\s*(?:[-–—:]|\s-)\s*((?i:none))\s*[.;]?\s*$|"
    r"\d\S*\s*(?:,|,?\s+and)\s+(?:[A-Z][\w&'’-]*\s+){1,5}((?i:none))\s*[.;]?\s*$"
)
# "There were no data breaches recorded at Gwent Police in 2022": a count of nought, stated
# as what was recorded (plural, a recording verb after the noun); "there was no breach",
# "there were no breaches reported to the ICO" deny an incident or count an outcome
# (shared by the zero patterns: "there were no <up to three words> <plural>", and a verb of
# recording that is no report "to" a regulator, an outcome)
_THERE_NO = r"\bthere\s+(?:were|have\s+been|had\s+been)\s+(no)\s+(?:[a-z-]+\s+){0,3}?[a-z]+s\s+"
_RECORDED = r"(?:recorded|logged|registered|reported)\b(?!\s+to\b)"
_NONE_THERE_RECORDED = re.compile(_THERE_NO + _RECORDED, re.I)
_RELATIVE_NONE = re.compile(r"none\s+of\s+which\b", re.I)
# "no data breaches were recorded in 2021", "no breach was logged": nought, said of the
# measure in the passive (never "... reported to the ICO", an outcome)
_NONE_PASSIVE = re.compile(
    r"\b(no)\s+(?:[a-z-]+\s+){0,3}?(?:[a-z]+s\s+(?:were|have\s+been|had\s+been)|"
    r"[a-z]+\s+(?:was|has\s+been|had\s+been))\s+" + _RECORDED,
    re.I,
)
# "there were no data breaches in 2022": nought for the period stated right after it
_NONE_THERE_DATED = re.compile(
    _THERE_NO + r"(?:in|during)\s+(?:the\s+)?(?:(?:19|20)\d\d|last|previous|past)\b", re.I
)
# "no further breaches", "no more incidents": a denial after an incident, no count
_CONTINUING = re.compile(
    r"\bno\s+(?:further|more|other|new|additional|subsequent|similar|repeat)\b", re.I
)
# "not a single breach", "not one breach": nought ("a single breach" is left unread: it tells
# of one incident far more often than it counts a force's breaches)
_NOT_ONE = re.compile(r"\bnot\s+(?:a\s+single|one)\b", re.I)


def _after_measure(text: str, at: int, v: Vocab) -> bool:
    """The relative 'none of which' at `at` is about breaches: the noun before its comma is a
    measure ('42 breaches, none of which ...'), not things the sentence names ('laptops')."""
    dating = {"in", "during", "for", "over", "the", "last", "past", "year", "alone"}
    words = [
        w.lower() for w in WORD.findall(text[:at]) if not re.search(r"\d", w)
    ]  # "90 breaches in 2021/22, none of which ...": the period is skipped
    while words and words[-1] in dating:
        words.pop()
    return bool(words) and words[-1] in v.breach | v.generic


# "There were no cases of lost paperwork", "No breaches involved lost devices", "but none
# involved lost devices": nought, but only of a kind of breach its clause names
# "The force said no laptops or phones were lost": what it says, as a sentence of its own
_NONE_OF_A_KIND = re.compile(
    r"\bthere\s+(?:were|was|have\s+been|had\s+been)\s+(no)\b|^\W*(no)\s+(?=[a-z])|"
    r"\b(none)\s+(?=involved|concerned|related|were|was)|"
    r"\b(?:said|says|confirmed|confirms|stated|states|added)\s+(?:that\s+)?(no)\s+(?=[a-z])",
    re.I,
)


@dataclass
class Num:
    value: int
    a: int  # offsets in the sentence text
    b: int
    approximate: bool
    measure: str | None = None  # breach | broader | people | None (continues one)
    noun_end: int = 0
    elliptical: bool = False
    same: bool = False  # "the same number"
    counts: str | None = None  # what it was read as: breach | misconduct | outcome | ...
    run: bool = False  # the next bare figure of a run ("29, 50 and 44")
    nought: bool = False  # "recorded none": zero, though no measure noun follows
    of_a_kind: bool = False  # "there were no cases of lost paperwork": a zero of a kind only
    repeated: bool = False  # "staff misused systems 48 times in 2024": counts the kind done
    repetition: bool = False  # "... 67 times", "on 21 occasions", read as no count (yet)
    whole: bool = False  # "half of the 212 breaches": the whole a share is of, no part
    device: bool = False  # "24 laptops were lost": kit lost or stolen, a device loss each


_LIST_NUMBER = re.compile(r"\d{1,2}[.)][ \t]+\S")
# Right before a figure that names places in a ranking, not a count: "top ten", "top-5".
_RANK_GROUP = re.compile(r"\b(?:top|bottom)[\s-]+$", re.I)


# Right after a number in words, the group it is part of: "one of 10 (forces)", "two of the
# eight (forces)"
_OF_GROUP = re.compile(r"\s+of\s+(?:the\s+)?(?:\d[\d,]*|[a-z]+)(?=\s)", re.I)


# A number joined by a hyphen to a unit of time is a length or an age, no count: "a 12-month
# prison sentence", "a six-week suspension", "a 45-year-old constable".
_DURATION_ADJECTIVE = re.compile(r"-(?:years?|months?|weeks?|days?|hours?)\b", re.I)

# A person's age told between commas after the name, as court reports give it: "Karen
# Hale, 46, searched ...", "Dean Ross, 52, of Leeds, admitted ...". A list of forces'
# figures goes on to another name or "and" ("Kent, 45, Essex, 30"), not a lowercase word.
_NAME_BEFORE_AGE = re.compile(r"\b[A-Z][a-z]+,[ \t]$")
_AFTER_AGE = re.compile(r",\s+(?!and\b|or\b)[a-z]")


def numbers(text: str, parts: bool = False) -> list[Num]:
    """Counts written as digits or words, not years, money, percentages or references.
    `parts`: a count in words before "of them" ("Twenty-eight of them involved lost
    phones") is read too, as a tally reads it (a part of the total before it); other readers
    (whether a sentence states figures) leave it out, as they leave "two of them" in a story."""
    v = vocab()
    found: list[Num] = []
    for m in _DIGITS.finditer(text):
        raw = m.group(1)
        if _YEARLIKE.match(raw) and "," not in raw:
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        if not before.strip() and _LIST_NUMBER.match(text, m.start()):
            continue  # "1. Kent Police - 45": the item's number in its list
        if _RANK_GROUP.search(before):
            continue  # "in the top 10 for breaches": a place in a ranking, no count
        if (
            _REFERENCE_BEFORE.search(before)
            and not re.search(r"\bnumbers?\s*\(\s*$", before)
            and not _ANSWER_GIVEN.search(before)
        ) or re.search(r"[£$€]\s*$", before):
            continue  # "the highest number (60)" is a count, "number 5" a reference
        if _DAY_BEFORE_MONTH.match(text, m.end()) or _MONTH_BEFORE_DAY.search(before):
            continue  # "29 May 2024", "May 29": a date
        if len(raw) == 2 and _NAME_BEFORE_AGE.search(before) and _AFTER_AGE.match(text, m.end()):
            continue  # "Karen Hale, 46, searched ...": her age
        if re.match(
            r"\s*(?:million|m\b|bn|billion|k\b|pounds|years?\b|months?\b|days?\b)",
            text[m.end() :],
            re.I,
        ) or _DURATION_ADJECTIVE.match(text, m.end()):
            continue
        found.append(Num(int(raw.replace(",", "")), m.start(), m.end(), False))
    for m in _DOZEN.finditer(text):
        # "a dozen cases", "half a dozen", "two dozen": twelves (not "dozens", no number)
        if m.group(1):
            value = 6
        elif m.group(2):
            value = 12
        else:
            try:
                value = 12 * text2num(m.group(3).lower().replace("-", " "), "en")
            except ValueError:
                continue
        found.append(Num(value, m.start(), m.end(), False))
    for m in WORD_NUMBER.finditer(text):
        if _DOZEN_AFTER.match(text, m.end()):
            continue  # "two dozen": read above
        try:
            value = text2num(m.group(0).lower().replace("-", " "), "en")
        except ValueError:
            continue
        after = text[m.end() :]
        if (
            re.match(
                r"\s*(?:years?|months?|weeks?|days?|of\s+(?:us|the\s+(?:most|few)))\b", after, re.I
            )
            or _DURATION_ADJECTIVE.match(text, m.end())
            or (re.match(r"\s*of\s+them\b", after, re.I) and not (parts and value > 1))
        ):
            continue  # "one of them" tells of one breach
        if _RANK_GROUP.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # "among the top ten forces", "in the bottom five": a ranking's places
        among = _OF_GROUP.match(after)
        if among and v.forces_counted.match(after[among.end() :]):
            continue  # "Essex was one of 12 forces that ...": forces counted, no breaches
        start = m.start()
        article = re.search(r"\ban?\s+$", text[max(0, start - 4) : start], re.I)
        if article and re.match(r"(?:hundred|thousand)\b", m.group(0), re.I):
            start -= len(article.group(0))  # "more than a thousand": the article is the figure's
        found.append(Num(value, start, m.end(), False))
    for m in v.one_more.finditer(text):
        found.append(Num(1, m.start(), m.end(), False))
    for m in v.zero.finditer(text):
        # "fell to zero in 2023": nought, though no measure noun follows
        found.append(Num(0, m.start(), m.end(), False, nought=True))
    for m in _NONE_IN_SERIES.finditer(text):
        # "60 in 2021/22 and none in 2022/23": nought, the next figure of a series
        found.append(Num(0, m.start(1), m.end(1), False, nought=True))
    for m in _NONE_RECORDED.finditer(text):
        # "recorded no data breaches": a count of nought, when a measure noun follows
        found.append(Num(0, m.start(1), m.end(1), False, nought=True))
    for m in _NOT_ANY.finditer(text):
        # "did not record any data breaches": a count of nought, when a measure noun follows
        found.append(Num(0, m.start(1), m.end(1), False, nought=True))
    for m in _NONE_LISTED.finditer(text):
        # "• Lincolnshire Police – none": an item's figure written as a word
        g = 1 if m.group(1) else 2
        found.append(Num(0, m.start(g), m.end(g), False, nought=True))
    for m in _NONE_OF.finditer(text):
        g = 1 if m.group(1) else 2
        if _RELATIVE_NONE.match(m.group(0)) and not _after_measure(text, m.start(), v):
            continue  # "three radios and two laptops, none of which held ...": of those things
        found.append(Num(0, m.start(g), m.end(g), False, nought=True))
    for m in _NONE_OF_PERIODS.finditer(text):
        found.append(Num(0, m.start(1), m.end(1), False, nought=True, of_a_kind=True))
    for m in _NONE_THERE_RECORDED.finditer(text):
        found.append(Num(0, m.start(1), m.end(1), False, nought=True))
    # before the readings of a kind: these say what was recorded
    for pattern in (_NONE_PASSIVE, _NONE_THERE_DATED):
        for m in pattern.finditer(text):
            if _CONTINUING.match(text, m.start(1)):
                continue
            if not any(n.a == m.start(1) for n in found):
                found.append(Num(0, m.start(1), m.end(1), False, nought=True))
    for m in _NONE_OF_A_KIND.finditer(text):
        g = next(k for k in (1, 2, 3, 4) if m.group(k))
        if any(n.a == m.start(g) for n in found):
            continue
        found.append(Num(0, m.start(g), m.end(g), False, nought=True, of_a_kind=True))
    for m in _NOT_ONE.finditer(text):
        # "not one breach": the "one" inside is no figure of its own
        found = [n for n in found if not (m.start() <= n.a < m.end())]
        found.append(Num(0, m.start(), m.end(), False, nought=True))
    for m in v.same_number.finditer(text):
        found.append(Num(0, m.start(), m.end(), False, same=True))
    found.sort(key=lambda n: n.a)
    for n in found:
        # "went up to 97": a figure reached by a change, exact, not a bound ("up to 97")
        n.approximate = bool(v.approximate.search(text[max(0, n.a - 25) : n.a])) and not (
            v.risen_up_to.search(text[max(0, n.a - 40) : n.a])
        )
        if v.share_of.search(text[max(0, n.a - 40) : n.a]):
            # "just over half of the 212 breaches": the bound is the share's; 212 is exact
            n.approximate, n.whole = False, True
        n.noun_end = n.b
    return [
        n
        for n in found
        if n.value >= 0
        and not v.average.search(text[max(0, n.a - 20) : n.a])
        and not v.difference.search(text[max(0, n.a - 25) : n.a])
        and not _MORE_THAN.match(text, n.b)  # "20 more than in 2021": a difference
        and not _multiplier(text, n.b, v)
        and not _AVERAGE_IS.search(text[max(0, n.a - 130) : n.a])
        # "4.5 per 100 officers": a rate's base, no count of officers
        and not re.search(r"\bper\s+$", text[max(0, n.a - 6) : n.a], re.I)
        and not v.rate_after.match(text[n.b : n.b + 20])
    ]


def _multiplier(text: str, b: int, v: Vocab) -> bool:
    """'three times the 2019 figure' multiplies; '51 times over the last four years' and
    '19 times over the course of 2015' repeat over a period: 'over' opens a period phrase."""
    m = _MULTIPLIER.match(text, b)
    if m is None or m.group(0).lower().split()[-1] != "over":
        return m is not None
    lead = v.period_lead.match(text, m.end())
    start = lead.end() if lead else m.end()
    return not any(m.end() - 4 <= p.start <= start + 1 for p in find_periods(text))


# One person's records, not a workforce's searches: "viewed her file", "the victim's record"
_ONE_PERSONS = re.compile(r"\b(?:her|his|him|victims?)\b|\w['’]s\b", re.I)
_MONTH_IN = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|spring|summer|autumn|winter)\b",
    re.I,
)


# Before a period phrase opening a sentence: "In 2022, ...", "During 2021/22 ...".
_FRONTED = re.compile(r"\s*(?:(?:in|during|over|throughout|between)\s+)?(?:the\s+)?", re.I)


def _crowd_dated(text: str, a: int, end: int) -> bool:
    """A repetition ('... 48 times' from `a` to `end`) a workforce did in a year or span stated
    right after it: 'Officers and staff were caught misusing systems 48 times in 2024'."""
    # "In 2022 staff at Kent Police sent data to the wrong address 45 times": the year or
    # span put before the workforce dates it as well
    for p in find_periods(text[:60]):
        if (p.period is not None or p.kind == "relative") and _FRONTED.fullmatch(text[: p.start]):
            gap = re.match(r"[\s,]*", text[p.end :])
            at = p.end + (gap.end() if gap else 0)
            fronted = vocab().crowd.match(text[at:])
            if fronted is not None:
                return not _ONE_PERSONS.search(text, at + fronted.end() - 1, a)
            break
    crowd = vocab().crowd.match(text)
    if crowd is None:
        return False
    if _ONE_PERSONS.search(text, crowd.end() - 1, a):
        return False
    return any(
        p.start <= 5 and p.period is not None or p.kind == "relative"
        for p in find_periods(text[end : end + 60])
        if p.start <= 5 and not _MONTH_IN.search(p.text)
    )


# Before a force that is its clause's subject: nothing, a period put first ("Between 2018 and
# 2021 Kent Police ..."), "the", or its workforce ("Staff at Kent Police ...").
_SUBJECT_LEAD = re.compile(
    r"[\s,]*(?:(?:the\s+)?(?:officers|staff|employees|personnel|workers)"
    r"(?:\s+and\s+(?:civilian\s+)?(?:officers|staff|employees))?\s+(?:at|of|in|from)\s+)?"
    r"(?:the\s+)?",
    re.I,
)


def _force_repeated(text: str, a: int) -> bool:
    """A repetition a force itself did, said of its data: 'South Yorkshire Police broke data
    protection law 96 times in 2022', 'Between 2018 and 2021 Kent Police leaked personal
    information 150 times'. The force opens the clause as its subject and the words between it
    and the figure name data protection or personal data, with no one person among them ('Kent
    Police said an officer viewed personal data 50 times' is one case)."""
    v = vocab()
    named = list(alias_re().finditer(text, 0, a))
    if not named:
        return False
    m = named[-1]
    between = text[m.end() : a]
    if re.search(r"\d", between) or not v.topic.search(between):
        return False
    words = {w.lower() for w in WORD.findall(between)}
    if words & v.people or v.crowd.search(between) or _ONE_PERSONS.search(between):
        return False
    if re.search(r"\b(?:said|says|told|found|revealed|after|when|who|which|where)\b", between):
        return False
    before = text[: m.start()]
    for p in find_periods(before):
        if _FRONTED.fullmatch(before[: p.start]):
            before = before[p.end :]
            break
    return _SUBJECT_LEAD.fullmatch(before) is not None


def measure_after(text: str, n: Num, kit: bool = True) -> None:
    """The measure noun right after the number, within a few modifier words (`kit`: lost or
    stolen kit counted too)."""
    v = vocab()
    if n.same:
        n.elliptical = True
        return
    after = text[n.b : n.b + 80]
    if re.match(r"\s*[(\[]", after) or re.match(r"\s*(?:,|;|\.|$)", after):
        n.elliptical = True
        return
    if v.forces_counted.match(after):
        # "Two forces admit data breaches": forces counted, no measure of breaches (and none
        # for a list under "The five forces with the highest totals were ..." to go on with)
        n.elliptical = True
        return
    shift = 0
    named = alias_re().match(after, len(after) - len(after.lstrip()))
    if named and re.match(r"\s+[a-z]", after[named.end() :]):
        # "38 Essex Police officers": the force's name stands between figure and noun
        shift = named.end()
        after = after[shift:]
    broader = v.broader.match(after.lstrip())
    if broader:
        n.noun_end = n.b + shift + (len(after) - len(after.lstrip())) + broader.end()
        # "74 security incidents involving personal data" are personal data breaches
        personal = v.personal_after.match(text, n.noun_end)
        n.measure = "breach" if personal else "broader"
        return
    if v.classed.match(after):
        n.elliptical = True  # "72 were recorded as staff looking up records": a category
        return
    if (verb := v.category_after.match(after)) and verb.group(0).strip() not in _COPULA:
        n.elliptical = True  # "41 involved officers looking up records": officers are no measure
        return
    if kit and (end := _kit_after(text, n, after, shift, v)) is not None:
        n.measure, n.device, n.noun_end = "breach", True, end
        return
    modifiers: list[str] = []
    copula = False
    for m in WORD.finditer(after):
        word = m.group(0).lower().strip("'’")
        # an acronym that tells what was breached is a modifier ("77 GDPR breaches")
        acronym = m.group(0).isupper() and word in v.telling
        if (not m.group(0)[0].islower() and not acronym) or word in STOP:
            break  # a name or a new clause: "95 and Sussex Police 80"
        if not modifiers and word in _COPULA and m.start() < 2:
            copula = True
            continue  # "Eleven were cases in which ...": the noun after the verb
        if word in v.breach:
            n.measure = "breach"
        elif word in v.slips:
            # "312 data blunders" are breaches; "nine mistakes in handling it" are not
            telling = all(w in v.plain for w in modifiers) and set(modifiers) & v.telling
            n.measure = "breach" if telling else "other"
        elif word in v.generic and modifiers and set(modifiers) <= v.proceedings:
            n.measure = "people"  # "52 misconduct cases": judged like people disciplined
        elif word in v.generic and all(w in v.plain for w in modifiers):
            n.measure = "breach" if set(modifiers) & v.telling else "generic"
            if (
                word in v.repetitions
                and "breach" not in text.lower()
                and not _broke_rules(text, n.a)
                and not v.occurrence.search(text[max(0, n.a - 30) : n.a])
                and not _force_repeated(text, n.a)
            ):
                if _crowd_dated(text, n.a, n.b + shift + m.end()):
                    n.repeated = True  # a kind of breach a workforce did that often
                else:
                    n.measure, n.repetition = None, True
                    break
        elif word in v.people:
            # "300 police breaches": a people word before a measure noun is a modifier
            following = WORD.match(after, m.end() + 1)
            nxt = following.group(0).lower() if following else ""
            if copula and not modifiers and nxt.endswith("ing"):
                # "Eight were officers looking at records ...": what the things counted were,
                # people doing a kind of breach, not a count of people
                n.elliptical = True
                return
            # "12,400 police data breaches": the measure noun may follow plain modifiers
            ahead = WORD.finditer(after, m.end() + 1)
            while nxt in v.plain and nxt not in v.breach | v.generic:
                following = next(ahead, None)
                nxt = following.group(0).lower() if following else ""
            if nxt not in v.breach and nxt not in v.generic:
                n.measure = "people"
        if n.measure:
            n.noun_end = n.b + shift + m.end()
            more = re.match(r"\s+([\w'’-]+)", after[m.end() :])  # "data breach incidents"
            if more and more.group(1).lower() in v.breach | v.generic:
                n.noun_end += more.end()
            elif more and n.measure == "breach" and more.group(1).lower() in v.breach_led:
                # "14 data breach claims": things about breaches, counted, not breaches
                n.measure, n.noun_end = "other", n.noun_end + more.end()
            if n.measure in ("breach", "generic") and (
                v.rate_after.match(rest := text[n.noun_end : n.noun_end + 40])
                or v.average_after.match(rest)
            ):
                # "20 data breaches a year on average", "12 breaches per month": a rate told
                # after its measure noun, no count (its followers inherit it)
                n.measure = "rate"
            return
        if len(modifiers) >= v.max_modifiers:
            break
        modifiers.append(word)
    n.elliptical = True


def _broke_rules(text: str, a: int) -> bool:
    """The sentence tells breaches by their verb ('staff broke data protection laws 44
    times'), done by a workforce or a force, not by one person named before the figure ('PC
    Jones broke data protection rules 30 times' is one case)."""
    v = vocab()
    return (
        v.broke_rules.search(text) is not None
        and not _ONE_PERSONS.search(text, 0, a)
        and not v.one_person.search(text, 0, a)
    )


def _kit_after(text: str, n: Num, after: str, shift: int, v: Vocab) -> int | None:
    """The end of a noun phrase of kit right after the number ('24 laptops', '95 mobile
    phones', '191 lost or stolen laptops', '172 BlackBerry handsets') in a sentence saying kit
    was lost, stolen or went missing; None otherwise."""
    if not n.value:
        return None  # "No tablets were lost": kit nobody lost, no count of losses
    words = list(WORD.finditer(after))
    for k, m in enumerate(words[: v.max_modifiers + 1]):
        word = m.group(0).lower()
        if k and after[words[k - 1].end() : m.start()].strip():
            return None  # "12 laptops, ..." ends the phrase at the comma
        named = word in v.device_names
        if not named and not m.group(0)[0].islower():
            return None  # a name: "95 Kent Police laptops" is read elsewhere
        if word in v.devices:
            # "12 phones" + "phones were lost", "lost 8 laptops", "301 radios were unaccounted
            # for": the loss is told in the sentence, not only of a thing named after
            if not v.lost_kit.search(text):
                return None
            return n.b + shift + m.end()
        if word in STOP - {"or", "and"} or word in _COPULA or word in v.breach | v.generic:
            return None  # "Seven of the 88 were laptops": what the part was, after a verb
        if word in v.people and word != "police":
            return None  # "12 officers lost phones": people ("310 police radios": kit)
    return None


# What one cue says happened, whatever the medium: a loss (of a device or of papers), a
# misdirection (by email or by post), or the category itself.
_FAMILY = {
    "_loss": "loss",
    "loss_or_theft_of_device": "loss",
    "loss_or_theft_of_paperwork": "loss",
    "_misdirected": "misdirected",
    "emailed_to_incorrect_recipient": "misdirected",
    "posted_to_incorrect_recipient": "misdirected",
}
# Between two alternatives of a list: "lost, sent to the wrong place or looked at" (not a
# clause joined on: ", with most of them ...", ", while ...").
_ALTERNATIVE = re.compile(
    r"\bor\b|,(?!\s*(?:with|while|whereas|but|which|who|when|where|although|though)\b)", re.I
)


def _alternatives(sent: Sent, a: int, b: int) -> bool:
    """The clause from `a` to `b` lists different kinds of breach as alternatives ('89
    incidents in which data was lost, sent to the wrong person or accessed without a
    reason'): it says what the figure covers, a force's total, not one category."""
    firsts: dict[str, int] = {}
    for c in sorted(sent.types, key=lambda c: c.start_char):
        at = c.start_char - sent.start
        if not a <= at < b or c.kb_id_ not in ("strong", "loss", "misdirected"):
            continue  # a suggestive word ("attachments") names no kind of its own
        if c.label_ == "other" or c.label_.startswith("_") and c.label_ not in _FAMILY:
            continue
        firsts.setdefault(_FAMILY.get(c.label_, c.label_), at)
    ats = sorted(firsts.values())
    return (
        len(ats) >= 2
        and all(_ALTERNATIVE.search(sent.text[x:y]) for x, y in zip(ats, ats[1:], strict=False))
        and re.search(r"\bor\b", sent.text[ats[0] : b], re.I) is not None
    )


def category(sent: Sent, a: int, b: int) -> str | None:
    """Best breach type of the cues within sentence offsets [a, b); none for a list of
    different kinds as alternatives (a total's definition)."""
    if _alternatives(sent, a, b):
        return None
    piece = Sent(-1, sent.span, sent.start, sent.end, sent.text)  # -1: no headline weight
    piece.cues, piece.scopes = sent.cues, sent.scopes
    # a cue reaching into a name ("obtained through a Freedom of Information request") is none
    names = [m.span() for m in vocab().information_names.finditer(sent.text)]
    piece.types = [
        c
        for c in sent.types
        if a <= c.start_char - sent.start
        and c.end_char - sent.start <= b
        and not any(x < c.end_char - sent.start and c.start_char - sent.start < y for x, y in names)
    ]
    scores = type_scores([piece])
    if not scores or max(scores.values()) < 1:
        return None
    best = max(scores.values())
    media = {c.label_ for c in piece.types} & {"_post_media", "_email_media"}
    leading = max(scores, key=scores.__getitem__)
    if best < 3 and len(media) == 1 and leading == "inappropriate_disclosure":
        # a disclosure named by its medium alone ("Disclosed in error - post", "Information
        # disclosed by email"): a category of a table or list, misdirected by that medium
        return _MISDIRECTED[media.pop()]
    tied = [c for c, s in scores.items() if s == best]
    if len(tied) > 1 and "other" in tied:
        # "staff accessing records without reason": the catch-all's pair ("records ...
        # without") ties with the kind named; a tally's "other" is the force's own label
        tied.remove("other")
    # a tie goes to the head of the phrase, its last word ("incorrect disclosure")
    last = {c.label_: c.end for c in sorted(piece.types, key=lambda c: c.end)}
    return max(tied, key=lambda code: last.get(code, -1))


_MISDIRECTED = {
    "_post_media": "posted_to_incorrect_recipient",
    "_email_media": "emailed_to_incorrect_recipient",
}


def categories_in(sent: Sent) -> list[str]:
    ordered: list[str] = []
    for cue in sorted(sent.types, key=lambda c: c.start):
        if not cue.label_.startswith("_") and cue.kb_id_ == "strong" and cue.label_ not in ordered:
            ordered.append(cue.label_)
    return ordered
