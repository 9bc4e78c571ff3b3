"""Turn an annotated Doc into an `Extraction`: relevance, incidents, tallies, evidence.

Steps: find the force at fault (named as an actor, not as a recipient), attribute each
sentence to it, to another force, to a non-police body, or to an earlier breach mentioned
in passing; then read each field from the incident's own sentences (extract.facts).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc

from extract import EXTRACTOR_VERSION
from extract.facts import (
    Found,
    actions_in,
    amounts,
    best_action,
    best_type,
    breach_and_fine_year,
    fine_cues,
    fine_year,
    first_person_action,
    key_terms,
    most_common,
)
from extract.models import Evidence, Extraction, IncidentFact
from extract.rules.tallies import find_tallies, might_have_tallies
from extract.sentences import Sent, is_passive_mention, split_sentences


@dataclass
class Attribution:
    """Which incident each sentence speaks about."""

    primary: list[Sent] = field(default_factory=list)
    passing: list[list[Sent]] = field(default_factory=list)
    other_forces: dict[str, list[Sent]] = field(default_factory=dict)


def evidence(field_name: str, value: object, sent: Sent) -> Evidence:
    return Evidence(field_name, str(value), sent.text, sent.start, sent.end)


def agent_forces(sent: Sent) -> list[str]:
    """Forces the sentence names as actors (not as recipients or bystanders)."""
    out: list[str] = []
    for m in sent.forces:
        if not is_passive_mention(sent, m) and m.label_ not in out:
            out.append(m.label_)
    return out


def rank_forces(sents: list[Sent]) -> list[str]:
    """Forces named as actors, most prominent first (title and fact sentences weigh more)."""
    score: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    for sent in sents:
        key = 1.0 if (fine_cues(sent) or sent.types or sent.regulators) else 0.0
        for name in agent_forces(sent):
            score[name] += (3.0 if sent.idx == 0 else 1.0) + key
            first.setdefault(name, sent.idx)
    return sorted(score, key=lambda n: (-score[n], first[n]))


def co_agents(sents: list[Sent], primary: str) -> list[str]:
    """Forces named jointly with the primary one ('Norfolk and Suffolk Constabulary were
    reprimanded'): one breach, one record per force."""
    out: list[str] = []
    for sent in sents:
        if not (fine_cues(sent) or actions_in(sent) or sent.types):
            continue
        mentions = [m for m in sent.forces if not is_passive_mention(sent, m)]
        for a, b in zip(mentions, mentions[1:], strict=False):
            between = sent.span.doc[a.end : b.start].text.strip().lower()
            if between in {"and", "&", ",", "and the", ", and", "as well as"}:
                for name in (a.label_, b.label_):
                    if name != primary and name not in out and primary in (a.label_, b.label_):
                        out.append(name)
    return out


def is_passing(sent: Sent) -> bool:
    """An earlier breach mentioned in passing: 'GMP was previously fined £150,000 in 2012'."""
    if sent.idx == 0 or not sent.has("passing.passing"):
        return False
    return bool(fine_cues(sent) or any(sent.cues.get(f"actions.{a}") for a in ("reprimand",)))


def _refers_to_force(sent: Sent) -> bool:
    """'the force', 'the constabulary' -- but not 'the Police and Crime Commissioner'."""
    orgs = sent.cues.get("roles.organisation", [])
    return any(
        not any(o.start < a.end and a.start < o.end for o in orgs)
        for a in sent.cues.get("roles.force_anaphor", [])
    )


def _links_force_to_breach(sent: Sent, primary: str, partners: list[str]) -> bool:
    """The force (by name or as 'the force') in a sentence with a breach, data, regulator,
    fine or action cue. A force that only comments on another body's breach ('Greater
    Manchester Police said no offence had been committed') is never tied to it."""
    agents = agent_forces(sent)
    names_force = primary in agents or bool(set(agents) & set(partners))
    if not names_force and not (not agents and _refers_to_force(sent)):
        return False
    return bool(
        sent.has("relevance.data")
        or sent.regulators
        or sent.types
        or fine_cues(sent)
        or actions_in(sent, require_regulator=False)
    )


def _describes_supplier_breach(sent: Sent) -> bool:
    """'The attack on the firm happened in September 2023': a sentence naming another body
    but only describing what happened (no fine, no action) still tells of the breach; a fine
    or action in it would be that body's, so those stay out."""
    return bool(
        (any(c.kb_id_ == "strong" for c in sent.types) or sent.has("dates.event"))
        and not (fine_cues(sent) or actions_in(sent, require_regulator=False))
    )


def attribute(sents: list[Sent], primary: str, partners: list[str]) -> Attribution:
    out = Attribution()
    previous_passing = False
    for sent in sents:
        agents = agent_forces(sent)
        others = [a for a in agents if a != primary and a not in partners]
        if is_passing(sent):
            out.passing.append([sent])
            previous_passing = True
            continue
        if previous_passing and not agents and (fine_cues(sent) or actions_in(sent)):
            # "It is the second time ... In 2017 it was fined £120,000 after ...": the
            # earlier breach goes on in the next sentence.
            out.passing[-1].append(sent)
            continue
        previous_passing = False
        if (
            primary in agents
            or (not agents and _refers_to_force(sent))
            or (set(agents) & set(partners))
        ):
            out.primary.append(sent)
        elif others:
            out.other_forces.setdefault(others[0], []).append(sent)
        elif not sent.has("roles.organisation") or _describes_supplier_breach(sent):
            out.primary.append(sent)
    return out


def _regulator_of(action: Found | None) -> Found | None:
    """The regulator named in the sentence of the most severe action (the ICO's fine, not the
    IOPC's conduct probe mentioned next to it)."""
    if action is None or not action.sent.regulators:
        return None
    cues = [c for a, c in actions_in(action.sent) if a == action.value]
    anchor = cues[0].start if cues else action.sent.span.start
    nearest = min(action.sent.regulators, key=lambda r: abs(r.start - anchor))
    return Found(nearest.label_, action.sent)


def _regulator(sents: list[Sent]) -> Found | None:
    """The regulator of the action sentences, else the one named most."""
    counts: dict[str, int] = defaultdict(int)
    where: dict[str, Sent] = {}
    for sent in sents:
        acting = bool(fine_cues(sent) or actions_in(sent))
        for r in sent.regulators:
            counts[r.label_] += 2 if acting else 1
            if acting or r.label_ not in where:
                where.setdefault(r.label_ + "|acting" if acting else r.label_, sent)
    if counts:
        name = max(counts, key=lambda n: counts[n])
        return Found(name, where.get(name + "|acting") or where[name])
    return None


def build_incident(
    force: str,
    sents: list[Sent],
    all_sents: list[Sent],
    published: date | None,
    *,
    mention: str,
    force_sent: Sent | None,
    default_regulator: Found | None = None,
) -> IncidentFact:
    fact = IncidentFact(force=force, mention=mention)  # type: ignore[arg-type]
    ev: list[Evidence] = []
    if force_sent is not None:
        ev.append(evidence("force", force, force_sent))
    has_regulator = any(s.regulators for s in all_sents)
    court_case = not has_regulator and any(s.has("money.court") for s in all_sents)
    fine = None if court_case else most_common(amounts(sents, "fine", has_regulator))
    paid = most_common(amounts(sents, "paid", has_regulator))
    action = best_action(sents)
    if court_case and action is not None and action.value == "monetary_penalty":
        action = None  # a court fine on an officer is not a penalty on the force
    regulator = (
        _regulator_of(action)
        or _regulator(sents)
        or default_regulator
        or first_person_action(sents)
    )
    year, fyear = breach_and_fine_year(sents, all_sents, published)
    if not (fine or action):
        fyear = None
    # An earlier breach gets one sentence or two: one cue has to do.
    btype = best_type(sents, minimum=1.0 if mention == "passing" else 2.0)
    if fine is not None:
        fact.fine_amount, fact.fine_currency = int(fine.value), "GBP"  # type: ignore[call-overload]
        ev.append(evidence("fine_amount", fine.value, fine.sent))
        if action is None or action.value != "monetary_penalty":
            action = Found("monetary_penalty", fine.sent)
    if paid is not None and fine is not None and paid.value != fine.value:
        fact.fine_paid = int(paid.value)  # type: ignore[call-overload]
        ev.append(evidence("fine_paid", paid.value, paid.sent))
    for name, found in (
        ("action", action),
        ("regulator", regulator),
        ("breach_year", year),
        ("breach_type", btype),
        ("fine_year", fyear),
    ):
        if found is not None:
            setattr(fact, name, found.value)
            ev.append(evidence(name, found.value, found.sent))
    fact.key_terms = key_terms(sents, fact.breach_type)
    lead = _lead_sentence(sents, force) or force_sent or (sents[0] if sents else None)
    fact.summary = lead.text if lead else ""
    fact.evidence = ev
    return fact


def _lead_sentence(sents: list[Sent], force: str) -> Sent | None:
    """The first sentence naming the force together with a fact (fine, action or breach)."""
    for sent in sents:
        if len(sent.span) < 5 or force not in agent_forces(sent):
            continue
        if (
            sent.idx == 0
            or fine_cues(sent)
            or actions_in(sent)
            or any(c.kb_id_ == "strong" for c in sent.types)
        ):
            return sent
    return None


def _first_agent_sentence(sents: list[Sent], force: str) -> Sent | None:
    return next((s for s in sents if force in agent_forces(s)), None)


def _merge_passing(groups: list[list[Sent]], fields: Callable[[list[Sent]], tuple]) -> list:
    """Passing sentences about the same earlier breach (same fine year or amount) merge."""
    merged: list[list[Sent]] = []
    keys: list[tuple] = []
    for group in groups:
        key = fields(group)
        for i, other in enumerate(keys):
            if any(a is not None and a == b for a, b in zip(key, other, strict=True)):
                merged[i].extend(group)
                keys[i] = tuple(a if a is not None else b for a, b in zip(other, key, strict=True))
                break
        else:
            merged.append(list(group))
            keys.append(key)
    return merged


def _penalised_breach(sent: Sent) -> bool:
    """A fine or regulator action and a clear breach cue in one sentence: a data breach even
    when no data word is used ('fined after interview tapes were abandoned')."""
    strong = any(c.kb_id_ == "strong" for c in sent.types)
    return strong and bool(fine_cues(sent) or actions_in(sent, require_regulator=False))


def _tally_page(
    ex: Extraction, sents: list[Sent], force: str | None, published: date | None, reason: str
) -> Extraction:
    """A page that reports no single breach is still relevant when it gives per-force breach
    tallies (a statistics page comparing forces, an FOI answer)."""
    tallies = find_tallies(sents, force, published)
    ex.national_counts, ex.outcome_counts = tallies.national, tallies.outcomes
    if not tallies.counts:
        ex.relevance_reason = reason
        return ex
    ex.relevant = True
    ex.breach_counts = tallies.counts
    named = list(dict.fromkeys(c.force for c in tallies.counts))
    ex.relevance_reason = f"tally of data breaches by {', '.join(named)}"
    return ex


def assemble(doc: Doc, published: date | None = None) -> Extraction:
    """The Extraction of one annotated Doc."""
    ex = Extraction(relevant=False, extractor_version=EXTRACTOR_VERSION)
    ex.forces = list(dict.fromkeys(s.label_ for s in doc.spans.get("forces", [])))
    ex.regulators = list(dict.fromkeys(s.label_ for s in doc.spans.get("regulators", [])))
    if not ex.forces:
        if not might_have_tallies(doc):  # most pages: no need to split them into sentences
            ex.relevance_reason = "no UK police force named"
            return ex
        return _tally_page(ex, split_sentences(doc), None, published, "no UK police force named")
    sents = split_sentences(doc)
    ranked = rank_forces(sents)
    if not ranked:
        reason = "police named only as recipient, bystander or investigator"
        return _tally_page(ex, sents, None, published, reason)
    primary = ranked[0]
    if not (ex.regulators or any(s.has("relevance.data") or _penalised_breach(s) for s in sents)):
        return _tally_page(ex, sents, primary, published, "no data breach described")
    partners = co_agents(sents, primary)
    attr = attribute(sents, primary, partners)
    if not any(
        s.has("relevance.data") or s.regulators or _penalised_breach(s) for s in attr.primary
    ):
        reason = f"no data breach by {primary} described"
        return _tally_page(ex, sents, primary, published, reason)
    if not any(_links_force_to_breach(s, primary, partners) for s in attr.primary):
        reason = f"{primary} named, but never tied to the breach"
        return _tally_page(ex, sents, primary, published, reason)
    if sents[0].has("relevance.advice") and not any(actions_in(s) for s in attr.primary):
        reason = "police advice or appeal, not a breach by the force"
        return _tally_page(ex, sents, primary, published, reason)
    ex.relevant = True
    tallies = find_tallies(sents, primary, published)
    counts = tallies.counts
    ex.national_counts, ex.outcome_counts = tallies.national, tallies.outcomes
    primary_fact = build_incident(
        primary,
        attr.primary,
        sents,
        published,
        mention="primary",
        force_sent=_first_agent_sentence(attr.primary, primary),
    )
    regulator_involved = any(s.regulators for s in attr.primary) and any(
        s.has("relevance.data") for s in attr.primary
    )
    if not counts and not (
        primary_fact.action
        or primary_fact.fine_amount
        or primary_fact.breach_type
        or regulator_involved
    ):
        ex.relevant = False
        ex.relevance_reason = f"no breach, fine or regulator action attributed to {primary}"
        return ex
    if counts and primary_fact.action is None:
        ex.breach_counts = counts
        ex.relevance_reason = f"tally of data breaches by {primary}"
        return ex
    ex.breach_counts = counts
    ex.incidents.append(primary_fact)
    for partner in partners:
        twin = replace(primary_fact, force=partner, evidence=list(primary_fact.evidence))
        where = _first_agent_sentence(attr.primary, partner)
        twin.evidence = [e for e in twin.evidence if e.field != "force"]
        if where is not None:
            twin.evidence.insert(0, evidence("force", partner, where))
        ex.incidents.append(twin)
    default_reg = (
        Found(primary_fact.regulator, attr.primary[0])
        if primary_fact.regulator and attr.primary
        else None
    )

    def passing_key(group: list[Sent]) -> tuple:
        f = most_common(amounts(group, "fine", True))
        y = fine_year(group, sents, published)
        return (y.value if y else None, f.value if f else None)

    for group in _merge_passing(attr.passing, passing_key):
        agents = [a for s in group for a in agent_forces(s)]
        force = agents[0] if agents else primary
        ex.incidents.append(
            build_incident(
                force,
                group,
                sents,
                published,
                mention="passing",
                force_sent=group[0],
                default_regulator=default_reg,
            )
        )
    for force, group in attr.other_forces.items():
        if any(fine_cues(s) for s in group) and any(s.money for s in group):
            ex.incidents.append(
                build_incident(
                    force,
                    group,
                    sents,
                    published,
                    mention="passing",
                    force_sent=group[0],
                    default_regulator=default_reg,
                )
            )
    if primary_fact.action:
        what = primary_fact.action.replace("_", " ")
        ex.relevance_reason = f"{what} over a data breach by {primary}"
    else:
        ex.relevance_reason = f"data breach by {primary}"
    return ex
