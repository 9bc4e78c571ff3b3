"""Turn an annotated Doc into an `Extraction`: relevance, incidents, tallies, evidence.

The stages, one module each under extract/rules/: relevance (is this about a breach by a
force?), attribution (which force is at fault, which sentences speak of which incident),
then one field each: money (fine, amount paid), actions (action and regulator), dates (breach,
discovered, reported, decided) and types (over the incident's whole description); tallies for
statistics pages.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from spacy.tokens import Doc, Span, Token

from extract import EXTRACTOR_VERSION
from extract.components.doctext import doc_data_dir, doc_text
from extract.datafiles import load_jsonl, load_toml
from extract.models import DATE_PRECISION, Evidence, Extraction, IncidentFact
from extract.rules import relevance
from extract.rules.actions import (
    OWN_VOICE,
    actions_in,
    best_action,
    closes_matter,
    closing_regulator,
    first_person_action,
    force_noun_after,
    involvement_cues,
    named_regulator,
    notified_regulator,
    proposed_sanction,
    regulator_of,
    sole_issuer,
    weighed_only,
)
from extract.rules.attribution import (
    Roles,
    another_bodys_passing,
    attribute,
    breach_dated,
    case_clause,
    co_agents,
    compares_any_force,
    counts_off,
    counts_repeats,
    dates_the_one_before,
    first_at_fault_sentence,
    follows_earlier,
    heading_forces,
    is_case,
    listed_with,
    mechanism_stated,
    names_its_breach,
    names_only_another_body,
    one_person_case,
    rank_forces,
    refers_to_force,
    states_page_figures,
    told_how_and_when,
    told_in_item,
)
from extract.rules.dates import (
    counts_people_proceeded,
    date_value,
    incident_dates,
    people_words,
    printed_date,
)
from extract.rules.forceless import other_force_named, unnamed_police_breach, year_of_police_act
from extract.rules.found import Found, most_common
from extract.rules.framed import frame, framed_start, tells_several
from extract.rules.hints import (
    PageHints,
    commissioner_force,
    hinted_force,
    publishing_regulator,
)
from extract.rules.money import (
    FINE,
    PAID,
    amounts,
    discount_pair,
    fine_cues,
    whole_fines_paid,
)
from extract.rules.periods import find_periods
from extract.rules.tallies import (
    Tallies,
    find_tallies,
    others_loss,
    speaks_of_kinds,
    states_figures,
    tells_a_story,
)
from extract.rules.tally_cues import numbers, reading_data
from extract.rules.types import best_type, key_terms, type_scores
from extract.sentences import Sent, evidence, segment, split_sentences


@cache
def _inspectors(data_dir: str | None) -> frozenset[str]:
    """The bodies that only inspect (`inspects_only` in regulators.jsonl)."""
    rows = load_jsonl("regulators.jsonl", data_dir)
    return frozenset(r["name"] for r in rows if r.get("inspects_only"))


def _without_inspectors(sent: Sent) -> Sent:
    """The sentence with the inspectorates left out of its regulators (a copy only when it
    names one)."""
    names = _inspectors(doc_data_dir(sent.span.doc))
    if not any(r.label_ in names for r in sent.regulators):
        return sent
    return replace(sent, regulators=[r for r in sent.regulators if r.label_ not in names])


def build_incident(
    force: str,
    sents: list[Sent],
    all_sents: list[Sent],
    published: date | None,
    roles: Roles,
    *,
    mention: str,
    force_sent: Sent | None,
    default_regulator: Found | None = None,
    publisher: str | None = None,
    kinds_counted: bool = False,
) -> IncidentFact:
    fact = IncidentFact(force=force, mention=mention)  # type: ignore[arg-type]
    ev: list[Evidence] = []
    # An inspectorate inspects forces; it acts on no one breach and is told of none: no
    # regulator of the incident, its findings no inquiry into it ("HMICFRS found the force
    # kept records unlawfully; the ICO has been informed": the ICO's referral).
    sents = [_without_inspectors(s) for s in sents]
    all_sents = [_without_inspectors(s) for s in all_sents]
    if default_regulator is not None and str(default_regulator.value) in _inspectors(
        doc_data_dir(sents[0].span.doc) if sents else None
    ):
        default_regulator = None
    if force_sent is not None:
        ev.append(evidence("force", force, force_sent))
    has_regulator = any(s.regulators for s in all_sents)
    court_case = not has_regulator and any(s.has("money.court") for s in all_sents)
    fine = None if court_case else most_common(amounts(sents, FINE, has_regulator))
    paid = most_common(amounts(sents, PAID, has_regulator))
    if fine is None and not court_case:
        # "the force has paid the £50,000 fine", and no discount told: the fine itself
        fine = most_common(whole_fines_paid(sents, all_sents, has_regulator))
    pair = None if court_case else discount_pair(sents, all_sents, has_regulator)
    if pair is not None and (
        fine is None
        or fine.value in (pair[0].value, pair[1].value)
        or any(s.has("money.discount") for s in all_sents)
    ):
        # a fine and what was paid told by their arithmetic (a fifth off for paying early,
        # the discount named): the larger is the fine, whichever words stood next to each
        # ("warned of a £300,000 penalty but settled on £200,000 ... will hand over £160,000")
        fine, paid = pair
    action = best_action(sents)
    if court_case and action is not None and action.value == "monetary_penalty":
        action = None  # a court fine on an officer is not a penalty on the force
    if action is None and fine is None:
        action = proposed_sanction(sents)  # "the ICO intends to fine the force": weighing it
    if fine is not None:
        fine = own_fine(force, fine, has_regulator)
        fact.fine_amount, fact.fine_currency = int(fine.value), "GBP"  # type: ignore[call-overload]
        ev.append(evidence("fine_amount", fine.value, fine.sent))
        if action is None or action.value != "monetary_penalty":
            action = Found("monetary_penalty", fine.sent)
    # A regulator acted (the one named with the action, else the one named most) or was told;
    # one that only comments on the case is no regulator of it.
    regulator = regulator_of(action) or notified_regulator(sents)
    if regulator is None and action is not None:
        regulator = (
            named_regulator(sents)
            or default_regulator
            or first_person_action(sents, publisher)
            or only_regulator(all_sents)
        )
    inferred = None
    if regulator is None and not court_case:
        # a fine with no regulator named: the one body that fines forces (weaker: said so)
        regulator = inferred = sole_issuer(action)
    if (
        action is not None
        and fine is None
        and (
            (action.value == "referral" and any(closes_matter(s) for s in sents))
            or (weighed_only(action) and closing_regulator(action.sent) is not None)
        )
    ):
        # told, or it only weighed what it was told ("the ICO reviewed the case and decided
        # to take no further action"), and it closed the matter: no action, the regulator stays
        action = None
    # An earlier breach gets one sentence or two: one cue has to do.
    btype = best_type(sents, minimum=1.0 if mention == "passing" else 2.0)
    sanction = fine or (action if action is not None and action.value in _SANCTIONS else None)
    if sanction is not None and kinds_counted:
        # on a page counting the force's breaches by kind, the sentence naming the sanction
        # says what it was for ('fined after a laptop was stolen'), whatever kinds the
        # page's figures hold
        own = best_type([sanction.sent], minimum=_MECHANISM)
        btype = own or btype
    dates = incident_dates(sents, published, str(btype.value) if btype else None)
    if paid is not None and fine is not None and paid.value != fine.value:
        fact.fine_paid = int(paid.value)  # type: ignore[call-overload]
        ev.append(evidence("fine_paid", paid.value, paid.sent))
    if dates.breach is not None:
        fact.breach_date = str(dates.breach.value)
        fact.breach_date_precision = DATE_PRECISION[len(fact.breach_date)]  # type: ignore[assignment]
        fact.breach_year = dates.breach_year
        ev.append(evidence("breach_date", fact.breach_date, dates.breach.sent))
        ev.append(evidence("breach_year", fact.breach_year, dates.breach.sent))
    for name in ("discovered", "reported", "decided"):
        found = getattr(dates, name)
        if found is not None:
            setattr(fact, name, str(found.value))
            ev.append(evidence(name, found.value, found.sent))
    if (fine or action) and dates.fine_year is not None:
        fact.fine_year = int(dates.fine_year.value)  # type: ignore[call-overload]
        ev.append(evidence("fine_year", fact.fine_year, dates.fine_year.sent))
    if regulator is not None:
        # a regulator since renamed (the IPCC, now the IOPC): its present name, one name per body
        was_inferred = regulator is inferred
        regulator = _current_name(regulator)
        inferred = regulator if was_inferred else inferred
    for name, found in (("action", action), ("regulator", regulator), ("breach_type", btype)):
        if found is not None:
            setattr(fact, name, found.value)
            ev.append(evidence(name, found.value, found.sent))
            if found is inferred:
                ev[-1].source = "inference"
    fact.key_terms = key_terms(sents, fact.breach_type)
    lead = _lead_sentence(sents, force, roles) or force_sent or (sents[0] if sents else None)
    fact.summary = lead.text if lead else ""
    fact.evidence = ev
    return fact


@cache
def _renamed(data_dir: str | None) -> dict[str, str]:
    """Regulators renamed, not merged or abolished (`renamed` in regulators.jsonl): the old
    name to the body's present one."""
    return {
        row["name"]: row["successor"]
        for row in load_jsonl("regulators.jsonl", data_dir)
        if row.get("renamed") and row.get("successor")
    }


def _current_name(found: Found) -> Found:
    """The regulator under its present name: a body renamed since (the Independent Police
    Complaints Commission, now the Independent Office for Police Conduct) is the same body,
    whichever name the page uses for it."""
    now = _renamed(doc_data_dir(found.sent.span.doc)).get(str(found.value))
    return found if now is None else Found(now, found.sent)


def own_fine(force: str, fine: Found, has_regulator: bool) -> Found:
    """The force's own fine, when the sentence telling the fine names two forces and two
    fines ('Kent Police was fined £80,000 and Essex Police £100,000', 'the ICO fined Kent
    Police £80,000 and Essex Police £100,000'): the fine in the force's own part of it, from
    its name to the next other force's; else the fine as found."""
    sent = fine.sent
    if len({m.label_ for m in sent.forces}) < 2:
        return fine
    values = {f.value for f in amounts([sent], FINE, has_regulator)}
    if len(values) < 2:
        return fine
    mentions = sorted(sent.forces, key=lambda m: m.start)
    own: set[int] = set()
    for k, mention in enumerate(mentions):
        if mention.label_ != force:
            continue
        end = next((m.start for m in mentions[k + 1 :] if m.label_ != force), sent.span.end)
        own |= {
            int(m.kb_id_)
            for m in sent.money
            if mention.start <= m.start < end and int(m.kb_id_) in values
        }
    if len(own) != 1:
        return fine  # "fined £80,000 and £100,000 respectively": not told by parts
    return Found(own.pop(), sent)


def only_regulator(sents: list[Sent]) -> Found | None:
    """The one regulator the whole text names (as a fact), when it names just one: who took
    an action whose own sentences name no one ('Cumbria Constabulary was reprimanded in
    2022' in a column that speaks of the ICO's reprimands and fines)."""
    named = {r.label_: s for s in sents for r in s.regulators if s.asserted(r)}
    if len(named) != 1:
        return None
    [(name, sent)] = named.items()
    return Found(name, sent)


def _partner_fine(twin: IncidentFact, partner: str, told: list[Sent], sents: list[Sent]) -> None:
    """A partner's copy of the primary incident takes the fine of its own part of the
    sentence telling the fines (`own_fine`), not the primary force's."""
    where = next((e for e in twin.evidence if e.field == "fine_amount"), None)
    sent = next((s for s in told if where is not None and s.start == where.start), None)
    if where is None or sent is None or twin.fine_amount is None:
        return
    has_regulator = any(s.regulators for s in sents)
    found = own_fine(partner, Found(twin.fine_amount, sent), has_regulator)
    if found.value != twin.fine_amount:
        twin.fine_amount = int(found.value)  # type: ignore[call-overload]
        twin.evidence = [e for e in twin.evidence if e is not where]
        twin.evidence.append(evidence("fine_amount", found.value, sent))


def _says_nothing(fact: IncidentFact) -> bool:
    """An incident with no type, year, fine or action: nothing beyond its force."""
    return not (fact.breach_type or fact.breach_year or fact.fine_amount or fact.action)


def _sanction_verb_forms(doc: Doc) -> frozenset[str]:
    """Word forms of a sanction told as a verb acting on a force (actions.toml
    [sanction_verb]): the story's own news of that force, not a name in passing."""
    return frozenset(load_toml("actions.toml", doc_data_dir(doc))["sanction_verb"]["forms"])


def _tells_no_facts(
    fact: IncidentFact, group: list[Sent], roles: Roles, whole: dict[int, Sent] | None = None
) -> bool:
    """Another force's incident with no type, year or fine, nor a sanction a verb puts on it
    ('reprimanded Essex Police'): the story only names it ('It follows a 2019 fine for Kent
    Police', 'the second force reprimanded this month, after Essex Police', 'other forces,
    including Gwent Police') -- what happened to it is not told, so it is no incident of the
    page's."""
    if fact.breach_type or fact.breach_year or fact.fine_amount:
        return False
    if any(m.label_ == fact.force and names_its_breach(m) for s in group for m in s.forces):
        return False  # "The Cleveland Police data breach was avoidable": its breach, named
    if fact.force and _owns_breach(group, fact.force, whole or {}, told_as_past=True):
        return False  # "It follows a breach at Kent Police": its own breach, though untold
    if fact.force and _case_at_fault(group, fact.force, roles, whole):
        return False  # "In another case, a Kent Police officer ...": a case the page picks out
    if any(relevance.lost_records(s) for s in group):
        return False  # "Kent Police said victims' names were released in error": told
    if not fact.action:
        return True
    forms = _sanction_verb_forms(group[0].span.doc) if group else frozenset()
    for sent in group:
        for m in sent.forces:
            role, match = roles.by_start.get(m.start, ("", None))
            if m.label_ != fact.force or role not in ("target", "agent"):
                continue
            if match is not None and any(t.lower_ in forms for t in match):
                return False
            if _sanction_verb_on(sent, m, forms):
                return False
    return True


_LIST_WORDS = {"and", ",", "both", "the"}


def _sanction_verb_on(sent: Sent, mention: Span, forms: frozenset[str]) -> bool:
    """A sanction verb in the force's own clause ('Sussex Police and Surrey Police were both
    fined', 'reprimanded Devon and Cornwall Police and Essex Police'): after the name up to
    the clause's end, or right before the list the name stands in."""
    doc = sent.span.doc
    for t in doc[mention.end : sent.span.end]:
        if t.is_punct:
            break
        if t.lower_ in forms:
            return True
    j = mention.start - 1
    while j >= sent.span.start:
        other = next((m for m in sent.forces if m.start <= j < m.end), None)
        if other is not None:
            j = other.start - 1
        elif doc[j].lower_ in _LIST_WORDS:
            j -= 1
        else:
            break
    return j >= sent.span.start and doc[j].lower_ in forms


def _inferred(fact: IncidentFact, field_name: str) -> bool:
    return any(e.field == field_name and e.source == "inference" for e in fact.evidence)


def _lead_sentence(sents: list[Sent], force: str, roles: Roles) -> Sent | None:
    """The first sentence naming the force together with a fact (fine, action or breach)."""
    for sent in sents:
        if len(sent.span) < 5 or force not in roles.at_fault(sent):
            continue
        if (
            sent.idx == 0
            or fine_cues(sent)
            or actions_in(sent)
            or any(c.kb_id_ == "strong" for c in sent.types)
        ):
            return sent
    return None


def case_sentences(
    sents: list[Sent],
    primary_type: str | None,
    primary_year: int | None = None,
    published: date | None = None,
    statistics: bool = False,
) -> list[Sent]:
    """Sentences opening a case of another kind than the primary incident's ('In another
    case, an officer leaked ...'): one per kind, each judged on its own strong cues. A case
    of the primary's kind is another incident too when it dates its own breach in another
    year than the primary's ('Another officer, who made similar checks in 2019, was warned'
    in a story of checks made in 2021): one per kind and year."""
    out: list[Sent] = []
    kinds = {primary_type}
    years: set[tuple[str, int]] = set()
    for sent in sents:
        case = sent if is_case(sent) else case_clause(sent)
        if (
            case is None
            and statistics
            and (
                (
                    one_person_case(sent)
                    and (
                        sent.forces
                        or _dates_its_case(sent)
                        or any(breach_dated(s) for s in [sent, *_case_sequel(sent, sents)])
                    )
                )
                or (
                    _introduces_one_case(sent)
                    and (sent.forces or sent.dates or _points_back_to_figures(sent, sents))
                )
                or _force_did_once(sent)
                or _handful_told(sent)
                or _crowd_over_one_record(sent)
            )
        ):
            # "... weeks after a constable was sacked for searching records. He made the
            # searches in 2021": one breach told beside the figures, dated as one -- or
            # whose force the sentence names ("A Sussex constable was sacked after he
            # shared a victim's address"), a case of that force's, dated or not. So too an
            # incident introduced and told in a clause, dated or placed ("an incident in
            # 2019 in which a laptop was stolen")
            case = sent
        if case is None and statistics and sent.idx > 0 and _own_case_past_figures(sent):
            # "The force, which logged 190 the year before, also lost a laptop in 2022": the
            # force's one breach told past its figures, dated as one
            case = segment(sent, _past_figures(sent) or sent.span.start, sent.span.end)
        if sent.idx == 0 or case is None:
            continue
        if statistics and case is sent and _continues_case(sent, out, sents):
            continue
        for part in _examples(case, sent) if statistics else [case]:
            _add_case(
                part,
                sent,
                sents,
                out,
                kinds,
                years,
                primary_type,
                primary_year,
                published,
                statistics,
            )
    return out


def _continues_case(sent: Sent, out: list[Sent], sents: list[Sent]) -> bool:
    """The sentence goes on with a case told just before ('One of those cases ended at a
    hearing. The panel heard that a detective had searched ...'): part of that case's story,
    unless it opens a case of its own (a case cue, or its own year first: 'In 2015 a
    constable was dismissed ...')."""
    if is_case(sent) or _dates_its_case(sent):
        return False
    return any(any(n is sent for n in _case_sequel(c, sents)) for c in out)


def _handful_told(sent: Sent) -> bool:
    """A handful of the force's people told by what they did ('Four constables got a
    final warning for telling a suspect who had named him', 'Three members of staff were
    warned for sharing a victim's details'): on a page of figures, one breach of theirs, a
    case of its own -- the sentence opens on the people counted, states no figures but them
    and tells no kinds of breach."""
    if sent.idx == 0 or speaks_of_kinds(sent) or not tells_a_story(sent):
        return False
    data_dir = doc_data_dir(sent.span.doc)
    crowd = people_words(data_dir).crowd
    toks = [t for t in sent.span if not (t.is_punct or t.is_space)]
    few = _case_words(data_dir)[0]
    if not toks or not (toks[0].like_num or toks[0].lower_ in few):
        return False
    if sum(t.like_num or t.lower_ in few for t in toks) > 1:
        return False  # "Three officers and two staff were sacked for ...": outcomes counted
    sources = load_toml("tallies.toml", data_dir)["people"]["statistics"]
    lowered = sent.text.lower()
    if any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in sources):
        return False  # "... were sacked for misuse, figures show": a figure of the data
    return any(t.lower_ in crowd for t in toks[1:4])


_CROWD_GAP = 3  # "208 police officers", "a combined 208 serving officers": number, then crowd


def _crowd_over_one_record(sent: Sent) -> bool:
    """Many of the force's people put through a proceeding for one act on one record ('In
    Kent, 40 officers were disciplined for opening a computer record about a singer's arrest',
    'Dozens of staff were warned for looking at a footballer's file'): however many took part,
    one breach -- a case of its own on a page of figures. The breach is a strong cue stated as
    fact (a weak one, 'looking at a record', when the crowd is the subject of the proceeding:
    `_crowd_proceeded`) holding a record noun (cues.toml [roles] one_record) that is singular
    and made one
    ('a', 'one', a possessive, 'the ... of'); the sentence counts a crowd (tallies.toml
    [measures] crowd) and names no period, which would make its number a figure of the
    period's ('40 officers were disciplined last year for viewing a record')."""
    if sent.idx == 0 or speaks_of_kinds(sent) or find_periods(sent.text):
        return False
    records = sent.cues.get("roles.one_record", [])
    proceeded = _crowd_proceeded(sent)
    one_record = any(
        (cue.kb_id_ == "strong" or proceeded)
        and sent.asserted(cue)
        and any(cue.start <= r.end - 1 < cue.end and _one_of(r[-1]) for r in records)
        for cue in sent.types
    )
    if not one_record:
        return False
    crowd = people_words(doc_data_dir(sent.span.doc)).crowd
    toks = list(sent.span)
    return any(
        t.like_num and any(u.lower_ in crowd for u in toks[i + 1 : i + 1 + _CROWD_GAP])
        for i, t in enumerate(toks)
    )


def _one_of(noun: Token) -> bool:
    """A singular noun made one: 'a record', 'one file', 'a computer record', 'a footballer's
    record', 'the file of the victim' -- not 'records', 'the database', 'the information'.
    Right before it, a determiner or possessive ending of cues.toml [roles] `one_record_marks`,
    or 'the' with 'of' after the noun."""
    if noun.lower_ != noun.norm_:
        return False  # "records": plural (norm_ holds the lemma)
    doc = noun.doc
    determiners, possessive = _one_record_marks(doc_data_dir(doc))
    for k in range(noun.i - 1, max(noun.i - 1 - _MODIFIERS, -1), -1):
        word = doc[k].lower_
        if word in determiners or word in possessive:
            return True
        if word == "the":
            return noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of"
        if doc[k].is_punct or doc[k].like_num:
            return False
    return False


_MODIFIERS = 3  # "a | police computer | record": words between the article and the noun


@cache
def _one_record_marks(data_dir: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """cues.toml [roles] one_record_marks: the determiners ('a record', 'one file') and the
    possessive endings ('a footballer's record') that make a record noun one record."""
    marks = load_toml("cues.toml", data_dir)["roles"]["one_record_marks"]
    return frozenset(marks["determiners"]), frozenset(marks["possessive"])


@cache
def _case_words(data_dir: str | None) -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """cues.toml [passing] few, dealt_with and found_later: a handful of people, what was
    done to one person, and a proceeding that found a breach out later (as a pattern)."""
    cues = load_toml("cues.toml", data_dir)["passing"]
    later = "|".join(re.escape(w) for w in cues["found_later"])
    return (
        frozenset(cues["few"]),
        frozenset(cues["dealt_with"]),
        re.compile(rf"\b(?:{later})\b", re.I),
    )


def _sanction_dated(sent: Sent) -> bool:
    """The one date of the sentence comes right after what was done to the person ('one
    officer quit in 2009 after ...', 'A constable was jailed in 2012 for ...'): the year
    the case was dealt with, told as the case's own."""
    dated = [d for d in sent.dates if sent.asserted(d)]
    if len(dated) != 1 or _names_span(sent):
        return False
    doc = sent.span.doc
    before = [t for t in doc[max(sent.span.start, dated[0].start - 3) : dated[0].start]]
    data_dir = doc_data_dir(doc)
    outcome = people_words(data_dir).proceedings | _case_words(data_dir)[1]
    return any(t.lower_ in outcome for t in before)


def _dates_its_case(sent: Sent) -> bool:
    """The sentence of one person's breach opens on the one year it happened or was dealt
    with ('In 2011 a special constable was sacked for looking up ...', 'And in 2015 a
    detective resigned after ...'): on a page of figures, a case told apart from them, dated
    as one -- not a span ('between 2010 and 2014'), which is the figures' period."""
    dated = [d for d in sent.dates if sent.asserted(d)]
    if len(dated) != 1 or _names_span(sent):
        return False
    first = next((t for t in sent.span if not (t.is_punct or t.is_space)), None)
    return first is not None and dated[0].start - first.i <= 3


def _force_did_once(sent: Sent) -> bool:
    """On a page of figures, a line telling what the force itself did once, dated as a
    breach and stated as fact, with no figures but those of the people involved ('In August
    2023 the force apologised after sending a rape victim's statement to the man she had
    accused', 'That year the force mistakenly emailed the names of 300 victims to a
    charity'): one breach told beside the figures, a case of its own -- not kinds of breach
    told in general ('Most involved emails sent to the wrong address')."""
    singular = {t.lower_ for t in sent.span} & {"force", "constabulary", "it"}
    if sent.idx == 0 or not (sent.forces or (singular and refers_to_force(sent))):
        return False
    if speaks_of_kinds(sent) or (states_figures(sent) and not _figures_of_those_involved(sent)):
        return False
    words = {t.lower_ for t in sent.span}
    unreal = load_toml("cues.toml", doc_data_dir(sent.span.doc))["passing"]["unreal"]
    if words & set(unreal):
        return False  # "An officer who loses a laptop must report it": a rule, no case
    if words & _IN_BULK or not words & _ONE:
        return False  # "the figures include every incident, from misdirected emails to ..."
    if len(sent.forces) > 1 or any(m.label_ != sent.forces[0].label_ for m in sent.forces):
        return False
    return breach_dated(sent) and (mechanism_stated(sent) or told_how_and_when(sent))


# Words of breaches in bulk: a line with one of them speaks of many, not one.
_IN_BULK = frozenset(
    {
        "figures",
        "every",
        "each",
        "all",
        "incidents",
        "breaches",
        "cases",
        "most",
        "many",
        "forces",
        "dozens",
        "hundreds",
        "thousands",
        "several",
        "some",
    }
)


_JOINERS = {"and", ";"}
_ONE = {"a", "an", "one"}
_THE = {"the"}
# Words that pick out one thing or person ("a laptop", "one officer", "his ex-partner's"):
# examples told with none of them are kinds in the plural, not cases.
_SINGLE = _ONE | {"his", "her", "he", "she", "single"}
_LINK_REACH = 5  # "an incident | in | March | 2022 | in which": the words between noun and link


def _points_back_to_figures(sent: Sent, sents: list[Sent]) -> bool:
    """The sentence opens by pointing back at the figures the one before states ('Kent
    Police logged 85 breaches. They included a case in which ...'): what it tells is one of
    them, the page's force's."""
    cues = load_toml("cues.toml", doc_data_dir(sent.span.doc))["passing"]
    first = next((t.lower_ for t in sent.span if not t.is_space), "")
    if first not in cues["figures_pointers"] and not sent.has("passing.back_to_figures"):
        return False
    before = [s for s in sents if s.idx == sent.idx - 1]
    return bool(before) and states_figures(before[0])


def _introduces_one_case(sent: Sent) -> bool:
    """The sentence introduces one incident and tells it in a relative clause ('The force
    also reported an incident in 2019 in which a laptop was stolen from a car', 'Among them
    was a case last year where a call handler looked up her ex-partner'): an indefinite
    incident noun, then within a few words the clause's opening (cues.toml [passing]), or
    "one" standing for the noun right before it ('Among them was one in which ...') -- not
    what may happen ('if an incident occurs in which ...'); the month in a date ('an incident
    in May 2023 in which ...') is no 'may' of what may happen."""
    cues = load_toml("cues.toml", doc_data_dir(sent.span.doc))["passing"]
    toks = [t for t in sent.span if not t.is_space]
    words = [t.lower_ for t in toks]
    in_date = {i for d in sent.dates for i in range(d.start, d.end)}
    if any(t.lower_ in cues["unreal"] and t.i not in in_date for t in toks):
        return False
    links = [link.split() for link in cues["one_case_links"]]
    for k in range(len(words) - 1):
        # "Among them was one in which ...": "one" standing for the noun ("one of", "one
        # too many" are no opening of a clause)
        if (
            words[k] == "one"
            and k > 0
            and words[k - 1] not in _ONE
            and any(words[k + 1 : k + 1 + len(link)] == link for link in links)
        ):
            return True
        # "the case in May 2021 in which ...": one case the reader may know, told
        # in its clause as an indefinite one is
        if words[k] not in _ONE | _THE or words[k + 1] not in cues["one_case_nouns"]:
            continue
        for j in range(k + 2, min(k + 2 + _LINK_REACH, len(words))):
            if any(words[j : j + len(link)] == link for link in links):
                return True
    return False


def _examples(case: Sent, sent: Sent) -> list[Sent]:
    """The examples one case sentence of a statistics page lists, when they are of different
    kinds ('Other incidents included a laptop stolen from a car and an email sent to the wrong
    address'): the parts between joining words ('and', ';') after the case cue, each with a
    kind of its own; else the case itself."""
    if case is not sent:
        return [case]
    opening = min((c.end for c in sent.cues.get("passing.cases", [])), default=sent.span.start)
    if opening > sent.span.start and not any(
        t.lower_ in _SINGLE for t in sent.span if t.i >= opening
    ):
        # "The breaches included emails sent to the wrong person and lost notebooks": kinds
        # the figures count, told in the plural -- no one case picked out
        return []
    cuts = [t.i for t in sent.span if t.i >= opening and t.lower_ in _JOINERS]
    if not cuts:
        return [case]
    bounds = [sent.span.start, *cuts, sent.span.end]
    parts = [segment(sent, a, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    after = _consequence_at(sent, opening)
    kinds: dict[int, str] = {}
    for k, part in enumerate(parts):
        if after is not None and bounds[k] > after:
            break  # "..., which led to delays and possible leaks": what followed, no example
        found = best_type([part], minimum=1.0)
        if found is not None:
            kinds[k] = str(found.value)
    if len(set(kinds.values())) < 2:
        return [case]
    return [parts[k] for k in kinds]


def _consequence_at(sent: Sent, opening: int) -> int | None:
    """Where the case sentence, past its cue, goes on to what the case led to ('which led to',
    'resulting in': cues.toml [passing] consequences), as a token index; None if it does not."""
    return min(
        (c.start for c in sent.cues.get("passing.consequences", []) if c.start >= opening),
        default=None,
    )


def _names_span(sent: Sent) -> bool:
    """The sentence names a span of years ('between 2010 and 2014', '2019/20'): a period
    of figures."""
    return any(
        p.period is None or p.period.start != p.period.end or p.period.fiscal
        for p in find_periods(sent.text)
    )


def _one_year_told(whole: Sent, published: date | None) -> int | None:
    """The one year a sentence of one case names, when it states no figures and names no
    span ('In 2013 a member of staff was dismissed for passing on a witness's details',
    'A constable was jailed in 2012 for selling details'): on a page of figures, the year
    of that case, whatever the date's role."""
    if states_figures(whole) and not tells_a_story(whole):
        return None
    if _names_span(whole):
        return None
    values = {date_value(d, published) for d in whole.dates if whole.asserted(d)}
    years = {v[:4] for v in values if v}
    if len(years) != 1 or None in values:
        return None
    return int(years.pop())


def _case_year(case: Sent, sent: Sent, kind: str, published: date | None) -> int | None:
    """The year of a case picked out on a page of figures: its breach date, else the one
    year its sentence names when the case is the whole sentence."""
    found = incident_dates([case], published, kind).breach
    if found is not None:
        return int(str(found.value)[:4])
    return _year_dealt_with(sent, published) if case is sent else None


def _year_dealt_with(case: Sent, published: date | None) -> int | None:
    """The one year a case sentence on a page of figures gives the case, opening on it or
    right after what was done to the person ('In 2014 a detective was sacked for ...', 'one
    officer quit in 2009 after ...') -- not a hearing's or court's year, which found the
    breach out later."""
    found_later = _case_words(doc_data_dir(case.span.doc))[2]
    if not (_dates_its_case(case) or _sanction_dated(case)) or found_later.search(case.text):
        return None
    return _one_year_told(case, published)


def _add_case(
    case: Sent,
    sent: Sent,
    sents: list[Sent],
    out: list[Sent],
    kinds: set[str | None],
    years: set[tuple[str, int]],
    primary_type: str | None,
    primary_year: int | None,
    published: date | None,
    statistics: bool = False,
) -> None:
    """`case` (of `sent`) among the cases `out` when it is of a kind not told yet. On a
    page of figures every case it picks out is an incident of its own, so one of a kind told
    already is another when it is of another year, or the one undated beside dated ones
    ('In 2014 a detective was sacked for reading files ... In 2016 a sergeant got a warning
    for looking up a neighbour ... A clerk browsed records out of curiosity')."""
    found = best_type([case], minimum=1.0)  # a case announced as one: one cue will do
    if found is None and case is sent:
        # "One of those cases came before a hearing. An officer had looked up ...": a case
        # opened in a sentence of its own, how it happened told in the next ones
        found = best_type([case, *_case_sequel(case, sents)], minimum=_MECHANISM)
    if found is not None:
        kind = str(found.value)
    elif primary_type is not None and case.has("passing.alike"):
        kind = primary_type  # "similar searches": the story's kind
    else:
        return
    if statistics:
        key = (kind, _case_year(case, sent, kind, published))
        if key not in years:
            years.add(key)  # type: ignore[arg-type]
            kinds.add(kind)
            out.append(case)
        return
    if kind not in kinds:
        kinds.add(kind)
        out.append(case)
    elif primary_year is not None:
        year = incident_dates([case], published, kind).breach_year
        if year is not None and year != primary_year and (kind, year) not in years:
            years.add((kind, year))
            out.append(case)


def clause_start(part: Sent) -> int:
    """The first token of a sentence's part (`segment` keeps the whole sentence's span)."""
    starts = [sp.start for spans in part.cues.values() for sp in spans]
    return min(starts, default=part.span.start)


def _cases_among_figures(group: list[Sent], published: date | None) -> list[tuple[Sent, Sent]]:
    """(sentence, case) for each case another force's sentences of figures tell, one per
    kind: a case clause ('..., including one in 2022 when a laptop was stolen') or one
    person's breach ('an officer was sacked in 2021 for sharing a victim's address'), with
    how it happened and a breach date of its own."""
    out: list[tuple[Sent, Sent]] = []
    kinds: set[str] = set()
    for sent in group:
        clause = case_clause(sent)
        # one person's breach, or a handful of people's, told with what was done to them
        # ('Dorset Police dismissed three staff for misusing its intelligence system', '...,
        # and one staffer was dismissed for looking up records'): a case told in full, dated or
        # not -- not one person who only speaks of it ('a spokesperson said ...')
        opening = clause_start(clause) if clause is not None else -1
        told = (
            any(c.start == opening for c in clause.cues.get("passing.cases", []))
            if (clause is not None)
            else (one_person_case(sent) or tells_a_story(sent))
        ) and bool((clause or sent).cues.get("relevance.discipline"))
        case = clause or (sent if is_case(sent) or told else None)
        if case is None:
            continue
        found = best_type([case], minimum=_MECHANISM)
        if found is None or str(found.value) in kinds:
            continue
        if not told and incident_dates([case], published, str(found.value)).breach is None:
            continue
        kinds.add(str(found.value))
        out.append((sent, case))
    return out


# Words that close the clause holding a force's figures and open what it did besides
# ("Sussex Police, which logged 312 breaches, also lost ...", "... recorded 290 breaches and
# was reprimanded after ...").
_PAST_FIGURES = {",", "and", "but", "while", "whilst", ";"}


def _cases_past_figures(group: list[Sent]) -> list[tuple[Sent, Sent]]:
    """(sentence, case) for another force's one breach told in the same sentence as its
    figures but past them ('Sussex Police, which recorded 312 breaches, also lost a laptop
    in 2022', 'Hampshire recorded 290 breaches and was reprimanded after an officer emailed
    a victim's address to a suspect'). One per force."""
    for sent in group:
        start = _past_figures(sent)
        if start is not None:
            return [(sent, segment(sent, start, sent.span.end))]
    return []


def _past_figures(sent: Sent) -> int | None:
    """Where a sentence stating figures goes on, past its last figure and the clause holding
    it, to tell one breach: the words from the clause's close on hold no figure, speak of
    one thing or person, not of breaches in bulk, and state how the breach happened, or a
    sanction beside a strong cue."""
    if not states_figures(sent) or speaks_of_kinds(sent):
        return None
    with reading_data(doc_data_dir(sent.span.doc)):
        found = numbers(sent.text)
    if not found:
        return None
    last = max(n.a for n in found)
    toks = [t for t in sent.span if t.idx - sent.start > last]
    cut = next((i for i, t in enumerate(toks) if t.lower_ in _PAST_FIGURES), None)
    if cut is None:
        return None
    while cut < len(toks) and toks[cut].lower_ in _PAST_FIGURES:
        cut += 1
    rest = toks[cut:]
    if len(rest) < 4 or any(t.like_num and not _year_like(t.text) for t in rest):
        return None
    words = {t.lower_ for t in rest}
    if words & _IN_BULK or not words & _SINGLE:
        return None
    opening = " ".join(t.lower_ for t in rest[:3])
    aside = load_toml("tallies.toml", doc_data_dir(sent.span.doc))["context"]["lead_aside"]
    if any(opening.startswith(a) for a in aside):
        return None  # "..., according to a separate FOI response": the figures' source
    case = segment(sent, rest[0].i, sent.span.end)
    if mechanism_stated(case) or (
        (fine_cues(case) or actions_in(case)) and any(c.kb_id_ == "strong" for c in case.types)
    ):
        return rest[0].i
    return None


def _own_case_past_figures(sent: Sent) -> bool:
    """The sentence gives the force's figures and goes on past them to tell one breach of
    its own, dated as one; the force is the one named, or 'the force'."""
    start = _past_figures(sent)
    if start is None:
        return False
    singular = {t.lower_ for t in sent.span} & {"force", "constabulary"}
    if not (sent.forces or (singular and refers_to_force(sent))):
        return False
    if len({m.label_ for m in sent.forces}) > 1:
        return False
    return breach_dated(segment(sent, start, sent.span.end))


def _breaches_past_figures(
    sents: list[Sent], published: date | None, roles: Roles
) -> list[IncidentFact]:
    """On a page of figures tying no force to a breach of its own, a force's one breach told
    past its figures in their sentence ('..., while Suffolk Constabulary, which logged 88,
    was reprimanded after a file was left in a pub'): an incident of the force named last
    before the words that tell it, one per force."""
    out: list[IncidentFact] = []
    done: set[str] = set()
    for sent in sents:
        start = _past_figures(sent)
        if start is None:
            continue
        before = [m for m in sent.forces if m.end <= start]
        if not before or before[-1].label_ in done:
            continue
        force = before[-1].label_
        done.add(force)
        case = segment(sent, start, sent.span.end)
        out.append(
            build_incident(
                force, [case], sents, published, roles, mention="passing", force_sent=sent
            )
        )
    return out


def _year_like(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in {"19", "20"}


def _own_date(fact: IncidentFact, case: Sent, published: date | None) -> None:
    """A case that dates its own breach ('In 2019 an officer emailed a statement to the
    suspect') takes that date, not one the sentences after it tell of something else (a
    hearing, a later breach): those only date a case that names none."""
    if not breach_dated(case):
        return
    own = incident_dates([case], published, fact.breach_type).breach
    if own is None or str(own.value) == fact.breach_date:
        return
    fact.breach_date = str(own.value)
    fact.breach_date_precision = DATE_PRECISION[len(fact.breach_date)]  # type: ignore[assignment]
    fact.breach_year = int(fact.breach_date[:4])
    fact.evidence = [e for e in fact.evidence if e.field not in ("breach_date", "breach_year")]
    fact.evidence.append(evidence("breach_date", fact.breach_date, own.sent))
    fact.evidence.append(evidence("breach_year", fact.breach_year, own.sent))


def _date_from_figures(
    fact: IncidentFact, case: Sent, sents: list[Sent], published: date | None
) -> None:
    """A case told inside a sentence of figures with no date of its own takes the one period
    those figures are of ('Last year's breaches included a dozen lost files, including one
    left on a train': last year's)."""
    example = case.cues.get("passing.example", [])
    if example:
        _sentence_year(fact, case, sents, published, before=example[0].start)


def _date_from_sentence(
    fact: IncidentFact, case: Sent, sents: list[Sent], published: date | None
) -> None:
    """One example of several a sentence lists, dated by none of its own words, takes the
    one year the sentence names ('Other incidents last year included a laptop stolen from a
    car and an email sent to the wrong address': both last year's)."""
    whole = next((s for s in sents if s.start == case.start), None)
    if whole is not None and whole is not case and not case.dates:
        _sentence_year(fact, case, sents, published)


def _date_from_figures_before(
    fact: IncidentFact, case: Sent, sents: list[Sent], published: date | None
) -> None:
    """A case pointing back at the figures just told ('Kent Police logged 90 breaches in
    2021. Among them, a laptop was left on a train') is one of them: it takes the one year
    the sentence before names, when that sentence states figures."""
    whole = next((s for s in sents if s.start == case.start), None)
    if whole is not None and _points_back_to_figures(whole, sents):
        before = next(s for s in sents if s.idx == whole.idx - 1)
        _sentence_year(fact, before, sents, published)


def _sentence_year(
    fact: IncidentFact,
    case: Sent,
    sents: list[Sent],
    published: date | None,
    before: int | None = None,
) -> None:
    """Date `fact` by the one year the whole sentence holding `case` names (its dates ending
    by token `before`, if given); nothing when it names none, several, or one unreadable."""
    whole = next((s for s in sents if s.start == case.start), None)
    if whole is None:
        return
    values = {date_value(d, published) for d in whole.dates if before is None or d.end <= before}
    years = {v[:4] for v in values if v}
    if len(years) != 1 or None in values:
        return
    [year] = years
    fact.breach_year = int(year)
    fact.breach_date = year
    fact.breach_date_precision = "year"
    fact.evidence.append(evidence("breach_year", fact.breach_year, whole))


def _before_case(sent: Sent, cases: list[Sent]) -> Sent:
    """The sentence up to the case clause it holds, if one of `cases` is a clause of it: the
    primary incident is told by the rest."""
    for case in cases:
        if case.start == sent.start and case is not sent:
            start = min((t.start for t in case.cues.get("passing.cases", [])), default=None)
            if start is not None and start > sent.span.start:
                return segment(sent, sent.span.start, start)
    return sent


def _case_sequel(case: Sent, sents: list[Sent], reach: int = 2) -> list[Sent]:
    """What the story says next about one case ('In one case an officer emailed ... The
    force reported itself to the ICO'): up to `reach` sentences, before another case or
    figures."""
    out: list[Sent] = []
    kind = best_type([case])
    for sent in [s for s in sents if s.idx > case.idx][:reach]:
        if is_case(sent) or (
            # "It involved the theft of a spreadsheet with the names of 200 officers": the
            # people the case's data was about, no figures of the page's
            states_figures(sent)
            and not counts_repeats(sent)
            and not _figures_of_those_involved(sent)
        ):
            break
        if kind is not None and _tells_another_kind(sent, str(kind.value)):
            break  # "In one case an officer ... In another, a laptop was left on a train"
        out.append(sent)
    return out


def _tells_another_kind(sent: Sent, kind: str) -> bool:
    """The sentence tells how a breach of another kind happened, as fact: no more of a case
    of `kind` -- the next case, however it opens."""
    if not mechanism_stated(sent):
        return False
    found = best_type([sent])
    return found is not None and str(found.value) != kind


def _told_run(story: list[Sent]) -> list[Sent]:
    """The case's sentences as long as they go on telling it: up to the first that names no
    force and has no breach cue ('Content from our partners', a reader's prompt) -- what
    follows is the page's furniture or another matter, not the case's."""
    out: list[Sent] = []
    for sent in story:
        if out and not (sent.forces or sent.types):
            break
        out.append(sent)
    return out


def _earlier_occasion(sent: Sent, before: list[Sent], published: date | None) -> bool:
    """A later line of the story telling a breach of its own, dated before the story's:
    another, earlier occasion when a word marks it as one (cues.toml [passing] `occasion`:
    "The force had made the same error in 2020"), when it introduces one incident ("had
    reported an incident in 2019 in which a notebook was left in a cafe"), or when its breach,
    dated as a breach, is of another kind ("In 2015 the service had lost a laptop" after a
    story of names published online). A year the same as the story's or after it (a decision,
    a report, the breach told again) splits nothing; nor does an earlier date that is no
    breach's ("who gave a statement in 2010"), nor a story's year read off figures, nor what
    "he" or "she" did (`_one_persons_story`).
    """
    if not before or _one_persons_story(sent):
        return False
    if _fined_before(sent, before, published):
        return True
    if _sanctioned_earlier(sent, before, published):
        return True
    if _decided_before(sent, before, published):
        return True
    if not mechanism_stated(sent):
        return False
    story = incident_dates(before, published).breach
    own = incident_dates([sent], published).breach_year
    if story is not None and own is not None and story.sent.idx and _framed_apart(sent, before):
        # "It comes weeks after the force's website was hit by a cyber attack in September
        # 2024" in a story of a laptop stolen in October 2024: the line frames what it tells
        # as what came before the story, a breach of another kind -- its own occasion, in
        # the same year or not
        return own <= int(str(story.value)[:4])
    if story is None or own is None or own >= int(str(story.value)[:4]):
        return False
    if states_figures(story.sent) and not mechanism_stated(story.sent):
        # "The figures cover the years to 2024": a reference date, no breach's -- but a
        # story line telling how its breach happened ("letters about 30 crime reports were
        # posted to the wrong homes in 2024") dates a breach, whatever it counts
        return False
    if sent.has("passing.occasion") or _introduces_one_case(sent):
        return True
    mine, theirs = best_type([sent]), best_type(before)
    return (
        breach_dated(sent)
        and mine is not None
        and theirs is not None
        and mine.value != theirs.value
    )


def _fined_before(sent: Sent, before: list[Sent], published: date | None) -> bool:
    """'Four years earlier, in 2020, the force was fined £85,000' in a story of a breach in
    2024: a fine dated before the year the story's breach happened is no fine for that
    breach -- an earlier occasion's, with its own fine. Only a line dating its fine and no
    breach of its own (a line dating its own breach is judged by that year), and only when
    the story's year is a dated breach's. A reprimand or other decision dated earlier is
    left alone (splitting those off took sanctions away from stories they belonged to)."""
    if not actions_in(sent):
        return False
    dates = incident_dates([sent], published)
    when = dates.fine_year
    if dates.breach_year is not None or when is None:
        return False
    story = incident_dates(before, published).breach
    if story is None or states_figures(story.sent) and not mechanism_stated(story.sent):
        return False  # "The figures cover the years to 2024": a reference date, no breach's
    return int(str(when.value)[:4]) < int(str(story.value)[:4])


def _told_as_past(sent: Sent) -> bool:
    """The line tells its sanction as one further back than the story's: in the pluperfect
    ("had been reprimanded", "had already been fined") or as one more ("was also
    reprimanded", "Back in 2019 ..."). The looser occasion words ("following", "before")
    also tell how the story's own sanction came about, and are left out."""
    toks = [t.lower_ for t in sent.span]
    pluperfect = any(
        a == "had" and "been" in toks[k + 1 : k + 4] for k, a in enumerate(toks)
    )  # fmt: skip
    return (
        pluperfect
        or bool({"also", "already"} & set(toks))
        or any(a == "back" and b == "in" for a, b in zip(toks, toks[1:], strict=False))
    )


def _decided_before(sent: Sent, before: list[Sent], published: date | None) -> bool:
    """'In 2020 it had already been reprimanded for losing a laptop' in a story of a breach
    in 2023 (or found out in 2023): a sanction decided before the story's breach happened or
    came to light cannot be the story's -- an earlier occasion's, told as further back
    (`_told_as_past`). Only a line dating its decision and no breach of its own (a line
    dating its own breach is judged by that year), and only against a story date told by a
    line saying what happened, not one read off figures."""
    if not actions_in(sent) or not _told_as_past(sent):
        return False
    dates = incident_dates([sent], published)
    when = dates.decided or dates.fine_year
    if dates.breach_year is not None or when is None:
        return False
    story = incident_dates(before, published)
    marks = [
        f
        for f in (story.breach,)
        if f is not None and not (states_figures(f.sent) and not mechanism_stated(f.sent))
    ]
    if not marks:
        return False
    return int(str(when.value)[:4]) < min(int(str(f.value)[:4]) for f in marks)


_AS_REACH = 2  # "The case comes as ...", "This comes just as ...": words from 'come' to 'as'


def _framed_apart(sent: Sent, before: list[Sent]) -> bool:
    """The line opens framing what it tells as what came before the story ('It follows ...',
    'This comes after ...', 'The case comes as the force deals with the fallout of its 2023
    breach, when ...') and tells a breach, stated as fact and dated as one, of another kind
    than the story so far."""
    toks = [t for t in sent.span if not (t.is_punct or t.is_space)]
    comes_as = any(
        t.lemma_ == "come"
        and k <= 3
        and any(u.lower_ == "as" for u in toks[k + 1 : k + 1 + _AS_REACH])
        for k, t in enumerate(toks)
    ) and toks[0].lower_ in {"it", "this", "that", "the"}
    if not (follows_earlier(sent) or comes_as) or not breach_dated(sent):
        return False
    mine, theirs = best_type([sent]), best_type(before)
    return mine is not None and theirs is not None and mine.value != theirs.value


def _sanctioned_earlier(sent: Sent, before: list[Sent], published: date | None) -> bool:
    """'The force was fined £100,000 in 2016 after tapes were lost in the post in 2015' in a
    story of a breach in 2023: a sanction over a breach the line dates itself, years before
    the story's dated breach, is an earlier occasion with its own fine and year -- whether or
    not the line's wording gives its kind."""
    if not actions_in(sent) or not breach_dated(sent):
        return False
    own = incident_dates([sent], published).breach_year
    story = incident_dates(before, published).breach
    if own is None or story is None or not mechanism_stated(story.sent):
        return False
    if story.sent.idx == 0:
        return False  # "... police data breaches in 2023": a headline's year, no story's date
    return own < int(str(story.value)[:4])


def _one_persons_story(sent: Sent) -> bool:
    """'The hearing was told he had also shared her address in 2021': what "he" or "she" did
    goes on with the one person the story tells of -- that person's conduct, not another
    occasion of the force's."""
    return any(t.lower_ in _PERSON_PRONOUNS for t in sent.span)


_PERSON_PRONOUNS = {"he", "she"}


def _split_earlier_occasions(
    story: list[Sent], passing: list[list[Sent]], published: date | None
) -> None:
    """Move the story's lines telling an earlier occasion (`_earlier_occasion`) to incidents
    in passing of their own, so the story keeps its own year."""
    kept: list[Sent] = []
    last: list[Sent] | None = None  # the occasion split off from the line just before
    for sent in story:
        if last is not None and last[-1].idx == sent.idx - 1 and _about_that_one(sent):
            # "The ICO fined the service £750,000 over that breach last year." right after
            # the earlier occasion's line: that occasion's sanction, not the story's
            last.append(sent)
        elif _earlier_occasion(sent, kept, published):
            last = [sent]
            passing.append(last)
        elif (framed := _framed_earlier(sent, kept, story, published)) is not None:
            # "It comes a week after the names of 10,000 officers were published online":
            # the clause after the frame is the earlier breach; the rest stays the story's
            head, earlier = framed
            last = [earlier]
            passing.append(last)
            if head is not None:
                kept.append(head)
        else:
            last = None
            kept.append(sent)
    story[:] = kept


def _framed_earlier(
    sent: Sent, before: list[Sent], story: list[Sent], published: date | None
) -> tuple[Sent | None, Sent] | None:
    """(the line's own part or None, the earlier breach) when a story line frames a clause
    as what came before the story (`framed_start`) and that clause states a breach of
    another kind than the story so far, dated no later than it: told with or without a
    year. None for a line of what "he" or "she" did, or a clause telling no breach ("It
    follows an ICO investigation") or the story's own kind (the story's breach again)."""
    if not before or sent.idx == 0 or _one_persons_story(sent):
        return None
    found = frame(sent)
    if found is None:
        return None
    start, timed = found
    if not timed and not tells_several(story):
        return None  # "It comes after the force published ...": most often its breach again
    earlier = segment(sent, start, sent.span.end)
    if names_only_another_body(earlier):
        return None  # "... months after hackers stole a council's payroll files": its breach
    mine = best_type([earlier])
    # how it happened, stated as fact: a strong cue, or cues of one kind worth one
    # ("published details of all its officers in error following an FOI request")
    if not (mechanism_stated(earlier) or mine and any(earlier.asserted(c) for c in earlier.types)):
        return None
    # the story's kind so far, else the kind its other lines tell ("Incident being
    # investigated after names were published last week" right below the headline)
    # (lines framing a breach as before the story tell no kind of the story's)
    told = [
        s for s in story if s.idx != sent.idx and mechanism_stated(s) and framed_start(s) is None
    ]
    theirs = best_type([s for s in before if mechanism_stated(s)]) or best_type(told)
    if mine is None or theirs is None or mine.value == theirs.value:
        return None
    overall = best_type(told)
    if overall is not None and overall.value == mine.value:
        return None  # the kind the story's own lines tell most: its breach told again
    dated = incident_dates(before, published).breach
    own = incident_dates([earlier], published).breach_year
    if dated is not None and own is not None and own > int(str(dated.value)[:4]):
        return None
    head = segment(sent, sent.span.start, start)
    return (head if mechanism_stated(head) else None), earlier


def _clause_cuts(sent: Sent) -> list[int]:
    """Where the sentence's clauses may part: after a semicolon or colon, or at a joining word
    after a comma or right before a date ('an officer lost a stick in 2021, and in 2022 staff
    sent a report ...'). The pipeline parses no clauses: what each part tells decides."""
    cuts: list[int] = []
    doc = sent.span.doc
    in_date = {d.start for d in sent.dates}
    for t in sent.span:
        if t.i == sent.span.start or t.i + 1 >= sent.span.end:
            continue
        if t.text in {";", ":"}:
            cuts.append(t.i + 1)
        elif t.lower_ in _CLAUSE_WORDS and (
            doc[t.i - 1].text == ","
            or t.i + 1 in in_date
            or doc[t.i + 1].text == ","
            or (doc[t.i + 1].lower_ in {"in", "on", "during"} and t.i + 2 in in_date)
        ):
            cuts.append(t.i)
    return cuts


_CLAUSE_WORDS = {"and", "while", "whilst", "whereas", "but"}


def _own_episode(part: Sent, published: date | None) -> tuple[str | None, int] | None:
    """(kind, year) of a breach the part tells on its own: how it happened or when, dated as
    a breach's -- no year read off a decision, a report or a finding. The kind is None when
    the part dates a breach whose kind no cue tells ('posted a letter to her former partner
    in 2022')."""
    if not (mechanism_stated(part) or breach_dated(part)):
        return None
    found = best_type([part])
    kind = str(found.value) if found is not None else None
    year = incident_dates([part], published, kind).breach_year
    return (kind, year) if year is not None else None


def _episode_parts(sent: Sent, published: date | None) -> list[Sent]:
    """The clauses of one sentence telling two breaches in different years, the later one's
    kind another ('The force published 1,000 names in 2023, and separately lost a box of
    records in 2022'): each from its own clause on; else the sentence itself."""
    cuts = _clause_cuts(sent)
    if not cuts:
        return [sent]
    bounds = [sent.span.start, *cuts, sent.span.end]
    parts = [segment(sent, a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    told: list[tuple[int, Sent, tuple[str | None, int]]] = []
    for k, p in enumerate(parts):
        if (episode := _own_episode(p, published)) is not None:
            told.append((k, p, episode))
    if len({e[1] for _, _, e in told}) < 2:
        return [sent]
    first = told[0][2][0]
    if not any(e[0] is not None and e[0] != first for _, _, e in told[1:]):
        return [sent]
    # each told breach runs from its clause to the next told one; clauses before the first
    # go with it ("The regulator found that ...")
    starts = [bounds[k] for k, _, _ in told]
    starts[0] = sent.span.start
    ends = [*starts[1:], sent.span.end]
    return [segment(sent, a, b) for a, b in zip(starts, ends, strict=True)]


def _persons_doing(sent: Sent) -> bool:
    """'he' or 'she' before what was done ('The hearing was told he had also shared her
    address in 2021'): one person's conduct goes on with the story of that person
    (`_one_persons_story`), whether before the cue or inside its own words -- not 'she'
    after it ('emailed her address to the man she feared'), who is one the breach was done
    to."""
    strong = [c.start for c in sent.types if c.kb_id_ == "strong"]
    first = min(strong or [c.start for c in sent.types], default=sent.span.end)
    # a cue's own words may hold its doer ("was told he had also shared her address")
    inside = {i for c in sent.types for i in range(c.start + 1, c.end)}
    return any(t.lower_ in _PERSON_PRONOUNS for t in sent.span if t.i < first or t.i in inside)


def _marked_occasion(sent: Sent) -> bool:
    """A word marking the line as another occasion than the story's (cues.toml [passing]
    `passing`, `occasion`: "previously", "earlier", "in a separate incident")."""
    return sent.has("passing.passing") or sent.has("passing.occasion")


def _split_episodes(
    story: list[Sent], passing: list[list[Sent]], force: str, published: date | None
) -> list[Sent]:
    """Move the story's lines (or clauses) telling a breach of another kind in another year
    to incidents of their own: 'Kent Police sent a witness's address to the suspect in 2022.
    The regulator noted that in 2020 the force had also emailed a list of victims to a firm.'
    Only a line that tells its own breach, its kind and year both unlike any the story told
    so far -- a breach told again (the same kind: found out, reported, decided in another
    year) or in other words (another kind, the same year) splits nothing, except a line
    marking itself as a further breach ('A further breach came to light the same year'); nor
    what "he" or "she" did (`_persons_doing`). The story's breaches are told from the
    first line below the headline naming the force or speaking of "the force" on: an
    opening over many cases ("the police data cases of 2024") tells none of them.
    Returns the kept lines telling the story's own breach when any line was split off (else
    nothing): told apart from another breach, each is a case on a page of figures."""
    split_up = [(sent, _episode_parts(sent, published)) for sent in story]
    units = [part for _, parts in split_up for part in parts]
    moved: set[int] = set()
    kept: list[Sent] = []
    telling: list[Sent] = []
    episodes: list[tuple[str | None, int]] = []
    begun = False
    for unit in units:
        if unit.idx == 0:
            kept.append(unit)  # a headline sums up; the lines below tell the breaches
            continue
        begun = begun or any(m.label_ == force for m in unit.forces) or refers_to_force(unit)
        own = _own_episode(unit, published) if begun else None
        if own is None or not episodes:
            if own is not None:
                episodes.append(own)
                telling.append(unit)
            kept.append(unit)
            continue
        kinds = {k for k, _ in episodes}
        years = {y for _, y in episodes}
        anew = unit.has("passing.anew") or unit.has("passing.apart")
        # against a story whose kind some line tells: a line dated before any says how
        # ("The footage was recorded in 2023 ... In 2024 a worker sent it to a friend")
        told = bool(kinds - {None})
        other = told and own[0] is not None and own[0] not in kinds
        other = other and (own[1] not in years or anew)
        if own[0] is None and own[1] not in years and told:
            # "Earlier, in 2019, the force had emailed ...": a breach of no kind a cue
            # tells, dated as a breach in another year and marked as another occasion
            other = breach_dated(unit) and (anew or _marked_occasion(unit))
        if other and not _persons_doing(unit):
            passing.append([unit])
            moved.add(id(unit))
        else:
            episodes.append(own)
            telling.append(unit)
            kept.append(unit)
    # a sentence none of whose clauses went stays whole ("shared her address with the man
    # she had reported in 2022, and in 2020 a laptop was stolen": what "she" did goes on)
    whole = {id(p): sent for sent, parts in split_up for p in parts}
    keep_whole = {id(s) for s, parts in split_up if not any(id(p) in moved for p in parts)}
    story[:] = list({id(s): s for s in (_whole_or(u, whole, keep_whole) for u in kept)}.values())
    own_lines = {id(s): s for s in (_whole_or(u, whole, keep_whole) for u in telling)}
    return list(own_lines.values()) if moved else []


def _whole_or(part: Sent, whole: dict[int, Sent], keep_whole: set[int]) -> Sent:
    """The sentence `part` came from when that sentence stays whole, else the part."""
    sent = whole[id(part)]
    return sent if id(sent) in keep_whole else part


def _told_apart_cases(
    cases: list[Sent], told_apart: list[Sent], published: date | None
) -> list[Sent]:
    """On a page of figures the story's breaches come only as cases; the story's own breach,
    told apart from another one split off (`_split_episodes`: "The force posted a victim's
    address to her attacker in 2023; in 2019 an officer left files on a bus"), is one too
    when no case already tells its kind in its year -- else the split would lose it."""
    out = list(cases)
    told = set()
    for case in cases:
        found = best_type([case], minimum=1.0)
        kind = str(found.value) if found is not None else None
        told.add((kind, incident_dates([case], published, kind).breach_year))
    for unit in told_apart:
        own = _own_episode(unit, published)
        if own is None or own in told or any(unit.idx == c.idx for c in cases):
            continue
        told.add(own)
        out.append(unit)
    return sorted(out, key=lambda s: (s.idx, s.span.start))


_THAT_ONE = {"that", "this", "those", "these"}


def _about_that_one(sent: Sent) -> bool:
    """The line speaks of 'that breach' or 'that incident' (a pointer and one of cues.toml
    [passing] `one_case_nouns`) and tells no breach of its own: what it says is of the one
    the line before told."""
    if mechanism_stated(sent):
        return False
    cues = load_toml("cues.toml", doc_data_dir(sent.span.doc))["passing"]
    toks = [t for t in sent.span if not (t.is_punct or t.is_space)]
    return any(
        a.lower_ in _THAT_ONE and b.lower_ in cues["one_case_nouns"]
        for a, b in zip(toks, toks[1:], strict=False)
    )


def _merge_passing(groups: list[list[Sent]], key) -> list[list[Sent]]:  # type: ignore[no-untyped-def]
    """Passing sentences about the same earlier breach (same fine year or amount) merge."""
    merged: list[list[Sent]] = []
    keys: list[tuple] = []
    for group in groups:
        k = key(group)
        for i, other in enumerate(keys):
            if any(a is not None and a == b for a, b in zip(k, other, strict=True)):
                merged[i].extend(group)
                keys[i] = tuple(a if a is not None else b for a, b in zip(other, k, strict=True))
                break
        else:
            merged.append(list(group))
            keys.append(k)
    return merged


def _agree(a: object, b: object) -> bool:
    """Two values of one field that tell no difference: equal, or one of them unstated."""
    return a is None or b is None or a == b


def _years_stated(fact: IncidentFact) -> list[int]:
    """The years of every date the incident states (when found out, reported, decided)."""
    found = [fact.discovered, fact.reported, fact.decided]
    return [int(d[:4]) for d in found if d] + ([fact.fine_year] if fact.fine_year else [])


def _told_again(
    story: IncidentFact, earlier: IncidentFact, group: list[Sent], told: list[Sent]
) -> bool:
    """An incident 'in passing' of the story's own force that is the story's breach told
    again: of its kind, under the same regulator, fine and action, with a year only one of
    the two states. Either it comes after, undated and unsanctioned, with no date before the
    story's breach ("Separately, the officer was fined £900 by magistrates in May": the
    court's sequel of the same look-ups); or it opens the story before any of the story's
    own lines and the story dates nothing ("A woman had to move again after Kent Police
    sent her address to a stranger. The force was reprimanded over the 2022 error."). An
    earlier breach differs in kind, sanction, fine or time ("It was previously fined
    £80,000 in 2012")."""
    if earlier.breach_type is None or not all(
        _agree(getattr(story, f), getattr(earlier, f))
        for f in ("breach_type", "regulator", "fine_amount", "action", "breach_year")
    ):
        return False
    if earlier.breach_year is None and story.breach_year is not None:
        return (
            earlier.breach_type == story.breach_type
            and earlier.action is None
            and all(y >= story.breach_year for y in _years_stated(earlier))
        )
    if story.breach_year is None and earlier.breach_year is not None:
        # the story's own facts read off lines below the headline, all after the group's
        head = told[0].end if told and told[0].idx == 0 else -1
        own = [e.start for e in story.evidence if e.source == "text" and e.start > head]
        return bool(group) and all(group[0].start < at for at in own)
    return False


_FOLDED = (
    "breach_type",
    "breach_year",
    "breach_date",
    "breach_date_precision",
    "discovered",
    "reported",
    "decided",
    "regulator",
    "action",
)


def _fold_into(story: IncidentFact, again: IncidentFact) -> None:
    """What the story's breach told again adds to it: the fields the story left unstated."""
    for name in _FOLDED:
        if getattr(story, name) is None and getattr(again, name) is not None:
            setattr(story, name, getattr(again, name))
            story.evidence.extend(e for e in again.evidence if e.field == name)


_POLICE = re.compile(r"\bpolice\b|\bforces\b|\bconstabular", re.I)
# ... on a page that names the police somewhere: "forces" alone may be an army's. ASCII
# case-folding only, as the raw scan sees words (extract/raw_scan.py).
_NAMES_POLICE = re.compile(r"\bpolice\b|\bconstabular", re.I | re.A)


def page_police_words(data_dir: str | None = None) -> list[str]:
    """The one-word police words of cues.toml ("officers", "constabulary", "force") a page of
    figures by bare place names needs somewhere: every one is a police word of the raw scan."""
    words = load_toml("cues.toml", data_dir)["roles"]["police_context"]
    return sorted(w for w in words if re.fullmatch(r"[A-Za-z]+", w))


@cache
def _police_word(data_dir: str | None) -> re.Pattern[str]:
    """One of them as a whole word, ASCII case-folding only, as the raw scan sees words."""
    return re.compile(r"\b(?:" + "|".join(page_police_words(data_dir)) + r")\b", re.I | re.A)


# Sanctions a regulator imposes on one force for one breach (not a referral or an inquiry,
# which statistics pages speak of in general: "incidents serious enough to be referred").
_SANCTIONS = frozenset({"monetary_penalty", "enforcement_notice", "reprimand", "undertaking"})
_MECHANISM = 3.0  # a strong cue's points: how a breach happened (as attribution's)


def _tells_one_breach(sents: list[Sent], tallies: Tallies, story: list[Sent]) -> bool:
    """One breach of the force told in full beside its figures: a sentence saying what
    happened ('the force's test site was left publicly accessible', 'it emailed the records
    of 900 staff to a supplier': a figure of the people or records involved, not a count of
    breaches), or the story's sentences stating no figures (`story`, naming the force or
    not) whose cues together are worth a strong one ('staff emailed her address ...', 'sent
    it to his email instead'); and one with a regulator told of it or dealing with it ('the
    force has reported it to the ICO', stating no figures); those naming the force, neither
    giving the page's counts nor opening one case among several."""
    counted = {c.evidence.start for c in tallies.by_force() if c.evidence is not None}
    # What the story says next about one of its cases is that case's ('In one case ... The
    # force referred itself to the ICO'), not a breach of the page's own -- when the case is
    # an incident of its own (`case_sentences`: it says how the breach happened).
    counted |= {
        s.start
        for c in story
        if is_case(c) and best_type([c], minimum=1.0) is not None
        for s in _case_sequel(c, story)
    }
    told = [s for s in sents if not is_case(s) and s.start not in counted]
    plain = [s for s in told if not states_figures(s)]
    whole = [s for s in story if not (is_case(s) or states_figures(s) or s.start in counted)]
    happened = (
        any(
            any(c.kb_id_ == "strong" and s.asserted(c) for c in s.types)
            and (not states_figures(s) or _figures_of_those_involved(s))
            for s in told
        )
        or max(type_scores(whole).values(), default=0.0) >= _MECHANISM
    )
    return happened and notified_regulator(plain) is not None


# "the addresses of more than 600 officers": a figure after "of" counts whose data it was.
_OF_FIGURE_RE = re.compile(
    r"\bof\s+(?:(?:more|fewer|less)\s+than|around|about|nearly|almost|over|some|up\s+to)?\s*$",
    re.IGNORECASE,
)


# "emailed 300 victims", "wrote to more than 400 people", "data identifying 10,000 officers": a
# figure right after a verb of a message sent or of people exposed counts those it reached.
_SENT_TO_FIGURE_RE = re.compile(
    r"\b(?:e-?mailed|sent|texted|messaged|wrote\s+to|written\s+to|copied\s+in|exposed|"
    r"revealed|identified|named|identifying|exposing|revealing|naming|containing|listing)\s+(?:(?:more|fewer|less)\s+than|around|about|nearly|almost|"
    r"over|some|up\s+to)?\s*$",
    re.IGNORECASE,
)
# "300 victims' addresses", "the 120 burglary victims' details": a possessive after the figure
# (a word or two on) says whose data it was.
_FIGURE_WHOSE_RE = re.compile(r"^[\d,]*\s+(?:[a-z-]+\s+){0,2}[a-z-]+(?:'|’)s?\s", re.IGNORECASE)
# ... never a figure of breaches, cases or reports ("sent 38 breach reports to the ICO").
_COUNTED_NOUN_RE = re.compile(
    r"^[\d,]*\s+(?:[a-z-]+\s+)?(?:breach|incident|case|report|complaint|referral|error|"
    r"mistake|offence)",
    re.IGNORECASE,
)


# "records about 4,800 motorists", "details on 300 victims": a figure after "about"
# or "on" right after a word for data counts whose data it was (not "about 300 breaches",
# where "about" rounds the figure).
_ABOUT_FIGURE_RE = re.compile(
    r"\b(?:information|details|data|records|files)\s+(?:about|on)\s+"
    r"(?:(?:more|fewer|less)\s+than|around|nearly|almost|over|some|up\s+to)?\s*$",
    re.IGNORECASE,
)


def _figures_of_those_involved(sent: Sent) -> bool:
    """Every figure of the sentence counts the people or records a breach involved ('emailed
    the addresses of 640 constables', 'emailed 300 victims', '120 victims' details'), none
    counts breaches or those who did them ('another 72 were recorded as officers looking up
    records')."""
    with reading_data(doc_data_dir(sent.span.doc)):
        counted = numbers(sent.text)
    text = sent.text
    return bool(counted) and all(
        _OF_FIGURE_RE.search(text[: n.a])
        or _ABOUT_FIGURE_RE.search(text[: n.a])
        or (
            (_SENT_TO_FIGURE_RE.search(text[: n.a]) or _FIGURE_WHOSE_RE.match(text[n.a :]))
            and not _COUNTED_NOUN_RE.match(text[n.a :])
        )
        for n in counted
    )


def _counts_forces_only(sent: Sent) -> bool:
    """The sentence's one figure counts the forces it names ('Two forces, Kent and Essex,
    sent ...', 'Three forces - ... - shared a system'): a group told of, no statistic."""
    with reading_data(doc_data_dir(sent.span.doc)):
        counted = numbers(sent.text)
    if len(counted) != 1:
        return False
    at = sent.span.start_char + counted[0].a
    toks = [t for t in sent.span if not (t.is_space or t.is_punct)]
    return any(t.idx == at and force_noun_after(toks, i) for i, t in enumerate(toks))


def _refers_itself(sent: Sent) -> bool:
    """The force reports itself to a regulator ('the force reported itself to the data
    watchdog'): a self-referral is over one breach, never over a statistic."""
    doc = sent.span.doc
    told = [
        c
        for c in involvement_cues(sent)
        if any(t.lower_ == "itself" for t in doc[c.end : c.end + 2])
    ]
    return any(c.end <= r.start for c in told for r in sent.regulators)


def _aggregate_page(
    tallies: Tallies,
    fact: IncidentFact,
    force_sent: Sent | None,
    own: list[Sent],
    story: list[Sent],
    listed: int = 0,
) -> bool:
    """A statistics page whose breach talk is aggregate: no sanction on the force and no fine,
    and either the force's own breach figures, or figures for all forces, of people
    disciplined or of another body's records, with the force named only in a sentence of
    figures ('The Met had the most convictions (9)'), not in a story of its own. The force's
    figures beside one breach told in full, with a regulator dealing with it, still leave
    that breach an incident (`own`: the story's sentences naming the force; `story`: all of
    the primary incident's; `listed`: how many forces the page names beside figures)."""
    if fact.fine_amount is not None or fact.action in _SANCTIONS:
        return False
    if tallies.by_force() or tallies.national_before_named:
        return not _tells_one_breach(own, tallies, story)
    if fact.regulator is None and _people_in_bulk(story):
        # "Yet more staff have faced investigation over data protection breaches. Nine
        # convictions took place in 2016.": people sanctioned in bulk, no one breach
        return True
    # A force that reports itself to the regulator tells of one breach ("two officers
    # were warned; the force referred itself to the ICO").
    figures_only = (
        force_sent is not None
        and states_figures(force_sent)
        and not tells_a_story(force_sent)
        # "emailed the details of 300 victims": figures of those one breach involved
        and not _figures_of_those_involved(force_sent)
        and not _counts_forces_only(force_sent)
        and not any(_refers_itself(s) for s in story)
    )
    if tallies.national or tallies.outcomes or tallies.other_figures:
        return figures_only
    # Figures no row could be read from ("- Police Scotland - 412 cases" in a list with no
    # period): forces named only beside their figures, several of them, and no sentence of
    # the story telling how a breach happened but in figures of breaches -- a roundup of
    # numbers, no incident.
    return (
        figures_only
        and listed > 1
        and not any(
            s.idx > 0
            and mechanism_stated(s)
            and (not states_figures(s) or _figures_of_those_involved(s) or tells_a_story(s))
            for s in story
        )
    )


# A mechanism's cues, one of which a breach told as fact keeps standing when its denial is
# read strictly ("said it had logged no cases of staff looking up records": none)
_HOW = frozenset({"strong", "loss"})


def _people_in_bulk(story: list[Sent]) -> bool:
    """The story tells its breaches only as people put through proceedings in bulk: a
    sentence counts more than a handful of them ('nine convictions took place in 2016',
    'Twelve officers were investigated'), and every sentence telling a breach or naming
    the force below the headline ('claims that Merseyside Police officers sold details')
    either states figures or has a plural crowd ('officers', 'staff') put through them ('Yet
    more staff have faced investigation over data protection breaches') -- none tells one
    person's case, a handful's story or a case of its own."""
    if not any(counts_people_proceeded(s, least=_STORY_HANDFUL + 1) for s in story):
        return False
    for s in story:
        if is_case(s) or case_clause(s) or one_person_case(s) or tells_a_story(s):
            return False
        telling = s.types or (s.forces and s.idx > 0)  # a breach, or the force acting
        if telling and not (states_figures(s) or _crowd_proceeded(s)):
            return False
    return True


def _crowd_proceeded(sent: Sent) -> bool:
    """A plural crowd of the force's people (tallies.toml [measures] crowd) is the subject of
    a proceeding or outcome ('officers have been investigated', 'staff were sacked'): the
    proceeding word after the crowd, only auxiliaries between."""
    words = people_words(doc_data_dir(sent.span.doc))
    crowd, proceedings = words.crowd, words.proceedings
    toks = list(sent.span)
    for i, t in enumerate(toks):
        if t.lower_ not in crowd:
            continue
        for u in toks[i + 1 : i + 1 + _CROWD_REACH]:
            if u.lower_ in proceedings or u.lemma_.lower() in proceedings:
                return True
            if u.lower_ not in _AUXILIARIES:
                break
    return False


_CROWD_REACH = 4  # "officers have since been investigated": the crowd, then auxiliaries
_AUXILIARIES = frozenset(
    {"have", "has", "had", "been", "were", "was", "are", "is", "be", "being", "also", "now",
     "since", "later", "subsequently", "all"}
)  # fmt: skip


def _owns_breach(
    group: list[Sent], force: str, whole: dict[int, Sent], told_as_past: bool = False
) -> bool:
    """Some sentence of the group tells the force had a breach of its own
    (`relevance.owns_a_breach`, `relevance.nation_breach`), read in the whole sentence when
    the group holds the force's part of one ("Kent Police was fined, weeks after a leak at
    Essex Police": Essex's part keeps none of the words that tell its leak)."""
    owns = relevance.told_as_past if told_as_past else relevance.owns_a_breach
    # a roundup's item headed by the force's name tells its breach, bare as it may be
    headed = told_as_past and any(force in heading_forces(s) for s in group)
    return any(
        owns(t, force)
        or (headed and relevance.owns_a_breach(t, force))
        or relevance.nation_breach(t) == force
        for s in group
        for t in (s, whole.get(s.idx, s))
    )


def _tells_its_breach(
    group: list[Sent],
    force: str,
    whole: dict[int, Sent] | None = None,
    roles: Roles | None = None,
) -> bool:
    """Some sentence of another force's tells a breach or sanction of its own: a fine, an
    action, a regulator closing the matter, a penalised breach, a breach of personal data or
    a strong cue stated as fact, how and when it happened, or a thing of its lost or stolen
    ('Kent Police: papers left on a train', 'a laptop was stolen from an Essex Police
    officer's car') -- or told in a line its name labels (`told_in_item`): a roundup's
    item, told in a few words -- or a case the page picks out with the force at fault
    (`_case_at_fault`)."""
    if roles is not None and _case_at_fault(group, force, roles, whole):
        return True
    return any(
        fine_cues(s)
        or actions_in(s)
        or closing_regulator(s) is not None
        or relevance.penalised_breach(s)
        or relevance.lost_records(s)
        or (
            (
                relevance.personal_data_breach(s)
                or any(c.kb_id_ == "strong" for c in relevance.asserted_types(s))
            )
            and any(s.asserted(c) for c in s.types)
        )
        or told_how_and_when(s)
        or (mechanism_stated(s) and any(c.kb_id_ in _HOW for c in relevance.asserted_types(s)))
        or told_in_item(s)
        or _alike_breach(s)
        or any(names_its_breach(m) for m in s.forces)
        for s in group
    ) or (
        _owns_breach(group, force, whole or {})  # "Kent and Essex Police admitted a breach"
        or any(_breach_likened_to(s, force) for s in (whole or {}).values())
    )


def _share_struck_kind(
    fact: IncidentFact,
    group: list[Sent],
    force: str,
    told: list[IncidentFact],
    whole: dict[int, Sent],
) -> None:
    """A force struck by a breach the story has told already ('Essex Police was also caught up
    in the data breach': `relevance.struck_by_told_breach`) shares that incident, one record
    per force: with no kind of its own it takes the kind of the incident told last before
    its sentence."""
    where = next(
        (
            t
            for s in group
            for t in (s, whole.get(s.idx, s))
            if relevance.struck_by_told_breach(t, force)
        ),
        None,
    )
    if where is None:
        return
    before = [
        (e.start, f)
        for f in told
        if f.breach_type is not None
        for e in f.evidence
        if e.field == "breach_type" and e.source == "text" and e.start < where.start
    ]
    if not before:
        return
    shared = max(before, key=lambda pair: pair[0])[1]
    fact.breach_type = shared.breach_type
    fact.evidence.append(evidence("breach_type", shared.breach_type, where))


def _case_at_fault(
    group: list[Sent], force: str, roles: Roles, whole: dict[int, Sent] | None = None
) -> bool:
    """A sentence of the force's opens one case among the page's breaches (`_opens_case`: 'In
    another case, ...', 'In another, ...', '... and one officer from Essex Police ...') with
    the force at fault in it ('In another case, a Kent Police officer told a man he was about
    to be arrested', 'In one instance, a constable from Essex Police looked up a car on his
    phone'): the case cue picks out one of the breaches the page tells, so the force's case is
    a breach of its own, though its words name none -- not one told as what may happen ('if
    an officer ...': cues.toml [passing] `unreal`), nor one whose person was cleared ('was
    cleared of misconduct': `cleared`)."""
    return any(
        _opens_case(s, force, (whole or {}).get(s.idx, s))
        and force in roles.at_fault(s)
        and not s.has("passing.unreal")
        and not (whole or {}).get(s.idx, s).has("passing.cleared")
        for s in group
    )


def _opens_case(part: Sent, force: str, sent: Sent) -> bool:
    """The sentence opens one case among several (`is_case`), or the force's part of it
    (`segment`) does: a case cue of the whole sentence `sent` ending a few words before the
    force's name, no punctuation between ('..., and one officer from Essex Police ran a
    check', '..., while in another case a Kent Police constable ...')."""
    if is_case(part):
        return True
    doc = sent.span.doc
    return any(
        0 <= m.start - c.end <= _CASE_REACH and not any(t.is_punct for t in doc[c.end : m.start])
        for m in part.forces
        if m.label_ == force
        for c in sent.cues.get("passing.cases", [])
    )


_CASE_REACH = 3  # "one officer | from | Essex Police", "in another case | a | Kent Police"
_LIKENED_REACH = 2  # "similar to | the | PSNI's": words between the likeness and the name


def _breach_likened_to(sent: Sent, force: str) -> bool:
    """The sentence likens a breach to the force's, the force's name a possessive whose noun is
    left out ('had a loss comparable to the PSNI's', 'a leak like Kent Police's
    last year'; cues.toml [roles] likened_to right before it, 'the' between): the force had
    such a breach of its own -- told as fact, in a sentence telling a breach. The possessive's
    ending and what may follow it are cues.toml [roles] `likened_elided`."""
    if not relevance.describes_breach([sent]):
        return False
    doc = sent.span.doc
    possessive, elided_after = _likened_elided(doc_data_dir(doc))
    likened = sent.cues.get("roles.likened_to", [])
    for m in sent.forces:
        if m.label_ != force:
            continue
        if m.end >= len(doc) or doc[m.end].lower_ not in possessive:
            continue
        after = doc[m.end + 1] if m.end + 1 < len(doc) else None
        if after is not None and after.lower_ not in elided_after and not after.is_space:
            continue  # "like Kent Police's officers": a noun follows, nothing left out
        start = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ == "the" else m.start
        if any(start - _LIKENED_REACH < c.end <= start and sent.asserted(c) for c in likened):
            return True
    return False


@cache
def _likened_elided(data_dir: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """cues.toml [roles] likened_elided: a possessive's endings ('Kent Police's') and what may
    follow one whose noun is left out ('like Kent Police's last year', '... the PSNI's, and')."""
    words = load_toml("cues.toml", data_dir)["roles"]["likened_elided"]
    return frozenset(words["possessive"]), frozenset(words["after"])


def _head_year(head: Sent, published: date | None) -> int | None:
    """The one year a sentence telling a force's several breaches names, stated as fact and
    no span ('Essex Police admitted three breaches in 2021'): the year of each."""
    if _names_span(head):
        return None
    values = {date_value(d, published) for d in head.dates if head.asserted(d)}
    years = {v[:4] for v in values if v}
    return int(years.pop()) if len(years) == 1 and None not in values else None


def _counted_off(group: list[Sent]) -> list[list[Sent]]:
    """Another force's sentences split where each counts off one of the breaches told
    before ('The first involved ...', 'The second ...'), each part led by the sentences
    before the first (the force's own, naming it); none unless two or more are counted off."""
    starts = [i for i, s in enumerate(group) if counts_off(s)]
    if len(starts) < 2:
        return []
    head = group[: starts[0]]
    ends = [*starts[1:], len(group)]
    return [[*head, *group[a:b]] for a, b in zip(starts, ends, strict=True)]


def _likened_before(group: list[Sent]) -> bool:
    """Another force's breach said to be the story's own kind in a sentence of its own right
    before it ('A neighbouring force made the same mistake in 2020. Then, Essex Police
    apologised after an email ...'), its own words telling no strong cue of
    another kind: the likeness stated outright outweighs a word such as 'email'."""
    return any(compares_any_force(s) and _alike_breach(s) for s in group) and (
        best_type(group, minimum=_STRONG_SCORE) is None
    )


_STRONG_SCORE = 3.0  # a type's score from a strong cue (`mechanism` in `assemble`)


def _alike_breach(sent: Sent) -> bool:
    """A force's breach told as like the story's, stated as fact ('Essex Police suffered a
    similar breach in 2021'): not one to avoid or prevent ('urged forces to avoid the same
    mistake'), nor denied ('it had never had a similar breach')."""
    return (bool(sent.forces) or compares_any_force(sent)) and any(
        sent.asserted(c) and not _to_avert(sent, c) for c in sent.cues.get("roles.alike_breach", [])
    )


def _to_avert(sent: Sent, cue: Span) -> bool:
    """The thing is one to keep from happening ('to avoid a similar breach', 'to stop the
    same mistake'): a verb of averting in the few words before it (cues.toml [roles])."""
    words = load_toml("cues.toml", doc_data_dir(sent.span.doc))["roles"]["avert"]
    doc = sent.span.doc
    return any(
        t.lemma_.lower() in words or t.lower_ in words
        for t in doc[max(sent.span.start, cue.start - 4) : cue.start]
    )


def _sanctioned_in_passing(
    groups: list[list[Sent]], sents: list[Sent], published: date | None, roles: Roles
) -> list[IncidentFact]:
    """On a page of figures whose story tells no breach of its own, the breaches it tells in
    passing with their sanction ('Separately, Kent Police was reprimanded by the ICO in 2022
    after a detective emailed a statement to a suspect'): an incident of the force at fault
    each, when a sentence of it, stating no figures, tells how the breach happened."""
    out: list[IncidentFact] = []
    for group in groups:
        agents = [a for s in group for a in roles.at_fault(s)]
        told = [s for s in group if not (states_figures(s) or speaks_of_kinds(s))]
        if not agents or not any(
            (fine_cues(s) or actions_in(s)) and mechanism_stated(s) for s in told
        ):
            continue
        out.append(
            build_incident(
                agents[0], told, sents, published, roles, mention="passing", force_sent=told[0]
            )
        )
    return out


def _says(pattern: re.Pattern[str], sents: list[Sent], hints: PageHints) -> bool:
    """The page's text, headline, site or URL match `pattern` somewhere."""
    around = (hints.title, hints.site, hints.url)
    return any(pattern.search(s.text) for s in sents) or any(
        pattern.search(part) for part in around if part
    )


def _tally_page(
    ex: Extraction,
    sents: list[Sent],
    force: str | None,
    published: date | None,
    reason: str,
    hints: PageHints,
) -> Extraction:
    """A page that reports no single breach is still relevant when it gives per-force breach
    tallies (a statistics page comparing forces, an FOI answer)."""
    tallies = find_tallies(sents, force, published)
    ex.national_counts, ex.outcome_counts = tallies.national, tallies.outcomes
    if not tallies.by_force():
        # the headline, else the page's first lines (a title, a site name, a byline)
        headline = " ".join([hints.title or "", *(s.text for s in sents[:3])])
        if (
            any(_POLICE.search(c.evidence.sentence) for c in tallies.national if c.evidence)
            and _says(_NAMES_POLICE, sents, hints)
            # "NHS trusts reported 1,968 breaches": police figures given only beside another
            # sector's are no page about police breaches
            and _POLICE.search(headline) is not None
        ):
            # "police forces in England and Wales recorded 4,213 data breaches": figures of
            # police breaches, if of no one force
            ex.relevant = True
            ex.relevance_reason = "police data breach figures for all forces, none by force"
            return ex
        if _POLICE.search(headline) is not None and _says(_NAMES_POLICE, sents, hints):
            offence = _offence_words(doc_data_dir(sents[0].span.doc)) if sents else ()
            if any(
                counts_people_proceeded(s) and any(w in s.text.lower() for w in offence)
                for s in sents
            ):
                # "904 officers and staff faced disciplinary procedures for breaching the
                # DPA": figures of police people sanctioned for data breaches, a statistics
                # page about police breaches, none of one force (no rows: people, not breaches)
                ex.relevant = True
                ex.relevance_reason = "police staff sanctioned for data breaches, figures of people"
                return ex
        ex.relevance_reason = reason
        return ex
    if (
        force is None
        and sents
        and not hints.own_voice()
        and not _says(_police_word(doc_data_dir(sents[0].span.doc)), sents, hints)
    ):
        # figures by bare place names ("Merseyside (208), Kent (97)") on a page with no
        # police word: a council's or a fire service's as likely as a force's
        ex.relevance_reason = "figures by place, and no police word on the page"
        return ex
    if relevance.only_other_breaches(sents):
        # "1. A breach of the honesty and integrity standard in May 2019": a
        # misconduct notice's figures count no data breaches
        ex.relevance_reason = "breaches of conduct standards or orders, no data breach told"
        return ex
    ex.relevant = True
    # people disciplined name the page's forces, but are no breach rows (outcome_counts)
    ex.breach_counts = tallies.counts
    named = list(dict.fromkeys(c.force for c in tallies.by_force()))
    ex.relevance_reason = f"tally of data breaches by {', '.join(named)}"
    return ex


_STORY_HANDFUL = 3  # "two officers", "three staff": as many as a story names (tallies.py)


@cache
def _offence_words(data_dir: str | None) -> tuple[str, ...]:
    """Words naming a data-protection offence (tallies.toml [people] offence), lower case;
    not the bare nouns any figures come with ('information released', 'its records')."""
    words = load_toml("tallies.toml", data_dir)["people"]["offence"]
    return tuple(w.lower() for w in words if w.lower() not in _BARE_OFFENCE_NOUNS)


_BARE_OFFENCE_NOUNS = frozenset({"information", "records"})


_LEAD = 1  # body sentences that tell a story's breach before any other force is named


def _named_only_after_lead(sents: list[Sent], own_voice: bool) -> bool:
    """The headline and the first body sentences tell the breach of a force they never name
    ('A police force has apologised after ...', 'The force said ...'), a force first named
    only after them."""
    body = 0
    anonymous = False
    for sent in sents:
        if sent.forces:
            return anonymous and body >= _LEAD
        if sent.idx == 0 or len(sent.span) < 5 or sent.is_dateline():
            continue
        body += 1
        anonymous |= refers_to_force(sent, own_voice) and bool(sent.types)
    return False


def _headline_force_sheet(sents: list[Sent], force: str, roles: Roles) -> bool:
    """A page whose headline is the force's name and whose body tells the breach in lines of
    its own, naming no force ('Cleveland Police' over 'What: Loss of personal data',
    'Regulator: ICO', 'Action: Monetary penalty of £85,000'): a breach register's entry or a
    case summary, the force the headline names its subject. Only where the headline names
    no other force, no sentence puts another force at fault, and the body states both what
    went wrong and a regulator's action or a fine."""
    if not sents or len(sents[0].forces) == 0:
        return False
    head = sents[0]
    if any(m.label_ != force for m in head.forces):
        return False
    # the headline is little more than the name ("The Cleveland Police", "Cleveland Police
    # - breach details")
    words = [t for t in head.span if t.is_alpha]
    named = {t.i for m in head.forces for t in m}
    if len([t for t in words if t.i not in named]) > 3:
        return False
    body = [s for s in sents[1:] if not any(m.label_ == force for m in s.forces)]
    if any(set(roles.at_fault(s)) - {force} for s in sents):
        return False
    went_wrong = any(relevance.something_went_wrong(s) for s in body)
    # a regulator's sanction: a penalty, notice, reprimand or undertaking, or a fine cue with
    # a regulator named in the body
    sanctioned = any(
        kind in _SHEET_SANCTIONS for s in body for kind, _ in actions_in(s, require_regulator=False)
    ) or (any(fine_cues(s) for s in body) and any(s.regulators for s in body))
    return went_wrong and sanctioned


_SHEET_SANCTIONS = {"monetary_penalty", "enforcement_notice", "reprimand", "undertaking"}
# On a sheet, a report (a paper one: the sheet names no device) lost, stolen or mislaid.
_SHEET_REPORT_LOST = re.compile(
    r"\breports?\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:lost|stolen|mislaid|missing)\b"
    r"|\b(?:lost|stole|mislaid)\s+(?:a|the|an)\s+(?:\w+\s+)?reports?\b",
    re.I,
)
_SHEET_DATE_LABEL = re.compile(
    r"^\s*(?:when|date(?:\s+of\s+(?:the\s+)?(?:incident|breach|loss))?)\s*[:\-–]?\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+|[A-Za-z]{3,9}\.?\s+(?:\d{1,2},?\s+)?)"
    r"((?:19|20)\d\d)\s*\.?\s*$",
    re.I,
)


def _sheet_breach_year(sents: list[Sent]) -> int | None:
    """The year of a sheet's first line that is only a date label and a date ('When 17 July
    2011', 'Date of incident: 12 February 2019'), when it comes before any line telling a
    sanction: the breach's date (the sanction's own 'When' comes under it)."""
    for s in sents[1:]:
        if actions_in(s, require_regulator=False) or fine_cues(s):
            return None
        m = _SHEET_DATE_LABEL.match(s.text)
        if m:
            return int(m.group(1))
    return None


def _loses_own_records(sents: list[Sent], force: str) -> bool:
    """Records lost in the force's own breach ('lost the files of 40 witnesses', 'the breach
    at Kent Police'), not a company's or crime victims' losses: a page of crime figures that
    also tells one still tells a breach by the force."""
    return any(
        (relevance.lost_records(s) or relevance.names_its_breach(s, force)) and not others_loss(s)
        for s in sents
    )


def _own_sanction_after_lead(story: list[Sent], lead: list[Sent], force: str, roles: Roles) -> bool:
    """'The ICO has fined a council over leaked addresses. ... Separately, the ICO reprimanded
    Kent Police for sending a statement to a suspect': the page opens on another body's breach,
    but one of the force's own sentences after that lead tells a sanction or fine with the
    force at fault -- the force's breach is news of the page too."""
    return any(
        s not in lead
        and force in roles.at_fault(s)
        and (_acted_on_force(s, force, roles) or fine_cues(s))
        and (s.regulators or relevance.watchdog_penalty(s))
        for s in story
    )


def _acted_on_force(sent: Sent, force: str, roles: Roles) -> bool:
    """An action of the sentence on the force: any sanction, and an investigation unless the
    force is one of the investigators -- 'the loss is being investigated by the Metropolitan
    Police, an internal inquiry and the ICO' names the force among them, not investigated."""
    investigator = _force_investigating(sent, force)
    return any(kind != "investigation" or not investigator for kind, _ in actions_in(sent))


_INVESTIGATED_BY = re.compile(r"\binvestigated\s+by\b", re.I)
_INVESTIGATOR_LIST = {",", ":", "and", "the", "an", "a", "its", "own"}


def _force_investigating(sent: Sent, force: str) -> bool:
    """The force stands after 'investigated by' ('being investigated by: the Metropolitan
    Police, an internal inquiry and the ICO'), only a list of other investigators between --
    the force investigates, it is not investigated."""
    doc = sent.span.doc
    for hit in _INVESTIGATED_BY.finditer(sent.text):
        by = sent.span.char_span(hit.start(), hit.end(), alignment_mode="expand")
        if by is None:
            continue
        for m in sent.forces:
            if m.label_ != force or m.start < by.end:
                continue
            between = doc[by.end : m.start]
            others = [*sent.forces, *sent.regulators, *sent.cues.get("roles.organisation", [])]
            if all(
                t.lower_ in _INVESTIGATOR_LIST or any(o.start <= t.i < o.end for o in others)
                for t in between
            ):
                return True
    return False


_UNNAMED_LEAD = 4  # the penalty told in the page's first sentences, as a lead tells it


def _force_clauses(sent: Sent) -> list[Sent]:
    """The clauses of a sentence that speak of the force ('A police force has been fined
    £150,000, and a charity has been fined £70,000': the first), else none."""
    cuts = _clause_cuts(sent)
    bounds = [sent.span.start, *cuts, sent.span.end]
    parts = [segment(sent, a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    if len(parts) < 2:
        return [sent] if refers_to_force(sent) else []
    return [p for p in parts if refers_to_force(p)]


def _unnamed_force_story(sents: list[Sent]) -> list[Sent]:
    """The story of a force the page never names, when its lead says a data regulator
    penalised it ('A police force has been fined £150,000 ...', the ICO named on the page)
    and the page tells a data breach: the clauses speaking of the force, from that lead on."""
    lead = next(
        (k for k, s in enumerate(sents[:_UNNAMED_LEAD]) if relevance.unnamed_force_penalised(s)),
        None,
    )
    if lead is None or not any(s.regulators for s in sents):
        return []
    if other_force_named(doc_text(sents[0].span.doc)):
        return []  # "Northshire Constabulary", "Victoria Police": a force the gazetteer lacks
    story = [part for s in sents[lead:] for part in _force_clauses(s)]
    return story if relevance.describes_breach(story) else []


def _unnamed_force_incident(
    ex: Extraction,
    story: list[Sent],
    sents: list[Sent],
    published: date | None,
    hints: PageHints,
    reason: str = "a police force, not named, penalised for a data breach",
) -> Extraction:
    """A relevant page whose one incident has no force: what the force's clauses tell."""
    fact = build_incident(
        None,  # type: ignore[arg-type]
        story,
        sents,
        published,
        Roles(sents),
        mention="primary",
        force_sent=None,
        publisher=publishing_regulator(hints, doc_data_dir(sents[0].span.doc)),
    )
    ex.relevant = True
    ex.relevance_reason = reason
    ex.incidents.append(fact)
    return ex


def assemble(doc: Doc, published: date | None = None, hints: PageHints | None = None) -> Extraction:
    """The Extraction of one annotated Doc (`hints`: its headline, URL and site)."""
    hints = hints or PageHints()
    ex = Extraction(relevant=False, extractor_version=EXTRACTOR_VERSION)
    ex.forces = list(dict.fromkeys(s.label_ for s in doc.spans.get("forces", [])))
    ex.regulators = list(dict.fromkeys(s.label_ for s in doc.spans.get("regulators", [])))
    sents = split_sentences(doc)
    published = published or printed_date(sents)
    own_voice = hints.own_voice()  # a force's own page: "we" and "our" are the force
    doc.user_data[OWN_VOICE] = own_voice  # rules reading "we" learn whose voice it is
    hinted: Evidence | None = None
    if not ex.forces:
        # "The force has been fined ...": the force named only around the text.
        found = (
            # the page's headline or URL, else the area of the commissioner it names ("The
            # PCC for Dorset apologised after the force emailed ...")
            hinted_force(hints, doc_data_dir(doc))
            or commissioner_force(doc_text(doc), doc_data_dir(doc))
            if any(refers_to_force(s, own_voice) for s in sents)
            else None
        )
        if found is None:
            unnamed = _unnamed_force_story(sents)
            if unnamed:
                # "A police force has been fined £150,000 after a memory stick was stolen":
                # a force's breach told without its name is still a police breach
                return _unnamed_force_incident(ex, unnamed, sents, published, hints)
            ex = _tally_page(ex, sents, None, published, "no UK police force named", hints)
            unnamed = [] if ex.relevant else unnamed_police_breach(sents, hints, Roles(sents))
            if unnamed:
                # "A former officer looked up his ex-partner on police systems, a misconduct
                # hearing heard": a British police breach whose force the page never names
                ex = _unnamed_force_incident(
                    ex, unnamed, sents, published, hints, "a UK police breach, no force named"
                )
                year_of_police_act(ex.incidents[-1], unnamed, published)
                if ex.incidents[-1].breach_year is None:
                    # neither force nor year: an incident nothing tells apart from any other
                    # police breach; the page is relevant, its breach left uncounted
                    ex.incidents.pop()
            return ex
        name, source, words = found
        hinted = Evidence("force", name, f"{source}: {words}", 0, 0, source=source)
        ex.forces = [name]
    roles = Roles(sents)
    ranked = [hinted.value] if hinted else rank_forces(sents, roles)
    if hinted is None and _named_only_after_lead(sents, own_voice):
        # "A police force has apologised ... The mistake mirrors one by Suffolk
        # Constabulary in 2019" on a page whose URL names Norfolk: the story's own force is
        # the page's, the one named later only compared with it.
        found = hinted_force(hints, doc_data_dir(doc))
        if found is not None and found[0] not in ex.forces and found[1] != "site":
            name, source, words = found
            hinted = Evidence("force", name, f"{source}: {words}", 0, 0, source=source)
            ex.forces.insert(0, name)
            ranked = [name]
    if not ranked and hinted is None and any(refers_to_force(s, own_voice) for s in sents):
        # "A police force has apologised ... The error was like one made by Cheshire
        # Constabulary. The force said ...": no force named is at fault, but the text speaks
        # of "the force" -- the page's own (headline, URL), when it is none of those named.
        found = hinted_force(hints, doc_data_dir(doc))
        if found is not None and found[0] not in ex.forces:
            name, source, words = found
            hinted = Evidence("force", name, f"{source}: {words}", 0, 0, source=source)
            ex.forces.insert(0, name)
            ranked = [name]
    if not ranked:
        reason = "police named only as recipient, bystander, investigator or denying involvement"
        if relevance.headline_of_another_body(sents):
            # "Council logs 300 breaches" naming a force only as one email's wrong
            # recipient: the page's figures are the council's, none the force's
            ex.relevance_reason = reason
            return ex
        return _tally_page(ex, sents, None, published, reason, hints)
    primary = ranked[0]
    if not relevance.describes_breach(sents):
        return _tally_page(ex, sents, primary, published, "no data breach described", hints)
    partners = co_agents(sents, primary, roles)
    attr = attribute(sents, primary, partners, roles, own_voice)
    whole = {s.idx: s for s in sents}  # a force's part of a sentence, read whole
    for sent in sents:
        # "... after a leak of records in Scotland exposed the names of 900 officers": the
        # nation's one force, named by the place it polices
        nation = relevance.nation_breach(sent)
        if nation is None or nation in (primary, *partners):
            continue
        told = attr.other_forces.setdefault(nation, [])
        if all(s is not sent for s in told):
            told.append(sent)
            told.sort(key=lambda s: s.start)
    # "... comes after a hack of the Spanish national police, whose servers were hit": a breach
    # of police abroad, told beside the force's story, is no part of it
    attr.primary = [s for s in attr.primary if not relevance.police_abroad_only(s)]
    if not relevance.describes_breach(attr.primary):
        reason = f"no data breach by {primary} described"
        ex = _tally_page(ex, sents, primary, published, reason, hints)
        if ex.relevant:
            ex.incidents.extend(_sanctioned_in_passing(attr.passing, sents, published, roles))
        return ex
    tied = [
        s
        for s in attr.primary
        if relevance.links_force_to_breach(s, primary, partners, roles, own_voice)
    ]
    linked = bool(tied)
    sheet = not linked and _headline_force_sheet(sents, primary, roles)
    if not linked and not sheet:
        reason = f"{primary} named, but never tied to the breach"
        ex = _tally_page(ex, sents, primary, published, reason, hints)
        if ex.relevant:
            ex.incidents.extend(_breaches_past_figures(sents, published, roles))
        return ex
    if relevance.investigates_anothers_breach(sents, tied, primary, roles):
        # "Police arrested a teenager over a cyber attack on a broadband provider that may
        # have exposed its customers' data": the force only polices another body's breach
        reason = f"{primary} only investigates another body's breach"
        return _tally_page(ex, sents, primary, published, reason, hints)
    if relevance.another_body_at_fault(sents[:3], roles) and not _own_sanction_after_lead(
        attr.primary, sents[:3], primary, roles
    ):
        reason = "another body's breach and sanction; the police only received or reported it"
        return _tally_page(ex, sents, primary, published, reason, hints)
    if relevance.is_advice(sents, attr.primary):
        reason = "police advice or appeal, not a breach by the force"
        return _tally_page(ex, sents, primary, published, reason, hints)
    if relevance.crime_figures(sents, attr.primary) and not _loses_own_records(
        attr.primary, primary
    ):
        reason = "figures of crime the police record, not a breach by the force"
        return _tally_page(ex, sents, primary, published, reason, hints)
    ex.relevant = True
    _split_earlier_occasions(attr.primary, attr.passing, published)
    told_apart = _split_episodes(attr.primary, attr.passing, primary, published)
    tallies = find_tallies(sents, primary, published)
    # the force figures the page is read by: breach rows and people disciplined
    counts = tallies.by_force()
    ex.national_counts, ex.outcome_counts = tallies.national, tallies.outcomes
    kinds_counted = any(c.force == primary and c.breach_type is not None for c in counts)
    primary_fact = build_incident(
        primary,
        attr.primary,
        sents,
        published,
        roles,
        mention="primary",
        force_sent=first_at_fault_sentence(attr.primary, primary, roles),
        publisher=publishing_regulator(hints, doc_data_dir(doc)),
        kinds_counted=kinds_counted,
    )
    if hinted is not None:
        primary_fact.evidence.insert(0, hinted)
    if sheet and primary_fact.breach_year is None:
        # a sheet's first date line ("When: 17 July 2011", "Date of incident: ...") above its
        # sanction dates the breach
        primary_fact.breach_year = _sheet_breach_year(sents)
    if (
        sheet
        and primary_fact.breach_type is None
        and any(_SHEET_REPORT_LOST.search(s.text) for s in sents)
    ):
        # a sheet's terse line "Report lost and printed in a newspaper": papers lost
        primary_fact.breach_type = "loss_or_theft_of_paperwork"
    # Cases judged against what the rest of the story describes, not against themselves; on
    # a statistics page the rest is no incident, so every kind of case is one.
    told = [s for s in attr.primary if s.idx == 0 or not is_case(s)]
    own = [s for s in told if primary in roles.at_fault(s) or refers_to_force(s)]
    statistics = _aggregate_page(
        tallies,
        primary_fact,
        first_at_fault_sentence(attr.primary, primary, roles),
        own,
        attr.primary,
        len({m.label_ for s in sents if states_figures(s) for m in s.forces}),
    )
    base_type = None if statistics else best_type(told)
    base_kind = str(base_type.value) if base_type else None
    base_year = None if statistics else incident_dates(told, published, base_kind).breach_year
    cases = case_sentences(attr.primary, base_kind, base_year, published, bool(statistics))
    # "In a separate case, a council was reprimanded for ...": another body's breach, told as
    # a case beside the story's, is no case of the force's
    cases = [c for c in cases if roles.at_fault(c) or not another_bodys_passing([c], own_voice)]
    if statistics:
        cases = _told_apart_cases(cases, told_apart, published)
    if cases:
        # Each case is an incident of its own; the primary one is what the rest describes.
        # "In another case, staff emailed a statement to the wrong person. That happened in
        # 2021.": the date pointing back is the case's, not the story's
        dated = [n for c in cases for n in _case_sequel(c, attr.primary, 1)]
        dated = [n for n in dated if dates_the_one_before(n)]
        rest = [
            _before_case(s, cases)
            for s in attr.primary
            if all(s is not c for c in cases) and all(s is not n for n in dated)
        ]
        primary_fact = build_incident(
            primary,
            rest,
            sents,
            published,
            roles,
            mention="primary",
            force_sent=first_at_fault_sentence(rest, primary, roles),
            publisher=publishing_regulator(hints, doc_data_dir(doc)),
            kinds_counted=kinds_counted,
        )
        if hinted is not None:
            primary_fact.evidence.insert(0, hinted)
    case_facts = [
        build_incident(
            primary,
            [s, *_case_sequel(s, attr.primary)],
            sents,
            published,
            roles,
            mention="passing",
            force_sent=s,
        )
        for s in cases
    ]
    for case, fact in zip(cases, case_facts, strict=True):
        _own_date(fact, case, published)
        if fact.breach_type is None and base_kind is not None and case.has("passing.alike"):
            # "another officer made similar checks": the story's kind, said of the case
            fact.breach_type = base_kind  # type: ignore[assignment]
            fact.evidence.append(evidence("breach_type", base_kind, case))
        if fact.breach_year is None:
            _date_from_figures(fact, case, sents, published)
        if fact.breach_year is None and statistics:
            _date_from_sentence(fact, case, sents, published)
        if fact.breach_year is None and statistics and any(s is case for s in attr.primary):
            year = _year_dealt_with(case, published)
            if year is not None:
                fact.breach_year = year
                fact.breach_date = str(year)
                fact.breach_date_precision = "year"
                fact.evidence.append(evidence("breach_year", year, case))
        if fact.breach_year is None and statistics:
            _date_from_figures_before(fact, case, sents, published)
    # A regulator told of the breach or dealing with it, or named in a story of data gone
    # wrong -- not one that merely audited the force or issued guidance.
    regulator_involved = notified_regulator(attr.primary) is not None or (
        any(s.regulators for s in attr.primary)
        and any(relevance.something_went_wrong(s) for s in attr.primary)
    )
    # A type read only from suggestive words ("published", "email") shows no breach happened.
    # Records shared between forces show how the police work, not a breach of theirs.
    told_wrong = [s for s in attr.primary if not relevance.shared_among_police(s)]
    refused = None if counts else relevance.access_right_failed(attr.primary)
    if refused is not None and primary_fact.breach_type is None:
        # people's requests for their own records left unanswered: their right broken
        primary_fact.breach_type = "other"  # type: ignore[assignment]
        primary_fact.evidence.append(evidence("breach_type", "other", refused))
    # The story's breach, or the cases it picks out ("Among the incidents, an officer ...")
    kind_told = primary_fact.breach_type or any(f.breach_type for f in case_facts)
    mechanism = kind_told and best_type(told_wrong, minimum=3.0)
    if not counts and not mechanism and relevance.compliance_not_breach(attr.primary):
        ex.relevant = False
        ex.relevance_reason = f"{primary}: how requests are answered, not a data breach"
        return ex
    disciplined = relevance.disciplined_staff(sents)
    looked_up = next(
        (s for s in attr.primary if disciplined and relevance.staff_looked_up(s)), None
    )
    if looked_up is not None and primary_fact.breach_type is None and not counts:
        # the look-up the discipline was for, though told only in weak words
        primary_fact.breach_type = "unauthorised_access"  # type: ignore[assignment]
        primary_fact.evidence.append(evidence("breach_type", "unauthorised_access", looked_up))
    lost = looked_up is not None or any(  # "lost 200 victims' files", "the breach at Kent Police"
        relevance.lost_records(s)
        or relevance.names_its_breach(s, primary)
        # "Kent and Essex police have announced a data breach": the force telling of its own
        # breach, as a partner's would be read (`owns_a_breach`)
        or relevance.owns_a_breach(s, primary)
        or relevance.store_entered(s)  # "hackers broke into Kent Police's network"
        for s in attr.primary
    )
    # records lost in the force's breach, not a company's or crime victims' losses
    lost_here = _loses_own_records(attr.primary, primary)
    if (
        not counts
        and tallies.crime_figures
        and not (primary_fact.action or primary_fact.fine_amount or regulator_involved or lost_here)
    ):
        # "The force recorded 2,104 computer misuse offences, such as hacking into email
        # accounts": crime statistics, whose hacking is done to the public, not by the force
        ex.relevant = False
        ex.relevance_reason = f"{primary}: figures of crimes recorded, not a breach by the force"
        return ex
    if (
        not counts
        and not (primary_fact.action or primary_fact.fine_amount or regulator_involved)
        and any(relevance.police_breach_denied(s) for s in sents)
    ):
        # "No system run by the force was hacked": the breach told of is another's
        ex.relevant = False
        ex.relevance_reason = f"{primary}: the police say none of theirs was breached"
        return ex
    if (
        not counts
        # a figure taken for the force's, read as all forces' instead: a page of figures still
        and not tallies.national_before_named
        and not (
            primary_fact.action
            or primary_fact.fine_amount
            or mechanism
            or regulator_involved
            or lost
        )
    ):
        ex.relevant = False
        ex.relevance_reason = f"no breach, fine or regulator action attributed to {primary}"
        return ex
    ex.breach_counts = tallies.counts  # people disciplined are outcome_counts, no rows
    # Breach talk in aggregate (figures, periods, FOI answers) yields the rows and the cases
    # the page tells of, but no incident of the page's own, and none read off its figures.
    # A story told only through the cases it picks out ("Forces logged 5,000 breaches. Among
    # the incidents, a Kent officer ...") has no incident of its own beyond them.
    only_cases = bool(case_facts) and _says_nothing(primary_fact)
    if not statistics and not only_cases:
        ex.incidents.append(primary_fact)
    ex.incidents.extend(case_facts)
    for partner in [] if statistics or only_cases else partners:
        twin = replace(primary_fact, force=partner, evidence=list(primary_fact.evidence))
        _partner_fine(twin, partner, attr.primary, sents)
        where = first_at_fault_sentence(attr.primary, partner, roles)
        twin.evidence = [e for e in twin.evidence if e.field != "force"]
        if where is not None:
            twin.evidence.insert(0, evidence("force", partner, where))
        ex.incidents.append(twin)
    default_reg = (
        Found(primary_fact.regulator, attr.primary[0])
        if primary_fact.regulator
        and attr.primary
        and not statistics
        and not _inferred(primary_fact, "regulator")
        else None
    )

    def passing_key(group: list[Sent]) -> tuple:
        f = most_common(amounts(group, FINE, True))
        y = incident_dates(group, published).fine_year
        return (y.value if y else None, f.value if f else None)

    def passing(force: str, group: list[Sent]) -> IncidentFact | None:
        """An incident told in passing; none where a statistics page only states figures,
        nor where the group only counts more than a handful of people put through
        proceedings ('Twelve officers were investigated for misusing police systems in 2018/19'),
        telling no one case: figures, no one breach."""
        if statistics and any(states_page_figures(s) or speaks_of_kinds(s) for s in group):
            return None
        if all(
            counts_people_proceeded(s, least=_STORY_HANDFUL + 1)
            and not (tells_a_story(s) or one_person_case(s) or case_clause(s))
            for s in group
        ):
            return None
        return build_incident(
            force,
            group,
            sents,
            published,
            roles,
            mention="passing",
            force_sent=group[0],
            default_regulator=default_reg,
        )

    for group in _merge_passing(attr.passing, passing_key):
        agents = [a for s in group for a in roles.at_fault(s)]
        if not agents and another_bodys_passing(group, own_voice):
            continue  # "Separately, a hospital trust was fined for ...": its breach
        # "Sussex Police and Surrey Police were previously reprimanded ...": one earlier
        # incident for each force listed together in the sentence naming the first
        where = next((s for s in group if agents and agents[0] in roles.at_fault(s)), None)
        named = listed_with(where, roles, agents[0]) if where is not None else [primary]
        for force in named:
            earlier = passing(force, group)
            if earlier is None or (force == primary and _says_nothing(earlier)):
                continue  # "He was also fined £500" by a court: no breach, sanction or date
            if force != primary and _tells_no_facts(earlier, group, roles, whole):
                continue  # "It follows a fine for Kent Police": named, its breach untold
            if (
                force == primary
                and any(f is primary_fact for f in ex.incidents)
                and _told_again(primary_fact, earlier, group, attr.primary)
            ):
                _fold_into(primary_fact, earlier)
                continue
            ex.incidents.append(earlier)
    for force, group in attr.other_forces.items():
        parts = _counted_off(group)
        if parts and _tells_its_breach(group, force, whole, roles):
            # "Kent Police admitted three breaches. The first was a lost laptop ... The
            # second a letter to the wrong house ...": one incident for each
            for part in parts:
                counted = passing(force, part)
                if counted is not None and counted.breach_year is None and not counts_off(part[0]):
                    # "Essex Police admitted two breaches in 2021. The first ...": the one year
                    # the sentence telling them names is each one's
                    year = _head_year(part[0], published)
                    if year is not None:
                        counted.breach_year = year
                        counted.breach_date = str(year)
                        counted.breach_date_precision = "year"
                        counted.evidence.append(evidence("breach_year", year, part[0]))
                if counted is not None and not _says_nothing(counted):
                    ex.incidents.append(counted)
            continue
        # Another force's own breach or sanction: an incident of its own (a roundup's item,
        # a second force with another outcome); a force merely compared is none, nor one
        # whose breach is denied at any reach ("Essex Police said it had logged no cases of
        # staff looking up records": a cue the lenient `denied` leaves standing).
        other = passing(force, group) if _tells_its_breach(group, force, whole, roles) else None
        if other is None and statistics:
            # "Sussex Police logged 150 breaches. ... At Sussex Police, a laptop was stolen
            # from a car in 2022": a roundup gives a force's figures and, apart from them,
            # one of its cases -- the sentences stating no figures tell that incident, when
            # one of them tells one case (a case cue, one person's breach, or how and when)
            story = [s for s in group if not (states_page_figures(s) or speaks_of_kinds(s))]
            if len(story) < len(group) and any(
                is_case(s) or one_person_case(s) or told_how_and_when(s) for s in story
            ):
                other = passing(force, _told_run(story))
        # "... a breach similar to Essex Police's": the likening, told in the story's sentence
        likening = next((s for s in sents if _breach_likened_to(s, force)), None)
        if (
            other is not None
            and primary_fact.breach_type is not None
            and other.breach_type != primary_fact.breach_type
            and (
                (
                    any(_alike_breach(s) for s in group)
                    and (other.breach_type is None or _likened_before(group))
                )
                or (likening is not None and best_type(group, minimum=_STRONG_SCORE) is None)
            )
        ):
            # "Essex Police suffered a similar breach in 2021", "a leak like Essex Police's":
            # of the story's kind, unless its own words tell a strong cue of another
            other.breach_type = primary_fact.breach_type
            where = next((s for s in group if _alike_breach(s)), likening) or group[0]
            other.evidence = [e for e in other.evidence if e.field != "breach_type"]
            other.evidence.append(evidence("breach_type", primary_fact.breach_type, where))
        if other is not None and _tells_no_facts(other, group, roles, whole):
            continue  # "..., after Essex Police": another force named, its breach untold
        if other is not None and other.breach_type is None:
            _share_struck_kind(other, group, force, ex.incidents, whole)
        if other is not None:
            ex.incidents.append(other)
        elif statistics:
            # "Merseyside Police logged nine breaches, including one in 2022 when a list of
            # informants was emailed to a journalist": another force's case told among its
            # figures, an incident of its own
            ex.incidents.extend(
                build_incident(
                    force, [case], sents, published, roles, mention="passing", force_sent=s
                )
                for s, case in _cases_among_figures(group, published)
                or _cases_past_figures(group)
                # "In Essex, 30 officers were disciplined for viewing a footballer's record":
                # another force's crowd over one record, as the story's own force's would be
                or [(s, s) for s in group if _crowd_over_one_record(s)]
            )
    if statistics:
        ex.relevance_reason = (
            f"tally of data breaches by {primary}" if counts else "breach figures, no force's"
        )
    elif primary_fact.action:
        what = primary_fact.action.replace("_", " ")
        ex.relevance_reason = f"{what} over a data breach by {primary}"
    else:
        ex.relevance_reason = f"data breach by {primary}"
    return ex
