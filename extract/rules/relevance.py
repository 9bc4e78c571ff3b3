"""Is the article about a data breach by a UK police force?

Checked in order, each failure with its reason: a force is named; some force is named as at
fault (not only as a recipient, enforcer or bystander); a data breach is described (data words,
a regulator, or a penalised breach) and not only denied; the force at fault is tied to it in
a sentence of its own; the headline (or a lead telling of no breach) is not police advice
to the public.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from extract.datafiles import load_jsonl, load_toml
from extract.rules.actions import actions_in
from extract.rules.attribution import Roles, refers_to_force, tells_bodys_holding
from extract.rules.british import police_abroad_at
from extract.rules.money import fine_cues
from extract.rules.tally_cues import reading_data, vocab
from extract.rules.types import (
    ATTEMPT_WORDS,
    TRYING_WORDS,
    announcement,
    arrangement_name,
    capability,
    practice_or_attempt,
    words_in_reach,
)
from extract.sentences import Sent, clause_bounds, data_dir_of, is_passive, split_sentences


def asserted_types(sent: Sent, news_sources: bool = True) -> list:
    """The breach-type cues a sentence tells as acts: not denied, and not what a system or
    plan will let people do ('a new system will allow officers to share footage'), the name
    of an arrangement ('a data-sharing agreement') or news put out ('the force shared an
    update') -- the cues the type scorer passes over (extract/rules/types.py) -- nor the
    loss or breach of something that is no data ('lost his job'). Without `news_sources`,
    nor how the reporter got the story ('figures obtained under freedom of information'):
    the judgement of relevance drops those; a force's case among figures keeps them."""
    told = []
    unreal: list[Span] = []  # cues told as what may or will be done, for their coordinates
    for c in sorted(sent.types, key=lambda c: (c.start, -c.end)):
        if sent.denied(c) or arrangement_name(sent, c) or announcement(sent, c):
            continue
        if no_data_object(sent, c) or _talk_shared(sent, c):
            continue  # "lost his job"; "shared offensive messages in a WhatsApp group"
        if not news_sources and _news_source(sent, c):
            continue  # "lost his job"; "figures obtained under freedom of information"
        if guarded_against(sent, c):
            continue  # "help businesses protect themselves from cyber attacks"
        if c.label_ == "unauthorised_access" and _searched_open_web(sent, c):
            continue  # "the defendant searched online for her address": no police system
        if (
            any(u.start <= c.start and c.end <= u.end for u in unreal)
            or capability(sent, c)
            or practice_or_attempt(sent, c)
            or _ruled_or_planned(sent, c)
            or _does_in_present(sent, c)
            or _asked_of(sent, c)
            or _joined_to(sent, c, unreal)
            or _planned_subject(sent, c)
        ):
            unreal.append(c)
            continue
        told.append(c)
    return told


_TALK_GAP = 3  # "racist and misogynistic messages", "the offensive messages he sent"


def _talk_shared(sent: Sent, cue: Span) -> bool:
    """What was shared or sent was talk, not records about anyone ('shared racist messages
    in a WhatsApp group', 'offensive messages he sent in a group chat', 'Messages shared by
    officers on Snapchat'): a word of [relevance] `talk_objects` at most a few words before
    the cue or after its first word, no punctuation between, and no data or personal-data
    word in the cue or between ('sent messages containing a victim's address' is a breach)."""
    doc = sent.span.doc
    talk = sent.cues.get("relevance.talk_objects", [])
    if not talk:
        return False
    data = [*sent.cues.get("relevance.data", []), *sent.cues.get("relevance.personal", [])]
    for t in talk:
        if t.end <= cue.start:
            lo, hi = t.end, cue.start
        elif cue.start < t.start <= cue.start + 1 + _TALK_GAP:
            lo, hi = cue.start + 1, t.start
        else:
            continue
        if hi - lo > _TALK_GAP or any(x.is_punct for x in doc[lo:hi]):
            continue
        if any(d.start < max(hi, cue.end) and d.end > min(lo, cue.start) for d in data):
            continue
        return True
    return False


_WEB_REACH = 15  # "looked up his former partner's home address on a people-finder website"
_WEB_STOPS = {"and", "then", "before", "after", "but", "to", "while"}


def _searched_open_web(sent: Sent, cue: Span) -> bool:
    """A look-up done on the open web, which anyone may search ('searched online for the
    victim's address', 'looked up her address on a people-finder website', 'googled the
    witness'): a word of [relevance.grammar] `open_web` in the cue or a few words after it,
    no punctuation between -- no access to records the police hold."""
    doc = sent.span.doc
    web, stops = _words(sent, "open_web"), _words(sent, "relative_pronouns")
    hi = min(sent.span.end, cue.end + _WEB_REACH)
    for t in doc[cue.start : hi]:
        if t.i >= cue.end and (t.is_punct and t.text != "-" or t.lower_ in stops | _WEB_STOPS):
            return False  # "looked up her address and posted it online": another act
        if t.lower_ in web:
            return True
    return False


_SOURCE_REACH = 3  # "obtained through a Freedom of Information request"


def _news_source(sent: Sent, cue: Span) -> bool:
    """How the reporter got the story, not data going astray ('figures obtained under the
    Freedom of Information Act', 'information released through an FOI request'): a cue that
    holds a request for information (cues.toml `foi`) or has one at most a few words after
    it -- not one told as a mistake ('released in error under FOI')."""
    if sent.has("relevance.mistaken"):
        return False  # "was released by mistake in reply to an FOI request": a breach
    return any(
        cue.start <= f.start <= cue.end + _SOURCE_REACH for f in sent.cues.get("relevance.foi", [])
    )


_GUARD_LINKS = {"against", "from"}


def guarded_against(sent: Sent, cue: Span) -> bool:
    """A breach cue told as what is guarded against, no act ('to help businesses protect
    themselves from data breaches', 'training to prevent cyber attacks', 'the fight against
    hacking'): a guarding word (cues.toml `guard`) at most a few words before it in its
    clause, no punctuation between and nothing pointing back at a breach that happened ('to
    prevent a repeat of the breach', 'to prevent such leaks'), and the guarding not told as
    failed ('failed to protect the files from theft', 'did not prevent the leak')."""
    guards = sent.cues.get("relevance.guard", [])
    if not guards:
        return False
    grammar = _relevance_data(data_dir_of(sent))["grammar"]
    reach, told = int(grammar["guard_reach"]), set(grammar["guard_told"])
    failed = set(grammar["guard_failed"])
    coordinators = set(grammar["coordinators"])
    doc = sent.span.doc
    # words of other breach cues, which a list of what is guarded against runs through
    # ("protect themselves from data breaches and ransomware")
    listed = {
        i
        for c in [*sent.types, *sent.cues.get("relevance.data", [])]
        for i in range(c.start, c.end)
    }
    lo, _ = clause_bounds(sent, cue.start)
    for g in guards:
        if g.start < lo or g.end > cue.start or sent.denied(g):
            continue
        gap = doc[g.end : cue.start]
        # what is guarded comes before "against" or "from" ("protect their data against
        # cyber attacks"): only the words after it may point back at a breach
        links = [t.i for t in gap if t.lower_ in _GUARD_LINKS]
        named = doc[links[-1] + 1 : cue.start] if links else gap
        if any(t.is_punct and t.lower_ not in coordinators for t in gap) or any(
            t.lower_ in told for t in named
        ):
            continue
        if sum(t.i not in listed and t.lower_ not in coordinators for t in gap) > reach:
            continue
        if any(t.lower_ in failed for t in doc[max(lo, g.start - 3) : g.start]):
            continue
        return True
    return False


def _words(sent: Sent, key: str) -> set[str]:
    return set(_relevance_data(data_dir_of(sent))["grammar"][key])


def _ruled_or_planned(sent: Sent, cue: Span) -> bool:
    """What must, should or may be done ('details must be passed to the council', 'records
    may be shared with charities'), or can be done in a clause of purpose ('so that details
    can be passed on'): a hypothetical cue with such a modal a few words before it in its
    clause, no finite verb between, and no 'have' after the modal ('may have been accessed'
    tells a feared act) -- cues.toml [relevance.grammar]."""
    if "hypothetical" not in sent.modality(cue):
        return False
    grammar = _relevance_data(data_dir_of(sent))["grammar"]
    rules, ability = set(grammar["rule_modals"]), set(grammar["ability_modals"])
    past = set(grammar["past_markers"])
    doc = sent.span.doc
    lo, _ = clause_bounds(sent, cue.start)
    first = max(lo, cue.start - int(grammar["modal_reach"]))
    for j in range(cue.start - 1, first - 1, -1):
        word = doc[j].lower_
        if word in past:
            return False
        if word in rules | ability:
            if j + 1 < len(doc) and doc[j + 1].lower_ in {"have", "'ve"}:
                return False
            if word in rules:
                return True
            purpose = set(grammar["purpose"])
            return any(doc[k].lower_ in purpose for k in range(lo, j))
    return False


def _planned_subject(sent: Sent, cue: Span) -> bool:
    """A cue named without article as the subject of what will or must be done ('Access to
    records will be logged and audited', 'any sharing of data would be approved by a
    manager'): no act, but a rule or plan. The cue opens its sentence or clause (punctuation
    or one of [relevance.grammar] `plan_subject_lead` before it) and a modal of
    `plan_modals` with 'be' follows at once -- not 'the leak will be investigated', a leak
    that happened."""
    doc = sent.span.doc
    grammar = _relevance_data(data_dir_of(sent))["grammar"]
    modals, lead = set(grammar["plan_modals"]), set(grammar["plan_subject_lead"])
    if cue.end + 1 >= sent.span.end:
        return False
    if doc[cue.end].lower_ not in modals or doc[cue.end + 1].lower_ != "be":
        return False
    if cue.start == sent.span.start:
        return True
    before = doc[cue.start - 1]
    return before.is_punct or before.is_space or before.lower_ in lead


def _asked_of(sent: Sent, cue: Span) -> bool:
    """A cue in an indirect question in the present or future ('questioned how long images
    would be retained', 'will review how it stores DNA profiles'): not an act, unless told in
    the past ('how the clip was leaked', 'how officers accessed the records')."""
    doc = sent.span.doc
    lo, _ = clause_bounds(sent, cue.start)
    past, present = _words(sent, "past_markers"), _words(sent, "present_markers")
    questions = _words(sent, "questions")
    seen_present = False
    for j in range(cue.start - 1, lo - 1, -1):
        word = doc[j].lower_
        if word in past:
            return False
        seen_present |= word in present
        if word in questions:
            return seen_present or not cue[0].lower_.endswith("ed")
    return False


def _does_in_present(sent: Sent, cue: Span) -> bool:
    """What a system or tool does ('a new app lets officers check records', 'a system that
    allows officers to share footage'): an enabling verb in its '-s' form a few words before
    the cue in its clause, no finite verb or reporting word between."""
    enabling = set(load_toml("breach_types.toml", data_dir_of(sent))["cues"].get("enabling", []))
    for tok in words_in_reach(sent, cue):
        if tok.norm_ in enabling:
            return tok.lower_.endswith("s") and tok.lower_ != tok.norm_
    return False


def _joined_to(sent: Sent, cue: Span, unreal: list[Span]) -> bool:
    """A cue coordinated with one told as what may or will be done ('will let officers search
    records, take statements and upload photos'): an earlier such cue in its clause, a
    coordinator between and no finite verb."""
    doc = sent.span.doc
    lo, _ = clause_bounds(sent, cue.start)
    stops = set(load_toml("breach_types.toml", data_dir_of(sent))["cues"].get("finite", []))
    for u in unreal:
        if u.end > cue.start or u.start < lo:
            continue
        between = doc[u.end : cue.start]
        if any(t.lower_ in stops for t in between):
            continue
        if any(t.lower_ in _words(sent, "coordinators") for t in between):
            return True
    return False


def _lost_thing(types: list) -> bool:
    """Something that holds records was lost or stolen ('a memory stick was lost')."""
    return any(c.label_ == "_loss" for c in types) and any(c.kb_id_ == "objects" for c in types)


def penalised_breach(sent: Sent) -> bool:
    """A fine or regulator action and a clear breach cue in one sentence: a data breach even
    when no data word is used ('fined after interview tapes were abandoned', 'the penalty
    followed the loss of a memory stick')."""
    types = asserted_types(sent)
    strong = any(c.kb_id_ == "strong" for c in types) or _lost_thing(types) or lost_records(sent)
    if strong and bool(fine_cues(sent) or actions_in(sent, require_regulator=False)):
        return True
    return _force_penalised_over_records(sent, types)


_PENALISED_GAP = 3  # "Kent Police was fined", "Essex Police has today been fined"
_RECORD_KINDS = {"weak", "objects"}


def _force_penalised_over_records(sent: Sent, types: list) -> bool:
    """A force itself fined or reprimanded over what became of records ('In 2018 Kent Police
    was fined after interview DVDs were left in a basement', 'a fine for Essex Police after
    witness statements were dumped'): the organisation, not one of its people, penalised --
    which only a data regulator does -- and a breach-type cue told as an act, weak ones
    too, with records or people's data named. A force fined after a death or an injury
    names no records."""
    if not sent.forces or not any(c.kb_id_ in _RECORD_KINDS for c in types):
        return False
    if not (any(c.kb_id_ == "objects" for c in types) or sent.has("relevance.personal")):
        return False
    doc = sent.span.doc
    staff = {c.start for c in sent.cues.get("relevance.staff", [])}
    penalties = [
        *fine_cues(sent),
        *(c for kind, c in actions_in(sent, require_regulator=False) if kind in _PENALTIES),
    ]
    for p in penalties:
        if sent.denied(p):
            continue
        for m in sent.forces:
            if m.end in staff:
                continue  # "a Kent Police officer was fined"
            if m.end <= p.start:
                gap = doc[m.end : p.start]
                if len(gap) <= _PENALISED_GAP and all(t.lemma_ in {"be", "have"} for t in gap):
                    return True  # "Kent Police was fined"
            elif 0 <= m.start - p.end <= _PENALISED_REACH and not any(
                t.is_punct for t in doc[p.end : m.start]
            ):
                return True  # "fined Kent Police", "a reprimand to Essex Police"
    return False


_PREPOSITIONS = {"over", "for", "in", "on", "at", "about", "after", "from", "with", "to", "by"}
_BE = {"was", "were", "been", "is", "are", "be"}
_LOSS_NOUNS = {"theft", "thefts", "loss", "losses", "burglary", "break-in"}
_DETERMINERS = {"the", "these", "those", "this", "that", "its", "their", "his", "her"}
_AUXILIARIES = {"was", "were", "been", "is", "are", "be", "being", "has", "have", "had"}


def _past_verb(doc, d: Span) -> bool:  # type: ignore[no-untyped-def]
    """A one-word data cue in a verb's past form right after an auxiliary ('has been named',
    'was named'): an act, not the data ('names', 'the named officers')."""
    word = d[0]
    return (
        len(d) == 1
        and d.start > 0
        and word.lower_.endswith("ed")
        and word.lower_ != word.lemma_.lower()
        and doc[d.start - 1].lower_ in _AUXILIARIES
    )


def lost_records(sent: Sent) -> bool:
    """People's records themselves lost, stolen or exposed ('lost the records of 200 victims',
    'the personal data of 90 witnesses was stolen', 'the identities of informants were
    exposed'): a loss or exposure word, asserted, with what people's data is called right
    after it or just before it in one clause; or people's details handed on (`handed_on`)."""
    data = [*sent.cues.get("relevance.personal", []), *sent.cues.get("relevance.data", [])]
    # A data word used as a past verb is no data ("a man charged with burglary has been named
    # by the police": the man named, no names lost)
    doc = sent.span.doc
    data = [d for d in data if not _past_verb(doc, d)]
    # Exposed in a passive or with its object right after ("the identities of informants were
    # exposed", "leaked the names of 30 witnesses"), never as an adjacent active verb ("the
    # records exposed failings").
    exposures = sent.cues.get("relevance.exposure", [])
    exposed = {c.start for c in exposures}
    losses = [c for c in sent.types if c.label_ == "_loss"] + exposures
    # Revealed by mistake is exposed ("was disclosed in error", "mistakenly revealed")
    losses += [v for v in sent.cues.get("relevance.revealing", []) if _beside_mistake(sent, v)]
    missing_people = {p.start for p in sent.cues.get("relevance.missing_people", [])}
    for loss in losses:
        if sent.denied(loss) or not sent.asserted(loss):
            continue
        if loss[-1].lower_ == "missing" and loss.end in missing_people:
            continue  # "a missing man's details": a person went missing, no data
        lo, hi = clause_bounds(sent, loss.start)
        for d in data:
            if _antecedent_of(doc, d, loss):
                return True  # "officers' photographs, which were stolen in 2023"
            if not lo <= d.start < hi:
                continue
            if d.start >= loss.end:  # "lost the records", not "lost his job over the records"
                if _loss_of_peoples_data(sent, loss, d):
                    return True  # "the leak of victims' names", "the theft of officers' files"
                if (
                    loss.start in exposed
                    and loss.start > 0
                    and doc[loss.start - 1].lower_ in _DETERMINERS
                ):
                    continue  # "the exposed records": ones told of before
                gap = doc[loss.end : d.start]
                if len(gap) <= 3 and not any(t.lower_ in _PREPOSITIONS for t in gap):
                    return True
            else:  # "the records of 90 witnesses were stolen"
                gap = doc[d.end : loss.start]
                words = {t.lower_ for t in gap}
                # not "data theft", a crime's name; not "records exposed failings"
                verb = loss[0].lower_ not in _LOSS_NOUNS and loss.start not in exposed
                if (not gap and verb) or (
                    len(gap) <= 6 and words & _BE and not words & _PREPOSITIONS
                ):
                    return True  # "... were stolen", "witness statements went missing"
                if loss[0].lower_ not in _LOSS_NOUNS and _owner_then_be(gap):
                    return True  # "the personal data of 1,000 officers and staff was exposed"
    # "sent the names of 40 informants to a newspaper", "email reveals victims' addresses",
    # "the names of victims were accidentally released"
    return (
        handed_on(sent)
        or others_data_given(sent)
        or medium_revealed(sent)
        or released_by_mistake(sent)
        or identified_by_mistake(sent)
        or told_whereabouts(sent)
        or told_about_people(sent)
    )


_OTHERS_DATA_REACH = 3  # "another person's personal data", "a different man's records"


def _other_owner(doc, lo: int, hi: int) -> bool:  # type: ignore[no-untyped-def]
    """Tokens lo..hi name some other person as the data's owner: 'another' or 'different'
    with a possessive after it ('another person's', 'a different man's' -- not 'released
    another image', one more), 'else's' ('someone else's') or 'third party'."""
    for t in doc[lo:hi]:
        if t.lower_ in {"another", "different"} and any(
            u.text in _POSSESSIVES for u in doc[t.i + 1 : hi]
        ):
            return True
        if t.lower_ == "else" and t.i + 1 < hi and doc[t.i + 1].text in _POSSESSIVES:
            return True
        if t.lower_ == "third" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in {"party", "-"}:
            return True
    return False


_OTHER_AFTER_LINKS = {"of", "about", "belonging", "relating"}


def _owner_after_is_other(sent: Sent, v: Span, d: Span) -> bool:
    """The data word a few words after the verb (no punctuation or preposition between), then
    'of', 'about', 'belonging to' or 'relating to' and, within a few words, 'another', 'a
    different', 'someone else' or 'a third party' ('the records of a different man')."""
    doc = sent.span.doc
    gap = doc[v.end : d.start]
    if d.start < v.end or len(gap) > _HANDED_GAP:
        return False
    if any(t.is_punct or t.lower_ in _PREPOSITIONS for t in gap):
        return False
    if d.end >= sent.span.end or doc[d.end].lower_ not in _OTHER_AFTER_LINKS:
        return False
    lo = d.end + 1 + (doc[d.end].lower_ in {"belonging", "relating"})
    for t in doc[lo : min(sent.span.end, lo + _OTHERS_DATA_REACH)]:
        if t.is_punct:
            return False
        if t.lower_ in {"another", "different"} or (
            t.lower_ == "third" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in {"party", "-"}
        ):
            return True
        if t.lower_ == "else" and t.i > 0 and doc[t.i - 1].lower_ in {"someone", "somebody"}:
            return True
    return False


def others_data_given(sent: Sent) -> bool:
    """Someone else's data handed to a person ('sent a woman another person's personal data',
    "was given someone else's file", "disclosed a third party's information"): a verb of
    `handing` or `releasing`, asserted, not denied and told as an act, then within a few
    words -- no preposition or punctuation between -- a word naming another person as the
    owner right before what people's data is called. The wrong person's data given out is a
    breach whoever it went to; no destination need be named."""
    doc = sent.span.doc
    personal = sent.cues.get("relevance.personal", [])
    if not personal:
        return False
    handing = sent.cues.get("relevance.handing", [])
    verbs = [*handing, *sent.cues.get("relevance.releasing", [])]
    if verbs or sent.has("relevance.foi"):
        # "the answer to her subject access request contained another man's records": what
        # was handed out held it, a verb of holding in its past form
        verbs += [h for h in sent.cues.get("relevance.held", []) if h[-1].lower_.endswith("ed")]
    for v in verbs:
        if sent.denied(v) or not sent.asserted(v) or not _handed_as_act(sent, v):
            continue
        if _outsider_did(sent, v) or _ruled_or_planned(sent, v) or _asked_of(sent, v):
            continue
        # "sent him the records of a different man": the owner after the data word, with any
        # verb but one of putting out news ('released details of another man charged')
        after_owner = v not in sent.cues.get("relevance.releasing", []) or v in handing
        for d in personal:
            if after_owner and _owner_after_is_other(sent, v, d):
                return True
            gap = doc[v.end : d.start]
            if d.start < v.end or len(gap) > _HANDED_GAP:
                continue
            if any(
                (t.is_punct and t.text not in _POSSESSIVES and t.text != "-")
                or t.lower_ in _PREPOSITIONS
                for t in gap
            ):
                continue
            if _other_owner(doc, max(v.end, d.start - _OTHERS_DATA_REACH - 1), d.start):
                return True
    return False


_OWNER_PHRASE_GAP = 12  # "of around 1,000 Norfolk and Suffolk police officers and staff was"
_OWNER_OPENERS = {"of": 0, "about": 0, "relating": 1, "belonging": 1}  # words after: "to"


def _owner_then_be(gap: Span) -> bool:
    """Between people's data and a loss verb in the passive, only whose it is and 'be': 'of',
    'about', 'relating to' or 'belonging to' opening the gap, a form of 'be' closing it (adverbs
    of manner may follow: 'was accidentally'), no punctuation, no other preposition and no
    other verb form of 'be' or 'have' between ('the files of a man who was arrested were lost'
    is a gap with a clause of its own)."""
    words = [t.lower_ for t in gap]
    if len(words) < 3 or len(words) > _OWNER_PHRASE_GAP or words[0] not in _OWNER_OPENERS:
        return False
    body = words[1 + _OWNER_OPENERS[words[0]] :]
    if _OWNER_OPENERS[words[0]] and (not words[1:2] or words[1] != "to"):
        return False
    end = len(body)
    while end and body[end - 1].endswith("ly") and body[end - 1] not in _BE:
        end -= 1
    if not end or body[end - 1] not in _BE:
        return False
    inner = body[: end - 1]
    return not (
        any(t.is_punct and t.text not in _POSSESSIVES for t in gap)
        or set(inner) & (_PREPOSITIONS - {"of"})
        or set(inner) & (_BE | {"had", "has", "have", "who", "which", "that", "whose"})
    )


def _beside_mistake(sent: Sent, verb: Span) -> bool:
    """A word of [relevance] `mistaken` ('in error', 'accidentally'), not denied, a few words
    either side of the verb, no punctuation between."""
    mistakes = [m for m in sent.cues.get("relevance.mistaken", []) if not sent.denied(m)]
    return _near_mistake(sent, verb, mistakes)


def _near_mistake(sent: Sent, verb: Span, mistakes: list[Span]) -> bool:
    """One of `mistakes` at most `_MISTAKE_REACH` words either side of the verb, no
    punctuation between."""
    doc = sent.span.doc
    return any(
        (
            0 <= verb.start - m.end <= _MISTAKE_REACH
            and not any(t.is_punct for t in doc[m.end : verb.start])
        )
        or (
            0 <= m.start - verb.end <= _MISTAKE_REACH
            and not any(t.is_punct for t in doc[verb.end : m.start])
        )
        for m in mistakes
    )


def _published_medium_did(sent: Sent, v: Span, grammar: dict) -> bool:
    """The identifying verb's subject is something put out ([relevance.grammar]
    `published_media`: 'a police video identified', 'a Facebook post by Cheshire Police
    identified'): one of those right before the verb, or before 'by' and a force's name that
    run up to it, and the verb one of `identifying_acts` ('named' is the police's news)."""
    if v[0].lower_ not in set(grammar["identifying_acts"]):
        return False
    media = set(grammar["published_media"])
    doc = sent.span.doc
    j = v.start - 1
    if j > sent.span.start and doc[j].lower_ in {"has", "had", "have"}:
        j -= 1  # "the video has identified"
    force = next((f for f in sent.forces if f.end == j + 1), None)
    by = force.start - 1 if force is not None else sent.span.start
    if by > sent.span.start and doc[by].lower_ == "by":
        j = by - 1  # "a post by Cheshire Police identified"
    return j >= sent.span.start and doc[j].lower_ in media


def identified_by_mistake(sent: Sent) -> bool:
    """Someone the police keep from view named or identified by mistake ('a post which
    inadvertently identified a rape victim', 'wrongly named a witness'): a verb form of
    [relevance.grammar] `identifying`, asserted, a word of mistake beside it (`_beside_mistake`)
    or something put out as its subject (`_published_medium_did`: 'a police video identified a
    child witness'), and one of `kept_from_view` a few words after it, no punctuation between
    -- 'wrongly identified a man as the suspect' gives no one away."""
    grammar = _relevance_data(data_dir_of(sent))["grammar"]
    verbs, people = set(grammar["identifying"]), set(grammar["kept_from_view"])
    reach = int(grammar["identified_reach"])
    doc = sent.span.doc
    for t in sent.span:
        if t.lower_ not in verbs:
            continue
        v = doc[t.i : t.i + 1]
        if sent.denied(v) or not sent.asserted(v):
            continue
        if not (_beside_mistake(sent, v) or _published_medium_did(sent, v, grammar)):
            continue
        for u in doc[t.i + 1 : min(sent.span.end, t.i + 1 + reach)]:
            if u.is_punct:
                break
            if u.lemma_.lower() in people or u.lower_ in people:
                return True
    return False


_WHICH = {"which", "that"}
_WHICH_REACH = 5  # ", which were later stolen", "that had all been lost"


def _antecedent_of(doc, data: Span, loss: Span) -> bool:  # type: ignore[no-untyped-def]
    """People's data lost in a relative clause that follows it ('held officers' photographs,
    which were stolen in 2023', 'the files that were lost'): 'which' or 'that' right after
    the data word (a comma at most between), then only forms of 'be' or 'have'
    before the loss verb -- the clause tells what became of the data, though the clause
    split puts them apart."""
    if loss[0].lower_ in _LOSS_NOUNS or not 0 < loss.start - data.end <= _WHICH_REACH + 2:
        return False
    j = data.end + (doc[data.end].text == ",")
    if j >= loss.start or doc[j].lower_ not in _WHICH:
        return False
    gap = doc[j + 1 : loss.start]
    return any(t.lower_ in _BE for t in gap) and all(t.lemma_ in {"be", "have"} for t in gap)


_LOSS_OF_NOUNS = _LOSS_NOUNS | {"leak", "leaks", "leaking", "exposure", "disclosure"}
_LOSS_OF_REACH = 4  # "the leak of more than 200 victims' names"


def _loss_of_peoples_data(sent: Sent, loss: Span, data: Span) -> bool:
    """A loss or exposure told as a noun whose object, after 'of', is data of people the
    police hold in trust ('the leak of victims' names', 'the loss of officers' personal
    details', 'the theft of the records of 40 witnesses'): 'of' right after the noun, at most
    a few words to the data word, no other preposition or punctuation but a possessive, and
    the data naming whose it is (`handed_people`) -- not 'the leak of the budget plans'."""
    doc = sent.span.doc
    if loss[-1].lower_ not in _LOSS_OF_NOUNS or loss.end >= len(doc):
        return False
    if doc[loss.end].lower_ != "of":
        return False
    gap = doc[loss.end + 1 : data.start]
    if len(gap) > _LOSS_OF_REACH or any(
        (t.is_punct and t.text not in _POSSESSIVES) or t.lower_ in _PREPOSITIONS for t in gap
    ):
        return False
    return _owned_by_people(sent, data, sent.cues.get("relevance.handed_people", []))


_OF_FORCE = {"at", "by", "involving", "within", "inside"}


def names_its_breach(sent: Sent, force: str) -> bool:
    """The breach named as the force's own ('the breach at Kent Police', 'a Kent Police data
    breach', 'Kent Police's leak'): a breach word asserted right before the force with 'at'
    or 'by' between, or right after it; or the force as the subject that underwent it ('Kent
    Police suffered a data breach'). 'The force' stands for it in a sentence naming no other
    force ('a data breach at the force')."""
    doc = sent.span.doc
    words = [
        c
        for c in sent.cues.get("relevance.breach", [])
        if c[-1].lower_ in {"breach", "breaches", "leak", "leaks"}
        and not sent.denied(c)
        and sent.asserted(c)
    ]
    mentions = [m for m in sent.forces if m.label_ == force]
    if all(m.label_ == force for m in sent.forces):
        mentions += sent.cues.get("roles.force_anaphor", [])
        mentions += _bare_police(sent)  # "leaked in a police data breach"
        if mentions or not sent.forces:
            # "a Surrey Police constable breached confidentiality", "the officer breached
            # data protection rules": the force's own people breached people's data
            mentions += sent.cues.get("relevance.staff", [])
            if _breached_data(sent) and mentions:
                return True
    for m in mentions:
        last = _listed_through(sent, m)
        for c in words:
            if c.end < m.start <= c.end + 1 and doc[c.end].lower_ in _OF_FORCE:
                return True
            between = [t.lower_ for t in doc[last.end : c.start]]
            if m.end <= c.start and len(between) <= 2 and set(between) <= {"'s", "’s", "data"}:
                return True
            if _underwent(sent, m, c) or _recorded_by(sent, m, c) or _records_them(sent, m, c):
                return True
        for c in _data_incidents(sent):  # "Kent Police logged 500 data protection incidents"
            if _records_them(sent, m, c):
                return True
    only_this = all(m.label_ == force for m in sent.forces)
    if mentions and only_this and staff_punished_for_breach(sent):
        return True  # "48 Kent Police staff faced disciplinary action for data breaches"
    heads = [  # told in a clause of advice or a plan, "its data breach" is still one that was
        c
        for c in sent.cues.get("relevance.breach", [])
        if c[-1].lower_ in {"breach", "leak"} and not sent.denied(c) and _head_noun(c)
    ]
    for c in heads:  # "Kent Police is urging anyone affected by its data breach to call"
        owner = _its_owner(sent, c)
        if owner is not None and (
            owner.label_ == force
            if owner in sent.forces
            else all(m.label_ == force for m in sent.forces)
        ):
            return True
    return False


_LISTED_JOINERS = {"and", "&", ","}


def _listed_through(sent: Sent, mention: Span) -> Span:
    """The last force of a list the mention opens ('Norfolk and Suffolk Police', 'Devon &
    Cornwall, Dorset and Wiltshire police'): forces joined by 'and', '&' or a comma share
    what follows the list ('Norfolk and Suffolk Police data breach' is both forces' breach)."""
    doc = sent.span.doc
    last = mention
    while True:
        j = last.end
        if j >= sent.span.end or doc[j].lower_ not in _LISTED_JOINERS:
            return last
        if j + 1 < sent.span.end and doc[j].text == "," and doc[j + 1].lower_ == "and":
            j += 1
        nxt = next((f for f in sent.forces if f.start == j + 1), None)
        if nxt is None:
            return last
        last = nxt


def staff_punished_for_breach(sent: Sent) -> bool:
    """The force's people disciplined for breaches ('48 Kent Police employees faced
    disciplinary action for data breaches', 'the force sacked nine officers over data
    breaches'): an asserted discipline word ([relevance] `discipline`), one of the force's
    people (`staff`), and after the discipline word a breach word asserted, not denied, with
    'for', 'over' or 'after' ([relevance.grammar] `punished_for`) at most a couple of words
    before it -- in a sentence naming no other body (the caller checks it names only the
    force). A bank's clerk sacked over a breach is the bank's."""
    if sent.has("roles.organisation") or not _forces_people(sent):
        return False
    grammar = _relevance_data(data_dir_of(sent))["grammar"]
    links, reach = set(grammar["punished_for"]), int(grammar["punished_reach"])
    doc = sent.span.doc
    punished = [c for c in sent.cues.get("relevance.discipline", []) if _befell(sent, c)]
    for cue in sent.cues.get("relevance.breach", []):
        if cue[-1].lower_ not in {"breach", "breaches", "breaching"}:
            continue
        if sent.denied(cue) or not sent.asserted(cue):
            continue
        lead = doc[max(sent.span.start, cue.start - reach - 1) : cue.start]
        if not any(t.lower_ in links for t in lead) or any(t.is_punct for t in lead):
            continue
        if any(p.end <= cue.start for p in punished):
            return True
    return False


_STAFF_OF_FORCE_REACH = 3  # "31 Cheshire Constabulary employees", "the force sacked six officers"


def _forces_people(sent: Sent) -> bool:
    """A staff word that is the police's own: one only the police have ('officers',
    'detectives'), or one any employer has ('staff', 'workers': cues.toml `any_employer`) a
    few words after the force or 'the force', no punctuation between -- not 'a shop worker'."""
    anyones = {c.start for c in sent.cues.get("relevance.any_employer", [])}
    police = [*sent.forces, *sent.cues.get("roles.force_anaphor", [])]
    doc = sent.span.doc
    for c in sent.cues.get("relevance.staff", []):
        if c.start not in anyones:
            return True
        if any(
            0 <= c.start - p.end <= _STAFF_OF_FORCE_REACH
            and not any(t.is_punct for t in doc[p.end : c.start])
            for p in police
        ):
            return True
    return False


def _befell(sent: Sent, cue: Span) -> bool:
    """A sanction that befell someone: asserted, or ('faced disciplinary action', which
    ConText reads as a prospect) with no modal or condition before it in the sentence
    ([relevance.grammar] `prospect`: 'could face the sack', 'if they breach the rules')."""
    if sent.asserted(cue):
        return True
    prospect = _words(sent, "prospect")
    return not any(t.lower_ in prospect for t in sent.span.doc[sent.span.start : cue.start])


_RECORDED_REACH = 3  # "data breaches recorded by", "breaches that were reported by"


def _recorded_by(sent: Sent, force: Span, cue: Span) -> bool:
    """Breaches counted by the force as its own ('the number of data breaches recorded by
    Kent Police', 'breaches reported by the force rose'): a verb of [relevance] `recorded_by`
    at most a few words after the breach word, then 'by' right before the force, no
    punctuation between."""
    doc = sent.span.doc
    if not cue.end < force.start - 1 or doc[force.start - 1].lower_ != "by":
        return False
    gap = doc[cue.end : force.start - 1]
    if len(gap) > _RECORDED_REACH or any(t.is_punct for t in gap):
        return False
    return any(cue.end <= v.start < force.start for v in sent.cues.get("relevance.recorded_by", []))


_INCIDENT_WORDS = {"incident", "incidents"}


def _data_incidents(sent: Sent) -> list[Span]:
    """A data word naming the incidents after it ('data protection incidents', 'data
    incidents'): the incidents' word, a breach told in other words."""
    doc = sent.span.doc
    return [
        doc[c.end : c.end + 1]
        for c in sent.cues.get("relevance.data", [])
        if c.end < sent.span.end and doc[c.end].lower_ in _INCIDENT_WORDS and not sent.denied(c)
    ]


_RECORDS_VERB_GAP = 2  # "Kent Police has recorded", "the force had logged"
_RECORDS_OBJECT_REACH = 6  # "recorded more than 500 data protection breaches"


def _records_them(sent: Sent, force: Span, cue: Span) -> bool:
    """Breaches counted by the force as its own, told in the active ('Kent Police recorded 500
    data breaches since 2021', 'the force has logged 90 leaks'): a verb of [relevance]
    `recorded_by` at most a couple of words after the force ('has', 'had' between), the breach
    word a few words after the verb, no punctuation between and a number among them -- a
    count, not 'Kent Police reported a breach at the council to the regulator' -- and the
    breach one of data, not of bail or the peace."""
    doc = sent.span.doc
    if no_data_object(sent, cue):
        return False
    for v in sent.cues.get("relevance.recorded_by", []):
        if not 0 <= v.start - force.end <= _RECORDS_VERB_GAP or sent.denied(v):
            continue
        if any(t.lemma_ not in {"have", "be"} for t in doc[force.end : v.start]):
            continue
        gap = doc[v.end : cue.start]
        if not 0 < len(gap) <= _RECORDS_OBJECT_REACH or any(t.is_punct for t in gap):
            continue
        if any(t.lower_ in _NOT_A_COUNT for t in gap):
            continue  # "recorded a 20 per cent rise in data breaches": a trend, no count
        if any(t.like_num for t in gap):
            return True
    return False


# Words that make the number before a breach word no count of them: a rate ("20 per cent"),
# or a preposition that makes the breaches another noun's ("a rise in breaches"); "over 500
# breaches" is a count.
_NOT_A_COUNT = (_PREPOSITIONS - {"over"}) | {"%", "per", "percent", "pc"}


def _breached_data(sent: Sent) -> bool:
    """A breach word, asserted, whose object is data or a duty over it ('breached
    confidentiality', 'a breach of data protection law', 'breached the standards of
    professional behaviour relating to confidentiality'): a data word right after it, or after
    'of' and determiners, or as what the breached standard is about."""
    doc = sent.span.doc
    data = sent.cues.get("relevance.data", [])
    for c in sent.cues.get("relevance.breach", []):
        if c[-1].norm_ != "breach" or sent.denied(c) or not sent.asserted(c):
            continue
        if any(d.start == c.start for d in data if d.end > c.end):
            continue  # "data breach": the breach itself, told elsewhere
        j = c.end
        while j < sent.span.end and doc[j].lower_ in _OBJECT_LEAD:
            j += 1
        if any(d.start == j and d[-1].norm_ != "breach" for d in data):
            return True
        links = _words(sent, "topic_links")  # "breached the force's standards on ..."
        for o in sent.cues.get("relevance.no_data_objects", []):
            if (
                0 <= o.start - j <= _OBJECT_REACH
                and _data_topic(sent, o, data)
                and all(t.lower_ in links for t in doc[j : o.start])
            ):
                return True
    return False


_UNDERGO_REACH = 2  # "Kent Police has suffered", "Essex Police today admitted"
_BREACH_LEAD = 3  # "suffered a serious data breach"


def _underwent(
    sent: Sent, force: Span, cue: Span, verbs: tuple[str, ...] = ("relevance.undergo",)
) -> bool:
    """The force as the subject of a verb of undergoing (cues.toml `undergo`) whose object is
    the breach ('Kent Police suffered a data breach', 'Essex Police admits serious data
    leak'): the verb a couple of words after the force, the breach word a few after the verb,
    no punctuation in the span."""
    doc = sent.span.doc
    for v in (v for key in verbs for v in sent.cues.get(key, [])):
        if not (
            0 <= v.start - force.end <= _UNDERGO_REACH and 0 <= cue.start - v.end <= _BREACH_LEAD
        ):
            continue
        if sent.denied(v) or any(t.is_punct for t in doc[_past_bracket(doc, force) : cue.start]):
            continue
        return True
    return False


def _past_bracket(doc: Doc, force: Span) -> int:
    """Where the words after a force's name go on, past the bracket closing its abbreviation
    ('Thames Valley Police (TVP) admitted ...': the name read is "TVP",
    its ')' no break between the force and its verb)."""
    i = force.end
    if i < len(doc) and doc[i].text == ")" and force.start > 0 and doc[force.start - 1].text == "(":
        return i + 1
    return i


def owns_a_breach(sent: Sent, force: str, verbs_only: bool = False) -> bool:
    """The force told as having had a breach of its own, on a page telling several forces'
    breaches: a breach of data stated as fact with 'at', 'by' or 'involving' right before the
    force or the list it opens ('a leak of data involving Kent and Essex police': Essex's
    as much as Suffolk's), right after the force or its list ('the Kent and Essex Police data
    breach'), or the object of the force's (or its list's) own verb of undergoing or telling
    of one ('Kent Police admitted a pair of data breaches', 'had also been hit by a data
    breach'). Narrower than `names_its_breach`, which also reads breaches counted or staff
    punished: here, the breach must be one the force had, told as a fact -- not breaches
    counted ('Kent Police suffered 300 breaches'), one to keep from happening ('so as to stop
    any breach at Kent Police'), an inverted condition ('Were Kent Police ever to suffer a
    breach'), one unreal or only claimed, nor a leak of no data ('a leak from a burst pipe at
    a Kent Police station')."""
    grammar = _relevance_data(data_dir_of(sent))["grammar"]
    heads = set(grammar["own_breach_heads"])
    alike = sent.cues.get("roles.alike_breach", [])  # "similar blunders", "the same mistake"
    words = [
        c
        for c in [*sent.cues.get("relevance.breach", []), *_exposures(sent), *alike]
        if (c[-1].lower_ in heads or c.label_ != "relevance.breach")
        and not sent.denied(c)
        and sent.asserted(c)
        and not _counted(sent, c)
        and not _averted(sent, c)
        and not _foretold(sent, c, set(grammar["foretelling"]))
        and not _unreal_breach(sent, c, set(grammar["unreal_breach"]), set(grammar["hearsay"]))
        # a breach like the story's is one of data, as the story's is
        and (c in alike or _of_data(sent, c, set(grammar["data_modifiers"])))
    ]
    if not words:
        return False
    unreal = set(grammar["inverted_conditions"])
    for m in sent.forces:
        last = _listed_through(sent, m)
        if m.label_ != force and all(
            f.label_ != force or not (m.start < f.start <= last.start) for f in sent.forces
        ):
            continue  # neither the force nor a list that it is in
        if _inverted(sent, m, unreal):
            continue
        for c in words:
            if not verbs_only and _named_with(sent, m, last, c):
                return True
            if _underwent(sent, last, c, _OWN_TELLING) and not _anothers(sent, c):
                return True
            if _struck(sent, last, c):
                return True
            if c in alike and _recorded_by(sent, m, c):
                return True  # "Similar breaches have been reported by Kent Police": like ones
    return False


def _named_with(sent: Sent, head: Span, last: Span, cue: Span) -> bool:
    """The breach named with the force or the list from `head` to `last`: 'at', 'by' or
    'involving' right before it ('a breach at Kent and Essex police'), or the name right
    before the breach word ('the Kent Police data breach', "Essex Police's leak")."""
    doc = sent.span.doc
    if cue.end < head.start <= cue.end + 1 and doc[cue.end].lower_ in _OF_FORCE:
        return True
    between = [t.lower_ for t in doc[_past_bracket(doc, last) : cue.start]]
    return last.end <= cue.start and len(between) <= 2 and set(between) <= _OWNER_GLUE


_OWNER_GLUE = frozenset({"'s", "\u2019s", "data"})
_FEW_BREACHES = 3  # "a pair of breaches", "three breaches": breaches a story tells, not a tally
_AVERT_REACH = 4  # "to prevent | a | serious | data breach"


def _averted(sent: Sent, cue: Span) -> bool:
    """A breach to keep from happening ('to prevent a data breach at Kent Police', 'to avoid
    a leak'): a verb of averting (cues.toml [roles] `avert`) a few words before it."""
    words = load_toml("cues.toml", data_dir_of(sent))["roles"]["avert"]
    doc = sent.span.doc
    return any(
        t.lemma_.lower() in words or t.lower_ in words
        for t in doc[max(sent.span.start, cue.start - _AVERT_REACH) : cue.start]
    )


def _of_data(sent: Sent, cue: Span, modifiers: set[str]) -> bool:
    """The breach is one of data: a data word in it or right before it ('data breach',
    'security breach', 'a serious data leak'), or people's data named in the sentence."""
    doc = sent.span.doc
    near = doc[max(sent.span.start, cue.start - 2) : cue.end]
    if any(t.lower_ in modifiers for t in near):
        return True
    data = [*sent.cues.get("relevance.data", []), *sent.cues.get("roles.personal_data", [])]
    # the breach word itself is no data named ("leak" is read as a data word too), nor data
    # denied ("... although no personal data was affected")
    return any(
        (d.end <= cue.start or d.start >= cue.end) and not sent.denied(d) and sent.asserted(d)
        for d in data
    )


def told_as_past(sent: Sent, force: str) -> bool:
    """The force's own breach (`owns_a_breach`) told as an event of the past beside the
    story's: a word framing it so (cues.toml [relevance.grammar] `past_frames`: "It follows a
    breach at Kent Police", "a similar leak at Essex Police"), a year stated as fact, or the
    force's own verb ("Kent Police admitted a data breach"). A bare noun phrase in any other
    frame ("a breach at Kent Police formed part of a drill") tells no breach that happened."""
    if not owns_a_breach(sent, force):
        return False
    frames = set(_relevance_data(data_dir_of(sent))["grammar"]["past_frames"])
    if any(t.lower_ in frames or t.lemma_.lower() in frames for t in sent.span):
        return True
    if any(
        sent.asserted(d) and any(t.is_digit and len(t.text) == 4 for t in d) for d in sent.dates
    ):
        return True
    return owns_a_breach(sent, force, verbs_only=True)


_HEARSAY_REACH = 5  # "claims | of | a | serious data | breach"
_ABOUT = frozenset({"of", "over", "about"})


def _unreal_breach(sent: Sent, cue: Span, unreal: set[str], hearsay: set[str]) -> bool:
    """No real breach: one simulated or imagined ('a simulated data breach at Kent Police',
    a word of [relevance.grammar] `unreal_breach` right before it) or only claimed ('claims
    of a breach at Essex Police', 'a scare over a leak at Kent Police': a noun of `hearsay`
    and 'of', 'over' or 'about' a few words before it)."""
    doc = sent.span.doc
    before = doc[max(sent.span.start, cue.start - _HEARSAY_REACH) : cue.start]
    if any(t.lower_ in unreal for t in before[-2:]):
        return True
    words = [t.lower_ for t in before]
    return any(w in hearsay and _ABOUT & set(words[i + 1 :]) for i, w in enumerate(words))


def _foretold(sent: Sent, cue: Span, verbs: set[str]) -> bool:
    """The breach is one foretold or feared, not told ('campaigners warned that a breach at
    Kent Police would come', 'officers fear a leak'): a verb of foretelling (cues.toml
    [relevance.grammar] `foretelling`) earlier in the sentence, before the breach word."""
    doc = sent.span.doc
    return any(t.lemma_.lower() in verbs for t in doc[sent.span.start : cue.start])


def _inverted(sent: Sent, mention: Span, unreal: set[str]) -> bool:
    """The force is the subject of an inverted condition ('Had Kent Police lost such a
    breach, it would ...', 'Were Kent Police to lose ...'): the verb opening the sentence or
    a clause (after a comma) right before the force's name ('the' allowed between)."""
    doc = sent.span.doc
    i = mention.start - 1
    if i >= sent.span.start and doc[i].lower_ == "the":
        i -= 1
    if i < sent.span.start or doc[i].lower_ not in unreal:
        return False
    return i == sent.span.start or doc[i - 1].text in {",", ";", "\u2013", "\u2014"}


_CLOSING = frozenset({'"', "'", "\u201d", "\u2019"})
_COMPLEMENT_REACH = 2  # "breach of | data", "leak of | personal records"


def nation_breach(sent: Sent) -> str | None:
    """The one force of a nation told as the place of a breach of its police people's data
    ('a serious leak of records in Scotland last year exposed the names of 900 officers'):
    a breach word stated as fact, then (past a closing quote or a short 'of ...' complement)
    'in' and the nation's name (nations.toml [places]), police people named in the sentence
    and no other body, and a nation policed by a single force (forces.jsonl) since before
    any year the sentence states -- that force's breach, named by the place it polices, as
    reporters name "police in Scotland". A nation of several forces names none of them."""
    if not sent.has("roles.police_people") or sent.has("roles.organisation"):
        return None  # "council staff", "a hospital's records": another body's people
    doc = sent.span.doc
    places, single = _nations(data_dir_of(sent))
    since = load_toml("nations.toml", data_dir_of(sent)).get("single_force_since", {})
    years = [int(t.text) for d in sent.dates for t in d if t.is_digit and len(t.text) == 4]
    for c in sent.cues.get("relevance.breach", []):
        if c[-1].lower_ not in _breach_heads(sent) or sent.denied(c) or not sent.asserted(c):
            continue
        i = c.end
        if i < sent.span.end and doc[i].text in _CLOSING:
            i += 1  # the breach word quoted
        if i < sent.span.end and doc[i].lower_ == "of":
            # a short complement: "a breach of security in ...", "a leak of records in ..."
            nxt = next(
                (
                    k
                    for k in range(i + 1, min(sent.span.end, i + 2 + _COMPLEMENT_REACH))
                    if doc[k].lower_ == "in" or doc[k].text in _CLOSING
                ),
                None,
            )
            if nxt is None or any(t.is_punct and t.text not in _CLOSING for t in doc[i:nxt]):
                continue
            i = nxt + (doc[nxt].text in _CLOSING)
        if i >= sent.span.end or doc[i].lower_ != "in":
            continue
        for place, nation in places.items():
            words = place.split()
            end = i + 1 + len(words)
            if [t.text for t in doc[i + 1 : end]] != words or nation not in single:
                continue
            if end < len(doc) and doc[end].lower_ in {"'s", "\u2019s"}:
                continue  # "a breach in Northern Ireland's health service": that body's
            if any(y < since.get(nation, 0) for y in years):
                continue  # "In 2010 a breach in Scotland": before its one force
            return single[nation]
    return None


@cache
def _nations(data_dir: str | None) -> tuple[dict[str, str], dict[str, str]]:
    """Each nation's place names, and the nations policed by one current force."""
    places = {
        place: nation
        for nation, names in load_toml("nations.toml", data_dir).get("places", {}).items()
        for place in names
    }
    forces: dict[str, list[str]] = {}
    for row in load_jsonl("forces.jsonl", data_dir):
        if row.get("kind") == "territorial":
            forces.setdefault(row.get("nation") or "", []).append(row["name"])
    return places, {n: names[0] for n, names in forces.items() if len(names) == 1}


_AUX = frozenset(
    {"has", "have", "had", "was", "were", "is", "are", "been", "be", "also", "too", "now"}
)


def _struck(sent: Sent, force: Span, cue: Span) -> bool:
    """The force struck by the breach, in the passive ('Kent Police has now been hit by a data
    breach', 'Essex Police was also caught up in the breach'): only auxiliaries (and 'also',
    'too', 'now') between the force and 'hit by' (cues.toml [relevance] `struck_by`), or the
    force told it was struck ('Kent Police was told it had been hit by ...', `_told_struck`);
    the breach word a few words after it."""
    doc = sent.span.doc
    start = _past_bracket(doc, force)
    for v in sent.cues.get("relevance.struck_by", []):
        if not (start <= v.start and 0 <= cue.start - v.end <= _BREACH_LEAD):
            continue
        if sent.denied(v):
            continue
        if all(t.lower_ in _AUX for t in doc[start : v.start]) or _told_struck(sent, start, v):
            return not any(t.is_punct for t in doc[v.end : cue.start])
    return False


def struck_by_told_breach(sent: Sent, force: str) -> bool:
    """The force struck by a breach the story has told already ('Essex Police was also caught
    up in the data breach', 'staff at Kent Police were told they had been hit by the same
    attack'): `_struck`, with one of [relevance.grammar] `told_breach_marks` between the verb
    of being struck and the breach word -- not 'hit by a data breach', a breach of its own."""
    marks = set(_relevance_data(data_dir_of(sent))["grammar"]["told_breach_marks"])
    doc = sent.span.doc
    breaches = [
        c for c in sent.cues.get("relevance.breach", []) if sent.asserted(c) and not sent.denied(c)
    ]
    for m in sent.forces:
        if m.label_ != force:
            continue
        last = _listed_through(sent, m)
        for c in breaches:
            if not _struck(sent, last, c):
                continue
            verbs = [v for v in sent.cues.get("relevance.struck_by", []) if v.end <= c.start]
            if verbs and any(t.lower_ in marks for t in doc[verbs[-1].end : c.start]):
                return True
    return False


def _told_struck(sent: Sent, start: int, verb: Span) -> bool:
    """Between the force (from `start`) and the verb of being struck, the force or its
    people told that they were struck ('Kent Police was told it had also been hit by',
    'staff at Essex Police learned they had also been affected by'): auxiliaries, a
    verb of being told (cues.toml [relevance] `told_struck`), 'that' or not, a pronoun
    standing for the force ([relevance.grammar] `told_subjects`), auxiliaries -- not another
    body told of ('Kent Police was told the council had been hit': no pronoun)."""
    doc = sent.span.doc
    subjects = set(_relevance_data(data_dir_of(sent))["grammar"]["told_subjects"])
    for told in sent.cues.get("relevance.told_struck", []):
        if not (start <= told.start and told.end < verb.start) or sent.denied(told):
            continue
        if not all(t.lower_ in _AUX for t in doc[start : told.start]):
            continue
        rest = [t.lower_ for t in doc[told.end : verb.start]]
        if rest and rest[0] == "that":
            rest = rest[1:]
        if rest and rest[0] in subjects and all(w in _AUX for w in rest[1:]):
            return True
    return False


def _anothers(sent: Sent, cue: Span) -> bool:
    """The breach word goes on to name its owner, no force ('reported a data breach at a
    school', 'disclosed a leak by a contractor'): another body's breach -- not what it
    touched ('a breach involving victims' statements')."""
    doc = sent.span.doc
    return (
        cue.end < sent.span.end
        and doc[cue.end].lower_ in _OWNER_PREPS
        and not any(m.start in (cue.end + 1, cue.end + 2) for m in sent.forces)
    )


_OWN_TELLING = ("relevance.undergo", "relevance.self_report")
_OWNER_PREPS = frozenset({"at", "by", "within", "inside"})
_DATA_AFTER = 4  # "the exposure of | the personal data", "disclosure of some officers' details"


def _exposures(sent: Sent) -> list[Span]:
    """A noun of exposure whose object is people's data ('an exposure of victims'
    personal data'): a breach named in other words; not 'exposure to risk'."""
    doc = sent.span.doc
    data = [*sent.cues.get("relevance.data", []), *sent.cues.get("roles.personal_data", [])]
    return [
        c
        for c in sent.cues.get("relevance.exposure_nouns", [])
        if c.end < sent.span.end
        and doc[c.end].lower_ == "of"
        and any(c.end < d.start <= c.end + _DATA_AFTER for d in data)
    ]


def _breach_heads(sent: Sent) -> set[str]:
    return set(_relevance_data(data_dir_of(sent))["grammar"]["own_breach_heads"])


def _counted(sent: Sent, cue: Span) -> bool:
    """A number of more than a few right before the breach word ('recorded 300 data
    breaches'): figures, not a breach told. A year is no number of breaches ('the 2021 data
    breach at Leicestershire Police'); 'two separate breaches' are breaches a story tells."""
    years = {i for d in sent.dates for i in range(d.start, d.end)}
    for tok in sent.span.doc[max(sent.span.start, cue.start - 3) : cue.start]:
        if tok.i in years or (tok.is_digit and len(tok.text) == 4 and tok.text[:2] in _CENTURIES):
            continue
        if tok.like_num:
            text = tok.text.replace(",", "")
            value = int(text) if text.isdigit() else _WORD_NUMBERS.get(tok.lower_, 99)
            if value > _FEW_BREACHES:
                return True
    return False


_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3}  # any other number word: more than a few
_CENTURIES = frozenset({"19", "20"})


def personal_data_breach(sent: Sent, news_sources: bool = True) -> bool:
    """People's details lost, stolen, shared or accessed ('a laptop with victims' details was
    stolen', 'shared photographs of victims with friends'): a breach cue of its own in a
    sentence naming personal data, even with no data word."""
    types = [
        c
        for c in asserted_types(sent, news_sources)
        if not c.label_.startswith("_") or c.label_ in {"_loss", "_misdirected"}
    ]
    # Sent to the wrong person is a breach cue of its own, whichever medium it names.
    strong = any(c.kb_id_ == "strong" or c.label_ == "_misdirected" for c in types)
    lost_thing = _lost_thing(types)
    # Looking people up on police systems needs no data word: people are what is looked up.
    looked_up = any(c.kb_id_ == "strong" and c.label_ == "unauthorised_access" for c in types)
    # Something meant for a victim or a witness and sent elsewhere carried that person's
    # details, though the sentence names none ('a letter meant for a victim was sent to
    # her former partner'): a misdirection with a place it went, and one of `handed_people`.
    misdirected = any(
        c.kb_id_ == "strong" and c.label_ == "_misdirected" and _went_to(sent, c) for c in types
    ) and any(c.label_ in _MESSAGE_MEDIA for c in sent.types)
    # "released CCTV images of a man they want to trace after a laptop was stolen": images
    # the police put out in an appeal are no data lost; "no personal information was
    # compromised" names none
    personal = [
        d
        for d in sent.cues.get("relevance.personal", [])
        if not _put_out(sent, d)
        and not sent.denied(d)
        and not _denied_loss_of(sent, d)
        and not offending_content(sent, d)  # "shared indecent images": an offence, no data
    ]
    return (
        looked_up
        or ((strong or lost_thing) and bool(personal))
        or (misdirected and sent.has("relevance.handed_people"))
        or lost_records(sent)
        or handed_on(sent)
    )


_OWNED_GAP = 2  # "Kent Police laptop", "Essex Police case papers"


def force_thing_lost(sent: Sent) -> bool:
    """A force's own device or papers lost or stolen, with nothing said of what it held ('A
    Greater Manchester Police officer left a laptop on a train', 'Thames Valley Police papers
    were left on a bus', 'phones and laptops have gone missing from the Met'): a loss and a
    thing that holds records (breach_types.toml `objects`) in one clause, told as acts, with the
    force's name right before the thing or before its officer (`relevance.staff`) who lost it,
    or after "from", "of" or "belonging to" right after the loss or the thing (cues.toml
    [relevance.grammar] `owned_gap_words`, `owning_links`). Not a thing the police found or
    recovered ('police recovered 40 laptops stolen from a school'): the force named as its
    owner, not as who looked for it."""
    if not sent.forces:
        return False
    types = asserted_types(sent, news_sources=False)
    losses = [c for c in types if c.label_ == "_loss" and sent.asserted(c)]
    things = [c for c in types if c.kb_id_ == "objects" and c.label_ in _CARRIED_LOSSES]
    if not losses or not things:
        return False
    doc = sent.span.doc
    gap_words, links = _words(sent, "owned_gap_words"), _words(sent, "owning_links")
    staff = {c.start for c in sent.cues.get("relevance.staff", [])}
    for thing in things:
        lo, hi = clause_bounds(sent, thing.start)
        if not any(lo <= c.start < hi for c in losses):
            continue
        for force in sent.forces:
            gap = range(force.end, thing.start)
            if (
                force.end <= thing.start
                and len(gap) <= _OWNED_GAP
                and all(
                    doc[i].norm_ in gap_words
                    or doc[i].like_num
                    or any(c.start <= i < c.end for c in losses)
                    for i in gap
                )
            ):
                return True  # "a Kent Police laptop", "Kent Police lost a laptop"
            if force.end in staff and lo <= force.start and force.end < thing.start:
                return True  # "a GMP officer left a laptop on a train"
            if lo <= force.start < hi and force.start > thing.start:
                lead = doc[force.start - 1].lower_ if force.start else ""
                lead2 = doc[force.start - 2].lower_ if force.start > 1 else ""
                if lead in links or (lead == "to" and lead2 in links):
                    return True  # "gone missing from the Metropolitan Police"
    return False


def medium_revealed(sent: Sent) -> bool:
    """A message, document or system that itself revealed people's details ('Police email
    blunder reveals addresses of 80 crime victims', 'a spreadsheet exposed the names of
    informants'): a verb of [relevance] `revealing`, asserted and not denied, with one of
    `revealers` at most [relevance.grammar] `revealer_reach` words before it (no punctuation
    between) as its subject, and what people's data is called, naming whose it is, a few words
    after it with no preposition between. Not a person or the police revealing ('police
    revealed the identity of the man who died' names the dead as news)."""
    grammar = _relevance_data(data_dir_of(sent))["grammar"]
    reach = int(grammar["revealer_reach"])
    doc = sent.span.doc
    revealers = sent.cues.get("relevance.revealers", [])
    people = sent.cues.get("relevance.handed_people", [])
    personal = sent.cues.get("relevance.personal", [])
    for v in sent.cues.get("relevance.revealing", []):
        if sent.denied(v) or not sent.asserted(v) or _does_in_present(sent, v):
            continue
        if v[-1].lower_ == v[-1].norm_ and v[-1].lemma_.lower() == v[-1].lower_:
            continue  # the base form: "to reveal", "could reveal"
        if not any(
            0 <= v.start - r.end <= reach and not any(t.is_punct for t in doc[r.end : v.start])
            for r in revealers
        ):
            continue
        for d in personal:
            gap = doc[v.end : d.start]
            if d.start < v.end or len(gap) > _HANDED_GAP:
                continue
            if any(t.is_punct and t.text not in _POSSESSIVES for t in gap):
                continue
            if any(t.lower_ in _PREPOSITIONS for t in gap):
                continue
            if _owned_by_people(sent, d, people):
                return True
    return False


# What carries a message (a letter, an email), as the type cues name it.
_MESSAGE_MEDIA = {"_post_media", "_email_media"}


def _went_to(sent: Sent, cue: Span) -> bool:
    """The misdirected thing is said to have gone to someone ('was sent to her former
    partner', 'was posted by mistake to the man'): 'to' within a few words after the
    sending (or inside the misdirection's own phrase), no punctuation between -- not 'was
    sent out last week' -- and no bare pronoun after it, the one it was meant for ('letters
    meant for victims were sent to them')."""
    doc = sent.span.doc
    reach = int(_relevance_data(data_dir_of(sent))["grammar"]["went_to_reach"])
    inside = [t for t in cue[1:] if t.lower_ == "to"]
    to = inside[0] if inside else None
    for tok in [] if to else doc[cue.end : min(sent.span.end, cue.end + reach)]:
        if tok.is_punct or tok.lower_ == "out":
            return False
        if tok.lower_ == "to":
            to = tok
            break
    if to is None or to.i + 1 >= sent.span.end:
        return False
    after = doc[to.i + 1]
    if after.lower_ not in _words(sent, "went_to_pronouns"):
        return True
    # "her" owns what follows ("to her former partner") unless punctuation or a word that
    # opens what comes next follows it ("to her last week", "to her by post")
    nxt = doc[after.i + 1] if after.i + 1 < sent.span.end else None
    return (
        after.lower_ == "her"
        and nxt is not None
        and not (nxt.is_punct or nxt.lower_ in _words(sent, "went_to_pronoun_ends"))
    )


def data_breach_words(sent: Sent) -> bool:
    """Data or breach words not denied ('the families never knew of the breach' still tells
    of one; 'no personal data was involved' does not), nor a breach of something that is no
    data ('breached the standards of professional behaviour'), nor one naming a job,
    document or process ('a data protection impact assessment', 'the data protection
    officer'; cues.toml `data_compounds`)."""
    compounds = {c.start for c in sent.cues.get("relevance.data_compounds", [])}
    return any(
        not sent.denied(c)
        and not no_data_object(sent, c)
        and c.end not in compounds
        and not guarded_against(sent, c)
        and not _aimed_at(sent, c)
        for c in sent.cues.get("relevance.data", [])
    )


def _aimed_at(sent: Sent, cue: Span) -> bool:
    """A data word told as what something is made to respect ('designed with data protection
    in mind', 'built with privacy at its heart', 'privacy by design'; cues.toml `aim`): one
    of those phrases at most a couple of words after it, no punctuation between."""
    aims = sent.cues.get("relevance.aim", [])
    if not aims:
        return False
    reach = int(_relevance_data(data_dir_of(sent))["grammar"]["aim_reach"])
    doc = sent.span.doc
    return any(
        0 <= a.start - cue.end <= reach and not any(t.is_punct for t in doc[cue.end : a.start])
        for a in aims
    )


def something_went_wrong(sent: Sent) -> bool:
    """A breach word stated, not denied ('lost', 'leaked', 'a data breach'), nor a breach of
    something that is no data ('a breach of the peace')."""
    return any(
        not sent.denied(c) and not no_data_object(sent, c) and not guarded_against(sent, c)
        for c in sent.cues.get("relevance.breach", [])
    )


_OBJECT_LEAD = {"of", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your"}
_OBJECT_REACH = 3  # "breached the force's standards", "breach of his bail"
_BREACH_OR_LOSS = {"breach", "lose", "loss"}


def no_data_object(sent: Sent, cue: Span) -> bool:
    """A breach or loss word whose object is no data ('breached the standards of
    professional behaviour', 'jailed for breach of the peace', 'breaching a restraining
    order', 'a bail breach', 'lost his job', 'loss of life'; cues.toml `no_data_objects`):
    one of those things right before the word, or after it with only 'of', determiners and
    at most a few words between -- unless a data word names it ('a breach of data
    protection rules', 'lost the case files')."""
    if cue[-1].norm_ not in _BREACH_OR_LOSS:
        return False
    doc = sent.span.doc
    others = sent.cues.get("relevance.no_data_objects", [])
    data = [*sent.cues.get("relevance.data", []), *sent.cues.get("relevance.personal", [])]
    if any(o.end == cue.start for o in others):
        return True
    if cue[-1].norm_ != "breach" and _money_lost(sent, cue, data):
        return True
    j = cue.end
    while j < sent.span.end and doc[j].lower_ in _OBJECT_LEAD:
        j += 1
    for o in others:
        if not j <= o.start <= j + _OBJECT_REACH:
            continue
        between = doc[cue.end : o.start]
        if any(t.is_punct and t.text not in {"'s", "’s"} for t in between):
            continue
        if any(cue.end <= d.start <= o.end and d.start != cue.start for d in data):
            continue
        if _data_topic(sent, o, data):
            continue  # "breached the standards ... relating to confidentiality"
        return True
    return False


_AMOUNT_LEAD = {"more", "than", "over", "almost", "nearly", "about", "around", "up", "to"}


def _money_lost(sent: Sent, cue: Span, data: list[Span]) -> bool:
    """Money lost, no data ('victims lost more than £2m', 'investment fraud caused the
    largest losses'): a sum of money as the loss word's object, or a loss in a sentence
    that names a crime and no data or thing that holds it -- the losses of the crime's
    victims."""
    doc = sent.span.doc
    j = cue.end
    while j < sent.span.end and doc[j].lower_ in _OBJECT_LEAD | _AMOUNT_LEAD:
        j += 1
    if j < sent.span.end and doc[j].is_currency:
        return True
    things = [c for c in sent.types if c.kb_id_ == "objects"]
    return sent.has("relevance.crime") and not data and not things


def _data_topic(sent: Sent, standard: Span, data: list[Span]) -> bool:
    """A data word as what a standard or rule is about ('the standards of professional
    behaviour relating to confidentiality', 'the force's rules on data protection'): at most a
    few words after it in its clause, only linking words between (cues.toml
    [relevance.grammar] `topic_links`)."""
    grammar = _relevance_data(data_dir_of(sent))["grammar"]
    links, reach = set(grammar["topic_links"]), int(grammar["topic_reach"])
    doc = sent.span.doc
    _, hi = clause_bounds(sent, standard.start)
    for d in data:
        if not standard.end <= d.start <= min(hi - 1, standard.end + reach):
            continue
        if all(t.lower_ in links for t in doc[standard.end : d.start]):
            return True
    return False


def _held_what_was_lost(sent: Sent, before: Sent | None) -> bool:
    """A thing lost in one sentence that the next says held people's data ('A laptop was
    stolen from a car. It held the details of 200 victims.'): reporters often split the loss
    and what it carried."""
    if before is None:
        return False
    lost = asserted_types(before)
    held = any(sent.asserted(c) for c in sent.cues.get("relevance.held", []))
    data = held and any(not sent.denied(c) for c in sent.cues.get("relevance.personal", []))
    if _lost_thing(lost):
        return data
    # A device or papers lost by a strong cue of its own ("an officer mislaid her work mobile
    # in a taxi. The handset held the numbers of dozens of witnesses"): what it held names
    # people the police hold details of, not the owner's own ("it held only his holiday
    # photos", "photos of his children").
    doc = sent.span.doc
    return (
        data
        and any(c.kb_id_ == "strong" and c.label_ in _CARRIED_LOSSES for c in lost)
        and any(
            p.start == 0 or doc[p.start - 1].lower_ not in _OWNERS
            for p in sent.cues.get("relevance.handed_people", [])
        )
    )


_OWNERS = {"his", "her", "their", "my", "own"}


# ... or got rid of with the data on it ("The force sent the laptop for recycling. The buyer
# found it still held the names of witnesses"): what it held is told after the disposal.
_CARRIED_LOSSES = {"loss_or_theft_of_device", "loss_or_theft_of_paperwork", "insecure_disposal"}


def _lost_what_was_held(sent: Sent, before: Sent | None) -> bool:
    """The other order of `_held_what_was_lost`: a thing that held people's data in one
    sentence, lost or stolen in the next ('Folders containing the names of witnesses were
    found in a park. The force said an officer had lost them.')."""
    return (
        before is not None
        and _lost_thing(asserted_types(sent))
        and _held_what_was_lost(before, sent)
    )


@cache
def _relevance_data(data_dir: str | None) -> dict:
    return load_toml("cues.toml", data_dir)["relevance"]


def data_regulator(sent: Sent, figures: bool, went_wrong: bool = True) -> bool:
    """A regulator named in the sentence, as a sign of a data breach, unless denied ('the ICO
    was not involved'). The bodies that oversee police conduct (cues.toml
    `conduct_regulators`: the IOPC, the PIRC, the inspectorates) only on a page that tells
    something went wrong (`went_wrong`: a breach word, 'the officer's disclosure', police
    business told to an outsider, 'she told her sister about the raid', a breach-type act
    about people's data) and gives
    no figures: they look into every kind of conduct ('the IOPC investigated the death
    after a pursuit'), and on a page of figures they count complaints and reviews ('the
    IOPC upheld 26 per cent of reviews')."""
    told = [r for r in sent.regulators if not _regulator_denied(sent, r)]
    if not went_wrong:  # "designed with the Information Commissioner's guidance in mind"
        told = [r for r in told if not _guidance_author(sent, r)]
    if not told:
        return False
    if went_wrong and not figures:
        return True
    conduct = set(_relevance_data(data_dir_of(sent))["conduct_regulators"])
    return any(r.label_ not in conduct for r in told)


def police_abroad_only(sent: Sent) -> bool:
    """Every police word of the sentence is part of a police body abroad named by its nation
    ("The leak comes after a hack of the Spanish national police, whose servers were hit"), and
    the sentence names no UK force: what it tells is that body's, not the page's force's."""
    police = sent.cues.get("roles.police_context", [])
    if sent.forces or not police:
        return False
    base = sent.span.start_char
    abroad = police_abroad_at(sent.text, data_dir_of(sent))
    return bool(abroad) and all(
        any(lo <= p.start_char - base and p.end_char - base <= hi for lo, hi in abroad)
        for p in police
    )


def only_other_breaches(sents: list[Sent]) -> bool:
    """Every breach word of the page breaches something other than data ('A breach of the
    honesty and integrity standard', 'a breach of his bail'; `no_data_object`), and no
    sentence tells a data breach in other words (a data-breach phrase, people's data gone
    astray): a misconduct notice or a court report, whose figures
    (dates, minutes, sums) are no tallies of data breaches. A page with no breach word at all
    is not one: its figures may count look-ups or losses told without the word."""
    told = [(s, c) for s in sents for c in s.cues.get("relevance.breach", [])]
    if not told or not all(no_data_object(s, c) for s, c in told):
        return False
    return not any(data_breach_words(s) or personal_data_breach(s) for s in sents)


_GUIDANCE_GAP = {"'s", "’s", "'", "’"}


def _guidance_author(sent: Sent, reg: Span) -> bool:
    """The regulator named as the author of guidance for all ('the Information Commissioner's
    Office guidance on police data', "the ICO's code of practice"): a word of
    `regulator_guidance` right after it, a possessive at most between."""
    doc = sent.span.doc
    for g in sent.cues.get("relevance.regulator_guidance", []):
        if reg.end <= g.start <= reg.end + 1 and all(
            t.text in _GUIDANCE_GAP for t in doc[reg.end : g.start]
        ):
            return True
    return False


def _breach_act(sent: Sent) -> bool:
    """A breach-type cue told as an act: a strong one, or a weak one in a sentence naming
    people's data ('sent a photo of a statement to friends on WhatsApp'; not 'charged with
    misconduct in public office over a relationship'). With a police-conduct regulator on the
    page, a sign that the conduct was about information."""
    types = asserted_types(sent, news_sources=False)
    if any(c.kb_id_ == "strong" or c.label_ == "_misdirected" for c in types):
        return True
    if handed_on(sent):
        return True
    return any(c.kb_id_ == "weak" for c in types) and sent.has("relevance.personal")


_CONFIDANT_REACH = 3  # "told her sister", "tipped off a close friend"
_TOLD_DATA_REACH = 4  # "let slip a woman's new address"
_TOLD_REACH = 12  # "... address to her former husband"


def told_outsider(sent: Sent) -> bool:
    """Police business told to someone outside it ('she told her sister about the raid',
    'tipped off a friend', 'let slip a woman's new address to her former husband'): a telling
    verb (cues.toml `confide`), stated, with a relative, friend or criminal (`confidants`)
    right after it, or with what people's data is called right after it and such a person
    later in the clause -- no punctuation between."""
    doc = sent.span.doc
    people = sent.cues.get("relevance.confidants", [])
    personal = sent.cues.get("relevance.personal", [])
    for verb in sent.cues.get("relevance.confide", []):
        if sent.denied(verb) or not sent.asserted(verb):
            continue
        data_after = any(0 <= d.start - verb.end <= _TOLD_DATA_REACH for d in personal)
        for p in people:
            gap = doc[verb.end : p.start]
            if p.start < verb.end or any(t.is_punct for t in gap):
                continue
            if len(gap) <= _CONFIDANT_REACH or (data_after and len(gap) <= _TOLD_REACH):
                return True
        if _told_in_passive(sent, verb, people, _tells_details_at(sent, verb.end)):
            return True
    return False


_ABOUT_REACH = 8  # "told neighbours that a rape victim had ...": the told to the person


def told_about_people(sent: Sent) -> bool:
    """A person under police protection told of to outsiders ('gossiped about a rape victim
    in a pub', 'told neighbours the name of a witness', 'told her sister about an informant'):
    a telling verb (cues.toml `confide`), stated; for a verb of idle talk (`idle_talk`:
    'gossip', 'boast') a victim, witness or informant (`protected_people`) or people's data
    soon after it, for any other the one told (`confidants`) right after it and then people's
    data or 'about' such a person -- no punctuation between, and the told not that person's
    own ('told the victim's family'); not 'told the suspect that a witness had picked him
    out', the evidence put in an interview."""
    doc = sent.span.doc
    idle, protected = _words(sent, "idle_talk"), _words(sent, "protected_people")
    people = sent.cues.get("relevance.confidants", [])
    personal = sent.cues.get("relevance.personal", [])

    def protected_after(j: int, idle_talk: bool) -> bool:
        about = idle_talk
        for t in doc[j : min(sent.span.end, j + _ABOUT_REACH)]:
            if t.is_punct:
                return False
            about = about or t.lower_ == "about"
            if any(d.start == t.i for d in personal) or (about and t.lemma_.lower() in protected):
                return True  # "told a friend the names of ...", "told neighbours about a victim"
        return False

    for verb in sent.cues.get("relevance.confide", []):
        if sent.denied(verb) or not sent.asserted(verb):
            continue
        if verb[0].lemma_.lower() in idle and protected_after(verb.end, True):
            return True
        for p in people:
            gap = doc[verb.end : p.start]
            if p.start < verb.end or len(gap) > _CONFIDANT_REACH:
                continue
            if any(t.is_punct or t.lower_ in _POSSESSIVES for t in doc[verb.end : p.end]):
                continue  # "told the victim's family": the victim's own
            if protected_after(p.end, False):
                return True
    return False


def told_whereabouts(sent: Sent) -> bool:
    """Someone's details or whereabouts told to one of `confidants` ('a stalker was told where
    his victim lived', 'told her ex-partner where she was living', 'her abuser was told her
    new address'): a telling verb, stated, the confidant before it in the passive or right
    after it, and people's data or where someone lives right after the verb or the
    confidant -- not telling a friend about a raid, which only a conduct regulator's page
    makes a breach (`told_outsider`)."""
    doc = sent.span.doc
    people = sent.cues.get("relevance.confidants", [])
    for verb in sent.cues.get("relevance.confide", []):
        if sent.denied(verb) or not sent.asserted(verb):
            continue
        if _told_in_passive(sent, verb, people, _tells_details_at(sent, verb.end)):
            return True
        for p in people:
            gap = doc[verb.end : p.start]
            if p.start < verb.end or len(gap) > _CONFIDANT_REACH:
                continue
            if any(t.is_punct or t.lower_ == "by" for t in gap):
                continue  # "was told by a friend where she lived": the friend told
            if _tells_details_at(sent, p.end):
                return True
    return False


def _tells_details_at(sent: Sent, j: int) -> bool:
    """People's data ('her new address', "a victim's details") starting a couple of words
    from token `j`, or where someone lives ('where his victim lived')."""
    doc = sent.span.doc
    end = sent.span.end
    if j < end and doc[j].lower_ == "where":
        lives = _words(sent, "whereabouts_verbs")
        return any(t.lemma_.lower() in lives for t in doc[j + 1 : min(end, j + 5)])
    people = sent.cues.get("relevance.handed_people", [])
    return any(
        0 <= d.start - j <= 2
        and not any(t.is_punct or t.lower_ in _PREPOSITIONS for t in doc[j : d.start])
        and (
            _owned_by_people(sent, d, people)
            or any(t.lower_ in _BACK_POSSESSIVES for t in doc[j : d.start])
        )
        for d in sent.cues.get("relevance.personal", [])
    )


def _told_in_passive(sent: Sent, verb: Span, people: list[Span], data_after: bool) -> bool:
    """The one told as the subject of the passive ('a stalker was told where his victim
    lived', 'her ex-partner was told her new address'): one of `confidants` right before one
    or two forms of 'be' ('was', 'had been') and the verb, and what people's data is called
    or where someone lives ([relevance.grammar] `whereabouts_verbs` after 'where') right
    after the verb."""
    doc = sent.span.doc
    if not data_after:
        return False
    for p in people:
        gap = doc[p.end : verb.start]
        if not 0 < len(gap) <= 2 or gap[0].lower_ not in _BE:
            continue
        if all(t.lower_ in _BE for t in gap):
            return True
    return False


def _regulator_denied(sent: Sent, reg: Span) -> bool:
    """The regulator said to have no part ('the ICO was not involved', 'the Independent
    Office for Police Conduct was not involved'): denied, or its last word inside a negated
    scope reaching back from a negation after it (a long name starts beyond its reach)."""
    if sent.denied(reg):
        return True
    last = reg.end - 1
    return any(
        s.label_ == "negated" and s.kb_id_ == "backward" and s.start <= last < s.end
        for s in sent.scopes
    )


def gives_figures(sents: list[Sent]) -> bool:
    """The page speaks of figures ('complaint cases rose', 'statistics published today'), as
    pages of complaint or misconduct statistics do; a person's complaint ('she complained to
    the IOPC') is no sign."""
    return any(s.has("relevance.trend") for s in sents)


def describes_breach(sents: list[Sent]) -> bool:
    _remember_split(sents)  # the document's own split, for `_sentence_before`
    figures = gives_figures(sents)
    went_wrong = any(something_went_wrong(s) or told_outsider(s) or _breach_act(s) for s in sents)
    disciplined = disciplined_staff(sents)
    return any(
        (disciplined and _forces_people(s) and (handed_on(s, any_owner=True) or staff_looked_up(s)))
        or data_breach_words(s)
        or data_regulator(s, figures, went_wrong)
        or penalised_breach(s)
        or personal_data_breach(s, news_sources=False)
        or _held_what_was_lost(s, sents[i - 1] if i else None)
        or _lost_what_was_held(s, sents[i - 1] if i else None)
        or attack_on_police(s)
        or store_entered(s)
        or watchdog_penalty(s)
        or police_data_taken(s)
        or force_thing_lost(s)
        or force_showed_recipients(s)
        or force_did_disclosure(s)
        for i, s in enumerate(sents)
    )


def staff_looked_up(sent: Sent) -> bool:
    """On a page of the force's people disciplined, one of them told as looking at what the
    police hold ('a sergeant who accessed crime logs about a crash involving his son', 'used
    police systems to find out where his former wife lived', 'looked at the records of women
    he had met on duty'): an unauthorised-access cue told as an act, weak ones too, in a
    sentence naming the police's people -- not one of offending content ('accessed indecent
    images', cues.toml `offending_content`), an offence of its own."""
    if sent.cues.get("relevance.offending_content") or not _forces_people(sent):
        return False
    return any(c.label_ == "unauthorised_access" for c in asserted_types(sent, news_sources=False))


_SUBJECT_LEAD = 4  # "a letter from Kent Police", "a member of staff at Essex Police"
_DISCLOSURE_ACTS = {"inappropriate_disclosure", "verbal_disclosure", "published_in_error"}


def force_did_disclosure(sent: Sent) -> bool:
    """A force, or one of its people, that itself gave out people's details ('a Kent Police
    officer gave a victim's home address to a reporter', 'a letter from Essex Police revealed
    a man's immigration status to his landlord'): a strong, stated disclosure cue whose own
    words name people's data or the people it is about, after a force named in the
    sentence's subject -- no verb before the force in its clause, so not 'a man who stole
    from Kent Police' -- with no speech or other organisation between ('Kent Police said a
    man gave ...' is the man's act), the act not a relative clause's outsider ('a woman who
    gave ...') and no advice word ('police urged people not to give their details')."""
    if not sent.forces or sent.cues.get("relevance.advice"):
        return False
    personal = sent.cues.get("relevance.personal", [])
    offending = [d for d in personal if offending_content(sent, d)]
    data = [
        *(d for d in personal if d not in offending),
        # not the people an offending thing shows ("indecent images of children")
        *(
            p
            for p in sent.cues.get("relevance.handed_people", [])
            if not any(0 <= p.start - o.end <= 2 for o in offending)
        ),
        # a person's own in the possessive: "revealed a man's asylum status to his landlord"
        *(t.doc[t.i - 1 : t.i + 1] for t in sent.span if t.lower_ in _GUIDANCE_GAP and t.i),
    ]
    cues = [
        c
        for c in asserted_types(sent, news_sources=False)
        if c.label_ in _DISCLOSURE_ACTS
        and c.kb_id_ == "strong"
        and any(c.start <= d.start and d.end <= c.end for d in data)
        and not _outsider_did(sent, c[:1])
    ]
    if not cues:
        return False
    doc = sent.span.doc
    between = [*sent.cues.get("roles.speech", []), *sent.cues.get("roles.organisation", [])]
    for m in sent.forces:
        lo, _ = clause_bounds(sent, m.start)
        lead = doc[_after_report_frame(sent, lo, m.start) : m.start]
        if len(lead) > _SUBJECT_LEAD or any(t.lower_ in _RELATIVES for t in lead):
            continue  # "a man who stole from Kent Police gave ...": the force is no subject
        for c in cues:
            if m.end <= c.start and not any(m.end <= b.start < c.start for b in between):
                return True
    return False


def _after_report_frame(sent: Sent, lo: int, end: int) -> int:
    """Where the reported clause starts when a reporting frame opens the clause before `end`
    ('a court heard that a Kent Police officer ...', 'the force admitted that an officer
    ...'): right after a 'that' that follows a reporting verb (`dates.reporting`) -- the
    frame tells who said it, the clause after it who did it. `lo` when there is none."""
    doc = sent.span.doc
    reports = {c.end for c in sent.cues.get("dates.reporting", [])}
    start = lo
    for t in doc[lo:end]:
        if t.lower_ == "that" and t.i in reports:
            start = t.i + 1
    return start


def force_showed_recipients(sent: Sent) -> bool:
    """A force's own message that showed its recipients to one another ('Kent Police emailed
    60 victims without using blind copy', 'the force sent a newsletter with every address
    visible'): a strong, stated cue of a failure to use bcc that adds no one wrong recipient,
    after a force named as the sentence's subject -- the sender, not one of those written to
    ('a council emailed Kent Police officers without bcc') -- in a sentence with no advice
    word ('police urged firms to use bcc')."""
    cues = [
        c
        for c in sent.types
        if c.label_ == "failure_to_use_bcc" and c.kb_id_ == "strong" and not sent.denied(c)
    ]
    if not cues or not sent.forces or sent.cues.get("relevance.advice"):
        return False  # any advice word: "police urged firms to use bcc"
    doc = sent.span.doc

    def opens_clause(m: Span) -> bool:
        # the force opens the sentence or a clause after a comma: 'Kent Police emailed ...',
        # 'On Monday, the force sent ...'; not 'a council emailed Kent Police officers'
        before = [t for t in doc[sent.span.start : m.start] if t.lower_ not in {"the", "a"}]
        return not before or before[-1].is_punct

    between = [*sent.cues.get("roles.speech", []), *sent.cues.get("roles.organisation", [])]

    def sender(m: Span, c: Span) -> bool:
        # nobody else between: 'Kent Police said a school had emailed parents without bcc'
        return m.end <= c.start and not any(m.end <= b.start < c.start for b in between)

    return any(opens_clause(m) and sender(m, c) for m in sent.forces for c in cues)


_WATCHDOG_GAP = 2  # "the watchdog has fined", "the regulator today reprimanded"
_PENALISED_REACH = 5  # "issued a formal reprimand to Kent Police"
_PENALTIES = {"monetary_penalty", "reprimand", "enforcement_notice"}


def watchdog_penalty(sent: Sent) -> bool:
    """A regulator named by its kind fining or reprimanding a force itself ('the watchdog
    fined Kent Police £100,000', 'the regulator issued a reprimand to Essex Police'): a word of
    `watchdog` at most a couple of words before a fine or a regulator's penalty, stated, and a
    force a few words after it, no punctuation between and no staff word right after the
    force's name -- the organisation penalised, which only a data regulator does, not one of
    its people ('magistrates fined a Kent Police officer')."""
    watchdogs = [w for w in sent.cues.get("relevance.watchdog", []) if not sent.denied(w)]
    if not watchdogs or not sent.forces:
        return False
    doc = sent.span.doc
    penalties = [
        *fine_cues(sent),
        *(c for kind, c in actions_in(sent, require_regulator=False) if kind in _PENALTIES),
    ]
    staff = {c.start for c in sent.cues.get("relevance.staff", [])}
    for p in penalties:
        if sent.denied(p):
            continue
        if not any(
            0 <= p.start - w.end <= _WATCHDOG_GAP
            and not any(t.is_punct for t in doc[w.end : p.start])
            for w in watchdogs
        ):
            continue
        for m in sent.forces:
            gap = doc[p.end : m.start]
            near = 0 <= m.start - p.end <= _PENALISED_REACH
            if near and not any(t.is_punct for t in gap) and m.end not in staff:
                return True
    return False


# A force as a body brought in without its name ("A police force has been fined", a
# headline's "Police force fined"), not one of its people ("a police officer was fined" is a
# court's fine on a person). "The force", "the police force" point back to a force the page
# or its headline names (`hinted_force`); with none, they may be any force, a fire
# service's or a foreign one.
_FORCE_BODY_WORDS = {"police force", "a police force"}
_INDEFINITE = {"a", "an", "one", "another"}


def _introduced(sent: Sent, body: Span) -> bool:
    """'a police force', or 'police force' opening the sentence (a headline): a force
    brought in, not one pointed back to ('the police force')."""
    if body[0].lower_ in _INDEFINITE:
        return True
    return body.start == sent.span.start


def unnamed_force_penalised(sent: Sent) -> bool:
    """A force the page does not name penalised as a body ('A police force has been fined
    £150,000 over ...', 'the regulator reprimanded a police force'), brought in as 'a police
    force' (`_introduced`): a fine or a regulator's
    penalty stated right after the words for a force and a form of be/have ('has been
    fined'), or a few words before them, no punctuation between. 'Forces could be fined'
    (a modal between) and 'an officer was fined' (a person) are not."""
    bodies = [
        a
        for a in sent.cues.get("roles.force_anaphor", [])
        if a.text.lower() in _FORCE_BODY_WORDS and _introduced(sent, a)
    ]
    if not bodies:
        return False
    doc = sent.span.doc
    penalties = [
        *fine_cues(sent),
        *(c for kind, c in actions_in(sent, require_regulator=False) if kind in _PENALTIES),
    ]
    for p in penalties:
        if sent.denied(p):
            continue
        for a in bodies:
            if a.end <= p.start:
                gap = doc[a.end : p.start]
                if len(gap) <= _PENALISED_GAP and all(t.lemma_ in {"be", "have"} for t in gap):
                    return True
            elif 0 <= a.start - p.end <= _PENALISED_REACH and not any(
                t.is_punct for t in doc[p.end : a.start]
            ):
                return True
    return False


def attack_on_police(sent: Sent) -> bool:
    """A cyber attack on the police's own systems ('Derbyshire Constabulary was the victim of
    a ransomware attack', 'hackers breached the network of Cumbria Constabulary', 'a cyber
    attack on the force'): a strong cyber-attack cue told as an act, in a sentence naming no
    other body, not even a supplier, with the police as its target -- a force or police word
    a few words after it with 'on', 'at', 'against', 'into' or 'of' between, or before it as
    the one that suffered it ('was the victim of', 'was hit by', cues.toml `undergo`,
    `attack_verbs`). The ICO treats such an attack as a breach of personal data even when
    the story names none; 'officers were among members affected by an attack on a gym chain'
    is the gym's."""
    if sent.has("roles.organisation") or sent.has("roles.supplier"):
        return False
    attacks = [
        c
        for c in asserted_types(sent, news_sources=False)
        if c.kb_id_ == "strong" and c.label_ == "cyber_attack" and sent.asserted(c)
    ]
    if not attacks:
        return False
    doc = sent.span.doc
    police = [
        *sent.forces,
        *sent.cues.get("roles.police_context", []),
        *sent.cues.get("roles.force_anaphor", []),
    ]
    sufferers = {
        t.i
        for label in ("relevance.undergo", "relevance.attack_verbs")
        for c in sent.cues.get(label, [])
        for t in c
    }
    for cue in attacks:
        for p in police:
            if 0 < p.start - cue.end <= _ATTACK_TARGET_REACH:
                gap = doc[cue.end : p.start]
                tried = ATTEMPT_WORDS | TRYING_WORDS  # "hackers trying to get into the force"
                if not any(t.is_punct or t.lower_ in tried for t in gap) and any(
                    t.lower_ in _TARGET_LINKS | {"of"} for t in gap
                ):
                    return True
            if 0 <= cue.start - p.end <= _SUFFERER_REACH:
                gap = doc[p.end : cue.start]
                if any(t.is_punct for t in gap):
                    continue
                if any(t.lower_ == "victim" or t.i in sufferers for t in gap):
                    return True
                if _own_systems_passive(gap) or _store_compound(sent, gap):
                    return True
    return _attackers_reached_holdings(sent, attacks)


_REACHED_HOLDING = 10  # "cyber criminals accessed the email accounts of several Kent Police"


def _attackers_reached_holdings(sent: Sent, attacks: list[Span]) -> bool:
    """Attackers reaching the force's own records ('cyber criminals accessed the email
    accounts of several Kent Police staff', 'hackers got into a Kent Police email inbox'):
    a holding named as the force's (`_police_holdings`) a few words after the attack cue,
    no punctuation between, with a verb of reaching or attacking ([relevance] `reached`,
    `attack_verbs`, cues.toml) or 'into' between."""
    doc = sent.span.doc
    verbs = {
        t.i
        for label in ("relevance.reached", "relevance.attack_verbs")
        for c in sent.cues.get(label, [])
        for t in c
    }
    for h in _police_holdings(sent):
        for cue in attacks:
            if not 0 < h.start - cue.end <= _REACHED_HOLDING:
                continue
            gap = doc[cue.end : h.start]
            if any(t.is_punct or t.lower_ in ATTEMPT_WORDS for t in gap):
                continue  # "hackers tried to break into ...": no act
            if any(t.i in verbs or t.lower_ == "into" for t in gap):
                return True
    return False


_ENTERED_PAST = {"broke", "got", "gained", "hacked", "stole"}


def store_entered(sent: Sent) -> bool:
    """Someone got into where the force keeps records, told as a past act ('hackers broke
    into Essex Police's computer network', 'an unknown person logged into a Kent Police email
    account', 'intruders accessed the internal network of Cumbria Constabulary'): a holding
    named as the force's (`_police_holdings`) with, before it in its clause, a verb of
    [relevance.grammar] `entry_verbs` in a past form (or one of `reached` or a cyber-attack
    cue), asserted and not denied. The force's own systems were reached: its breach."""
    holdings = _police_holdings(sent)
    if not holdings:
        return False
    doc = sent.span.doc
    entry = _words(sent, "entry_verbs")
    for h in holdings:
        lo, _ = clause_bounds(sent, h.start)
        for t in doc[lo : h.start]:
            if t.lower_ not in entry and t.lower_ not in _ENTERED_PAST:
                continue
            if not (t.lower_.endswith("ed") or t.lower_ in _ENTERED_PAST):
                continue  # "officers can access Kent Police systems": no act
            if any(u.lower_ in ATTEMPT_WORDS for u in doc[max(lo, t.i - 3) : t.i]):
                continue  # "had tried and failed to get into"
            verb = doc[t.i : t.i + 1]
            if sent.asserted(verb) and not sent.denied(verb):
                return True
    return False


def _store_compound(sent: Sent, gap: Span) -> bool:
    """Headline style: the police word, a record store and the attack with nothing else
    between ('Police email hacked', 'Force computer systems hacked')."""
    stores = _words(sent, "record_stores")
    words = stores | _words(sent, "record_store_words")
    return (
        0 < len(gap) <= 3
        and all(t.lower_ in words for t in gap)
        and any(t.lower_ in stores for t in gap)
    )


def _own_systems_passive(gap: Span) -> bool:
    """The police's own systems told as what the attack befell, in the passive ('Kent
    Police's computer systems were encrypted by criminals who demanded a ransom', 'the
    force's network was hit by hackers'): the gap from the police word to the attack opens on
    the possessive and holds a form of 'be'."""
    return len(gap) > 2 and gap[0].lower_ in _GUIDANCE_GAP and any(t.lower_ in _BE for t in gap)


_ATTACK_TARGET_REACH = 4  # "breached the network of Cumbria Constabulary"
_SUFFERER_REACH = 10  # "Derbyshire Constabulary has confirmed that it was the victim of a"


def links_force_to_breach(
    sent: Sent, primary: str, partners: list[str], roles: Roles, own_voice: bool = False
) -> bool:
    """The force (by name or as 'the force') in a sentence with a breach, data, regulator,
    fine or action cue. A force that only comments on another body's breach ('Greater
    Manchester Police said no offence had been committed') is never tied to it."""
    agents = [a for a in roles.at_fault(sent) if not _only_enforces(sent, a)]
    names_force = primary in agents or bool(set(agents) & set(partners))
    if not names_force and not (
        not agents
        and (
            refers_to_force(sent, own_voice)
            or _points_to_staff(sent, [primary, *partners])
            or _police_owned(sent)
            or _staff_doer(sent, [primary, *partners])
        )
    ):
        return False
    if _only_sends_advice(sent) or _officers_among_victims(sent, names_force):
        return False
    if _defends_practice(sent):
        return False  # "Kent Police has defended sharing victims' data with the Home Office"
    if _forces_only_speak(sent) and (
        _outsider_pronoun_deed(sent) or _other_bodys_person(sent) or _after_outsiders_deed(sent)
    ):
        return False  # "A nurse who ... was fined. Kent Police said she had accessed records"
    if (not names_force or _forces_only_speak(sent)) and _policed_by_police(sent):
        # "Officers are appealing for witnesses after a laptop was stolen"; "Kent Police said
        # officers had recovered the files": the force speaks, its officers police
        return False
    if _only_reports_anothers(sent) or _only_investigates_anothers(sent):
        return False
    if _deceiver_subject(sent) and not (
        sent.regulators or fine_cues(sent) or _force_owns_data(sent) or attack_on_police(sent)
    ):
        return False  # "Fraudsters set up a site like the Kent Police one to harvest details"
    if (outsiders_act(sent) or _outsiders_crime(sent) or _outsiders_fear(sent)) and not (
        sent.regulators or fine_cues(sent) or _force_owns_data(sent)
    ):
        return False  # "protesters posted the addresses of Kent Police officers online"
    types = asserted_types(sent, news_sources=False)
    if not names_force:
        # "the force" or "officers" with only a feared breach ("officers' addresses could be
        # in criminals' hands"): a worry about the police, not a breach of theirs
        types = [c for c in types if sent.asserted(c)]
    # the police investigating, in a sentence telling nothing gone wrong ("Staffordshire
    # Police said it had investigated"), police a crime; "the force is investigating how
    # its officer lost the laptop" still ties the force to its loss
    policing = not something_went_wrong(sent) and not sent.types
    actions = [
        (kind, cue)
        for kind, cue in actions_in(sent, require_regulator=False)
        if not (policing and kind == "investigation" and _police_investigate(sent, cue))
    ]
    return bool(
        data_breach_words(sent)
        or (sent.regulators and not _regulator_beside_body(sent))
        or types
        or fine_cues(sent)
        or actions
        or handed_on(sent)
        or others_data_given(sent)
        or told_about_people(sent)
        or identified_by_mistake(sent)
        or released_by_mistake(sent)
        or store_entered(sent)
        # "An email ... was sent to the wrong person. The force has apologised.": the force
        # called so, named by no word of the sentence, owning up to the breach before
        or ((names_force or (not agents and not sent.forces)) and _speaks_of_breach_before(sent))
    )


_PARTNER_REACH = 8  # "in touch with the hospital and with the Information Commissioner"


def _regulator_beside_body(sent: Sent) -> bool:
    """The police work with another body and the regulator together ('our team is in touch
    with the hospital and with the ICO'): every regulator comes after 'with', an organisation
    between, no punctuation but commas -- the police help look into that body's breach; the
    regulator is no sign of one of their own."""
    doc = sent.span.doc
    orgs = sent.cues.get("roles.organisation", [])
    for reg in sent.regulators:
        lo = max(sent.span.start, reg.start - _PARTNER_REACH)
        withs = [t.i for t in doc[lo : reg.start] if t.lower_ == "with"]
        if not withs:
            return False
        w = withs[0]
        if any(t.is_punct and t.text != "," for t in doc[w : reg.start]):
            return False
        if not any(w < o.start < reg.start for o in orgs):
            return False
    return True


# Words only a police officer goes by (of cues.toml `staff`, less "staff", "employee",
# "worker", which other bodies' people are too), and what may stand before one as a subject.
_OFFICER_WORDS = {
    "officer",
    "constable",
    "sergeant",
    "detective",
    "pcso",
    "policeman",
    "policewoman",
    "cop",
    "pc",
    "dc",
    "inspector",
}
_OFFICER_LEAD = {"police", "serving", "special"}


def _staff_doer(sent: Sent, forces: list[str]) -> bool:
    """An officer as the subject who did the act ('PC Thomas Baker, who was based in
    Gloucester, accessed police systems to view records', 'The detective looked up her
    neighbour'), on a page whose only forces are the story's: the officer is the force's,
    the act told as fact (a strong breach-type cue) its breach, though the sentence names no
    force. Not where the sentence names a force or another body, nor a person of another
    trade ('A council officer', 'An employee of the trust')."""
    if sent.forces or sent.has("roles.organisation"):
        return False
    doc = sent.span.doc
    if any(f.label_ not in forces for f in doc.spans.get("forces", [])):
        return False
    acts = [c for c in sent.types if c.kb_id_ == "strong" and sent.asserted(c)]
    if not acts:
        return False
    first_type = min(c.start for c in acts)
    if any(e.start < first_type for e in sent.cues.get("roles.enforcement", [])):
        return False  # "The officer arrested a man who had hacked ...": policing
    lead = _words(sent, "subject_lead") | _OFFICER_LEAD
    for c in sent.cues.get("relevance.staff", []):
        if c[-1].lower_ not in _OFFICER_WORDS or c.start - sent.span.start > 4:
            continue
        if all(t.lower_ in lead for t in doc[sent.span.start : c.start]):
            return c.end <= first_type
    return False


def _after_outsiders_deed(sent: Sent) -> bool:
    """The force speaks, telling nothing gone wrong of its own, right after a sentence whose
    doer is someone outside the police ('A nurse looked at patients' records without reason.
    Kent Police said it had received a report and inquiries were continuing.'): it speaks as
    the police of that person's deed. Not when the sentence names a breach, a regulator or a
    fine itself."""
    before = _sentence_before(sent)
    if before is None or before.forces or not _done_by_outsider(before):
        return False
    return not (sent.types or data_breach_words(sent) or sent.regulators or fine_cues(sent))


_PRONOUN_DEED_GAP = 3  # "she had accessed", "he had also viewed", "they later shared"
_INDEFINITE = {"a", "an"}


def _outsider_pronoun_deed(sent: Sent) -> bool:
    """A force that only speaks tells of what someone outside it did ('A nurse who looked at
    her ex-husband's records has been fined. Kent Police said she had accessed them 40
    times.'): every breach-type cue of the sentence has 'he', 'she' or 'they' at most a few
    words before it with no punctuation between, no police, staff or force word but the
    speaking force's name, and the sentence before introduces someone with 'A'/'An' and names
    no force, police or staff word at all -- the pronoun is that outsider ('A Kent Police
    officer ...' or 'Smith, 45, ...' before it is no such sentence)."""
    before = _sentence_before(sent)
    if before is None or not sent.types:
        return False
    first = next((t for t in before.span if not (t.is_space or t.is_punct)), None)
    if first is None or first.lower_ not in _INDEFINITE:
        return False
    kinds = ("roles.police_context", "roles.force_anaphor", "relevance.staff")
    if before.forces or any(before.has(k) for k in kinds):
        return False
    if any(
        c
        for k in kinds
        for c in sent.cues.get(k, [])
        if not any(f.start <= c.start < f.end for f in sent.forces)
    ):
        return False
    doc = sent.span.doc
    pronouns = _words(sent, "person_pronouns")
    for c in sent.types:
        lo = max(sent.span.start, c.start - _PRONOUN_DEED_GAP - 1)
        window = doc[lo : c.start]
        said = [t for t in window if t.lower_ in pronouns]
        if not said or any(t.is_punct for t in doc[said[-1].i : c.start]):
            return False
    return True


_BODY_PERSON_LEAD = 3  # "A hospital porter", "An NHS trust receptionist"


def _other_bodys_person(sent: Sent) -> bool:
    """The sentence opens with someone of another body as the doer, the force only speaking
    ('A hospital porter took pictures of patients' records and sent them to a friend, Kent
    Police said'): 'A'/'An', an organisation word (cues.toml [roles] `organisation`) among
    the next few words, and no force, police or staff word before the first breach-type cue."""
    first = next((t for t in sent.span if not (t.is_space or t.is_punct)), None)
    if first is None or first.lower_ not in _INDEFINITE or not sent.types:
        return False
    cue = min(sent.types, key=lambda c: c.start)
    lead = first.i + 1 + _BODY_PERSON_LEAD
    if not any(
        first.i < o.start < min(lead, cue.start) for o in sent.cues.get("roles.organisation", [])
    ):
        return False
    police = [
        *sent.forces,
        *sent.cues.get("roles.police_context", []),
        *sent.cues.get("roles.force_anaphor", []),
        *sent.cues.get("relevance.staff", []),
    ]
    return not any(p.start < cue.start for p in police)


def _defends_practice(sent: Sent) -> bool:
    """The police stand by what they do ('Thames Valley Police has defended sharing data
    about victims with immigration officials', 'The chief constable of Sussex Police defended
    the force's practice of ...'): a force, police or staff word, then at most a few words
    (no punctuation) to a verb of [relevance.grammar] `stance` -- a practice argued over, no
    breach -- in a sentence naming no regulator, fine, sanction or breach word ('defended
    its handling of the data breach', 'defended not sacking an officer who leaked ...')."""
    if sent.regulators or fine_cues(sent) or actions_in(sent, require_regulator=False):
        return False
    grammar = _relevance_data(data_dir_of(sent))["grammar"]
    stance, gap = set(grammar.get("stance", [])), int(grammar.get("stance_gap", 0))
    doc = sent.span.doc
    police = [
        *sent.forces,
        *sent.cues.get("roles.police_context", []),
        *sent.cues.get("roles.force_anaphor", []),
        *sent.cues.get("relevance.staff", []),
    ]
    if any(not sent.denied(c) for c in sent.cues.get("relevance.breach", [])):
        return False  # "defended its handling of the data breach", "... an officer who leaked"
    for tok in sent.span:
        if tok.lemma_.lower() not in stance:
            continue
        if any(
            0 <= tok.i - p.end <= gap and not any(t.is_punct for t in doc[p.end : tok.i])
            for p in police
        ):
            return True
    return False


def _deceiver_subject(sent: Sent) -> bool:
    """The sentence opens with fraudsters or scammers as its subject ([relevance]
    `deceivers`, only `subject_lead` words before them): what they take is the public's, the
    police named only as what they pose as or warn of them."""
    return any(_plain_subject(sent, c) for c in sent.cues.get("relevance.deceivers", []))


def _force_owns_data(sent: Sent) -> bool:
    """A force named as whose the data were ('records held by Gwent Police', 'files belonging
    to Kent Police', 'data relating to Essex Police': cues.toml [roles] `keeper`, `owned`
    right before its name): outsiders who took them took the force's data -- its breach, as
    a hack of its supplier is -- not someone else's the police only police."""
    doc = sent.span.doc
    links = [*sent.cues.get("roles.keeper", []), *sent.cues.get("roles.owned", [])]
    for m in sent.forces:
        pos = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ == "the" else m.start
        if any(k.end == pos for k in links):
            return True
    return bool(_police_holdings(sent))


_HOLDING_OF_REACH = 4  # "the email accounts of several Kent Police staff"


def _police_holdings(sent: Sent) -> list[Span]:
    """Where the police keep records, named as the force's ('Kent Police's computer files',
    'a Kent Police email inbox', 'the network of Cumbria Constabulary', 'the email accounts
    of several Essex Police staff'): a word of [relevance.grammar] `record_stores` right
    after the force's name or its possessive (words of `record_store_words` between), or before it
    with 'of' and a few words between, no punctuation. The force's records, whoever reached
    them."""
    doc = sent.span.doc
    stores = _words(sent, "record_stores")
    modifiers = _words(sent, "record_store_words")
    out: list[Span] = []
    for m in sent.forces:
        j = m.end
        if j < sent.span.end and doc[j].text in _POSSESSIVES:
            j += 1
        for t in doc[j : min(sent.span.end, j + 3)]:
            if t.lower_ in stores:
                out.append(doc[t.i : t.i + 1])
                break
            if t.lower_ not in modifiers:
                break  # "Kent Police officers accessed records": a verb between
        lo = max(sent.span.start, m.start - _HOLDING_OF_REACH - 2)
        gap = doc[lo : m.start]
        for k, t in enumerate(gap):
            if t.lower_ not in stores:
                continue
            links = [u.i for u in gap[k + 1 : k + 3] if u.lower_ == "of"]
            # only an article or a quantity between "of" and the name ("the network of
            # Cumbria Constabulary", "of several Kent Police staff"), not other owners ("the
            # data of gym members including Kent Police officers")
            if links and all(
                u.lower_ in _HOLDING_OF_FILLERS or u.like_num for u in doc[links[0] + 1 : m.start]
            ):
                out.append(doc[t.i : t.i + 1])
                break
    return out


_HOLDING_OF_FILLERS = {
    "the",
    "a",
    "an",
    "several",
    "some",
    "two",
    "three",
    "many",
    "dozens",
    "hundreds",
    "thousands",
    "all",
    "more",
    "than",
    "over",
    "of",
    "its",
    "staff",
    "officers",
    "at",
    "in",
    "within",
}


def _police_owned(sent: Sent) -> bool:
    """A bare police word right before the breach or the thing it befell, owning it as
    headlines tell it without an article ('Police email exposes witnesses' addresses',
    'Victims' details leaked in police data breach'): 'the police's email'. Not the subject
    of a verb ('Police investigate data breach at council'), nor part of a force's or another
    body's name."""
    owned = {
        c.start
        for c in [
            *sent.types,
            *sent.cues.get("relevance.data", []),
            *sent.cues.get("relevance.breach", []),
        ]
    }
    return any(p.end in owned for p in _bare_police(sent))


def _bare_police(sent: Sent) -> list[Span]:
    """The word 'police' on its own, no part of a force's or another body's name."""
    named = [*sent.forces, *sent.cues.get("roles.organisation", [])]
    return [
        p
        for p in sent.cues.get("roles.police_context", [])
        if p.text.lower() == "police"
        and not any(n.start < p.end and p.start < n.end for n in named)
    ]


_LAST_SPLIT: list = [None, []]  # the last document split here, and its sentences


def _remember_split(sents: list[Sent]) -> None:
    """Keep a document's sentences as its caller split them, so that `_sentence_before` need
    not split the document again: only a list whose every sentence stands at its own index
    (the whole split, or a head of it -- the first and last at their places, in order)."""
    if sents and sents[0].idx == 0 and sents[-1].idx == len(sents) - 1:
        doc = sents[0].span.doc
        if _LAST_SPLIT[0] is not doc or len(_LAST_SPLIT[1]) < len(sents):
            _LAST_SPLIT[0], _LAST_SPLIT[1] = doc, sents


def _sentence_before(sent: Sent) -> Sent | None:
    """The whole sentence before this one in its document (the rules here see one at a
    time): from the split a caller handed in (`_remember_split`) when it reaches this far,
    else the document split again here (and kept)."""
    if sent.idx == 0:
        return None
    doc = sent.span.doc
    if _LAST_SPLIT[0] is not doc or sent.idx > len(_LAST_SPLIT[1]):
        _LAST_SPLIT[0], _LAST_SPLIT[1] = doc, split_sentences(doc)
    sents = _LAST_SPLIT[1]
    return sents[sent.idx - 1] if sent.idx - 1 < len(sents) else None


def _done_by_outsider(sent: Sent) -> bool:
    """The sentence opens with a person outside the police as its subject ('A man posted a
    victim's address online', 'A woman sold the details', 'Protesters shared ...'): one of
    `confidants` ('man', 'woman', 'offender') or `outside_actors` with only `subject_lead`
    words before it."""
    return any(_plain_subject(sent, c) for c in _outsiders(sent))


def _outsiders(sent: Sent) -> list[Span]:
    """Person words of people outside the police (`confidants`, `outside_actors`), not one
    of the force's people ('a man' yes, 'a Kent Police officer' no)."""
    staff = {c.start for c in sent.cues.get("relevance.staff", [])}
    return [
        c
        for label in ("relevance.confidants", "relevance.outside_actors")
        for c in sent.cues.get(label, [])
        if c.start not in staff
    ]


_ARTICLES = {"a", "an", "the"}


def outsiders_act(sent: Sent) -> bool:
    """Someone outside the police handed on or exposed people's details, the force named only
    as whose people they were ('A man posted the home address of a Kent Police officer
    online', 'Protesters shared the names of Met officers', 'A man was jailed after he had
    published the details of Essex Police officers'): a handing or exposing verb whose
    subject -- the nearest person word before it in its clause -- is an outsider (`_outsiders`),
    or 'he', 'she' or 'they' in a sentence opening with one, and every force, police or staff
    word of the sentence after the verb."""
    doc = sent.span.doc
    pronouns = _words(sent, "person_pronouns")
    opener = _done_by_outsider(sent)
    police = [
        *sent.forces,
        *sent.cues.get("roles.police_context", []),
        *sent.cues.get("roles.force_anaphor", []),
        *[
            c  # "they" after "A man has been charged" is the man, not the force
            for c in sent.cues.get("roles.self_reference", [])
            if not (opener and c.text.lower() in pronouns)
        ],
        *sent.cues.get("relevance.staff", []),
    ]
    outside = {c.start for c in _outsiders(sent)}
    insiders = {p.start for p in police}
    # "Campaigners said the leak of victims' addresses by the force was a disgrace": an
    # outsider before a word of speech speaks of the act, the clause after it has its own doer
    speech = {t.i for c in sent.cues.get("roles.speech", []) for t in c}
    for v in [*sent.cues.get("relevance.handing", []), *sent.cues.get("relevance.exposure", [])]:
        if sent.denied(v) or not sent.asserted(v):
            continue
        if any(p.start < v.end for p in police):
            continue
        if v.start > sent.span.start and doc[v.start - 1].lower_ in _ARTICLES:
            continue  # "A woman received a copy of ...": a thing she was given, no deed of hers
        lead = {t.lower_ for t in doc[max(sent.span.start, v.start - 2) : v.start]}
        if lead & (_BE | {"being", "got"}):
            continue  # "a man's address was leaked by an officer": the man is its owner
        lo, _ = clause_bounds(sent, v.start)
        for j in range(v.start - 1, lo - 1, -1):
            if j in insiders or j in speech:
                break
            if j in outside or (doc[j].lower_ in pronouns and opener):
                return True
        else:
            # "A man who posted the addresses of officers": the relative clause's doer is the
            # person right before "who"
            if (
                lo - 2 >= sent.span.start
                and doc[lo - 1].lower_ in _RELATIVES
                and lo - 2 in {c.end - 1 for c in _outsiders(sent)}
            ):
                return True
    return False


def _outsiders_fear(sent: Sent) -> bool:
    """People outside the police foretelling a breach ('Campaigners said people would be
    filmed without consent', 'Civil liberties groups warned the drones could breach data
    protection law'): an outsider (`_outsiders`), before any force or police word, right
    before a word of speech or warning, and every breach, data or type cue after that word
    comes after a modal of what is not so ([passing] `unreal`: 'would', 'could') -- a fear about
    a plan, no breach that happened."""
    doc = sent.span.doc
    voices = [
        *sent.cues.get("roles.speech", []),
        *sent.cues.get("relevance.advice", []),
        *sent.cues.get("relevance.pretence", []),
    ]
    police = [*sent.forces, *sent.cues.get("roles.police_context", [])]
    first_police = min((p.start for p in police), default=sent.span.end)
    said = [
        v.end
        for o in _outsiders(sent)
        if o.end <= first_police
        for v in voices
        if 0 <= v.start - o.end <= _SPEAKER_GAP
        and not any(t.is_punct for t in doc[o.end : v.start])
    ]
    if not said:
        return False
    start = min(said)
    modals = [u.start for u in sent.cues.get("passing.unreal", []) if u.start >= start]
    cues = [
        *sent.cues.get("relevance.data", []),
        *sent.cues.get("relevance.breach", []),
        *(c for c in sent.types if c.kb_id_ not in {"objects", "weak"}),  # things, no act
    ]
    # a cue before the speech is the speaker's own name ("privacy groups said")
    cues = [c for c in cues if c.start >= start]
    return bool(cues) and all(any(m < c.start for m in modals) for c in cues)


def _outsiders_crime(sent: Sent) -> bool:
    """Every stated loss or theft of the sentence is the deed of someone outside the police
    (`_outsiders`) right before it, perhaps through a relative pronoun or auxiliaries
    ([relevance.grammar] `deed_gap`: 'commended for tracking down a gang that stole the
    identities of hundreds of people', 'a hacker had stolen customers' details'), with no
    force, police or staff word after it in its clause before the police act on it: the
    police catch the thief, the data are not theirs ('a man who stole a laptop from a Kent
    Police officer's car' is no such sentence)."""
    outside = {c.end for c in _outsiders(sent)}
    cues = [c for c in sent.cues.get("relevance.breach", []) if not sent.denied(c)]
    if not outside or not cues:
        return False
    doc = sent.span.doc
    gap = _words(sent, "deed_gap") | _words(sent, "past_markers")
    police = {
        t.i
        for c in [
            *sent.forces,
            *sent.cues.get("roles.police_context", []),
            *sent.cues.get("roles.force_anaphor", []),
            *sent.cues.get("relevance.staff", []),
        ]
        for t in c
    }
    stops = {
        c.start
        for c in [*sent.cues.get("roles.enforcement", []), *sent.cues.get("relevance.inquiry", [])]
    }
    for c in cues:
        j = c.start
        while j > sent.span.start and doc[j - 1].lower_ in gap:
            j -= 1
        if j not in outside or any(t.lower_ in _BE for t in doc[j : c.start]):
            # "details of members of the public were disclosed": whose data, in the
            # passive, not the doer
            return False
        _, hi = clause_bounds(sent, c.start)
        for k in range(c.end, hi):
            if k in stops:
                break
            if k in police:
                return False
    return True


def _speaks_of_person(sent: Sent) -> bool:
    """The sentence opens with the force speaking of 'he', 'she' or 'they' ('Kent Police said
    he had ...', 'The force said that she ...'): the force's name, a word of speech, perhaps
    'that', then the pronoun -- told of as if the pronoun opened the sentence."""
    if not _forces_only_speak(sent):
        return False
    grammar = _relevance_data(data_dir_of(sent))["grammar"]
    pronouns = set(grammar["person_pronouns"])
    lead = {"the", "a", "spokesperson", "spokesman", "spokeswoman"}
    doc = sent.span.doc
    f = min(sent.forces, key=lambda m: m.start)
    if any(t.lower_ not in lead for t in doc[sent.span.start : f.start]):
        return False
    for v in sent.cues.get("roles.speech", []):
        if not 0 <= v.start - f.end <= _SPEAKER_GAP:
            continue
        j = v.end
        if j < sent.span.end and doc[j].lower_ == "that":
            j += 1
        return j < sent.span.end and doc[j].lower_ in pronouns
    return False


def _reported_pronoun(sent: Sent, pronouns: set[str]) -> bool:
    """The sentence opens with a reporting frame that names no force, then 'that' and 'he',
    'she' or 'they' ('A misconduct panel found that he had looked up ...', 'The hearing was
    told that she ...'; also past a time phrase: 'found that in 2019 he ...'): the frame says
    who found it, the pronoun who did it, as if the pronoun opened the sentence."""
    if sent.forces:
        return False
    doc = sent.span.doc
    start = _after_report_frame(sent, sent.span.start, sent.span.end)
    if not sent.span.start < start < sent.span.end:
        return False
    start = _past_time_opener(sent, start)
    return start < sent.span.end and doc[start].lower_ in pronouns


def _past_time_opener(sent: Sent, start: int) -> int:
    """Where a clause's own words begin past a date opening it at `start` ('In 2014 he passed
    ...', 'between 2012 and 2016, she looked up ...', 'in the summer of 2020 he ...'): a word
    of time (cues.toml [dates] `time_anchors`) or none, one of the sentence's dates starting
    right there, and a comma at most; `start` when no date opens the clause. A timeline tells
    the officer's deeds so, the pronoun still the clause's subject."""
    doc = sent.span.doc
    at = start
    if at < sent.span.end and doc[at].lower_ in _time_anchors(data_dir_of(sent)):
        at += 1
    date = next((d for d in sent.dates if d.start in (at, start)), None)
    if date is None:
        return start
    at = date.end
    # "in 2014 and 2015 he ...": dates joined as one time
    while at + 1 < sent.span.end and doc[at].lower_ in _DATE_JOINERS:
        nxt = next((d for d in sent.dates if d.start == at + 1), None)
        if nxt is None:
            break
        at = nxt.end
    return at + 1 if at < sent.span.end and doc[at].text == "," else at


_DATE_JOINERS = {"and", "or", "to"}


@cache
def _time_anchors(data_dir: str | None) -> frozenset[str]:
    return frozenset(load_toml("cues.toml", data_dir)["dates"]["time_anchors"])


def _points_to_staff(sent: Sent, forces: list[str]) -> bool:
    """A sentence opening with 'he', 'she' or 'they' right after one whose subject is one of
    the force's people ('A Kent Police constable has been sacked. She had searched police
    systems for ...', 'A detective from Essex Police was dismissed. He looked up ...'): the
    pronoun is that person, the act the force's. The person is the subject when a staff word
    (cues.toml `staff`) comes a few words from the force's name, before any verb, near the
    start of that sentence, which names no other force or body. 'Kent Police said he had
    ...' (`_speaks_of_person`) opens with the pronoun as well."""
    grammar = _relevance_data(data_dir_of(sent))["grammar"]
    first = sent.span[0] if len(sent.span) else None
    if first is None:
        return False
    first = sent.span.doc[min(_past_time_opener(sent, first.i), sent.span.end - 1)]
    pronouns = set(grammar["person_pronouns"])
    if not (
        first.lower_ in pronouns or _speaks_of_person(sent) or _reported_pronoun(sent, pronouns)
    ):
        return False
    if sent.has("roles.enforcement") or sent.has("roles.organisation"):
        return False  # "They had arrested a man who stole data from a bank": policing
    before = _sentence_before(sent)
    if before is None or not before.forces or before.has("roles.organisation"):
        return False
    if any(m.label_ not in forces for m in before.forces):
        return False
    reach = int(grammar["staff_subject_reach"])
    finite = set(grammar["past_markers"]) | set(grammar["present_markers"])
    doc = before.span.doc
    head = before.span.start + 2 * reach  # "A former West Midlands Police constable"
    for c in before.cues.get("relevance.staff", []):
        if c.start > head:
            continue
        if c.start - before.span.start < reach and _plain_subject(before, c):
            return True  # "The PC, who worked for Dorset Police, was sacked."
        for m in before.forces:
            lo, hi = min(c.end, m.end), max(c.start, m.start)
            gap = doc[lo:hi]
            if hi - lo > reach or any(t.is_punct or t.lower_ in finite for t in gap):
                continue
            return True
    return False


_VICTIM_REACH = 2  # "sexual offence victims", "victims of crime"


def _crime_told(sent: Sent) -> bool:
    """A crime word that names a crime, not whose victims the police hold details of ('sexual
    offence victims', 'victims of crime'; one of `handed_people` a couple of words away)."""
    people = sent.cues.get("relevance.handed_people", [])
    return any(
        not any(
            0 <= p.start - c.end <= _VICTIM_REACH or 0 <= c.start - p.end <= _VICTIM_REACH
            for p in people
        )
        for c in sent.cues.get("relevance.crime", [])
    )


def _plain_subject(sent: Sent, person: Span) -> bool:
    """The person word opens the sentence as its subject: only words of [relevance.grammar]
    `subject_lead` before it ('The PC', 'A former detective', 'A man')."""
    lead = _words(sent, "subject_lead")
    return all(t.lower_ in lead for t in sent.span.doc[sent.span.start : person.start])


def _speaks_of_breach_before(sent: Sent) -> bool:
    """The force speaking right after a sentence that tells a data breach naming no one
    ('A spreadsheet of victims' names was emailed to the wrong person. A Kent Police
    spokesperson said an internal investigation had begun.'): no other force, organisation
    or crime is named there, so the breach it speaks of is its own -- unless it speaks as
    the police ('it was investigating', 'a man has been arrested', 'urged people to ...')."""
    doc = sent.span.doc
    # the force apologising or owning up is speaking of it too ("Victims' details emailed to
    # wrong person. Thames Valley Police has apologised.")
    speech = [
        v
        for v in [*sent.cues.get("roles.speech", []), *sent.cues.get("relevance.undergo", [])]
        if not sent.denied(v)
    ]
    before = _sentence_before(sent)
    if before is None or before.forces or _crime_told(sent) or _crime_told(before):
        return False
    # A breach told as a mistake ("was sent to a journalist by mistake", "were accidentally
    # emailed") is no crime the police look into: the force investigating how it happened
    # ("Surrey Police said it was investigating how it happened", "Essex Police has launched
    # an internal review") looks into its own error, and so speaks of it.
    mistake = _told_as_mistake(before)
    if mistake:
        speech = [*speech, *sent.cues.get("actions.investigation", [])]
    if not any(
        (
            0 <= v.start - m.end <= (_INQUIRER_GAP if mistake else _SPEAKER_GAP)
            and not any(t.is_punct for t in doc[m.end : v.start])
        )
        or (
            0 <= m.start - v.end <= _SPEAKER_GAP
            and not any(t.is_punct for t in doc[v.end : m.start])
        )
        for m in _speakers(sent)
        for v in speech
    ):
        return False  # the force is the speaker ("Kent Police said", "said a Kent Police
        # spokesman"), not one named in what someone else said
    inquiries = [] if mistake else sent.cues.get("actions.investigation", [])
    own_inquiry = sent.cues.get("actions.investigation", []) if not inquiries else []
    enforcing = [
        c
        for c in sent.cues.get("roles.enforcement", [])
        if not any(q.start < c.end and c.start < q.end for q in own_inquiry)
    ]
    if sent.has("roles.organisation") or enforcing:
        return False
    if any(not _warned_person(sent, c) for c in sent.cues.get("relevance.advice", [])):
        return False
    if any(_police_investigate(sent, c) for c in inquiries):
        return False
    if any(before.has(k) for k in ("roles.organisation", "roles.other_force")):
        return False
    if _done_by_outsider(before) or _policed_by_police(before) or _other_owns_up(before):
        return False
    return (
        personal_data_breach(before, news_sources=False)
        or lost_records(before)
        or (something_went_wrong(before) and data_breach_words(before))
    )


def _speakers(sent: Sent) -> list[Span]:
    """The force's mentions in the sentence, by name; with none, 'the force' itself ('The
    force said it had apologised'), not another body's word ('the Police and Crime
    Commissioner')."""
    if sent.forces:
        return list(sent.forces)
    orgs = sent.cues.get("roles.organisation", [])
    return [
        a
        for a in sent.cues.get("roles.force_anaphor", [])
        if not any(o.start < a.end and a.start < o.end for o in orgs)
    ]


_OWNER_SUBJECT_MOST = 4  # "A football club has", "The private clinic has"
_OWNING_UP = ("apolog", "admit", "own")  # of [relevance] `undergo`: owning up, not suffering


def _other_owns_up(sent: Sent) -> bool:
    """The sentence's own subject, no police, owns up to the breach it tells ('A football club
    has apologised after fans' addresses were leaked', 'A dental practice admitted that
    records were lost'): a word of [relevance] `undergo` ('apologise', 'admit', 'suffer') at
    most a few words from the start, before any breach cue, with no police, force, staff or
    pronoun word before it -- a body the cue lists do not know is still not the police."""
    doc = sent.span.doc
    verbs = [
        c
        for c in sent.cues.get("relevance.undergo", [])
        if not sent.denied(c) and c[0].norm_.startswith(_OWNING_UP)
    ]
    if not verbs:
        return False  # "Victims have suffered after ...": the people hurt, not the holder
    v = min(verbs, key=lambda c: c.start)
    if not 1 < v.start - sent.span.start <= _OWNER_SUBJECT_MOST + 1:
        return False
    police = [
        *sent.forces,
        *sent.cues.get("roles.police_context", []),
        *sent.cues.get("roles.force_anaphor", []),
        *sent.cues.get("roles.self_reference", []),
        *sent.cues.get("relevance.staff", []),
        *sent.cues.get("relevance.handed_people", []),  # "a victim admitted ...": no holder
    ]
    if any(p.start < v.start for p in police):
        return False
    if any(c.start < v.start for c in [*sent.types, *sent.cues.get("relevance.breach", [])]):
        return False
    pronouns = _words(sent, "person_pronouns") | {"it", "we", "i"}
    return not any(t.lower_ in pronouns for t in doc[sent.span.start : v.start])


_SPEAKER_GAP = 1  # "Kent Police said", "the force has said", "said Kent Police"
_INQUIRER_GAP = 4  # "Essex Police has launched an internal review"


def _told_as_mistake(sent: Sent) -> bool:
    """The sentence tells what happened as a mistake: a word of [relevance] `mistaken`
    ('by mistake', 'in error', 'accidentally') not denied ('it was not sent by mistake')."""
    return any(not sent.denied(c) for c in sent.cues.get("relevance.mistaken", []))


def _policed_by_police(sent: Sent) -> bool:
    """The police act on the breach as police ('Police are appealing for witnesses after a
    laptop was stolen from a dental practice', 'Officers arrested a man after ...'): every
    bare police word, 'officers' or staff word of the sentence is, a few words before it, the
    active subject of an enforcement word (cues.toml [roles] `enforcement`) other than an
    investigation -- the loss is a crime they police, not theirs ('An officer has been
    arrested after leaking ...' is no such sentence: the officer is its object)."""
    doc = sent.span.doc
    inquiries = sent.cues.get("actions.investigation", [])
    acts = [
        c
        for c in sent.cues.get("roles.enforcement", [])
        if not any(q.start < c.end and c.start < q.end for q in inquiries)
    ]
    police = [
        *_bare_police(sent),
        *sent.cues.get("roles.force_anaphor", []),
        *sent.cues.get("relevance.staff", []),
    ]
    if not acts or not police:
        return False
    for p in police:
        if not any(
            0 <= c.start - p.end <= _SUBJECT_GAP
            and not any(t.is_punct for t in doc[p.end : c.start])
            and not (
                any(t.lower_.endswith("ed") for t in c)
                and any(t.lower_ in _BE | {"being", "got"} for t in doc[p.end : c.end])
            )
            for c in acts
        ):
            return False
    return True


def _forces_only_speak(sent: Sent) -> bool:
    """Every force the sentence names is a speaker, right before or after a word of speech
    (cues.toml [roles] `speech`: 'Kent Police said ...', '..., said Essex Police')."""
    doc = sent.span.doc
    speech = [v for v in sent.cues.get("roles.speech", []) if not sent.denied(v)]
    if not sent.forces or not speech:
        return False
    return all(
        any(
            0 <= v.start - f.end <= _SPEAKER_GAP
            or 0 <= f.start - v.end <= _SPEAKER_GAP
            and not any(t.is_punct for t in doc[v.end : f.start])
            for v in speech
        )
        for f in sent.forces
    )


def _only_reports_anothers(sent: Sent) -> bool:
    """The police only tell of a breach of someone else's ('Criminals use details stolen in
    data breaches at banks, officers said', 'Customers' details were stolen in a breach at a
    retailer, Kent Police said'): every force, police word and self-reference in the
    sentence is the speaker -- right before or after a word of speech (cues.toml [roles]
    `speech`) -- none of the force's people is told of otherwise, and the breach is placed
    at another body or is the crime of someone outside the police charged with it: the
    police comment, the loss is not theirs."""
    doc = sent.span.doc
    police = [
        *sent.forces,
        *sent.cues.get("roles.police_context", []),
        *sent.cues.get("roles.force_anaphor", []),
        *sent.cues.get("roles.self_reference", []),
        *sent.cues.get("relevance.staff", []),
    ]
    speech = [v for v in sent.cues.get("roles.speech", []) if not sent.denied(v)]
    if not police or not speech:
        return False
    for p in police:
        spoke = any(
            0 <= v.start - p.end <= _SPEAKER_GAP
            or 0 <= p.start - v.end <= _SPEAKER_GAP
            and not any(t.is_punct for t in doc[v.end : p.start])
            for v in speech
        )
        if not spoke:
            return False
    return _placed_elsewhere(sent) or _outsider_charged(sent)


def _outsider_charged(sent: Sent) -> bool:
    """The sentence opens with someone outside the police as the one charged, arrested or
    jailed ('A man has been charged with stealing customer data, Kent Police said'): the
    theft told of is that person's crime, which the police only report."""
    return _done_by_outsider(sent) and sent.has("roles.enforcement")


def _only_investigates_anothers(sent: Sent) -> bool:
    """The police only investigate a breach placed at another body ('Police Scotland has
    launched an investigation after patient records were leaked from a hospital', 'officers
    are investigating a data breach at a software firm'): every force and police word of the
    sentence is the subject of an investigation word (`_police_investigate`), and the breach
    is placed at another kind of body."""
    police = [
        *sent.forces,
        *sent.cues.get("roles.police_context", []),
        *sent.cues.get("roles.force_anaphor", []),
    ]
    inquiries = sent.cues.get("actions.investigation", [])
    if not police or not inquiries:
        return False
    doc = sent.span.doc
    for p in police:
        if not any(
            0 <= c.start - p.end <= _SUBJECT_GAP
            and not any(t.is_punct for t in doc[p.end : c.start])
            and _police_investigate(sent, c)
            for c in inquiries
        ):
            return False
    return _placed_elsewhere(sent) or _crimes_investigated(sent, inquiries)


_CRIME_OBJECT_REACH = 3  # "investigating suspected fraud", "inquiring into alleged offences"


def _crimes_investigated(sent: Sent, inquiries: list[Span]) -> bool:
    """What the police investigate is a crime ('detectives were investigating suspected
    fraud', 'inquiring into alleged offences under the Act'): a crime word (cues.toml
    [relevance] `crime`) a few words after an investigation word, no punctuation between --
    an Act named is the law a suspect broke, not a breach of the force's."""
    doc = sent.span.doc
    return any(
        0 <= k.start - c.end <= _CRIME_OBJECT_REACH
        and not any(t.is_punct for t in doc[c.end : k.start])
        for c in inquiries
        for k in sent.cues.get("relevance.crime", [])
    )


def investigates_anothers_breach(
    sents: list[Sent], tied: list[Sent], force: str, roles: Roles
) -> bool:
    """The force is tied to the breach only as the police on the case ('Police arrested a
    teenager over a cyber attack on a broadband provider', 'we are working with the cyber
    crime team at Leicestershire Police'), and the page says whose data it was -- another
    body's (its customers, patients or pupils, a body's own servers, records belonging to
    it): every sentence tying the force (`tied`) has the police at work on an outsider
    (`_policing`) and no mishandling of its own, and no sentence tells the force's own data
    taken, its own breach, an attack on it, an action on it, or a deed of its own people."""
    if not tied or not all(_policing(s) and not _police_mishandling(s) for s in tied):
        return False
    if not any(tells_bodys_holding(s) or _placed_elsewhere(s) for s in sents):
        return False
    return not any(
        roles.targets(s)
        or police_data_taken(s)
        or names_its_breach(s, force)
        or attack_on_police(s)
        or _force_owns_data(s)
        or _own_peoples_deed(s)
        or _unplaced_mishandling(s)
        for s in sents
    )


_POLICING_CUES = ("actions.investigation", "roles.enforcement", "relevance.inquiry")


# What outsiders do to a body's data: an attack, a break-in, a theft.
_OUTSIDERS_DEEDS = {
    "cyber_attack",
    "unauthorised_access",
    "_loss",
    "loss_or_theft_of_device",
    "loss_or_theft_of_paperwork",
}


def _police_mishandling(sent: Sent) -> bool:
    """A strong cue of data mishandled, no outsider's deed ('launched an investigation after
    it emailed the addresses of 200 people to the wrong person'): the force investigates its
    own slip."""
    return any(
        c.kb_id_ == "strong" and c.label_ not in _OUTSIDERS_DEEDS
        for c in asserted_types(sent, news_sources=False)
    )


def _unplaced_mishandling(sent: Sent) -> bool:
    """A strong cue of a mishandling (no outsider's deed) in a sentence that places it at no
    other body and no outsider's deed ('the names of 40 people were emailed to a member of
    the public by mistake'): on a police page, the slip is the force's, whoever then
    investigates it."""
    if sent.has("roles.organisation") or _placed_elsewhere(sent) or tells_bodys_holding(sent):
        return False
    told = asserted_types(sent, news_sources=False)
    if any(c.label_ in _OUTSIDERS_DEEDS for c in told):
        return False  # "patient data stolen and published online": the thieves' deed
    return any(c.kb_id_ == "strong" for c in told)


_OWN_DOER_GAP = 6  # "a detective", "the sergeant who works for"
_PEOPLE_ONLY_POLICE = {"officer", "officers", "detective", "constable", "sergeant", "pcso"}


def _own_peoples_deed(sent: Sent) -> bool:
    """A breach cue whose doer is the force's own people ('left on a bus by a detective',
    'whose officer sent the email', 'a sergeant sold the details'): a police-only word
    (officer, detective ...) or, in a sentence naming the police, any staff word, right
    before the cue or after 'by' right after it -- not their data ('officers' names')."""
    people = [
        *sent.cues.get("roles.own_people", []),
        *sent.cues.get("roles.force_anaphor", []),
    ]
    if not people:
        return False
    doc = sent.span.doc
    police_named = refers_to_force(sent)
    doers = [
        p
        for p in people
        if (police_named or doc[p.end - 1].lower_ in _PEOPLE_ONLY_POLICE)
        and not (p.end < len(doc) and doc[p.end].text in {"'", "’", "'s", "’s"})
    ]
    for c in asserted_types(sent, news_sources=False):
        for p in doers:
            before = 0 <= c.start - p.end <= _OWN_DOER_GAP and not any(
                t.is_punct or t.lower_ in _CLAUSE_BREAKS for t in doc[p.end : c.start]
            )
            by = (
                0 <= p.start - c.end <= _OWN_DOER_GAP
                and any(t.lower_ == "by" for t in doc[c.end : p.start])
                and not any(t.is_punct for t in doc[c.end : p.start])
            )
            if before or by:
                return True
    return False


_CLAUSE_BREAKS = {"and", "after", "when", "while", "but", "said", "says", "told", "arrested"}
_BE_FORMS = _BE | {"being"}
_UNDERGO_GAP = 10  # "a civilian worker at Cheshire Constabulary has been arrested"


def _policing(sent: Sent) -> bool:
    """The sentence tells the police at work on an outsider's case: an investigation,
    enforcement or inquiry word that no person of the force undergoes ('a worker at the
    force has been arrested', 'the sergeant, who works for the force, was arrested'), or a
    body working with the police (cues.toml [relevance] `police_partner`, the police after
    'with'; not 'the force said it was working with the ICO')."""
    cues = [c for label in _POLICING_CUES for c in sent.cues.get(label, [])]
    if cues and not _own_people_undergo(sent, cues):
        return True
    return any(_with_police(sent, c) for c in sent.cues.get("relevance.police_partner", []))


def _own_people_undergo(sent: Sent, cues: list[Span]) -> bool:
    """One of the force's people before a passive policing word ('the sergeant had been
    arrested', 'a worker at the force has been arrested', 'an employee who works for the
    force was arrested'; a staff word only with the police named beside it, not 'a former
    employee of the firm was arrested'): the force polices its own."""
    doc = sent.span.doc
    people = sent.cues.get("roles.own_people", [])
    for c in cues:
        verb = next((t for t in c if t.lower_ not in _BE_FORMS), c[-1])
        passive = (
            verb.i > 0
            and doc[verb.i - 1].lower_ in _BE_FORMS
            and not verb.lower_.endswith("ing")  # "detectives are investigating": active
        )
        if not passive:
            continue
        for p in people:
            gap = doc[p.end : c.start]
            near = 0 <= c.start - p.end <= _UNDERGO_GAP and not any(
                t.lower_ in _CLAUSE_BREAKS or t.text == ";" for t in gap
            )
            lead = max(sent.span.start, p.start - 2)
            if near and (
                doc[p.end - 1].lower_ in _PEOPLE_ONLY_POLICE or _police_near(doc, lead, c.start)
            ):
                return True
    return False


_POLICE_WORDS = frozenset({"police", "constabulary", "force"})


def _police_at(doc: Doc, k: int) -> bool:
    """doc[k] is a police word or inside a force's name."""
    return doc[k].lower_ in _POLICE_WORDS or any(
        f.start <= k < f.end for f in doc.spans.get("forces", [])
    )


def _police_near(doc: Doc, start: int, end: int) -> bool:
    """A police word or a force named in doc[start:end] ('a worker at Cheshire
    Constabulary', 'who works for the force', 'a police employee'): a staff word there is
    the force's, not a firm's."""
    return any(_police_at(doc, k) for k in range(start, end))


_PARTNER_REACH = 8  # "working with the cyber crime team at Essex Police"


def _with_police(sent: Sent, partner: Span) -> bool:
    """The police are who the body works with: a police word or a force named within a few
    words after the partner phrase, no punctuation between."""
    doc = sent.span.doc
    end = min(sent.span.end, partner.end + _PARTNER_REACH)
    for k in range(partner.end, end):
        if doc[k].is_punct:
            return False
        if _police_at(doc, k):
            return True
    return False


def _placed_elsewhere(sent: Sent) -> bool:
    """A breach word placed at another kind of body ('a data breach at a bank', 'details
    leaked by a retailer'; tallies.toml `topic` and `elsewhere`). Not a crime word, as in
    tallies.others_loss: 'victims of crime' are whose data the police lose."""
    with reading_data(data_dir_of(sent)):
        v = vocab()
        lowered = sent.text.lower()
        if any(v.elsewhere.match(lowered, m.end()) for m in v.topic.finditer(lowered)):
            return True
    return _owned_by_other_body(sent)


_BODY_DATA_REACH = 3  # "a housing association's tenant records", "the council's personal data"


def _owned_by_other_body(sent: Sent) -> bool:
    """Data or a breach owned by another kind of body in the possessive ('a housing
    association's tenant records were stolen', "a retailer's data breach"): an organisation
    (cues.toml [roles] `organisation`), then 's, then at most a few words to a data, personal
    data or breach word, no punctuation between."""
    doc = sent.span.doc
    data = [
        *sent.cues.get("relevance.data", []),
        *sent.cues.get("relevance.personal", []),
        *sent.cues.get("relevance.breach", []),
    ]
    for org in sent.cues.get("roles.organisation", []):
        if org.end >= sent.span.end or doc[org.end].text not in _POSSESSIVES:
            continue
        for d in data:
            gap = doc[org.end + 1 : d.start]
            if 0 <= d.start - org.end - 1 <= _BODY_DATA_REACH and not any(t.is_punct for t in gap):
                return True
    return _taken_from_body(sent, data)


_FROM_BODY_REACH = 3  # "appointment records from two hospitals", "files from a council"


def _taken_from_body(sent: Sent, data: list[Span]) -> bool:
    """Data said to come from another kind of body ('appointment records from two city
    hospitals turned up online', 'pupils' files from a school'): a data word, 'from' right
    after it, and an organisation a few words on, no punctuation between."""
    doc = sent.span.doc
    orgs = sent.cues.get("roles.organisation", [])
    for d in data:
        if d.end >= sent.span.end or doc[d.end].lower_ != "from":
            continue
        for org in orgs:
            gap = doc[d.end : org.start]
            if 0 < org.start - d.end <= _FROM_BODY_REACH + 1 and not any(t.is_punct for t in gap):
                return True
    return False


_SUBJECT_GAP = 3  # "Kent Police said it had investigated", "officers are investigating"


def _police_investigate(sent: Sent, cue: Span) -> bool:
    """The police as the ones who investigate ('Staffordshire Police said it had
    investigated', 'officers are investigating'): policing a crime, no action on the force --
    a force, police word or the force's self-reference ('it', 'we') at most a few words
    before the investigation word, no punctuation between, and not its object ('the officer
    is under investigation', 'was investigated')."""
    doc = sent.span.doc
    subjects = [
        *sent.forces,
        *sent.cues.get("roles.police_context", []),
        *sent.cues.get("roles.force_anaphor", []),
        *sent.cues.get("roles.self_reference", []),
    ]
    passive = cue[0].lower_.endswith("ed")
    for p in subjects:
        if not 0 <= cue.start - p.end <= _SUBJECT_GAP:
            continue
        between = doc[p.end : cue.start]
        if any(t.is_punct for t in between):
            continue
        words = {t.lower_ for t in between}
        if "under" in words or (passive and words & (_BE | {"being"})):
            continue  # "an officer is under investigation", "was investigated": the object
        return True
    return False


def _only_enforces(sent: Sent, force: str) -> bool:
    """The force named only as the agent of policing ('a laptop stolen from a nurse's car has
    been recovered by Kent Police', 'a man was arrested by Essex Police'): every mention of it
    right after 'by' (and 'the'), with an enforcement word (cues.toml [roles] `enforcement`)
    or an inquiry noun ([relevance] `inquiry`: 'jailed after an investigation by Essex
    Police') right before -- the passive of 'Kent Police recovered ...'."""
    doc = sent.span.doc
    enforcing = [*sent.cues.get("roles.enforcement", []), *sent.cues.get("relevance.inquiry", [])]
    mentions = [m for m in sent.forces if m.label_ == force]
    if not mentions:
        return False
    for m in mentions:
        j = m.start - 1
        if j >= 0 and doc[j].lower_ == "the":
            j -= 1
        if j < 0 or doc[j].lower_ != "by" or not any(c.end == j for c in enforcing):
            return False
    return True


def _officers_among_victims(sent: Sent, named: bool = False) -> bool:
    """Officers counted among another body's customers or members ('serving officers are
    among thousands of shoppers whose details were stolen'): the police word is a victim of
    the breach, not the force at fault. With a force `named` as at fault, only its own
    officers so counted ('200 Kent Police officers were among the gym's members') make it
    a victim: every force in the sentence then names its people among them."""
    doc = sent.span.doc
    among = [
        c
        for c in sent.cues.get("relevance.staff", [])
        if any(t.lower_ == "among" for t in doc[c.end : c.end + 2])
    ]
    if not named or not among:
        return bool(among)
    return all(
        any(c.start - m.end in (0, 1) for c in among)  # "Kent Police('s) officers"
        for m in sent.forces
    )


_ERRED_REACH = 10  # "an appeal posted on Facebook for help finding a burglar accidentally"
_NOT_THE_ADVICE_ERRING = {
    "who", "which", "that", "to", "whose", "if", "when", "not", "after", "as", "because",
    "while", "since", "but", "and", "or", "before", "where",
}  # fmt: skip
_NOUN_LEADS = {"a", "an", "the", "its", "their", "this", "his", "her", "our"}


def _advice_erred(sent: Sent) -> bool:
    """The appeal or warning itself went wrong ('an appeal for information accidentally
    identified a victim', 'a warning issued by the force mistakenly named a witness'): a
    mistake word (`mistaken`), stated, at most a few words after an advice word with no
    punctuation, relative word or 'to' between -- the advice the subject of the mistake, not
    advice about people's own mistakes ('advised victims who accidentally paid fraudsters')."""
    doc = sent.span.doc
    mistakes = [m for m in sent.cues.get("relevance.mistaken", []) if not sent.denied(m)]
    for a in sent.cues.get("relevance.advice", []):
        # the advice named as a thing ('an appeal', 'a police appeal', 'its warning'), not
        # the act of advising ('Kent Police warned residents after ...')
        lead = [t.lower_ for t in doc[max(sent.span.start, a.start - 3) : a.start]]
        if not any(w in _NOUN_LEADS for w in lead):
            continue
        for m in mistakes:
            gap = doc[a.end : m.start]
            if not 0 <= m.start - a.end <= _ERRED_REACH:
                continue
            if any(t.is_punct or t.lower_ in _NOT_THE_ADVICE_ERRING for t in gap):
                continue
            return True
    return False


def _only_sends_advice(sent: Sent) -> bool:
    """The force only passes on advice ('Kent Police has emailed officers with guidance',
    'forces have written to staff with advice'): an advice word, and the sentence's only
    breach cues are weak ones, such as the medium the advice went by -- no data or breach
    word, regulator, fine, action or strong cue of its own."""
    if not any(not _warned_person(sent, c) for c in sent.cues.get("relevance.advice", [])):
        return False
    if _advice_erred(sent):
        return False
    if data_breach_words(sent) or sent.regulators or fine_cues(sent):
        return False
    if actions_in(sent, require_regulator=False):
        return False
    return all(c.kb_id_ in {"weak", "email_media"} for c in asserted_types(sent))


_FURNITURE_WORDS = 8  # "Skip to main content", "Wednesday, May 06, 2009", "News"
_FURNITURE_LINES = 4  # at most this many lines of a page's top before its headline
_SEPARATORS = {"|", "›", "»", ">", "/"}


def _furniture(sent: Sent) -> bool:
    """A line of a web page's top that is no headline ('Skip to main content', 'Home | News |
    Appeals', a date line): it names no force, police word, organisation or regulator, and
    is either a breadcrumb trail (parts split by '|', '›' or '/') or a few words with no cue
    of a breach, data or advice."""
    if sent.forces or sent.regulators:
        return False
    if any(sent.has(f"roles.{k}") for k in ("police_context", "force_anaphor", "organisation")):
        return False
    if sum(t.text in _SEPARATORS for t in sent.span) >= 2:
        return True
    words = [t for t in sent.span if t.is_alpha]
    if len(words) > _FURNITURE_WORDS:
        return False
    return not any(label.startswith("relevance.") for label, cues in sent.cues.items() if cues)


def page_top(sents: list[Sent]) -> list[Sent]:
    """The page from its headline on: the lines of page furniture above it dropped (a
    scraped page often opens with navigation), so that the checks of a headline read the
    headline."""
    k = 0
    while k < min(_FURNITURE_LINES, len(sents) - 1) and _furniture(sents[k]):
        k += 1
    return sents[k:]


def is_advice(sents: list[Sent], primary_sents: list[Sent]) -> bool:
    """A headline of police advice or an appeal ('Kent Police warns of scam calls'): the
    advice word follows the force or a police word, and no regulator acted on the force."""
    if not sents or any(actions_in(s) for s in primary_sents):
        return False
    sents = page_top(sents)
    lead = _lead_after_headline(sents)
    if any(_tells_own_breach(s) for s in [sents[0], lead] if s is not None):
        return False  # "urging anyone whose details were leaked in its data breach to call"
    if any(police_data_taken(s) for s in [sents[0], lead] if s is not None):
        return False  # "forces warn officers ... Kent Police said officers' details were stolen"
    if lead is not None and _claim_start(lead, -1) is None and handed_on(lead):
        return False  # "has warned 40 witnesses that their addresses were sent to a suspect"
    if any(_advice_erred(s) for s in [sents[0], lead] if s is not None):
        return False  # "an appeal for information accidentally identified a victim"
    # The headline, or the lead when it tells of no breach ("Kent Police is urging residents
    # to protect their accounts after reports of cyber crime rose"; not "... urging anyone
    # whose details were leaked to call") or only of one the advice is about ("warning of
    # callers offering compensation for a data breach").
    heads = [sents[0]]
    if lead is not None and (not something_went_wrong(lead) or _breach_only_advised_on(lead)):
        claim = _claim_start(lead, -1)
        strong = [
            c
            for c in asserted_types(lead)
            if c.kb_id_ == "strong"
            and (claim is None or c.start < claim)
            and not _trend_of(lead, c)
        ]
        if not strong:
            heads.append(lead)
    # "Kent Police is appealing against the fine": the force contests a ruling, and its
    # headline's "appeal" is that appeal, not one to the public
    contested = any(
        _legal_appeal(s, c) for s in [sents[0], lead] if s is not None for c in _appeals(s)
    )
    for head in heads:
        police = [*head.forces, *head.cues.get("roles.police_context", [])]
        if any(
            any(0 <= cue.start - p.end <= 3 for p in police)
            for cue in head.cues.get("relevance.advice", [])
            if not _warned_person(head, cue)
            and not (contested and cue in _appeals(head))
            # "Sussex Police has been warned of a £300,000 penalty", a headline's "Force
            # warned of big penalty": the force is the one warned or urged, it gives no advice
            and not is_passive(cue[:1])
            and not _headline_participle(head, cue)
        ):
            return True
    return False


def _headline_participle(sent: Sent, cue: Span) -> bool:
    """An advice verb in a headline's past form ('Force warned of big penalty', 'Police urged
    to review data sharing'): a headline tells what the police do in the present ('Police
    warn of scam calls'), so its participle, the auxiliary dropped, is a passive -- the force
    is the one warned. A line with no full stop at its end."""
    if sent.text.rstrip().endswith((".", "!", "?")):
        return False
    return cue[0].lower_.endswith("ed")


def _trend_of(sent: Sent, cue: Span) -> bool:
    """A breach cue told as what has risen or fallen across many people, not one breach
    ('urging people to protect their data following a rise in phishing emails', 'after an
    increase in ransomware attacks on small firms', 'after a spate of cyber attacks'): one of
    [relevance] `trend` or [relevance.grammar] `many_of` right before it, only `trend_links`
    ('in', 'of') and modifiers between -- no article, which names one ('reports of a data
    breach') -- nor punctuation, and said of no one's own breach (`_tells_own_breach`)."""
    grammar = _relevance_data(data_dir_of(sent))["grammar"]
    links, reach = set(grammar["trend_links"]), int(grammar["trend_reach"])
    many = set(grammar["many_of"])
    doc = sent.span.doc
    ends = [t.end for t in sent.cues.get("relevance.trend", [])]
    ends += [t.i + 1 for t in sent.span if t.lower_ in many]
    for end in ends:
        gap = doc[end : cue.start]
        if not 0 < len(gap) <= reach or gap[0].lower_ not in links:
            continue
        if any(g.is_punct or g.lower_ in _DETERMINERS for g in gap):
            continue
        return not _tells_own_breach(sent)
    return False


def _appeals(sent: Sent) -> list[Span]:
    """The advice cues of a sentence that are forms of 'appeal'."""
    return [c for c in sent.cues.get("relevance.advice", []) if c[0].lemma_.lower() == "appeal"]


def _legal_appeal(sent: Sent, cue: Span) -> bool:
    """An appeal against a ruling, not to the public ('is appealing against the penalty',
    'appealed to the Information Rights Tribunal', 'an appeal over the £80,000 fine'): a word
    of [relevance.grammar] `contest_links` right after it with a ruling (`rulings`) a few
    words on, 'to' and a body that hears appeals (`appeal_bodies`) with only an article or
    the words of its name between, or a fine in the sentence -- not 'appealing to people
    attending the court'."""
    grammar = _relevance_data(data_dir_of(sent))["grammar"]
    links, bodies = set(grammar["contest_links"]), set(grammar["appeal_bodies"])
    rulings, reach = set(grammar["rulings"]), int(grammar["appeal_body_reach"])
    doc = sent.span.doc
    _, hi = clause_bounds(sent, cue.start)
    after = doc[cue.end : min(hi, cue.end + reach)]
    if len(after) and after[0].lower_ in links and any(t.lemma_.lower() in rulings for t in after):
        return True
    if len(after) and after[0].lower_ == "to":
        for t in after[1:]:
            if t.lower_ in bodies:
                return True
            if not (t.lower_ in {"the", "a", "an", "of"} or t.is_title):
                break
    return any(not sent.denied(f) for f in fine_cues(sent))


def _lead_after_headline(sents: list[Sent]) -> Sent | None:
    """The first sentence after the headline that is no page furniture: a byline or a
    dateline ('Kent Messenger | 3 May 2024 | News', 'By Jane Smith') may stand between."""
    for s in sents[1 : 1 + _FURNITURE_LINES]:
        if not _furniture(s):
            return s
    return None


def _breach_only_advised_on(sent: Sent) -> bool:
    """A lead whose breach words all come after the police's advice word, as what the advice
    is about ('Police are warning residents about callers offering compensation for a data
    breach'), with no one's records lost and no breach named as the police's own ('urging
    anyone whose details were leaked to call', 'warning of scam calls after a data breach at
    the force' tell one)."""
    police = [*sent.forces, *sent.cues.get("roles.police_context", [])]
    advice = [
        a
        for a in sent.cues.get("relevance.advice", [])
        if any(0 <= a.start - p.end <= 3 for p in police) and not _warned_person(sent, a)
    ]
    if not advice:
        return False
    first = min(a.start for a in advice)
    if any(_trailing_attribution(sent, a, police) for a in advice):
        # "Fraudsters are using details from a retailer's breach, Kent Police has warned":
        # the whole clause before the comma is what the police warn of
        first = sent.span.start
    if lost_records(sent) and not _deceivers_claim(sent, first):
        return False
    breach = [c for c in sent.cues.get("relevance.breach", []) if not sent.denied(c)]
    return all(c.start > first for c in breach) and not any(
        _names_police_breach(sent, c) for c in breach
    )


_ATTRIBUTION_GAP = 3  # ", Kent Police has warned.", ", officers have today warned."


def _trailing_attribution(sent: Sent, advice: Span, police: list[Span]) -> bool:
    """The advice word closes the sentence as its attribution (', Kent Police has warned.',
    ', police warned'): a comma, then a force or police word, at most a few words, the advice
    word and nothing but punctuation to the end -- the whole clause before the comma is the
    warning's content, as if it came after the advice word."""
    doc = sent.span.doc
    if any(not t.is_punct for t in doc[advice.end : sent.span.end]):
        return False
    for p in police:
        if not 0 <= advice.start - p.end <= _ATTRIBUTION_GAP:
            continue
        lead = p.start - 1
        if lead > sent.span.start and doc[lead].lower_ == "the":
            lead -= 1  # ", the force has warned"
        if lead >= sent.span.start and doc[lead].text == ",":
            return True
    return False


_DECEIVER_REACH = 3  # "callers who claim", "fraudsters, who often say"


def _deceivers_claim(sent: Sent, after: int) -> bool:
    first = _claim_start(sent, after)
    if first is None:
        return False
    losses = [
        *sent.cues.get("relevance.breach", []),
        *sent.cues.get("relevance.exposure", []),
        *sent.cues.get("relevance.handing", []),
    ]
    return all(c.start > first for c in losses)


def _claim_start(sent: Sent, after: int) -> int | None:
    """What fraudsters tell people, after the police's advice word ('warning people about
    callers who claim their bank details were leaked', 'urging people to ignore scammers
    saying their data was stolen'): a word of `pretence` after token `after`, one of
    `deceivers` at most a few words before it, and every breach or loss word after it."""
    pretence = [c for c in sent.cues.get("relevance.pretence", []) if c.start > after]
    deceivers = sent.cues.get("relevance.deceivers", [])
    told = [p for p in pretence if any(0 <= p.start - d.end <= _DECEIVER_REACH for d in deceivers)]
    return min(p.start for p in told) if told else None


def _tells_own_breach(sent: Sent) -> bool:
    """A breach word said of the police themselves ('after a data breach at the force',
    'anyone whose details were leaked in its data breach'), not denied and not what
    fraudsters tell people."""
    claim = _claim_start(sent, -1)
    return any(
        not sent.denied(c) and (claim is None or c.start < claim) and _names_police_breach(sent, c)
        for c in sent.cues.get("relevance.breach", [])
    )


def _tells_own_loss(sent: Sent) -> bool:
    """One breach the police did ('Police lose laptop', 'Kent Police data breach put
    ...'), as `_tells_own_breach` reads it -- not a breach word modifying a noun of what is
    said or done about breaches ('Kent Police data breach figures', '... breach claims':
    cues.toml [relevance.grammar] `breach_talk`, right after the breach word), nor breaches
    counted ('Police data breaches rise': a plural of `breach_nouns`)."""
    return _own_loss_at(sent) is not None


def _own_loss_at(sent: Sent) -> int | None:
    """Where `_tells_own_loss` finds the police's own breach told (its first cue), or None."""
    claim = _claim_start(sent, -1)
    talk = _words(sent, "breach_talk")
    nouns = _words(sent, "breach_nouns")
    doc = sent.span.doc
    told = [
        c.start
        for c in sent.cues.get("relevance.breach", [])
        if not sent.denied(c)
        and (claim is None or c.start < claim)
        and _names_force_loss(sent, c)
        and not (c.end < len(doc) and doc[c.end].norm_ in talk)
        and not (c[-1].lower_ in nouns | {"leak"} and _modifies_a_noun(sent, c))
        and not _plural_noun(c[-1], nouns)
    ]
    return min(told) if told else None


_OF_INSTITUTION = {"at", "by", "inside"}  # "a breach at the force"; not "involving officers"


def _names_force_loss(sent: Sent, cue: Span) -> bool:
    """`_names_police_breach` said of the force as an institution: the force, 'the force' or a
    bare police word right before the breach word or after 'at'/'by' -- not its people
    ('Police officer data leak', 'police staff data loss': the data was theirs, whoever lost
    it) nor a breach 'involving' or 'within' them."""
    doc = sent.span.doc
    staff = [*sent.cues.get("relevance.staff", []), *sent.cues.get("relevance.handed_people", [])]
    police = [
        p
        for p in [
            *sent.forces,
            *sent.cues.get("roles.police_context", []),
            *sent.cues.get("roles.force_anaphor", []),
        ]
        if not any(s.start < p.end and p.start < s.end for s in staff)
    ]
    for p in police:
        if cue.end < p.start <= cue.end + 2 and doc[cue.end].lower_ in _OF_INSTITUTION:
            return True
        between = doc[p.end : cue.start]
        if (
            p.end <= cue.start
            and len(between) <= 2
            and {t.lower_ for t in between} <= {"'s", "’s", "data"}
        ):
            return True
    return _head_noun(cue) and _its_owner(sent, cue) is not None


def _modifies_a_noun(sent: Sent, cue: Span) -> bool:
    """The breach noun modifies the noun after it, which heads the phrase ('police data breach
    victim's records', 'police data breach victims'): that noun takes a possessive, or is one
    of the people data is about ([relevance] `handed_people`)."""
    doc = sent.span.doc
    if cue.end >= len(doc) or not doc[cue.end].is_alpha:
        return False
    nxt = cue.end + 1
    if nxt < len(doc) and doc[nxt].lower_ in {"'s", "’s", "'", "’"}:
        return True
    return any(h.start == cue.end for h in sent.cues.get("relevance.handed_people", []))


def _in_comparison(sent: Sent, orgs: list[Span]) -> bool:
    """Every other body in a clause opened by a word of comparison or time ('Weeks after a
    bank lost ...', 'While councils have been fined ...', 'The loss follows a trust's loss'):
    one of [relevance.grammar] `comparison_openers` before it, no clause punctuation between."""
    doc = sent.span.doc
    openers = _words(sent, "comparison_openers")
    for o in orgs:
        j = o.start - 1
        while j >= sent.span.start and doc[j].text not in {",", ";", ":"}:
            if doc[j].lower_ in openers:
                break
            j -= 1
        if j < sent.span.start or doc[j].lower_ not in openers:
            return False
    return True


def _force_after_backdrop(sent: Sent, orgs: list[Span], roles: Roles) -> bool:
    """Other bodies' breaches set before the sentence's subject, the force that subject ('Not
    content with leaving banks to lose customer records, Essex Police has mislaid a laptop of
    its own'): every other body stands in the opening clause, a force the sentence puts at
    fault (`Roles.at_fault`) starts the clause after its comma, and the force there neither
    speaks ('..., Kent Police said') nor investigates -- the page's news is the force's; the
    others' losses are its backdrop. Between the comma and the force may stand words of
    [relevance.grammar] `main_subject_lead` (', the Kent Police have', ', now Kent Police has')."""
    doc = sent.span.doc
    at_fault = set(roles.at_fault(sent))
    if not at_fault or _only_investigates_anothers(sent):
        return False
    lead = _words(sent, "main_subject_lead")
    speech = sent.cues.get("roles.speech", [])
    for m in sent.forces:
        if m.label_ not in at_fault:
            continue
        j = m.start - 1
        while j > sent.span.start and doc[j].lower_ in lead:
            j -= 1
        if j <= sent.span.start or doc[j].text != ",":
            continue
        opening = doc[sent.span.start : j]
        if any(o.end > j for o in orgs) or any(t.text in {";", ":"} for t in opening):
            continue
        if any(0 <= v.start - m.end <= _SPEAKER_GAP + 2 for v in speech):
            continue  # "..., Kent Police has said": the force tells of the others' breach
        return True
    return False


_OVER = {"after", "over", "for", "about"}  # "PCC apologises after force leaked details"


def _over_its_loss(sent: Sent, orgs: list[Span], own_at: int | None) -> bool:
    """The other bodies speak or act over the police's loss told after them ('PCC apologises
    after force leaked officers' details'): every one before the loss, 'after', 'over', 'for'
    or 'about' between the last of them and it."""
    if own_at is None or any(o.end > own_at for o in orgs):
        return False
    last = max(o.end for o in orgs)
    return any(t.lower_ in _OVER for t in sent.span.doc[last:own_at])


def _plural_noun(tok: Token, nouns: set[str]) -> bool:
    """'Police data breaches', 'police losses': breaches counted, not one breach told."""
    return tok.norm_ in nouns and tok.lower_ != tok.norm_ and tok.lower_.endswith("s")


_OWNER_GAP = 2  # "its data breach", "its recent cyber attack"


_HEAD_FOLLOWERS = (
    _PREPOSITIONS
    | _BE
    | {
        "and",
        "or",
        "that",
        "which",
        "when",
        "as",
        "has",
        "had",
        "last",
        "earlier",
        "this",
    }
)


def _head_noun(cue: Span) -> bool:
    """The cue names a thing, not what another noun is about ('its data breach to call', not
    'its data breach procedures'): the sentence ends, or punctuation or a function word
    follows."""
    doc = cue.doc
    if cue.end >= len(doc):
        return True
    nxt = doc[cue.end]
    return nxt.is_punct or nxt.is_space or nxt.lower_ in _HEAD_FOLLOWERS


def _its_owner(sent: Sent, cue: Span) -> Span | None:
    """The force or police word that owns a breach word by 'its' ('Kent Police is contacting
    those affected by its data breach'): the nearest force, police word or other body before
    'its', when that is the police -- not 'Kent Police warned customers of the retailer about
    its data breach'."""
    doc = sent.span.doc
    its = [
        j
        for j in range(max(sent.span.start, cue.start - _OWNER_GAP - 1), cue.start)
        if doc[j].lower_ == "its"
    ]
    if not its or any(t.is_punct for t in doc[its[-1] : cue.start]):
        return None
    police = [*sent.forces, *sent.cues.get("roles.police_context", [])]
    owners = [*police, *sent.cues.get("roles.organisation", [])]
    before = [o for o in owners if o.end <= its[-1]]
    if not before:
        return None
    nearest = max(before, key=lambda o: (o.end, o.end - o.start))
    return next((p for p in police if (p.start, p.end) == (nearest.start, nearest.end)), None)


def _names_police_breach(sent: Sent, cue: Span) -> bool:
    """A breach word said of the police ('a breach at the force', 'a police data breach',
    'Kent Police's leak'): a force or police word right after it with 'at' or 'by' between,
    or right before it."""
    doc = sent.span.doc
    police = [
        *sent.forces,
        *sent.cues.get("roles.police_context", []),
        *sent.cues.get("roles.force_anaphor", []),
    ]
    for p in police:
        if cue.end < p.start <= cue.end + 2 and doc[cue.end].lower_ in _OF_FORCE:
            return True
        between = [t.lower_ for t in doc[p.end : cue.start]]
        if p.end <= cue.start and len(between) <= 2 and set(between) <= {"'s", "’s", "data"}:
            return True
    return _head_noun(cue) and _its_owner(sent, cue) is not None


def _warned_person(sent: Sent, cue: Span) -> bool:
    """'Detective warned for snooping', 'PC warned after leak': a past form of an advice word
    right after one of the force's people is a warning given to them (a sanction), not advice
    the police give; so is a warning marked as a sanction ('given a final written warning')."""
    if _sanction(sent, cue):
        return True
    if not cue[0].lower_.endswith("ed"):
        return False
    return any(c.end == cue.start for c in sent.cues.get("relevance.staff", []))


_SANCTION_REACH = 2  # "given a final written warning"


def _sanction(sent: Sent, cue: Span) -> bool:
    """A warning given to someone as a sanction ('given a final written warning', 'received
    a written warning', 'PC handed final warning'): an advice word with a mark of a sanction
    (cues.toml `sanction`) at most a couple of words before it, no punctuation between."""
    doc = sent.span.doc
    return any(
        0 <= cue.start - m.end <= _SANCTION_REACH
        and not any(t.is_punct for t in doc[m.end : cue.start])
        for m in sent.cues.get("relevance.sanction", [])
    )


def crime_figures(sents: list[Sent], primary_sents: list[Sent]) -> bool:
    """A headline of crime figures ('Cyber crime reports to Kent Police double', 'Recorded
    crime in Essex falls'): crime the police record or are told of, not a breach of their own
    data -- a crime word and a figure or trend word, no breach word, no officers or staff
    (their crimes are the force's), and no regulator acting on the force."""
    if not sents or any(actions_in(s) for s in primary_sents):
        return False
    head = page_top(sents)[0]
    if not (head.has("relevance.crime") and head.has("relevance.trend")):
        return False
    if head.has("relevance.staff"):
        return False  # crime by the force's own officers or staff
    strong = [c for c in asserted_types(head) if c.kb_id_ == "strong" and not _crime_name(head, c)]
    breach = [
        c
        for c in head.cues.get("relevance.breach", [])
        if not head.denied(c) and not _crime_name(head, c)
    ]
    return not (strong or breach or head.regulators or data_breach_words(head))


_CRIME_PLURALS = {"offences", "offenses", "crimes"}
_COORDINATORS = {"and", "or", ",", "&"}


def _crime_name(sent: Sent, cue: Span) -> bool:
    """A breach word naming a kind of crime, not a breach: joined to a crime word by 'and'
    or 'or' ('fraud and computer misuse rise'), or before 'offences' or 'crimes' ('hacking
    offences'); 'leaked crime victims' details' is a breach."""
    doc = sent.span.doc
    if cue.end < len(doc) and doc[cue.end].lower_ in _CRIME_PLURALS:
        return True
    # the whole name the word is part of: "computer misuse", not "misuse"
    start = min((t.start for t in sent.types if t.start <= cue.start < t.end), default=cue.start)
    for crime in sent.cues.get("relevance.crime", []):
        if crime.end <= start:
            between = doc[crime.end : start]
        elif cue.end <= crime.start:
            between = doc[cue.end : crime.start]
        else:
            continue
        if 0 < len(between) <= 2 and all(t.lower_ in _COORDINATORS for t in between):
            return True
    return False


def headline_of_another_body(sents: list[Sent]) -> bool:
    """The headline is about another kind of body and not the police ('NHS trusts reported
    2,000 data breaches', 'Council logs 300 breaches'): police figures further down are a
    comparison on that body's page, not the page's subject."""
    if not sents:
        return False
    head = page_top(sents)[0]
    police = head.forces or head.cues.get("roles.police_context", [])
    return bool(head.cues.get("roles.organisation", [])) and not police


def works_for_police(sent: Sent, org: Span) -> bool:
    """A supplier the police hire ('a police supplier', 'the Met's IT contractor', 'a firm
    working for Kent Police'): the force controls the data it holds, so its breach is no other
    body's. A police word or force right before it, or 'for'/'to' and one right after."""
    if not any(c.start <= org.start < c.end for c in sent.cues.get("roles.supplier", [])):
        return False
    if _hired_by_force(org):
        return True  # "a firm hired by Kent Police", "the provider used by the Met"
    police = [*sent.forces, *sent.cues.get("roles.police_context", [])]
    police += sent.cues.get("roles.force_anaphor", [])
    before = any(0 <= org.start - p.end <= 1 for p in police)
    doc = org.doc
    links = {"for", "to"}
    after = any(
        0 <= p.start - org.end <= 4 and any(t.lower_ in links for t in doc[org.end : p.start])
        for p in police
    )
    return before or after or _serves_police(sent, org, police) or _named_supplier(sent, org)


def _hired_by_force(org: Span) -> bool:
    """The body opens a role template that makes a named force its customer (roles.jsonl
    `customer`: 'a firm hired by Essex Police', 'a provider used by the Met', 'a contractor
    working for Kent Police')."""
    return any(
        m.label_ == "customer" and m.start == org.start for m in org.doc.spans.get("roles", [])
    )


_RELATIVE = {"that", "which", "who"}
_RELATIVE_REACH = 8  # "a company that runs the county's police recruitment portal"


def _serves_police(sent: Sent, org: Span, police: list[Span]) -> bool:
    """'A company that runs the county's police HR portal', 'a firm which supplies Kent
    Police': a police word or force inside the relative clause that describes the body."""
    doc = org.doc
    if org.end >= len(doc) or doc[org.end].lower_ not in _RELATIVE:
        return False
    lo, hi = clause_bounds(sent, org.end + 1)
    end = min(hi, org.end + 1 + _RELATIVE_REACH)
    return any(org.end < p.start < end for p in police)


def _named_supplier(sent: Sent, org: Span) -> bool:
    """'Force staff data stolen in supplier attack': a word that is always someone's supplier
    (cues.toml `own_supplier`), in a sentence naming a force and no body it could serve
    instead, is the force's."""
    if not sent.forces or not any(
        c.start <= org.start < c.end for c in sent.cues.get("roles.own_supplier", [])
    ):
        return False
    others = [o for o in sent.cues.get("roles.organisation", []) if o.start != org.start]
    return not others


_NOUN_PHRASE_REACH = 4  # "to a train operating company": the words of the body's name


def _sent_to(org: Span) -> bool:
    """'emailed the file to a rail company': the body named after 'to' in its noun phrase
    received the data; it did not lose it."""
    doc = org.doc
    for tok in reversed(doc[max(0, org.start - _NOUN_PHRASE_REACH) : org.start]):
        if tok.is_punct:
            return False
        if tok.lower_ == "to":
            return True
    return False


_OWN_SANCTIONS = frozenset({"monetary_penalty", "enforcement_notice", "reprimand", "undertaking"})


def another_body_at_fault(lead: list[Sent], roles: Roles) -> bool:
    """The headline or lead tells of another body sanctioned or at fault ('Hospital trust
    reprimanded after sending patient list to police', 'Federation apologises after email
    exposed members' details'): an organisation right before an action word or a breach
    word, with no force named in between, and no force the target of an action there."""
    if any(roles.targets(s) for s in lead):
        return False
    if any(police_data_taken(s) for s in page_top(lead)):
        return False  # "ID card firm hacked ... details of Kent Police officers stolen"
    served = _serves_the_police(lead)
    named = False  # a force the last body named in the lead: "the organisation" after it is it
    own_told = False  # the police's own breach told in the lead so far
    forces_headline = False  # the headline puts a force at fault and names no other body
    for k, sent in enumerate(page_top(lead)):
        own_at = _own_loss_at(sent)
        own_here = own_at is not None
        own_told = own_told or own_here
        named_before, named = named, _force_named_last(sent, named, sent.span.end)
        orgs = [
            o
            for o in sent.cues.get("roles.organisation", [])
            if not works_for_police(sent, o)
            and not _force_called_so(sent, o, named_before)
            and not (served and _supplier_word(sent, o))
            and not _sent_to(o)
            and not _police_supplier(sent, o)
            and not _kind_of_data(sent, o)
            and not _group_listing_force(sent, o)
        ]
        if k == 0:
            forces_headline = not orgs and bool(roles.at_fault(sent))
        police_here = sent.forces or sent.cues.get("roles.force_anaphor", [])
        later = (own_told and police_here and _in_comparison(sent, orgs)) or (
            orgs and _force_after_backdrop(sent, orgs, roles)
        )
        if own_here and not (
            _in_comparison(sent, orgs)
            or _over_its_loss(sent, orgs, own_at)
            or _data_subject_after(sent, orgs, own_at)
        ):
            own_here = False
        if orgs and (own_here or later):
            # "Police lose laptop. After government departments lost discs, Kent
            # Police has ...", "Kent Police data breach put pupils' names from schools
            # online": the police's own breach told first, another body's loss beside the
            # force is a comparison or the data's subject, not the page's news
            return False
        actions = actions_in(sent, require_regulator=False)
        words = [cue for _, cue in actions]
        if orgs and any(a in _OWN_SANCTIONS and _force_item(sent, cue) for a, cue in actions):
            # "Among its actions: Kent Police, fined £80,000 after ...; a council reprimanded
            # over ...": the force's own sanction is an item of the roundup, beside others'
            return False
        if not orgs:
            if any(a in _OWN_SANCTIONS for a, _ in actions) and roles.at_fault(sent):
                # "- Kent Police: reprimanded after a letter went to the wrong address. -
                # NHS trust: fine cut ...": the page opens on the force's own sanction;
                # another body's item after it is the next item of a roundup, not its news
                return False
            continue
        words += [c for c in asserted_types(sent) if c.kb_id_ in {"strong", "weak"}]
        words += sent.cues.get("relevance.breach", [])
        for cue in words:
            if _ruled_or_planned(sent, cue):
                continue  # a duty, not an act: "organisations must report breaches within 72 hours"
            before = [
                o  # "Charities said the leak by the force ...": they speak of it, no more
                for o in orgs
                if 0 <= cue.start - o.end <= 4
                and not any(o.end <= c.start < cue.start for c in sent.cues.get("roles.speech", []))
            ]
            if before and _police_agent_after(sent, cue):
                before = []  # "records from a school were published by the force": its act
            if forces_headline:
                # "Kent Police apology over victims' data. The county's police and crime
                # commissioner apologised after victims' details appeared online"
                before = [o for o in before if not _apologised_over(sent, o, cue)]
            forces = [m for m in sent.forces if m.end <= cue.start and m.start >= cue.start - 6]
            if before and not forces:
                return True
            if _breach_at_body(sent, cue, orgs) or _bodys_thing_lost(sent, cue, orgs):
                return True
            if _attack_on(sent, cue, orgs) or _hit_by(sent, cue, orgs) or _targets(sent, cue, orgs):
                return True
    return False


# The force's own overseer as cues.toml [roles] `organisation` names it: a police and crime
# commissioner or its office, who answers for the force's breaches to the public.
_OVERSEERS = ("commissioner", "pcc", "opcc")
_APOLOGY_GAP = 3  # "apologised after personal details", "apologised for the leaked"
_SUBJECT_PRONOUNS = {"it", "they", "he", "she", "we", "its", "their", "his", "her", "our"}


def _apologised_over(sent: Sent, org: Span, cue: Span) -> bool:
    """The force's police and crime commissioner (`_OVERSEERS`; no other body, whose apology
    is for its own breach) only apologises over a breach told with no doer of its own, after the
    headline has put a force at fault ('Kent Police apology over victims' data ... The
    county's police and crime commissioner apologised after victims' details appeared
    online'): an apology word ([dates] `apology`) between the body and the cue, then at most
    a few words, one of 'after', 'over', 'for' or 'about' among them and no pronoun -- not
    'the council apologised after it sent ...', the body's own act."""
    if not any(w in org.text.lower() for w in _OVERSEERS):
        return False  # "Medway Council apologised after ...": the council's own breach
    doc = sent.span.doc
    for a in sent.cues.get("dates.apology", []):
        if not (org.end <= a.start and a.end <= cue.start):
            continue
        gap = doc[a.end : cue.start]
        if (
            len(gap) <= _APOLOGY_GAP
            and any(t.lower_ in _OVER for t in gap)
            and not any(t.is_punct or t.lower_ in _SUBJECT_PRONOUNS for t in gap)
        ):
            return True
    return False


# Between a passive verb and 'by' ("was published online by the force"), and the words an
# agent's phrase may open with before its police word ("by one of its officers").
_AGENT_GAP = 6  # "was passed to a local landlord by a PCSO"
_AGENT_REACH = 4
_AGENT_STOPS = {"and", "but", "or", "which", "who", "that", "while", "after", "before", "when"}
_AGENT_STOPS |= {"was", "were", "is", "are", "has", "have", "had", "been", "be"}
_AGENT_FILLERS = {"a", "an", "the", "one", "two", "three", "several", "of", "its", "their"}
_AGENT_FILLERS |= {"serving"}
# ... and before a force's name, its people: "by an officer from Kent Police"
_FORCES_PEOPLE = {"officer", "officers", "staff", "member", "members", "from", "former"}
_POLICE_ONLY = ("police", "constable", "detective", "pcso")
# Words for people that head an agent's noun group ("a police community support officer"),
# how far such a group runs, and the words that end it ("a police officer from Kent").
_PEOPLE_HEADS = {"officer", "officers", "constable", "constables", "detective", "detectives"}
_PEOPLE_HEADS |= {"pcso", "pcsos", "staff", "employee", "employees", "worker", "workers"}
_PEOPLE_HEADS |= {"sergeant", "sergeants", "inspector", "inspectors", "superintendent"}
_PEOPLE_HEADS |= {"policeman", "policemen", "policewoman", "policewomen", "handler", "handlers"}
_GROUP_REACH = 5
_NO_LONGER = {"former", "retired", "ex", "ex-"}
_GROUP_ENDS = _PREPOSITIONS | _AGENT_STOPS | {"of", "whose", "as", "now"}


def _police_agent_after(sent: Sent, cue: Span) -> bool:
    """The breach act's doer named after it as a by-agent that is the police ('details of
    pupils at a school were published by the force', 'a council's tenant list was passed to a
    landlord by a police officer'): 'by' a few words after the cue's verb, with no
    punctuation, conjunction, relative, auxiliary or other participle between (another verb's
    agent: 'the list the council leaked was found by police', 'details of victims referred by
    Kent Police appeared online'), and a force or 'the force' a few words after 'by' (its
    people may come first: 'by an officer of Kent Police'), or a police-only word ('a police
    officer', 'a PCSO') with only an article, a number or 'one of its' before it -- not 'by a
    former police officer', 'by a prison officer', 'by one of its officers' (whose?). The body
    named before the act is then what the data was about or where it came from, not who let
    it go."""
    doc = sent.span.doc
    # the cue may run on past its verb ("emailed by an officer to a stranger"): read from
    # its first word that is no manner adverb ("wrongly emailed by ...")
    verb = next((t.i for t in cue if not t.lower_.endswith("ly")), cue.start)
    for j in range(verb + 1, min(sent.span.end, verb + _AGENT_GAP + 1)):
        if doc[j].is_punct or doc[j].lower_ in _AGENT_STOPS:
            return False  # "records the council leaked were found by police": another verb's
        if len(doc[j]) > 4 and doc[j].lower_.endswith("ed"):
            return False  # "details of victims referred by Kent Police appeared online"
        if doc[j].lower_ == "by":
            return _force_by_phrase(sent, j) or _police_person_by_phrase(sent, j)
    return False


def _possessed_person(doc, k: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """The people word at `k` takes a possessive: 'a Kent Police officer's wife', whose act
    it was, not the officer's."""
    return k + 1 < end and doc[k].lower_ in _PEOPLE_HEADS and doc[k + 1].text in _POSSESSIVES


def _force_by_phrase(sent: Sent, by: int) -> bool:
    """'by Kent Police', 'by the force', 'by an officer of Kent Police', 'by a former Kent
    Police officer' (the force's when it was done): a force, or 'the force', a few words
    after 'by' with only articles, numbers and its people before it -- not 'by a Kent Police
    officer's wife'."""
    doc = sent.span.doc
    forces = [*sent.forces] + [
        a  # "the force", "the constabulary"; not "an officer", which anaphors also hold
        for a in sent.cues.get("roles.force_anaphor", [])
        if any(w in a.text.lower() for w in ("force", "constabulary"))
    ]
    fillers = _AGENT_FILLERS | _FORCES_PEOPLE
    return any(
        by < m.start <= by + _AGENT_REACH
        and all(t.lower_ in fillers for t in doc[by + 1 : m.start])
        and not _possessed_person(doc, m.end, sent.span.end)
        for m in forces
    )


def _police_person_by_phrase(sent: Sent, by: int) -> bool:
    """'by a police officer', 'by police staff', 'by a PCSO', 'by a detective constable',
    'by the police': after 'by' and only articles, numbers or 'one of its', a noun group
    holding a police-only word and headed by a word for people (or 'police' itself) -- not
    'by the police watchdog', 'by the Police Federation', 'by the police and crime panel',
    'by a police officer's wife', 'by a former police officer' (no longer the police's), nor
    a bare 'officer' or 'inspector', which councils, prisons and watchdogs have too."""
    doc = sent.span.doc
    k = by + 1
    while k < sent.span.end and doc[k].lower_ in _AGENT_FILLERS:
        k += 1
    end = k
    while (
        end < sent.span.end
        and end - k < _GROUP_REACH
        and doc[end].is_alpha
        and doc[end].lower_ not in _GROUP_ENDS
    ):
        end += 1
    group = [t.lower_ for t in doc[k:end]]
    if not group or not any(w in g for g in group for w in _POLICE_ONLY):
        return False
    if group[-1] not in _PEOPLE_HEADS | {"police"}:
        return False  # "the police watchdog", "the Police Federation"
    if group[-1] == "police" and end < sent.span.end and doc[end].lower_ == "and":
        return False  # "the police and crime panel", "the police and crime commissioner"
    if any(g in _NO_LONGER for g in group):
        return False  # "a former police officer who now works for the council"
    return not (end < sent.span.end and doc[end].text in _POSSESSIVES)


# Words that make the body after them part of a phrase about the data ("victims' names from
# schools", "details of people in care homes"), and what may stand between them and it.
_DATA_PLACE_LINKS = {"from", "in", "of", "about", "across"}
_CLAIMED = {"claim", "claims", "alleged", "allegation", "allegations", "suspected"}
_DATA_PLACE_FILLERS = {"the", "a", "an", "local", "two", "several", "other", "its", "their"}


def _data_subject_after(sent: Sent, orgs: list[Span], own_at: int | None) -> bool:
    """Every other body comes after the police's own breach, inside a phrase of where the data
    came from or whom it was about ('Kent Police data breach put names of pupils from schools
    online', 'Force data leak exposed details of council staff'): a preposition of
    `_DATA_PLACE_LINKS` right before it (an article or a counting word between), no clause
    punctuation from the breach to it -- the data's subject, not a second body at fault
    ('Kent Police data breach: council fined' keeps its council). Not 'at', which places the
    breach at the body ('police data breach at a school': `_breach_at_body`), nor a
    preposition right after the breach word, which tells where the breach was ('Police data
    leak from council computer'): a word of the data or its people stands between. The
    breach must be told as one, not claims or allegations of one ('Police data breach claims
    about council staff rejected')."""
    if own_at is None or not orgs:
        return False
    doc = sent.span.doc
    breach_end = min(
        (c.end for c in sent.cues.get("relevance.breach", []) if c.start == own_at),
        default=own_at + 1,
    )
    talk = {w.rstrip("s") for w in _words(sent, "breach_talk")}
    if breach_end < sent.span.end and doc[breach_end].lower_.rstrip("s") in talk:
        return False  # "Police data breach claims about council staff rejected": only alleged
    if any(t.lower_ in _CLAIMED for t in doc[sent.span.start : own_at]):
        return False  # "claims of a police data breach involving council staff"
    for o in orgs:
        if o.start <= own_at or any(t.text in {",", ";", ":"} for t in doc[own_at : o.start]):
            return False
        j = o.start - 1
        while j > own_at and doc[j].lower_ in _DATA_PLACE_FILLERS:
            j -= 1
        if doc[j].lower_ not in _DATA_PLACE_LINKS or j <= breach_end:
            return False
    return True


_ITEM_GLUE = {",", "-", "–", "—", ":", "was", "were", "is", "has", "have", "been", "also"}


def _force_called_so(sent: Sent, org: Span, named_before: bool) -> bool:
    """The organisation word is the force called by a generic name ('The PSNI has been
    shaken ... other losses have embarrassed the organisation'): a word of [relevance.grammar]
    `generic_bodies` right after 'the', with a force the last body named before it in the lead
    (no other body named between: 'shared the list with Safe Haven ... the organisation')."""
    doc = sent.span.doc
    if org.text.lower() not in _words(sent, "generic_bodies"):
        return False
    if org.start == 0 or doc[org.start - 1].lower_ != "the":
        return False
    return _force_named_last(sent, named_before, org.start - 1)


_BODY_BEFORE = {"with", "to", "by", "from", "and", "for"}


def _force_named_last(sent: Sent, named: bool, end: int) -> bool:
    """A force the last body named before `end` (`named`: so it was at the sentence's start):
    'Kent Police shared the details with Safe Haven ... The organisation then leaked' names
    another body after the force, so 'the organisation' is no longer the force."""
    known = [*sent.forces, *sent.regulators, *sent.dates]
    bodies = [
        (t.i, False)  # a name after 'with', 'to', 'by' ...: "shared the list with Safe Haven"
        for t in sent.span[1:]
        if t.is_alpha
        and t.text[:1].isupper()
        and t.nbor(-1).lower_ in _BODY_BEFORE
        and not any(m.start <= t.i < m.end for m in known)
    ]
    bodies += [
        (o.start, False)
        for o in sent.cues.get("roles.organisation", [])
        if o.text.lower() not in _words(sent, "generic_bodies")
        and not any(m.start < o.end and o.start < m.end for m in sent.forces)
    ]
    bodies += [(m.start, True) for m in sent.forces]
    for start, is_force in sorted(bodies):
        if start < end:
            named = is_force
    return named


_THING_LEAD = 2  # "a stolen Home Office laptop", "the lost council files"


def _bodys_thing_lost(sent: Sent, cue: Span, orgs: list[Span]) -> bool:
    """What was lost named as another body's by its name before it ('a stolen Home Office
    laptop', 'the leaked council documents'): a determiner, a loss or breach word, an
    organisation at most a couple of words after it, no punctuation between, and a device,
    papers or data word right after the organisation -- the thing the body kept; not with a
    force or police staff word the subject before it in the clause, nor a force named in the
    noun phrase or after 'from' right after it."""
    doc = sent.span.doc
    things = {
        c.start
        for c in [
            *sent.types,
            *sent.cues.get("relevance.data", []),
            *sent.cues.get("relevance.personal", []),
        ]
        if c.label_ != "_loss"
    }
    if cue.label_ not in {"_loss", "breach"} and cue not in sent.cues.get("relevance.breach", []):
        return False
    # attributive only: a determiner, then the loss word ("a stolen Home Office laptop"), not
    # "an officer lost a council laptop" (the force's person the loser)
    if cue.start == sent.span.start or doc[cue.start - 1].lower_ not in _THING_DETERMINERS:
        return False
    if _police_subject_before(sent, cue.start - 1):
        return False  # "Kent Police found a stolen council laptop ..."
    for o in orgs:
        if not 0 <= o.start - cue.end <= _THING_LEAD:
            continue
        if any(t.is_punct for t in doc[cue.end : o.start]) or o.end not in things:
            continue
        # a force in the noun phrase, or after 'from' ("a stolen council laptop from Kent Police")
        if any(cue.end <= m.start < o.end + 4 for m in sent.forces):
            continue
        return True
    return False


_THING_DETERMINERS = {"a", "an", "the", "this", "that", "two", "several", "some"}
_CLAUSE_OPENERS = {"how", "that", "which", "who", "after", "when", "while", "because", "as"}


def _police_subject_before(sent: Sent, end: int) -> bool:
    """A force or a police staff word before `end` in its clause ('A Kent Police officer
    lost a ...'): back to the last punctuation or clause opener ('how', 'after', 'which')."""
    doc = sent.span.doc
    start = end
    while start > sent.span.start:
        t = doc[start - 1]
        if t.is_punct or t.lower_ in _CLAUSE_OPENERS:
            break
        start -= 1
    people = [*sent.forces, *sent.cues.get("relevance.staff", [])]
    return any(start <= m.start and m.end <= end for m in people)


def _force_item(sent: Sent, cue: Span) -> bool:
    """The sanction word right after a force's name, only a comma, a dash, a colon or an
    auxiliary between ('Kent Police, fined £80,000', 'Kent Police - reprimanded', 'Kent
    Police was fined'): the force's own sanction told as an item of its own."""
    doc = sent.span.doc
    return any(
        f.end <= cue.start <= f.end + 3
        and all(t.lower_ in _ITEM_GLUE for t in doc[f.end : cue.start])
        for f in sent.forces
    )


_AT_BODY_REACH = 5  # "Loss of data at NHS trust", "the leak of files by the council"
_AT_BODY_LINKS = {"at", "by", "within", "inside"}
_OF_PHRASE = 5  # "of 25 million private records", counted on top of the link's reach


def _breach_at_body(sent: Sent, cue: Span, orgs: list[Span]) -> bool:
    """The breach or loss named as the body's own, the body right after it with 'at', 'by',
    'within' between ('Loss of data at NHS trust', 'a data breach at a school', 'the leak
    of files by the council'), as `names_its_breach` reads 'the breach at Kent Police'; not
    where a force stands between or right after ('a breach at the council and Kent Police'),
    nor people between ('a breach involving pupils from two schools')."""
    doc = sent.span.doc
    for o in orgs:
        # "the loss of 25 million private records by HMRC": what was lost, after 'of', then
        # the body after 'by' -- the reach counts from the link word ('at' keeps the old reach)
        reach = _AT_BODY_REACH
        if cue.end < o.start and doc[cue.end].lower_ == "of":
            reach += _OF_PHRASE
        if not 0 < o.start - cue.end <= reach:
            continue
        gap = [t.lower_ for t in doc[cue.end : o.start]]
        if gap[0] == "of":  # "loss of data at", "the leak of personal files by"
            gap = gap[next((k for k, w in enumerate(gap) if w in _AT_BODY_LINKS), 0) :]
            if len(gap) > _AT_BODY_REACH:
                continue
        if gap[0] not in _AT_BODY_LINKS or any(t.is_punct for t in doc[cue.end : o.start]):
            continue  # "a breach involving pupils from two schools": whose pupils, not whose breach
        if o.start - cue.end > _AT_BODY_REACH and gap[0] != "by":
            continue  # the wider reach for the doer only: "the loss of a folder about children
            # at a council care home" names where the children are, not whose loss
        if any(cue.end <= m.start <= o.end + 3 for m in sent.forces):
            continue
        return True
    return False


def _group_listing_force(sent: Sent, org: Span) -> bool:
    """The organisation word names a group that a list after a colon spells out, a force among
    its members ('reprimanded five organisations for disclosing data: a school, an NHS trust
    and Thames Valley Police'): the force is one of those sanctioned, no other body's news."""
    doc = sent.span.doc
    colon = next((t.i for t in doc[org.end : sent.span.end] if t.text == ":"), None)
    return colon is not None and any(m.start > colon for m in sent.forces)


def _serves_the_police(lead: list[Sent]) -> bool:
    """The lead names a body working for the police ('A contractor working for Kent Police
    suffered a cyber attack', 'a firm that supplies the force')."""
    return any(works_for_police(s, o) for s in lead for o in s.cues.get("roles.organisation", []))


def _supplier_word(sent: Sent, org: Span) -> bool:
    """A word a supplier goes by (cues.toml `supplier`: 'Officers' details exposed in
    supplier hack', 'Shredding firm dumped police files'): on a page whose lead names a body
    working for the police, the headline's firm is that one, the police's -- no other body's
    breach."""
    return any(c.start <= org.start < c.end for c in sent.cues.get("roles.supplier", []))


_CUSTOMER_LINKS = {"of", "from", "at", "in", "with"}
_CUSTOMER_REACH = 3  # "officers from Greater Manchester Police", "staff at the force"


def police_data_taken(sent: Sent) -> bool:
    """The force's own people's data taken or exposed, whoever held it ('the details of
    thousands of officers from Greater Manchester Police were stolen in an attack on a
    supplier', 'the names of Kent Police staff were exposed', 'Durham Constabulary said the
    details of officers had been stolen'): a loss, exposure or breach word, not denied, and
    people's data owned by the force's people (`_owned_by_people`, a staff word of
    `handed_people`) named with the force right before or after them, or the force saying so
    just before (of its officers: staff or employees, cues.toml `any_employer`, may be any
    body's). A supplier's breach then is the force's as its customer, not another body's.
    Records only named with the force ('Kent Police files lost by a council') are no sign:
    another body may have lost what it was given."""
    losses = [c for c in sent.types if c.label_ == "_loss"]
    losses += sent.cues.get("relevance.exposure", []) + sent.cues.get("relevance.breach", [])
    losses += sent.cues.get("relevance.reached", [])
    losses = [
        c
        for c in losses
        if not sent.denied(c) and not no_data_object(sent, c) and not guarded_against(sent, c)
    ]
    if not losses:
        return False
    doc = sent.span.doc
    orgs = [o for o in sent.cues.get("roles.organisation", []) if not _kind_of_data(sent, o)]
    staff = {c.start for c in sent.cues.get("relevance.staff", [])}
    people = [p for p in sent.cues.get("relevance.handed_people", []) if p.start in staff]
    anyones = {c.start for c in sent.cues.get("relevance.any_employer", [])}
    speakers = [
        m
        for m in [*sent.forces, *sent.cues.get("roles.force_anaphor", [])]
        if any(0 <= c.start - m.end <= _SPEAKER_GAP for c in sent.cues.get("roles.speech", []))
    ]

    def policed(span: Span) -> bool:
        before = any(
            0 <= span.start - p.end <= 1
            and all(t.text in _POSSESSIVES for t in doc[p.end : span.start])
            for p in sent.forces
            if p.end <= span.start
        )
        after = span.end < len(doc) and doc[span.end].lower_ in _CUSTOMER_LINKS
        after = after and any(
            0 < m.start - span.end <= _CUSTOMER_REACH
            and not any(t.is_punct for t in doc[span.end : m.start])
            for m in sent.forces
        )
        return before or after

    for d in sent.cues.get("relevance.personal", []):
        if not any(abs(c.start - d.start) <= _PASSIVE_GAP + 4 for c in losses):
            continue
        for p in people:
            if not _owned_by_people(sent, d, [p]):
                continue
            if any(o.end <= p.start and p.start - o.end <= _CUSTOMER_REACH for o in orgs):
                continue  # "the firm's staff"
            if policed(p):
                return True  # "the details of Kent Police officers"
            if p.start not in anyones and any(m.end <= d.start for m in speakers):
                return True  # "Kent Police said the details of officers had been stolen"
    return False


def _kind_of_data(sent: Sent, org: Span) -> bool:
    """A body's word naming a kind of data, no body ('officers' bank details were stolen',
    'their council tax records'): a word of people's data right after it."""
    return any(d.start == org.end for d in sent.cues.get("relevance.personal", []))


_SUPPLIER_OWNERS = {"its", "their", "'s", "’s"}
_SUPPLIER_REACH = 3  # "their shared IT provider", "the force's software supplier"


def _police_supplier(sent: Sent, org: Span) -> bool:
    """A supplier the police own by a possessive after the force is named ('Kent Police and
    Essex Police had data stolen when their shared IT provider was hacked', 'Kent Police said
    its payroll supplier was attacked'): the police's own data was breached, no other body's."""
    if not any(c.start <= org.start < c.end for c in sent.cues.get("roles.supplier", [])):
        return False
    doc = sent.span.doc
    police = [*sent.forces, *sent.cues.get("roles.police_context", [])]
    for j in range(max(sent.span.start, org.start - _SUPPLIER_REACH), org.start):
        if doc[j].lower_ in _SUPPLIER_OWNERS and any(p.end <= j for p in police):
            orgs = sent.cues.get("roles.organisation", [])
            nearest = max((p.end for p in police if p.end <= j), default=-1)
            # no other body between the police and the possessive ("customers of a bank, whose
            # provider ...")
            if not any(nearest <= o.start and o.end <= j for o in orgs):
                return True
    return False


_AGENT_REACH = 10  # "A secondary school in Leicester has been hit by a ransomware attack"
_AGENT_LEAD = 2  # words between "by" and the cue: "by a ransomware attack", "by cyber criminals"


def _hit_by(sent: Sent, cue: Span, orgs: list[Span]) -> bool:
    """The body a breach befell, as the subject of a passive whose agent is the breach ('a
    school in Leicester has been hit by a ransomware attack', 'the retailer was targeted by
    hackers'): an organisation before "by" and the cue, in one clause, with no force or
    police word between; a supplier word in a sentence naming the police may be theirs."""
    doc = sent.span.doc
    by = [i for i in range(max(0, cue.start - _AGENT_LEAD - 1), cue.start) if doc[i].lower_ == "by"]
    if not by:
        return False
    lo, _ = clause_bounds(sent, cue.start)
    police = [*sent.forces, *sent.cues.get("roles.police_context", [])]
    suppliers = sent.cues.get("roles.supplier", []) if police else []
    for org in orgs:
        if not (lo <= org.start and 0 < by[0] - org.end <= _AGENT_REACH):
            continue
        if any(c.start <= org.start < c.end for c in suppliers):
            continue  # "Surrey Police said a company that runs its payroll was hit by ..."
        between = doc[org.end : by[0]]
        if any(t.is_punct for t in between):
            continue
        if not any(org.end <= p.start < cue.start for p in police):
            return True
    return False


def _targets(sent: Sent, cue: Span, orgs: list[Span]) -> bool:
    """A breach that acts on a body named as its object ('ransomware gang targets school',
    'hackers hit a council'): the cue, at most two words, a verb of `attack_verbs` and the
    organisation as its object (no preposition between: 'an attack on its supplier' is
    `_attack_on`'s), no force between; a supplier is no other body."""
    doc = sent.span.doc
    verbs = {c.start for c in sent.cues.get("relevance.attack_verbs", [])}
    suppliers = sent.cues.get("roles.supplier", [])
    for j in range(cue.end, min(cue.end + 3, sent.span.end)):
        if doc[j].is_punct:
            return False
        if j not in verbs:
            continue
        for org in orgs:
            if any(c.start <= org.start < c.end for c in suppliers):
                continue
            between = doc[j + 1 : org.start]
            if not 0 < org.start - j <= _TARGET_REACH or any(
                t.is_punct or t.lower_ in _PREPOSITIONS | _TARGET_LINKS for t in between
            ):
                continue
            if not any(j < m.start < org.start for m in sent.forces):
                return True
    return False


_TARGET_LINKS = {"into", "on", "at", "against"}
_TARGET_REACH = 3  # "hacked into the city council's": the words before the body's name


def _attack_on(sent: Sent, cue: Span, orgs: list[Span]) -> bool:
    """A breach word whose target is the body named right after it ('a cyber attack on a
    hospital trust', 'hacking into a council's database'), with no force in between; a
    supplier is no other body (the force controls what it holds)."""
    doc = sent.span.doc
    suppliers = sent.cues.get("roles.supplier", [])
    for org in orgs:
        if any(c.start <= org.start < c.end for c in suppliers):
            continue  # "an attack on its IT supplier": a supplier's breach is the force's
        if not 0 < org.start - cue.end <= _TARGET_REACH:
            continue
        between = doc[cue.end : org.start]
        if doc[cue.end].lower_ not in _TARGET_LINKS or any(t.is_punct for t in between):
            continue
        if not any(cue.end <= m.start < org.start for m in sent.forces):
            return True
    return False


def compliance_not_breach(sents: list[Sent]) -> bool:
    """A regulator's action over how requests are answered (freedom of information
    backlogs, late responses), with no breach mechanism stated: compliance, not a breach --
    unless the requests are people's for their own records (`access_right_failed`)."""
    return (
        any(s.has("relevance.foi") for s in sents)
        and any(s.has("relevance.timeliness") for s in sents)
        and access_right_failed(sents) is None
    )


def access_right_failed(sents: list[Sent]) -> Sent | None:
    """The sentence telling that people's requests for their own records went unanswered or
    late ('a backlog of subject access requests', 'failed to answer requests for copies of
    their own data within the deadline'): a breach of their right of access, which the
    regulator reprimands or orders to end -- data protection law broken, type `other`."""
    for s in sents:
        if s.has("relevance.own_data_requests") and s.has("relevance.access_failures"):
            return s
    return None


_RECIPIENT_REACH = 3  # "shared with [the] neighbouring forces": the words before the recipient


def shared_among_police(sent: Sent) -> bool:
    """Records shared with other forces ('a database shared with neighbouring forces', 'how
    information will be shared with Dorset Police'): sharing between police bodies is how
    they work, not a disclosure -- every strong cue a disclosure whose recipient, right
    after it, is a force or a police word."""
    police = [*sent.forces, *sent.cues.get("roles.police_context", [])]
    strong = [c for c in asserted_types(sent) if c.kb_id_ == "strong"]
    doc = sent.span.doc

    def recipient(c: Span, p: Span) -> bool:
        """The police word receives what was shared: not the speaker after a comma ('...
        to friends on WhatsApp, the force said') nor the sharer ('shared by an officer')."""
        gap = doc[c.end : p.start]
        if any(t.is_punct for t in gap):
            return False
        return not (len(gap) and gap[0].lower_ == "by")

    return bool(strong) and all(
        c.label_ == "inappropriate_disclosure"
        and any(c.end <= p.start <= c.end + _RECIPIENT_REACH and recipient(c, p) for p in police)
        for c in strong
    )


# Words between the negator and the cue: "not a police data breach" (3), "no computer
# system run by the police force had been hacked" (9).
_NEGATION_REACH = 3
_SUBJECT_REACH = 9


def _noun_phrase_reach(sent: Sent, scope: Span, cue: Span) -> int:
    """How many words a negated scope's negator may stand before the cue it denies: a few
    after 'not'; as far as the verb of the noun phrase 'no' or 'none' heads ('no system run
    by the force had been hacked', 'none of its records were lost'), up to a clause reported
    after a verb ('none of the victims were told that ...'). Data lists of context.toml, like
    the triggers the scope comes from."""
    data = load_toml("context.toml", data_dir_of(sent))["negated"]
    doc = scope.doc
    if scope.start == 0 or doc[scope.start - 1].norm_.lower() not in data["noun_phrase_heads"]:
        return _NEGATION_REACH
    if any(t.lower_ in data["noun_phrase_breaks"] for t in doc[scope.start : cue.start]):
        return _NEGATION_REACH
    return _SUBJECT_REACH


def _negator_in_breach_cue(scope: Span, strong: list[Span]) -> bool:
    """The negator that opens the scope is part of a strong breach cue's own words ('no
    policing reason', 'without a lawful purpose'): the sentence denies a reason for the act,
    which asserts the breach -- it denies no breach."""
    negator = scope.start - 1
    return any(c.start <= negator < c.end for c in strong)


def police_breach_denied(sent: Sent) -> bool:
    """The police's own systems or data said not to be breached ('no computer run by the
    force was hacked', 'this is not a police data breach'): a breach cue in a negated scope
    of the ConText component (components/context.py) with a police word inside the scope
    before it, no punctuation between, and the cue within reach of the negator -- a few
    words after 'not', or as the verb of the noun phrase 'no' or 'none' heads. Or, in a
    sentence naming a supplier before the denial, a data word inside the scope before the cue
    ('a cyber attack on its IT supplier caused delays, but no personal data was stolen'):
    what the force's supplier held for it was not taken."""
    doc = sent.span.doc
    if _own_stores_denied(sent):
        return True
    marks = [*sent.forces, *sent.cues.get("roles.police_context", [])]
    police = {i for p in marks for i in range(p.start, p.end)}
    if not police:
        return False
    # "Kent Police said none of its systems had been hacked": the force's own word for itself
    anaphors = [
        *sent.cues.get("roles.self_reference", []),
        *sent.cues.get("roles.force_anaphor", []),
    ]
    police |= {i for p in anaphors if p.start > min(police) for i in range(p.start, p.end)}
    negated = [s for s in sent.scopes if s.label_ == "negated" and s.kb_id_ == "forward"]
    strong = [c for c in sent.types if c.kb_id_ == "strong"]
    data = [*sent.cues.get("relevance.personal", []), *sent.cues.get("relevance.data", [])]
    suppliers = sent.cues.get("roles.supplier", [])

    def bodies(before: int) -> bool:
        """A supplier the sentence names before the denial: the data denied is what the
        force's supplier held for it."""
        return any(o.end <= before for o in suppliers)

    for cue in [*sent.cues.get("relevance.breach", []), *strong]:
        for scope in negated:
            if not scope.start <= cue.start < scope.end:
                continue
            if _negator_in_breach_cue(scope, strong):
                continue  # "had no policing reason to view her records": the breach's own words
            reach = _noun_phrase_reach(sent, scope, cue)
            between = doc[scope.start : cue.start]
            if len(between) > reach or any(t.is_punct for t in between):
                continue
            if any(t.i in police for t in between):
                return True
            if bodies(scope.start) and any(
                scope.start <= d.start < cue.start or _denied_loss_of(sent, d) for d in data
            ):
                return True  # "an attack on its IT supplier ... but no personal data was lost"
    return False


_STORE_DENIAL_REACH = 4  # "its systems have not been", "the force's network had not"


def _own_stores_denied(sent: Sent) -> bool:
    """The police's own systems said not to be reached ('Its systems have not been
    compromised', 'the force's network was not hacked', 'Kent Police said its computers had
    not been accessed'): a record store ([relevance.grammar] `record_stores`) owned by 'its'
    or by a police word's possessive, then within a few words, no punctuation between, a
    negated scope holding a breach-type, breach or exposure cue."""
    doc = sent.span.doc
    stores = _words(sent, "record_stores")
    police_ends = {
        p.end
        for p in [
            *sent.forces,
            *sent.cues.get("roles.police_context", []),
            *sent.cues.get("roles.force_anaphor", []),
        ]
    }
    negated = [sc for sc in sent.scopes if sc.label_ == "negated"]
    if not negated:
        return False
    cues = [
        *sent.types,
        *sent.cues.get("relevance.breach", []),
        *sent.cues.get("relevance.exposure", []),
    ]
    for t in sent.span:
        if t.lower_ not in stores or t.i == sent.span.start:
            continue
        owner = doc[t.i - 1]
        if owner.lower_ == "own" and t.i - 2 >= sent.span.start:
            owner = doc[t.i - 2]  # "its own systems"
        owned = owner.lower_ == "its" or (owner.text in _POSSESSIVES and owner.i in police_ends)
        if not owned:
            continue
        for sc in negated:
            gap = doc[t.i + 1 : sc.start]
            if sc.start <= t.i or len(gap) > _STORE_DENIAL_REACH or any(x.is_punct for x in gap):
                continue
            for c in cues:
                if not sc.start <= c.start < sc.end:
                    continue
                words = doc[t.i + 1 : c.start]
                # a plain negator between, not a safeguard ("its system was protected
                # against phishing")
                if not any(x.is_punct for x in words) and any(
                    x.lower_ in _PLAIN_NEGATORS for x in words
                ):
                    return True
    return False


_PLAIN_NEGATORS = {"not", "n't", "never"}


_HANDED_GAP = 6  # "texted a domestic abuse victim's new address"
_PASSIVE_GAP = 8  # "the names and addresses of 200 people who reported crimes were published"
_OWNER_BEFORE = 4  # "officers' home addresses", "crime victims' personal details"
_OWNER_AFTER = 8  # "the names of 40 informants", "of more than 100 Police Scotland officers"
_POSSESSIVES = {"'s", "’s", "'", "’"}
_OWNER_LINKS = {"of", "about", "on", "for", "belonging", "relating"}
_DEST_REACH = 12  # "... the names of 40 informants to a local newspaper"


def handed_on(sent: Sent, any_owner: bool = False) -> bool:
    """People's details handed on ('sent the names of 40 informants to a newspaper', 'posted
    a victim's address on Facebook', 'a spreadsheet of officers' home addresses was emailed
    to hundreds of people'): a handing verb (cues.toml `handing`; or a releasing verb, news
    unless the data went to the very person it is kept from: `_released_to_kept_from`,
    'released the victim's address to her attacker'), asserted and not denied,
    with what people's data is called (`personal`) as its object -- a few words after it, no
    preposition or punctuation between, or before it in the passive -- naming people the
    police hold details of in trust (`handed_people`: 'a victim's address', 'the names of
    informants'), and a place or person it went to after the verb in its clause
    ([relevance.grammar] `handed_to`: 'to a newspaper', 'on Facebook') or a recipient told
    as the verb's first object ('handed a journalist the names of witnesses':
    `_first_object_recipient`). With `any_owner`
    (a page telling of the force's people disciplined) the data need name no owner ('shared
    pictures of a crime scene in a group chat'), but is none of the sharer's own ('a video of
    himself') nor an offence in itself ('indecent images': `offending_content`)."""
    doc = sent.span.doc
    personal = [
        d for d in sent.cues.get("relevance.personal", []) if not offending_content(sent, d)
    ]
    people = sent.cues.get("relevance.handed_people", [])
    if not personal:
        return False
    to, when = _words(sent, "handed_to"), _words(sent, "handed_when")
    lawful = _words(sent, "handed_lawful")
    finite = _words(sent, "past_markers") | _words(sent, "present_markers")
    relative = _words(sent, "relative_pronouns")
    released = [
        v for v in sent.cues.get("relevance.releasing", []) if _released_to_kept_from(sent, v)
    ]
    for v in [*sent.cues.get("relevance.handing", []), *released]:
        if sent.denied(v) or not sent.asserted(v) or not _handed_as_act(sent, v):
            continue
        if (
            capability(sent, v)
            or _does_in_present(sent, v)
            or _ruled_or_planned(sent, v)
            or _asked_of(sent, v)
        ):
            continue  # "a portal that lets officers share witness footage with partners"
        if _outsider_did(sent, v):
            continue  # "a woman who sent the home addresses of officers to a far-right group"
        _, hi = clause_bounds(sent, v.start)
        if hi < sent.span.end - 1 and doc[hi].lower_ in relative - {"which", "that"}:
            # "sent the names of people who had contacted it to a member of the public": the
            # relative clause on the object runs on to where the data went
            _, hi = clause_bounds(sent, hi + 1)
        # where it went, before any other verb of the clause ("whose name was published by
        # the force has been charged with murder" sends nothing with anyone)
        end = min(hi, v.end + _DEST_REACH)
        # a verb right after a relative pronoun is the relative clause's ("sent a spreadsheet
        # of people who had contacted it to a member of the public"), not the clause's end
        end = next(
            (
                j
                for j in range(v.end, end)
                if doc[j].lower_ in finite and doc[j - 1].lower_ not in relative
            ),
            end,
        )
        if not any(
            doc[j].lower_ in to and not _names_a_time(doc, j, hi, when, lawful)
            for j in range(v.end, end)
        ) and not _first_object_recipient(sent, v, lawful):
            continue  # gone to no one: "officers shared their concerns"
        if _peoples_data_object(sent, v, personal, people):
            return True
        if _tellers_data_object(sent, v, personal):
            return True
        if _police_recording_passive(sent, v):
            return True
        if any_owner and _any_data_object(sent, v, personal):
            return True
        if _contents_name_protected(sent, v):
            return True
    return False


_KEPT_FROM_REACH = 3  # "to her former attacker", "to the man's defence"


def _released_to_kept_from(sent: Sent, v: Span) -> bool:
    """A releasing verb (cues.toml `releasing`: news when the police release names) whose
    data went to the very person it must be kept from ('released the victim's address to
    her attacker', 'gave a witness's details to the defendant'): "to" after the verb in its
    clause, then within a few words, no punctuation between, one of [relevance]
    `release_recipients` -- not the defence's lawyer ('to the defendant's solicitor':
    [relevance.grammar] `handed_lawful`)."""
    doc = sent.span.doc
    lawful = _words(sent, "handed_lawful")
    _, hi = clause_bounds(sent, v.start)
    end = min(hi, v.end + _DEST_REACH)
    for r in sent.cues.get("relevance.release_recipients", []):
        if not v.end < r.start < end + _KEPT_FROM_REACH:
            continue
        if any(t.lower_ in lawful for t in doc[r.end : r.end + _KEPT_FROM_REACH]):
            continue  # "to the defendant's solicitor": the defence, in the course of a case
        for k in range(max(v.end, r.start - _KEPT_FROM_REACH - 1), r.start):
            if doc[k].lower_ == "to" and not any(t.is_punct for t in doc[k : r.start]):
                return True
    return False


def _first_object_recipient(sent: Sent, v: Span, lawful: set[str]) -> bool:
    """Where the data went told as the verb's first object ('handed a journalist the names of
    witnesses', 'sent her abuser the victim's new address', 'emailed a stranger the files'):
    a verb of [relevance.grammar] `double_object_verbs`, then at most `double_object_reach`
    words with no punctuation or preposition, not only determiners -- the recipient -- and a
    word of `double_object_openers` opening the second object. A recipient of the police's
    own (`roles.police_context`, `relevance.staff`: 'sent officers the details') or a lawful
    one (`handed_lawful`: 'sent the CPS the file') is no destination astray."""
    if v[-1].norm_ not in _words(sent, "double_object_verbs"):
        return False
    doc = sent.span.doc
    openers = _words(sent, "double_object_openers")
    reach = int(_relevance_data(data_dir_of(sent))["grammar"]["double_object_reach"])
    own = [*sent.cues.get("roles.police_context", []), *sent.cues.get("relevance.staff", [])]
    hi = min(sent.span.end, v.end + reach + 1)
    for k in range(v.end + 1, hi):
        if doc[k].lower_ not in openers:
            continue
        recipient = doc[v.end : k]
        if any(t.is_punct or not t.is_alpha or t.lower_ in _PREPOSITIONS for t in recipient):
            return False
        if all(t.lower_ in openers for t in recipient) or any(
            t.lower_ in lawful for t in recipient
        ):
            return False  # "sent all the files", "sent the CPS the file"
        return not any(p.start < k and p.end > v.end for p in own)
    return False


_RECORDING_REACH = 14  # "Footage from an officer's body camera showing a woman being detained was"
_CAMERA_REACH = 4  # "body-worn camera footage", "footage from an officer's body camera"


def _police_recording_passive(sent: Sent, v: Span) -> bool:
    """A police recording of people, the subject of the handing verb in the passive
    ('body-worn camera footage of an arrest was shared on TikTok', 'footage from an officer's
    body camera showing a woman being detained was posted online'): a recording word
    ([relevance.grammar] `recordings`) with a police camera (`police_cameras`, or 'body'
    before `body_camera_heads`) a few words either side, then -- no punctuation, however long
    the subject runs -- a form of 'be' (and manner words) right before the verb. The people
    filmed are the police's to protect, though the sentence names none."""
    doc = sent.span.doc
    recordings = _words(sent, "recordings")
    cameras, heads = _words(sent, "police_cameras"), _words(sent, "body_camera_heads")
    be = v.start - 1
    while be > sent.span.start and doc[be].is_alpha and doc[be].lower_.endswith("ly"):
        be -= 1
    if be <= sent.span.start or doc[be].lower_ not in _BE:
        return False
    for i in range(max(sent.span.start, be - _RECORDING_REACH), be):
        if doc[i].lower_ not in recordings:
            continue
        if any(t.is_punct and t.text not in {"-", *_POSSESSIVES} for t in doc[i:be]):
            continue
        near = doc[max(sent.span.start, i - _CAMERA_REACH) : min(be, i + _CAMERA_REACH + 3)]
        for t in near:
            nxt = doc[t.i + 1].lower_ if t.i + 1 < sent.span.end else ""
            if t.lower_ in cameras or (t.lower_ == "body" and nxt in heads):
                return True
    return False


_CONTENT_LINK_REACH = 8  # "published a report on its website which named ..."
_CONTENT_REACH = 6  # "which included the names and ages of witnesses"


def _contents_name_protected(sent: Sent, v: Span) -> bool:
    """What was handed on held a protected person's details, told in a relative clause
    ('posted a document online that included the names and ages of witnesses', 'published a
    report which contained victims' addresses'): 'which' or 'that' a few words after the
    verb, then a verb of holding ([relevance.grammar] `content_verbs`) and, a few words on
    with no punctuation between, what people's data is called (`personal`) and a victim,
    witness or informant (`protected_people`) -- no one the police name as news ('the
    officers responsible'), nor a count ('showed the number of victims')."""
    doc = sent.span.doc
    holds, protected = _words(sent, "content_verbs"), _words(sent, "protected_people")
    data = {d.start for d in sent.cues.get("relevance.personal", [])}
    for j in range(v.end, min(sent.span.end, v.end + _CONTENT_LINK_REACH)):
        if doc[j].is_punct:
            return False
        if doc[j].lower_ not in {"which", "that"} or j + 1 >= sent.span.end:
            continue
        verb = doc[j + 1]
        if verb.lemma_.lower() not in holds or verb.lower_ == verb.lemma_.lower():
            return False  # "that names victims" in the present: a practice
        named = False
        for t in doc[j + 2 : min(sent.span.end, j + 2 + _CONTENT_REACH)]:
            if t.is_punct and t.text not in _POSSESSIVES:
                break
            named = named or t.i in data
            if t.lemma_.lower() in protected:
                return named or any(
                    d in data for d in range(t.i + 1, min(sent.span.end, t.i + 3))
                )  # "the names of witnesses", "witnesses' addresses"
        return False
    return False


_OWN_SELF = {"himself", "herself", "themselves", "myself", "yourself", "itself"}


def offending_content(sent: Sent, data: Span) -> bool:
    """The data word names an offence of its own, not people's details the police hold
    ('indecent images of children', 'private sexual photographs', 'racist pictures'): one of
    cues.toml `offending_content` at most a couple of words before it, no punctuation
    between."""
    doc = sent.span.doc
    return any(
        0 <= data.start - c.end <= 2 and not any(t.is_punct for t in doc[c.end : data.start])
        for c in sent.cues.get("relevance.offending_content", [])
    )


def _tellers_data_object(sent: Sent, v: Span, personal: list[Span]) -> bool:
    """People's data told as the teller's own in a complaint ('a woman says Kent Police gave
    her new address to her ex-partner', 'a complaint by a couple that the force handed their
    phone records to an insurer'): a telling word ([relevance.grammar] `teller_frames`,
    lemmas) before the verb with no police word before it (the teller is no force), a force
    named between it and the verb (the force did the handing), and what people's data is
    called as the verb's object, a few words after it with no preposition or punctuation
    between, owned by a possessive pronoun (`teller_possessives`) right before it or after
    its 'of' ('details of her report'). Not 'Kent Police says it sent his details to ...'."""
    doc = sent.span.doc
    frames, owners = _words(sent, "teller_frames"), _words(sent, "teller_possessives")
    frame = next((t.i for t in doc[sent.span.start : v.start] if t.lemma_.lower() in frames), None)
    if frame is None:
        return False
    police = [*sent.forces, *sent.cues.get("roles.police_context", [])]
    if any(p.start < frame for p in police):
        return False  # "the force says it sent ...": the police tell it
    if not any(frame < m.start and m.end <= v.start for m in sent.forces):
        return False  # "a woman says a man posted her address online"
    for d in personal:
        gap = doc[v.end : d.start]
        if d.start < v.end or len(gap) > _HANDED_GAP:
            continue
        if any(t.is_punct or t.lower_ in _PREPOSITIONS for t in gap):
            continue
        if any(t.lower_ in owners for t in gap):
            return True
        after = doc[d.end : min(sent.span.end, d.end + 2)]
        if len(after) == 2 and after[0].lower_ == "of" and after[1].lower_ in owners:
            return True
    return False


def _any_data_object(sent: Sent, v: Span, personal: list[Span]) -> bool:
    """What people's data is called as the verb's direct object, whoever's it is: a few words
    after the verb with no preposition or punctuation between, and not the sharer's own ('a
    video of himself', 'his own photos')."""
    doc = sent.span.doc
    for d in personal:
        gap = doc[v.end : d.start]
        if d.start < v.end or len(gap) > _HANDED_GAP:
            continue
        if any(t.is_punct or t.lower_ in _PREPOSITIONS or t.lower_ == "own" for t in gap):
            continue
        after = doc[d.end : min(sent.span.end, d.end + 2)]
        if len(after) == 2 and after[0].lower_ == "of" and after[1].lower_ in _OWN_SELF:
            continue
        return True
    return False


_PERSON_PRONOUNS = {"he", "she", "they"}


def _opens_with_pronoun(sent: Sent) -> bool:
    """The sentence opens with a person's pronoun ('He was dismissed'), one the sentence
    before names."""
    first = next((t for t in sent.span if not (t.is_space or t.is_punct)), None)
    return first is not None and first.lower_ in _PERSON_PRONOUNS


def disciplined_staff(sents: list[Sent]) -> bool:
    """The page tells of the force's people disciplined ('a constable has been dismissed', 'a
    misconduct hearing found'): a discipline word (cues.toml `discipline`) that befell
    someone, in a sentence naming the police's own people, or a misconduct proceeding
    ([relevance.grammar] `conduct_hearings`) anywhere -- the setting in which a member of
    staff handing on what the police hold is a breach, whoever's data it is."""
    hearings = None
    staff = False  # the sentence names the police's own people
    for s in sents:
        punished = [c for c in s.cues.get("relevance.discipline", []) if _befell(s, c)]
        staff_before, staff = staff, _forces_people(s)
        if not punished:
            continue
        if staff or (staff_before and _opens_with_pronoun(s)):
            return True  # "A PC shared ... He has been dismissed."
        if hearings is None:
            hearings = _words(s, "conduct_hearings")
        doc = s.span.doc
        if any(c.end < s.span.end and doc[c.end].lower_ in hearings for c in punished):
            return True
    return False


def _peoples_data_object(sent: Sent, v: Span, personal: list[Span], people: list[Span]) -> bool:
    """What people's data is called, naming whose it is, as the verb's object: a few words
    after it with no preposition or punctuation between, or before it in the passive ('the
    names of 20 victims were accidentally emailed')."""
    doc = sent.span.doc
    for d in personal:
        # the gaps below keep the object in reach ("the addresses of people who reported
        # crimes were published" runs over the clause's "who")
        if not _owned_by_people(sent, d, people):
            continue
        if d.start >= v.end:
            gap = doc[v.end : d.start]
            if len(gap) <= _HANDED_GAP and not any(
                t.is_punct and t.text not in {"'s", "’s", "'"} or t.lower_ in _PREPOSITIONS
                for t in gap
            ):
                return True
        else:
            between = _past_aside(sent, doc[d.end : v.start])
            words = {t.lower_ for t in between}
            # "were accidentally emailed", "was mistakenly sent": manner between
            be = len(between)
            while be > 0 and between[be - 1].is_alpha and between[be - 1].lower_.endswith("ly"):
                be -= 1
            if (
                len(between) <= _PASSIVE_GAP
                and be
                and between[be - 1].lower_ in _BE
                and not words & (_PREPOSITIONS - {"of", "about"})
                and not any(t.is_punct for t in between)
            ):
                return True
    return False


_MISTAKE_REACH = 3  # "released in error", "was accidentally released", "by mistake"


def _past_aside(sent: Sent, gap: Span) -> list[Token]:
    """The words between people's data and its verb in the passive, less an aside between
    commas that names some of the people ('the personal data of 300 people, including
    victims and witnesses, was mistakenly released': [relevance.grammar] `data_asides` right
    after the first comma); the gap itself when it holds no such aside."""
    asides = [a.split() for a in _relevance_data(data_dir_of(sent))["grammar"]["data_asides"]]
    toks = list(gap)
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    if len(commas) != 2:
        return toks
    first, second = commas
    after = [t.lower_ for t in toks[first + 1 : second]]
    if not any(after[: len(a)] == a for a in asides):
        return toks
    return toks[:first] + toks[second + 1 :]


def _denied_loss_of(sent: Sent, data: Span) -> bool:
    """People's data named as what a denied loss was of ('had not led to any loss of personal
    data', 'there was no theft of records'): a loss or breach word the sentence denies, 'of'
    right after it and at most a few words to the data word, no punctuation between."""
    doc = sent.span.doc
    losses = [c for c in sent.types if c.label_ == "_loss"]
    losses += sent.cues.get("relevance.breach", []) + sent.cues.get("relevance.exposure", [])
    for loss in losses:
        if loss.end >= data.start or doc[loss.end].lower_ != "of":
            continue
        gap = doc[loss.end + 1 : data.start]
        if len(gap) > _LOSS_OF_REACH or any(t.is_punct for t in gap):
            continue
        if sent.denied(loss):
            return True
    return False


_PUT_OUT_REACH = 3  # "released CCTV images", "issued a new photo", "released an e-fit image"


def _put_out(sent: Sent, data: Span) -> bool:
    """People's data the police put out as news or an appeal ('have released CCTV images of
    a man they want to speak to', 'issued a photo of the suspect'): a verb of [relevance]
    `releasing` at most a few words before the data word, no punctuation between, with none
    of `mistaken` near it (`released_by_mistake` tells those as a breach), and the verb not
    right after a message told as sent to the wrong person ('an email meant for someone else,
    giving details of ...': what the misdirected message gave, no news)."""
    if sent.cues.get("relevance.mistaken"):
        return False
    doc = sent.span.doc
    astray = [c for c in sent.types if c.label_ == "_misdirected" and c.kb_id_ == "strong"]
    return any(
        0 <= data.start - v.end <= _PUT_OUT_REACH
        and not any(t.is_punct for t in doc[v.end : data.start])
        and not any(0 <= v.start - c.end <= _PUT_OUT_REACH for c in astray)
        for v in sent.cues.get("relevance.releasing", [])
    )


def released_by_mistake(sent: Sent) -> bool:
    """People's details released by mistake ('the names of 20 victims were accidentally
    released', 'mistakenly gave out a witness's address'): a verb of [relevance] `releasing`
    -- which alone is news ('police released the names of the dead') -- or of `included`
    ('the names of officers were accidentally included in a document') with one of
    `mistaken` a few words either side of it, no punctuation between, and people's data as
    its object. Not a person let go ('was wrongly released from prison')."""
    mistakes = sent.cues.get("relevance.mistaken", [])
    if not mistakes:
        return False
    people = sent.cues.get("relevance.handed_people", [])
    personal = sent.cues.get("relevance.personal", [])
    verbs = [*sent.cues.get("relevance.releasing", []), *sent.cues.get("relevance.included", [])]
    for v in verbs:
        if sent.denied(v) or not sent.asserted(v) or not _handed_as_act(sent, v):
            continue
        if _near_mistake(sent, v, mistakes) and _peoples_data_object(sent, v, personal, people):
            return True
    return False


_RELATIVES = {"who", "that"}


def _outsider_did(sent: Sent, verb: Span) -> bool:
    """The handing done by someone the relative clause places outside the police ('a man who
    posted the address of a witness', 'a woman who had sent officers' addresses'): 'who' or
    'that' (perhaps with 'had') right before the verb, and no police staff word (cues.toml
    `staff`) right before the relative -- 'an officer who sent' is the force's own."""
    doc = sent.span.doc
    j = verb.start - 1
    if j > sent.span.start and doc[j].lower_ in {"had", "has", "have"}:
        j -= 1
    if j <= sent.span.start or doc[j].lower_ not in _RELATIVES:
        return False
    police = sent.forces or sent.has("roles.police_context") or sent.has("roles.force_anaphor")
    # "nursery workers who posted photographs": staff, but not the police's
    return not police or not any(c.end in {j, j - 1} for c in sent.cues.get("relevance.staff", []))


_MODAL_REACH = 3  # "will routinely share", "plans to share"


def _handed_as_act(sent: Sent, verb: Span) -> bool:
    """A handing verb told as something done, not a practice or plan: not in its '-s' form
    ('it passes the details of every victim to Victim Support') and, in its base form, with
    no modal or 'to' a few words before it ('will share the details of victims with the
    council', 'plans to share') -- cues.toml [relevance.grammar] `present_markers`."""
    word = verb[-1]
    if word.lower_ != word.norm_ and word.lower_.endswith("s"):
        return False
    if word.lower_ != word.norm_:
        return True
    doc = sent.span.doc
    lo, _ = clause_bounds(sent, verb.start)
    before = {t.lower_ for t in doc[max(lo, verb.start - _MODAL_REACH) : verb.start]}
    return not before & (_words(sent, "present_markers") | {"to"})


_TO_PEOPLE = {"to", "with"}
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _names_a_time(doc, j: int, hi: int, when: set[str], lawful: set[str]) -> bool:  # type: ignore[no-untyped-def]
    """The preposition at `j` opens a time, not where details went ('on Friday', 'on 3
    May', 'on several occasions'): one of `handed_when` or a number within two words -- after
    'to' or 'with' only a year, any other number counts the people it went to ('sent to 100
    members of the public', 'shared with 12 colleagues'); or a recipient in the course of a
    case ('to her solicitor', 'to the court'; `handed_lawful` within three words)."""
    counted = doc[j].lower_ in _TO_PEOPLE
    for t in doc[j + 1 : min(hi, j + 3)]:
        if t.lower_ in when or (t.like_num and (not counted or _YEAR_RE.fullmatch(t.text))):
            return True
    return any(t.lower_ in lawful for t in doc[j + 1 : min(hi, j + 4)])


_BACK_POSSESSIVES = {"their", "his", "her"}
_BACK_REACH = 6  # "200 victims after their details", "40 witnesses that their addresses"


def _owned_by_people(sent: Sent, data: Span, people: list[Span]) -> bool:
    """What people's data is called, naming whose it is: one of `handed_people` just before
    it ('a victim's address', "officers' home addresses") or just after it behind 'of' or
    'about' ('the names of informants', 'information about crash victims'), or a person's
    behind 'whose' ('a woman whose new address was passed on'), or a generic word for people
    with a relative clause after it ('the names of people who had contacted it', 'details of
    those who reported crimes', 'details of people they had been watching': a group the
    sender holds details of)."""
    doc = sent.span.doc
    if data.end < sent.span.end and doc[data.end].lower_ in _OWNER_LINKS:
        generic, relative = _words(sent, "generic_people"), _words(sent, "relative_pronouns")
        opens = (relative - {"which"}) | _words(sent, "contact_clause_subjects")
        for j in range(data.end + 1, min(sent.span.end - 1, data.end + _OWNER_AFTER)):
            if doc[j].is_punct:
                break
            if doc[j].lower_ in generic and doc[j + 1].lower_ in opens:
                return True
    lead = doc[max(sent.span.start, data.start - 2) : data.start]
    if any(t.lower_ == "whose" for t in lead):
        return True  # "a woman whose address was passed to her ex-partner"
    backs = [t.i for t in lead if t.lower_ in _BACK_POSSESSIVES]
    if backs and any(
        0 < backs[0] - p.end <= _BACK_REACH
        and not any(t.is_punct and t.text not in _POSSESSIVES for t in doc[p.end : backs[0]])
        for p in people
    ):
        return True  # "wrote to 200 victims after their details were emailed to a man"
    for p in people:
        if data.start - _OWNER_BEFORE <= p.start < data.start:
            # the owner's possessive ("officers' home addresses") or a compound ("witness
            # statements"), not the subject of the verb ("an officer passed the details")
            gap = doc[p.end : data.start]
            owned = bool(gap) and gap[0].text in _POSSESSIVES
            if (owned or not gap) and not any(
                t.is_punct and t.text not in _POSSESSIVES for t in gap
            ):
                return True
        if data.end < p.start <= data.end + _OWNER_AFTER and doc[data.end].lower_ in _OWNER_LINKS:
            owns_other = p.end < len(doc) and doc[p.end].text in _POSSESSIVES
            if not owns_other and not any(t.is_punct for t in doc[data.end : p.start]):
                return True  # not "details of the victim's injuries"
    return False
