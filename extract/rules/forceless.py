"""A UK police breach on a page that names no force.

Most pages name the force at fault; some tell only "a police officer", "the police" or "PC
Smith" doing the deed ("A constable who searched the police computer for a neighbour has
resigned, a disciplinary panel was told"). Such a page is kept, with one incident whose
force is null, when a police person or body is the doer of a breach act and the page is
British by institutions only British policing has (`british.py`). The deed, the page-level
vetoes (police abroad, an officer cleared, advice, crime figures, another body's breach) and
the year told with the police's own act live here, apart from the named-force assembly.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from extract.components.doctext import doc_data_dir, doc_text
from extract.models import DATE_PRECISION, IncidentFact
from extract.rules import relevance
from extract.rules.attribution import Roles
from extract.rules.british import (
    abroad_signs,
    advice,
    british_signs,
    cleared,
    exclusive_signs,
    found_at_fault,
    possessed,
    ranked_name_at,
    unasserted,
)
from extract.rules.dates import incident_dates
from extract.rules.hints import PageHints
from extract.sentences import Sent, evidence

# A force's proper name the gazetteer does not know (abroad, invented, long gone): the
# 'police force' of such a page is that one, no UK force left unnamed. Capitalised words
# before the police word, none of them only an article or a possessive.
_OTHER_FORCE_NAME = re.compile(
    r"\b(?P<name>(?!(?:A|An|The|This|That|Our|Their|Its|His|Her|Local|Police)\b)[A-Z][\w'’.-]+"
    r"(?:\s+[A-Z][\w'’.-]+){0,2})\s+(?:Police|Constabulary|Gendarmerie)\b"
    r"|\bGarda\b|\bPolice Department\b|\bMounted Police\b"
)


def other_force_named(text: str) -> bool:
    """The text names a force the gazetteer does not know ("Victoria Police", "the Garda").
    The word before the police word must be a name, not a stop word of a title-case headline
    ("How Police Forces Leak Data", "Data Handed To Police"): spaCy's English stop words."""
    for m in _OTHER_FORCE_NAME.finditer(text):
        name = m.group("name")
        if name is None or name.split()[-1].lower() not in STOP_WORDS:
            return True
    return False


_UNNAMED_NO_FORCE = "no force named"  # what `_police_deed` passes for the story's force


def _police_deed(sent: Sent, roles: Roles) -> bool:
    """A police person or body, unnamed, doing a breach act ('A former police officer used
    police systems to look up people he knew', 'the police released a victim's address to her
    attacker'): a police word of the raw scan's (cues.toml police_context) before the act,
    the police tied to the sentence's breach as a force would be (`links_force_to_breach`,
    which leaves out officers as victims, investigators and advice), and the act itself told
    -- a strong breach-type cue stated as fact, or data handed on or told about people. An
    officer by rank and name before such an act ('PC Smith accessed records about his
    neighbours') is one too, in a sentence naming no other body and no outsider's deed. A
    police word the sentence denies ('the council, not the police, sent ...') is no doer."""
    data_dir = doc_data_dir(sent.span.doc)
    base = sent.span.start_char
    police = [
        p
        for p in sent.cues.get("roles.police_context", [])
        if not _police_possessor(sent.text, p.start_char - base, p.end_char - base, data_dir)
        and not sent.denied(p)  # "the council, not the police, released ...": no doer
    ]
    ranked = ranked_name_at(sent.text, data_dir)
    if (not police and ranked is None) or relevance.police_data_taken(sent):
        return False  # "Hackers stole officers' details from a gym chain": the police's loss
    acts = [
        c
        for c in relevance.asserted_types(sent, news_sources=False)
        if c.kb_id_ == "strong" and sent.asserted(c)
    ]
    passive = [c for c in acts if _passive_act(sent.text, c.start_char - base)]
    acts = [c for c in acts if c not in passive]
    if acts and unasserted(sent.text, min(c.start_char for c in acts) - base, data_dir):
        return False  # "It was alleged that an officer searched ...", "If an officer has ..."
    if (
        any(_by_police(sent.text, c.end_char - base, police, base) for c in passive)
        and not unasserted(sent.text, min(c.start_char for c in passive) - base, data_dir)
        and relevance.links_force_to_breach(sent, _UNNAMED_NO_FORCE, [], roles)
    ):
        return True  # "her address was passed to him by a police officer"
    if (
        ranked is not None
        and acts
        and base + ranked < min(c.start_char for c in acts)
        and not sent.has("roles.organisation")
        and not relevance.outsiders_act(sent)
    ):
        return True
    if not police or not relevance.links_force_to_breach(sent, _UNNAMED_NO_FORCE, [], roles):
        return False
    if acts:
        # the police before the act, as its doer ("An officer looked up ..."), not after it
        # as whose data it was ("stole the details of police officers")
        return min(p.start for p in police) < max(c.start for c in acts)
    if unasserted(sent.text, len(sent.text), data_dir):
        return False
    return relevance.handed_on(sent) or relevance.told_about_people(sent)


_POSSESSIVE = re.compile(r"^(?:['’]s?|s['’])(?!\w)")
# "were posted online by activists": the act in the passive, its doer another
_BY_AGENT = re.compile(r"(?i)\bby\s+(?:[\w-]+\s+){0,2}$")
_PASSIVE = re.compile(r"(?i)\b(?:was|were|been|being|is|are|be|got|get)\s+(?:\w+ly\s+)?$")


def _police_possessor(text: str, start: int, end: int, data_dir: str | None) -> bool:
    """The police word as whose data it was: "a police officer's home address", "the names
    of 200 police officers" -- not the doer."""
    return bool(_POSSESSIVE.match(text[end:])) or possessed(text[:start], data_dir)


def _by_police(text: str, end: int, police: list[Span], base: int) -> bool:
    """A police word as the by-agent after a passive act ("was disclosed by an officer")."""
    return any(
        p.start_char - base >= end and _BY_AGENT.search(text[end : p.start_char - base])
        for p in police
    )


def _passive_act(text: str, start: int) -> bool:
    """An act told in the passive ("were published online by hackers"): its doer is told by
    a by-agent or not at all, not by the police word before it."""
    return bool(_PASSIVE.search(text[:start]))


def _police_cleared(sent: Sent) -> bool:
    """A police person cleared in this sentence (british.cleared)."""
    base = sent.span.start_char
    police = [
        (p.start_char - base, p.end_char - base) for p in sent.cues.get("roles.police_context", [])
    ]
    return cleared(sent.text, police, doc_data_dir(sent.span.doc))


def _joint_doers(sent: Sent) -> bool:
    """The police and another body joined as the doers of one act ('both the police and the
    council released her address', 'the force as well as the trust shared the file'): a police
    word (cues.toml police_context) and an organisation with only words of [relevance.grammar]
    `joint_doer_glue` between them, one of `joint_doer_joins` ('and', 'as well as') among
    those words."""
    doc = sent.span.doc
    glue = relevance._words(sent, "joint_doer_glue")
    joins = relevance._words(sent, "joint_doer_joins")
    police = sent.cues.get("roles.police_context", [])
    for o in sent.cues.get("roles.organisation", []):
        for p in police:
            lo, hi = (p.end, o.start) if p.end <= o.start else (o.end, p.start)
            between = [t.lower_ for t in doc[lo:hi]]
            if hi >= lo and joins & set(between) and set(between) <= glue:
                return True
    return False


def unnamed_police_breach(sents: list[Sent], hints: PageHints, roles: Roles) -> list[Sent]:
    """The story of a UK police breach on a page that names no force ('A constable who
    searched the police computer for a neighbour has resigned, a disciplinary panel was
    told'): a police person or body does a breach act (`_police_deed`), the page is British
    by its institutions (`british_signs`: a misconduct hearing, the Police National Computer,
    the Crown Prosecution Service, "PC Smith") and speaks of no police abroad, and it is no
    advice, crime figures or another body's breach. The sentences from the first one tying the
    police to the breach on."""
    doc = sents[0].span.doc if sents else None
    if doc is None:
        return []
    text = "\n".join(t for t in (hints.title, doc_text(doc), hints.url) if t)
    data_dir = doc_data_dir(doc)
    if not british_signs(text, data_dir):
        return []
    if not any(s.cues.get("roles.police_context") for s in sents):
        return []  # a police word as the raw scan reads one (cues.toml police_context)
    if other_force_named(text):
        return []  # "Sunrise Police Department", "Victoria Police": a force abroad
    if any(_police_cleared(s) for s in sents) and not found_at_fault(text, data_dir):
        return []  # "the panel found no case to answer and the officer was cleared"
    if advice(hints.title or sents[0].text, doc_text(doc), data_dir):
        return []  # "Police misuse of the PNC: can I claim?", "you may be able to claim"
    deeds = [k for k, s in enumerate(sents) if _police_deed(s, roles)]
    if not deeds or not relevance.describes_breach(sents):
        return []
    # police abroad (a sheriff, dollars), unless a body only Britain has is in the lead or a
    # deed's sentence ("passed on the records in 2022, Birmingham Crown Court was told")
    told = " ".join([hints.title or "", *(s.text for s in sents[:3])])
    told += " ".join(sents[k].text for k in deeds)
    if abroad_signs(text, data_dir) and not exclusive_signs(told, data_dir):
        return []
    # from the first sentence tying the police to the breach ("... a police data breach")
    tied = (
        k
        for k, s in enumerate(sents[: deeds[0]])
        if s.cues.get("roles.police_context")
        and relevance.links_force_to_breach(s, _UNNAMED_NO_FORCE, [], roles)
    )
    story = sents[next(tied, deeds[0]) :]
    if relevance.another_body_at_fault(sents[:3], roles) and all(
        sents[k].cues.get("roles.organisation") and not _joint_doers(sents[k]) for k in deeds
    ):
        return []  # "A council sent a list to police ...": that body's breach, unless the
        # police do one of their own, in a sentence naming no other body or with the body as
        # joint doers ("both the police and the council sent ...")
    if relevance.is_advice(sents, story):
        return []
    if relevance.crime_figures(sents, story):
        return []
    return story


def _police_act(sent: Sent) -> bool:
    """A sentence telling a police person's act as fact ('In 2002 a police officer used the
    Police National Computer to access electoral rolls', 'Over the spring of 2021, PC K
    checked the database for an old neighbour's address'): a police word, or a rank
    before a name, and a breach-type cue (strong or weak) asserted."""
    police = bool(sent.cues.get("roles.police_context")) or (
        ranked_name_at(sent.text, doc_data_dir(sent.span.doc)) is not None
    )
    return police and any(
        c.kb_id_ in {"strong", "weak"} and sent.asserted(c)
        for c in relevance.asserted_types(sent, news_sources=False)
    )


def year_of_police_act(fact: IncidentFact, story: list[Sent], published: date | None) -> None:
    """On a page naming no force, the breach's date is the one told with the police's own
    act ('Over the spring of 2021, PC K checked the database for ...'); a date of another
    sentence (a hearing's, a court's, a report's) is left out, the force's name not there to
    tie it to the breach."""
    acts = [s for s in story if _police_act(s)]
    found = next((e for e in fact.evidence if e.field == "breach_year"), None)
    if found is not None and any(s.start == found.start for s in acts):
        return
    fact.breach_year = fact.breach_date = fact.breach_date_precision = None
    fact.evidence = [e for e in fact.evidence if e.field not in {"breach_year", "breach_date"}]
    dates = incident_dates(acts, published, fact.breach_type) if acts else None
    if dates is not None and dates.breach is not None:
        fact.breach_date = str(dates.breach.value)
        fact.breach_date_precision = DATE_PRECISION[len(fact.breach_date)]  # type: ignore[assignment]
        fact.breach_year = dates.breach_year
        fact.evidence.append(evidence("breach_date", fact.breach_date, dates.breach.sent))
        fact.evidence.append(evidence("breach_year", fact.breach_year, dates.breach.sent))
