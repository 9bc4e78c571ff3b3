"""Which force is at fault, and which sentences speak of which incident.

A force mention takes a role: the role templates' (`target` of a regulator's action,
`recipient`, `enforcer`; components/roles.py), else `bystander` when a cue right before it
makes it one ("a complaint about X"), else `agent`. A `speaker` ("..., Kent Police said")
that only reports another's loss, its own figures or a denial is not at fault, unless it is
the one force a story names. Forces with a target or agent mention are
the candidates; the most prominent is the article's primary force (title and fact sentences
weigh more). Sentences are then attributed to the primary incident, to another force's
incident, or to an earlier breach mentioned in passing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from extract.aliases import CONTEXT, force_aliases
from extract.components.doctext import doc_data_dir, doc_text
from extract.components.roles import SPEAKER, force_roles
from extract.datafiles import load_toml
from extract.rules.actions import (
    FORCE_GROUP_NOUNS,
    actions_in,
    closing_regulator,
    force_noun_after,
)
from extract.rules.dates import BREACH, date_role
from extract.rules.money import fine_cues
from extract.rules.tallies import speaks_of_kinds, states_figures, tells_a_story
from extract.rules.tally_cues import numbers, reading_data
from extract.rules.types import ATTEMPT_WORDS, best_type, type_scores
from extract.sentences import Sent, clause_bounds, data_dir_of, is_passive_mention, segment

_MECHANISM = 3.0  # a strong cue's points, or a thing lost or stolen: how a breach happened

AT_FAULT = ("target", "agent")


@dataclass
class Attribution:
    """Which incident each sentence speaks about."""

    primary: list[Sent] = field(default_factory=list)
    passing: list[list[Sent]] = field(default_factory=list)
    other_forces: dict[str, list[Sent]] = field(default_factory=dict)


_BREACH_HEADS = frozenset({"breach", "breaches", "leak", "leaks"})
_BREACH_MODIFIERS = frozenset({"data", "security", "personal", "privacy", "information"})
# "Kent Police data breach figures": the compound names the force's breaches counted, no one breach
_TALLY_NOUNS = frozenset(
    [
        "figures",
        "statistics",
        "stats",
        "numbers",
        "totals",
        "rates",
        "rate",
        "levels",
        "cases",
        "reports",
        "records",
        "record",
        "data",
        "tally",
        "tallies",
        "count",
        "counts",
        "trends",
    ]
)


def names_its_breach(mention: Span) -> bool:
    """The force's name labels a breach as its own, the name modifying the noun ('the
    Cleveland Police data breach', "a Staffordshire Police data leak", "Kent Police's data
    breach"): the breach is the force's -- not a compound counting its breaches ('the Kent
    Police data breach figures', 'Essex Police data breach statistics')."""
    doc = mention.doc
    i = mention.end
    if i < len(doc) and doc[i].lower_ in {"'s", "\u2019s", "'", "\u2019"}:
        i += 1
    while i < len(doc) and doc[i].lower_ in _BREACH_MODIFIERS:
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _BREACH_HEADS:
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or after.lower_ not in _TALLY_NOUNS


class Roles:
    """The role of every force mention of one document (computed once)."""

    def __init__(self, sents: list[Sent]) -> None:
        self.by_start: dict[int, tuple[str, Span | None]] = {}
        self._names = {m.start: m.label_ for sent in sents for m in sent.forces}
        if not sents:
            return
        templates = force_roles(sents[0].span.doc)
        former: dict[int, tuple[str, tuple[str, Span | None]]] = {}
        speakers: dict[int, tuple[str, Span | None]] = {}  # the role each had, not speaking
        sources: dict[int, tuple[str, Span | None]] = {}  # ... not giving figures
        own_units: set[int] = set()  # forces named by an internal unit of theirs
        others_held: set[int] = set()  # investigators of what another body held
        for sent in sents:
            for m in sent.forces:
                template = templates.get(m.start)
                if template is not None and template[0] == SPEAKER:
                    if not _only_voices(sent, m, template[1]):
                        template = None  # it tells of its own doings: judged as any mention
                    elif _tells_holders_error(sent, m, template[1]):
                        template = None  # an error only the data's holder makes: its own
                    elif not _names_other_body(sent, template[1]):
                        speakers[m.start] = _plain_role(sent, m)
                if template is not None and template[0] == _SOURCE:
                    sources[m.start] = _plain_role(sent, m)
                if template is not None and template[0] == _INVESTIGATOR:
                    template = _firmer_template(m, template)
                if (
                    template is not None
                    and template[0] == _INVESTIGATOR
                    and _tells_others_holding(sent)
                ):
                    others_held.add(m.start)  # "... records belonging to a hospital trust"
                if template is not None and template[0] == "enforcer" and _own_unit(sent, m):
                    # its own unit investigating: its own people's breach unless another
                    # force is at fault
                    template = (_INVESTIGATOR, template[1])
                    own_units.add(m.start)
                if (
                    template is not None
                    and template[0] == "enforcer"
                    and _arrests_its_own(sent, m, template[1])
                ):
                    template = None  # its own member of staff held for the breach: its own
                if (
                    template is not None
                    and template[0] == "enforcer"
                    and _counts_its_breaches(sent, m, template[1])
                ):
                    template = None  # "data breaches reported by Kent Police": its own count
                if (
                    template is not None
                    and template[0] == "enforcer"
                    and _its_peoples_records_lost(sent, m, template[1])
                ):
                    template = None  # "details of people arrested by the Met were leaked"
                if (
                    template is not None
                    and template[0] == _RECIPIENT
                    and template[1].start < m.start  # sent to it, not 'X, which received'
                    and _lost_in_own_clause(sent, m)
                ):
                    # "the file was handed to Essex Police, which then left it on a train":
                    # the clause hung on its name tells its own breach -- it received, then lost
                    self.by_start[m.start] = ("agent", None)
                    continue
                if template is not None and template[0] in _CONDITIONAL:
                    former[m.start] = (m.label_, _plain_role(sent, m))
                    self.by_start[m.start] = (_CONDITIONAL[template[0]], template[1])
                else:
                    self.by_start[m.start] = template or _plain_role(sent, m)
            self._share_in_lists(sent, templates, former)
        for start, (name, plain) in former.items():
            # "PC Smith, a former Essex Police officer, searched ..." in a story of another
            # force at fault: his past employer; else ("a former Essex Police employee who
            # looked up records") the force he served when he did it. So too a force that
            # investigates ("Sussex Police is investigating the loss"): another force's breach
            # where one is at fault ("a Met officer lost a notebook"), else its own inquiry.
            if not self._others_at_fault(name) and start not in others_held:
                self.by_start[start] = ("agent", None) if start in own_units else plain
        self._judge_customers(sents)
        for sent in sents:
            self._judge_keepers(sent)
        if not any(role in AT_FAULT for role, _ in self.by_start.values()) and not any(
            _others_loss(s) or _body_tells_its_holding(s) for s in sents
        ):
            # "Files were left on a train, Kent Police said": a story naming no force at
            # fault but one that speaks tells that force's breach in its words -- unless
            # the story says whose loss it was ("the laptop belonged to the county council").
            self.by_start.update(speakers)
        if not any(role in AT_FAULT for role, _ in self.by_start.values()):
            # "Figures released by Kent Police show 300 breaches. In one case an officer
            # ...": the force that gives the figures is the one they count, when no other
            # force is at fault.
            self.by_start.update(sources)

    def _share_in_lists(
        self,
        sent: Sent,
        templates: dict[int, tuple[str, Span]],
        former: dict[int, tuple[str, tuple[str, Span | None]]],
    ) -> None:
        """Forces listed together ('Durham Constabulary and North Yorkshire Police, which use
        the same supplier, are checking whether their data was taken') share the role a
        template gives one of them when the others have none of their own: the clause that
        follows the list, or the phrase before it, speaks of all of them. Only a role that
        puts them at no fault is shared (a speaker's is judged on its own words)."""
        doc = sent.span.doc
        mentions = list(sent.forces)
        chains: list[list[Span]] = [[m] for m in mentions[:1]]
        for a, b in zip(mentions, mentions[1:], strict=False):
            if doc[a.end : b.start].text.strip().lower() in _LIST_JOINERS:
                chains[-1].append(b)
            else:
                chains.append([b])
        for chain in chains:
            given = [
                m
                for m in chain
                if m.start in templates
                and self.by_start[m.start][0] not in (*AT_FAULT, SPEAKER, "agent", "negated")
            ]
            if not given or len({m.label_ for m in chain}) < 2:
                continue
            role = self.by_start[given[0].start]
            for m in chain:
                if m.start in templates or m.label_ == given[0].label_:
                    continue
                if self.by_start[m.start] != ("agent", None):
                    continue
                self.by_start[m.start] = role
                if given[0].start in former:
                    former[m.start] = (m.label_, ("agent", None))

    def _judge_customers(self, sents: list[Sent]) -> None:
        """A force a firm serves ('a company that supplies ID cards to Kent Police', 'a
        supplier to Police Scotland') is the party whose data was breached -- at fault, its
        incident -- when the story tells that data of the force's own was taken (its
        officers' names, details of police staff: `_force_data_taken`); else the firm's
        breach is the firm's and the force only its customer ('a supplier to Police Scotland
        lost its own payroll files')."""
        customers = [i for i, (role, _) in self.by_start.items() if role == _CUSTOMER]
        if not customers:
            return
        # once the story tells a breach as fact ('the firm suffered a cyber attack'), a later
        # sentence need only say the police's data was reached ('officers' bank details may
        # have been accessed') for the breach to be the force's
        attacked = any(
            c.kb_id_ in {"strong", "loss"} and s.asserted(c) for s in sents for c in s.types
        )
        taken = any(_force_data_taken(s, reached=attacked) for s in sents)
        # a firm doing the force's work ('a contractor working for Kent Police lost a laptop
        # of witness statements') holds the force's data: its breach is the force's, unless the
        # story says what was lost was the firm's own ('its own staff', 'its customers')
        told = any(s.asserted(c) for s in sents for c in s.types)
        processed = told and not any(_firms_own_data(s) for s in sents)
        role = ("agent", None) if taken or processed else ("bystander", None)
        for i in customers:
            self.by_start[i] = role

    def _judge_keepers(self, sent: Sent) -> None:
        """A force named as the data's keeper ('records held by Essex Police', cues.toml
        [roles] `keeper`) in a sentence where another force is at fault ('a Kent Police
        officer looked up records held by Essex Police') only kept what the other misused:
        a bystander. Alone ('files held by Essex Police were leaked') it keeps its role."""
        keepers = sent.cues.get("roles.keeper", [])
        if not keepers:
            return
        doc = sent.span.doc
        for m in sent.forces:
            pos = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ == "the" else m.start
            if not any(k.end == pos for k in keepers) or self.role(m) not in AT_FAULT:
                continue
            if self.role(m) == "target":
                continue  # a regulator's action on it: its own
            if any(o.label_ != m.label_ and self.role(o) in AT_FAULT for o in sent.forces):
                self.by_start[m.start] = ("bystander", None)

    def _others_at_fault(self, name: str) -> bool:
        """Some force other than `name` is at fault somewhere in the document."""
        return any(
            self._names[i] != name and role in AT_FAULT for i, (role, _) in self.by_start.items()
        )

    def only_voiced(self, sent: Sent, told: list[str]) -> bool:
        """A force other than those whose stories are `told` only speaks in the sentence
        ('Elsewhere, a surgery's records were stolen, Kent Police said'), none is at fault:
        the sentence tells another body's breach, no incident of the story's."""
        voices = [m.label_ for m in sent.forces if self.role(m) == SPEAKER]
        return bool(voices) and not self.at_fault(sent) and not set(voices) & set(told)

    def role(self, mention: Span) -> str:
        return self.by_start.get(mention.start, ("agent", None))[0]

    def match(self, mention: Span) -> Span | None:
        return self.by_start.get(mention.start, ("agent", None))[1]

    def at_fault(self, sent: Sent) -> list[str]:
        """Forces the sentence names as at fault (target or agent), in order, once each."""
        out: list[str] = []
        for m in sent.forces:
            if self.role(m) in AT_FAULT and m.label_ not in out:
                out.append(m.label_)
        return out

    def targets(self, sent: Sent) -> list[Span]:
        return [m for m in sent.forces if self.role(m) == "target"]


# What may stand between the names of forces listed together.
_LIST_JOINERS = {"and", ",", "and the", ", and", ", the", "or", "nor", "and neighbouring"}
_RECIPIENT = "recipient"  # a force data went to (roles.jsonl): no fault, unless it then lost it
_CUSTOMER = "customer"  # a force a firm serves (roles.jsonl): its breach, or a bystander
_SOURCE = "source"  # a force giving figures (roles.jsonl): at fault only where none else is
_FORMER = "former"  # a person's former force (roles.jsonl): a past employer, or not
_INVESTIGATOR = "investigator"  # a force looking into a loss (roles.jsonl): another's, or its own
# Roles that hold only where the story names another force at fault, and what each becomes.
_CONDITIONAL = {_FORMER: "employer", _INVESTIGATOR: _INVESTIGATOR}


def _firmer_template(mention: Span, template: tuple[str, Span]) -> tuple[str, Span]:
    """An unconditional role another template gives the same mention, if any: 'Essex Police
    is investigating a cyber attack on a recruitment firm' makes it an enforcer outright,
    whichever force the story names at fault."""
    for match in mention.doc.spans.get("roles", []):
        if (
            match.label_ not in (_INVESTIGATOR, SPEAKER, _FORMER)
            and match.start <= mention.start
            and mention.end <= match.end
            and match.start >= template[1].start - 1
            # "The IOPC asked Essex Police to help": the regulator's own request, its verb
            # the same as the investigator's, gives no firmer role
            and not (match.label_ == "target" and match.start < template[1].start)
        ):
            return (match.label_, match)
    return template


_CLAUSE_ENDS = {";", ":", "(", ")"}


def _lost_in_own_clause(sent: Sent, mention: Span) -> bool:
    """'... handed the laptop to Essex Police, which later lost it on a train': a clause hung
    on the name ('which', 'who') tells, as fact, how the force itself broke the rules -- a
    strong breach cue, or two cues of a breach ('lost', 'on a train') -- before it ends."""
    doc = mention.doc
    if mention.end + 1 >= sent.span.end or doc[mention.end].text != ",":
        return False
    if doc[mention.end + 1].lower_ not in {"which", "who"}:
        return False
    end = next(
        (t.i for t in doc[mention.end + 2 : sent.span.end] if t.text in _CLAUSE_ENDS),
        sent.span.end,
    )
    told = [c for c in sent.types if mention.end + 2 <= c.start < end and sent.asserted(c)]
    return any(c.kb_id_ == "strong" for c in told) or len(told) >= 2


def _plain_role(sent: Sent, mention: Span) -> tuple[str, Span | None]:
    """The role of a mention no template gives one."""
    if is_passive_mention(sent, mention):
        if _own_breach(sent, mention) or _its_store_entered(sent, mention):
            return ("agent", None)
        return ("bystander", None)
    if sent.denied(mention):
        return ("negated", None)
    if _names_whose_data(sent, mention):
        return ("bystander", None)
    return ("agent", None)


_STORE_REACH = 3  # "Essex Police's computer network", "a Kent Police email account"


def _its_store_entered(sent: Sent, mention: Span) -> bool:
    """Someone got into where the force keeps records ('hackers broke into Essex Police's
    computer network', 'an unknown person logged into a Kent Police email account'): right
    after the name (and its possessive) a word of [relevance.grammar] `record_stores`, only
    `record_store_words` between, and before the name, in its clause, a verb of getting in
    (`entry_verbs`) or a cyber-attack or access cue. The force's own systems were reached:
    its breach, whoever reached them."""
    grammar = load_toml("cues.toml", data_dir_of(sent))["relevance"]["grammar"]
    stores, words = set(grammar["record_stores"]), set(grammar["record_store_words"])
    doc = sent.span.doc
    j = mention.end
    if j < sent.span.end and doc[j].text in _POSSESSIVE_MARKS:
        j += 1
    found = False
    for t in doc[j : min(sent.span.end, j + _STORE_REACH)]:
        if t.lower_ in stores:
            found = True
            break
        if t.lower_ not in words:
            return False
    if not found:
        return False
    lo, _ = clause_bounds(sent, mention.start)
    if any(t.lower_ in ATTEMPT_WORDS for t in doc[lo : mention.start]):
        return False  # "hackers tried to break into Kent Police's network"
    entry = set(grammar["entry_verbs"])
    if any(t.lemma_.lower() in entry or t.lower_ in entry for t in doc[lo : mention.start]):
        return True
    return any(
        lo <= c.start < mention.start and c.label_ in {"cyber_attack", "unauthorised_access"}
        for c in sent.types
    )


_ONE = {"a", "an"}
_AMONG = {"including", "among", "amongst"}
_THEM = {"them", "those"}
_WHOSE_REACH = 12  # "a Kent Police officer whose home address was leaked by Essex Police"


def _names_whose_data(sent: Sent, mention: Span) -> bool:
    """The force names one of its people only as the one whose data another body held or
    lost: 'a Hampshire Constabulary officer whose address was leaked by Wiltshire Police' (a
    'whose' clause naming another force or body), 'the details of customers, including a
    Kent Police officer', 'the stolen identity of a Met inspector' (one person among the
    data's subjects, in a sentence naming another body). Not 'an Essex Police officer lost
    ...' (the person acts), nor 'the address of a Kent Police officer was sent to a suspect'
    (no other body named: the force's own records, as far as the sentence tells)."""
    doc = sent.span.doc
    if _data_of_its_people(sent, mention) or _people_another_body_serves(sent, mention):
        return True
    if mention.start < 1 or doc[mention.start - 1].lower_ not in _ONE:
        return False
    person = next(
        (
            c
            for label in ("relevance.staff", "roles.police_people")
            for c in sent.cues.get(label, [])
            if c.start == mention.end
        ),
        None,
    )
    if person is None:
        return False
    others = [m for m in sent.forces if m.label_ != mention.label_ and m.start > person.end]
    bodies = sent.cues.get("roles.organisation", [])
    if person.end < sent.span.end and doc[person.end].lower_ == "whose":
        reach = person.end + _WHOSE_REACH
        return any(m.start < reach for m in others) or any(
            person.end < b.start < reach for b in bodies
        )
    if any(m.label_ == mention.label_ and m.start != mention.start for m in sent.forces):
        return False
    if not bodies:
        return False
    before = doc[mention.start - 2] if mention.start >= 2 else None
    if before is None or before.i < sent.span.start:
        return False
    if before.lower_ in _THEM and before.i > sent.span.start:
        before = doc[before.i - 1]  # "among them a Gwent Police constable"
    if before.lower_ in _AMONG:
        return True
    return before.lower_ == "of" and any(
        0 <= before.i - c.end <= 1 for c in sent.cues.get("relevance.personal", [])
    )


_POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
_THIS_FORCE = {"the", "this", "that"}
_HOLDER_LEAD = 6  # "of more than 200", "of a dozen", "of 800 retired", "of an off-duty"
_DATA_GAP = 3  # "the names and warrant numbers of", "the medical notes of"


def _people_after(sent: Sent, mention: Span) -> Span | None:
    """The force's people named right after it ('Kent Police officers', 'Met detectives')."""
    return next(
        (
            c
            for label in ("relevance.staff", "roles.police_people")
            for c in sent.cues.get(label, [])
            if c.start == mention.end
        ),
        None,
    )


def _data_of_its_people(sent: Sent, mention: Span) -> bool:
    """The force names its people only as those whose data another body held or lost, the
    people as the data's owner: 'the home addresses of more than 200 Merseyside Police
    officers were exposed by a gym', 'the medical notes of an injured Durham officer, shared
    by a hospital trust', 'a Gwent Police officer's details were disclosed by South Wales
    Police' -- in a sentence naming another force or a body that is not the police's supplier
    (a supplier's loss of the force's people's data is the force's, as its controller), and
    not naming the force again, by name or as 'the force' or 'its'. Not 'the names of 200
    Kent Police officers were leaked' (no one else named: the force's own records, as far as
    the sentence tells), nor '... sent to a charity after the force attached the wrong
    file'."""
    person = _people_after(sent, mention)
    if person is None:
        return False
    if any(m.label_ == mention.label_ and m.start != mention.start for m in sent.forces):
        return False
    doc = sent.span.doc
    if any(
        t.lower_ == "force" and doc[t.i - 1].lower_ in _THIS_FORCE
        for t in doc[sent.span.start + 1 : sent.span.end]
    ):
        return False  # "... after the force attached the wrong spreadsheet": its own doing
    others = [m for m in sent.forces if m.label_ != mention.label_]
    if not others and not _other_bodies(sent):
        return False
    personal = sent.cues.get("relevance.personal", [])
    if person.end < sent.span.end and doc[person.end].text in _POSSESSIVE_MARKS:
        after = person.end + 1  # "a Gwent Police officer's personal details"
        return any(0 <= c.start - after <= _DATA_GAP for c in personal)
    j = mention.start - 1
    while j >= max(sent.span.start, mention.start - _HOLDER_LEAD) and doc[j].lower_ != "of":
        if not _holder_word(doc[j]):
            return False
        j -= 1
    if j < sent.span.start or doc[j].lower_ != "of":
        return False
    return any(
        0 <= j - c.end <= _DATA_GAP
        and not any(t.lower_ in _CLAUSE_WORDS - {"and"} for t in doc[c.end : j])
        for c in personal
    )


# Another body's hold on a force's people: it represents them ('a union representing staff
# at Kent Police'), counts them as its members, pensioners or customers ('members working for
# Essex Police'), or its breach reaches them ('a breach affecting 300 retired Met officers').
_REPRESENTS = {"represent", "represents", "representing", "represented"}
_MEMBERSHIP = {
    "member", "members", "pensioner", "pensioners", "customer", "customers", "client",
    "clients", "subscriber", "subscribers", "policyholder", "policyholders",
}  # fmt: skip
_REACHES = {"affecting", "affected", "hitting", "hit", "involving", "including", "among", "amongst"}
_AT_WORK = {"working", "serving", "based", "employed", "who", "work", "serve"}
_WORKPLACE_LINKS = {"at", "for", "from", "in", "with", "of"}
_HOLD_REACH = 4  # "representing police staff at", "affecting thousands of retired"


def _held_by_another(doc, lo: int, start: int, others: bool) -> bool:  # type: ignore[no-untyped-def]
    """A word of another body's hold on people ('representing', or with another body named,
    'affecting', 'among') at most a few words before `start`, with only counting or
    describing words between."""
    j = start - 1
    while j >= max(lo, start - _HOLD_REACH):
        t = doc[j]
        if t.lower_ in _REPRESENTS or (others and t.lower_ in _REACHES):
            return True
        if not (_holder_word(t) or t.lower_ in {"police", "of"}):
            return False
        j -= 1
    return False


def _people_another_body_serves(sent: Sent, mention: Span) -> bool:
    """The force names only where people work whom another body represents, counts as its
    own or whose data its breach reached: 'a union representing police staff at Avon and
    Somerset Police', 'the details of members working for Hampshire Constabulary', 'a breach
    affecting thousands of retired Cheshire Constabulary officers', 'Former Merseyside Police
    officers were among 5,000 pensioners whose details were exposed' -- the force a workplace,
    not the data's holder. Not 'officers at Kent Police lost a laptop' (no other body's hold
    on them), nor where the sentence speaks of 'the force' or 'its' doing it."""
    doc = sent.span.doc
    lo = sent.span.start
    if any(
        t.lower_ == "force" and doc[t.i - 1].lower_ in _THIS_FORCE
        for t in doc[lo + 1 : sent.span.end]
    ):
        return False
    # people after the name: "retired Cheshire Constabulary officers"
    others = bool(_other_bodies(sent)) or any(m.label_ != mention.label_ for m in sent.forces)
    person = _people_after(sent, mention)
    after = person.end if person is not None else mention.end
    if after < sent.span.end and doc[after].lower_ in {"who", "that", "which"}:
        return False  # "representing two officers at Sussex Police who leaked ...": they act
    if person is not None:
        if _held_by_another(doc, lo, mention.start, others):
            return True
        if not others:
            return False  # "200 Kent Police officers were among those whose data leaked"
        k = person.end
        if k < sent.span.end and doc[k].lower_ in {"were", "are", "was", "is"}:
            k += 1
        return k < sent.span.end and doc[k].lower_ in _REACHES - {"affected", "hit"}
    # people before the name: "staff at X", "members working for X", "officers from X"
    j = mention.start - 1
    if j >= lo and doc[j].lower_ == "the":
        j -= 1
    if j < lo or doc[j].lower_ not in _WORKPLACE_LINKS:
        return False
    j -= 1
    if j >= lo and doc[j].lower_ in _AT_WORK:
        j -= 1
    if j < lo:
        return False
    people = {
        c.end - 1
        for label in ("relevance.staff", "roles.police_people")
        for c in sent.cues.get(label, [])
    }
    if doc[j].lower_ in _MEMBERSHIP and not (j > lo and doc[j - 1].lemma_.lower() == "staff"):
        # "members working for X", "customers in X" -- not "staff members of X", its own
        return True
    if j not in people and doc[j].lemma_.lower() not in {"officer", "staff", "employee", "worker"}:
        return False
    return _held_by_another(doc, lo, j, others)


# Words that open or join a clause: none stands between 'of' and the people it counts.
_CLAUSE_WORDS = {
    "who", "which", "that", "by", "to", "from", "with", "and", "or", "for", "on", "in",
    "into", "when", "after", "as", "were", "was", "is", "are", "be", "been", "had", "has",
    "have", "said", "says", "not", "but",
}  # fmt: skip


def _holder_word(tok: Token) -> bool:
    """A word that may count or describe the people between 'of' and the force's name ('more
    than 200', 'a dozen', 'an injured', '800 retired', 'an off-duty')."""
    if tok.like_num or tok.text == "-":
        return True
    return tok.is_alpha and tok.text == tok.lower_ and tok.lower_ not in _CLAUSE_WORDS


_UNIT_HEADS = {"department", "unit", "directorate", "branch"}


def _own_unit(sent: Sent, mention: Span) -> bool:
    """A force named by one of its own internal units ('investigated by Kent Police's
    professional standards department', 'referred to the Met's anti-corruption unit'): such a
    unit looks into its own force's people only, so the force is an investigator of its own
    (judged as `investigator`: its own inquiry unless another force is at fault), not an
    outside enforcer."""
    doc = sent.span.doc
    j = mention.end
    if j < len(doc) and doc[j].text in {"'s", "’s", "'"}:
        j += 1
    return any(
        c.start == j and c[-1].lower_ in _UNIT_HEADS
        for c in sent.cues.get("roles.police_context", [])
    )


_HOLDING_LINKS = {"from", "on", "in", "into", "of", "within", "across", "onto"}
_POSSESSIVES = {"its", "their"}


def _own_breach(sent: Sent, mention: Span) -> bool:
    """A force that only seems to stand by ('Kent Police is investigating', 'information
    about ...') is the one whose data went astray when the sentence tells a breach of what
    it holds, naming no one else who did it: data about its own people ('Information about
    PSNI officers was published in error', 'details relating to Essex Police staff were
    leaked'), or its own systems or people by 'its' after a preposition ('after names were
    leaked from its systems', 'the names of 200 of its officers were leaked') -- not 'a
    complaint about Kent Police officers', nor a breach another body's ('leaked from the
    council's systems', 'a council leaked information about ...'), nor a denial ('its
    systems were not affected')."""
    if _other_bodies(sent) or any(m.label_ != mention.label_ for m in sent.forces):
        return False
    if not any(c.start >= mention.end and sent.asserted(c) for c in sent.types):
        return False
    negated = [sc for sc in sent.scopes if sc.label_ == "negated"]
    doc = sent.span.doc

    def denied(i: int) -> bool:
        return any(sc.start <= i < sc.end for sc in negated)

    return (
        (_about_its_people(sent, mention) and not denied(mention.start))
        or any(not denied(i) for i in _its_holdings(sent, doc, mention.end))
        or any(not denied(p.start) for p in _its_people_did_it(sent, mention))
    )


_AGENT_LEAD_REACH = 4  # "by one of its civilian staff"
_DOER_GAP = 2  # "a member of staff mistakenly emailed", "an officer had shared"


def _its_people_did_it(sent: Sent, mention: Span) -> list[Span]:
    """After a force that only seems to stand by ('Kent Police is investigating after ...'),
    the breach told was done by its own people: one of them the agent of a passive ('were
    emailed to the wrong person by a member of staff', 'by one of its officers') or the
    subject right before a breach word ('after an officer shared a victim's address', 'a
    member of staff mistakenly sent') -- a force investigating its own staff's breach is at
    fault. Not one who posed as an officer or to whom data went ('sent to an officer')."""
    doc = sent.span.doc
    cues = load_toml("cues.toml", data_dir_of(sent))["roles"]
    leads, openers = set(cues["doer"]["lead"]), set(cues["doer"]["openers"])
    people = [
        p
        for p in [*sent.cues.get("roles.own_people", []), *sent.cues.get("roles.force_anaphor", [])]
        if p.start >= mention.end
    ]
    told = [c for c in sent.types if c.start >= mention.end and sent.asserted(c)]
    out = []
    for p in people:
        j = p.start - 1
        while j >= max(mention.end, p.start - _AGENT_LEAD_REACH) and doc[j].lower_ in leads:
            j -= 1
        if j < mention.end:
            continue
        lead = doc[j].lower_
        if lead == "by" and any(c.end <= j for c in told):
            out.append(p)  # "... were emailed to the wrong person by a member of staff"
        elif lead in openers and any(0 <= c.start - p.end <= _DOER_GAP for c in told):
            out.append(p)  # "after an officer shared ..."
    return out


_AUXILIARIES = {"was", "were", "has", "have", "had", "been", "be", "is", "are", "being"}


_COUNTING_VERBS = {"report", "record", "log", "notify"}
_THAT = {"that", "which"}


def _counts_its_breaches(sent: Sent, mention: Span, match: Span) -> bool:
    """'More than 100 data breaches were reported by Kent Police', 'breaches that have been
    recorded by the force': breaches a force reports or records are its own, not a crime it
    investigates ('a burglary reported by Kent Police') -- the passive verb of the template
    right after a breach word (auxiliaries and 'that' between), 'by' the force."""
    if match.end != mention.end or match[0].lemma_.lower() not in _COUNTING_VERBS:
        return False
    doc = sent.span.doc
    j = match.start - 1
    while j >= sent.span.start and doc[j].lower_ in _AUXILIARIES | _THAT:
        j -= 1
    return any(
        c.end == j + 1 and c[-1].lemma_.lower() == "breach" and not sent.denied(c)
        for c in sent.cues.get("relevance.breach", [])
    )


_OWNER_REACH = 4  # "the details of two children arrested by", "records of the men held by"
_LOSS_AFTER = 3  # "... by Kent Police were accidentally shared", "... had been leaked"


def _its_peoples_records_lost(sent: Sent, mention: Span, match: Span) -> bool:
    """'The details of children arrested by Kent Police were shared with a third party':
    the records of people the force arrested, questioned or charged are the force's own, and
    lost or exposed right after its name (auxiliaries between) they are its breach -- a data
    word a few words before the passive template, a stated breach or loss word or a strong
    cue of a breach right after the force, and no other body named."""
    if match.end != mention.end or _other_bodies(sent):
        return False
    if any(m.label_ != mention.label_ for m in sent.forces):
        return False
    data = [*sent.cues.get("relevance.personal", []), *sent.cues.get("relevance.data", [])]
    if not any(0 <= match.start - d.end <= _OWNER_REACH for d in data):
        return False
    doc = sent.span.doc
    j = mention.end
    while j < sent.span.end and doc[j].lower_ in _AUXILIARIES:
        j += 1
    if j == mention.end:
        return False  # no passive after the force: "arrested by Kent Police, who ..."
    strong = [c for c in sent.types if c.kb_id_ == "strong" and not c.label_.startswith("_")]
    losses = [*sent.cues.get("relevance.breach", []), *sent.cues.get("relevance.exposure", [])]
    return any(
        j <= c.start <= j + _LOSS_AFTER and sent.asserted(c) and not sent.denied(c)
        for c in [*strong, *losses]
    )


def _arrests_its_own(sent: Sent, mention: Span, match: Span) -> bool:
    """'A member of police staff was arrested by Sussex Police after she accessed records
    without a policing purpose': the one the force acts on, the subject right before the
    passive ('an officer has been arrested by ...'), is its own person (cues.toml [roles]
    `force_anaphor`, `own_people`), and the sentence tells a breach after the force's name,
    naming no other body or force -- the force's staff did it, the breach is the force's."""
    if match.end != mention.end or _other_bodies(sent):
        return False
    if any(m.label_ != mention.label_ for m in sent.forces):
        return False
    doc = sent.span.doc
    j = match.start - 1
    while j >= sent.span.start and doc[j].lower_ in _AUXILIARIES | {"later", "since", "also"}:
        j -= 1
    if j == match.start - 1:
        return False  # no passive before the match: "Kent Police arrested ..."
    people = [*sent.cues.get("roles.force_anaphor", []), *sent.cues.get("roles.own_people", [])]
    if not any(p.end == j + 1 for p in people):
        return False
    return any(
        c.start >= mention.end and c.kb_id_ == "strong" and sent.asserted(c) for c in sent.types
    )


def _about_its_people(sent: Sent, mention: Span) -> bool:
    """'information about PSNI officers', 'details relating to the Kent Police staff': a
    data noun, a word saying what it is about, the force, and its people right after it."""
    doc = sent.span.doc
    pos = mention.start - 1 if doc[mention.start - 1].lower_ == "the" else mention.start
    about = [c for c in sent.cues.get("roles.data_about", []) if c.end == pos]
    if not about or not any(
        d.end == about[0].start for d in sent.cues.get("roles.personal_data", [])
    ):
        return False
    after = mention.end + (
        1 if mention.end < len(doc) and doc[mention.end].lower_ in {"'s", "’s"} else 0
    )
    return any(p.start == after for p in sent.cues.get("roles.own_people", []))


def _its_holdings(sent: Sent, doc: Doc, start: int) -> list[int]:
    """Token positions of 'its'/'their' after `start`, right after a preposition and right
    before (one word between at most: 'its own', 'its computer') what a force holds."""
    holdings = sent.cues.get("roles.own_holding", [])
    out = []
    for tok in doc[start : sent.span.end]:
        if (
            tok.lower_ not in _POSSESSIVES
            or tok.i == 0
            or doc[tok.i - 1].lower_ not in _HOLDING_LINKS
        ):
            continue
        if any(1 <= h.start - tok.i <= 2 for h in holdings):
            out.append(tok.i)
    return out


_OWN_REACH = 2  # "the firm's own staff", "its own employees": words before the people


def _force_data_taken(sent: Sent, reached: bool = False) -> bool:
    """The sentence tells, as fact, a breach of data that is the police's own: personal data
    of the force's people ('hackers stole the names of 200 officers', 'officers\' photographs
    were taken', 'details of police staff were leaked') -- people only the police have
    (cues.toml [roles] `police_people`), or any staff a police word or force name goes right
    before ('Kent Police staff', 'the force\'s employees') -- or data a police word owns
    ('police records', 'the force\'s data'); not the firm's own people ('its own staff', 'the
    company\'s employees'), nor a denial ('no officers\' details were taken')."""
    negated = [sc for sc in sent.scopes if sc.label_ == "negated"]
    if not any(c.kb_id_ in {"strong", "loss"} and sent.asserted(c) for c in sent.types) and not (
        reached and any(not any(sc.start <= c.start < sc.end for sc in negated) for c in sent.types)
    ):
        return False
    doc = sent.span.doc
    cues = load_toml("cues.toml", data_dir_of(sent))["roles"]
    data = sent.cues.get("roles.personal_data", [])
    police = [*sent.forces, *sent.cues.get("roles.police_context", [])]

    def denied(span: Span) -> bool:
        return any(sc.start <= span.start < sc.end for sc in negated)

    def policed(start: int) -> bool:
        """A force name or police word right before `start` ('Kent Police staff', 'the
        force's records'), a possessive between."""
        at = start - 1 if start > 0 and doc[start - 1].lower_ in {"'s", "’s", "'"} else start
        return any(p.end == at and p.start < start for p in police)

    for person in sent.cues.get("roles.own_people", []):
        if denied(person):
            continue
        before = {
            t.lower_ for t in doc[max(sent.span.start, person.start - _OWN_REACH) : person.start]
        }
        if "own" in before or any(
            o.end in {person.start, person.start - 1}
            for o in sent.cues.get("roles.organisation", [])
        ):
            continue  # "its own staff", "the company's employees"
        if person.text.lower() not in cues["police_people"] and not policed(person.start):
            continue
        if any(_near(doc, d, person) for d in data):
            return True
    return any(policed(d.start) and not denied(d) for d in data)


def _firms_own_data(sent: Sent) -> bool:
    """The sentence says the data a firm lost was its own ('the payroll files of its own
    staff', 'the company's employees', 'details of its customers'): people or data with
    'own' just before them, a body's possessive right before them, or the firm's
    customers (cues.toml [roles] `firm_people`)."""
    doc = sent.span.doc
    firm_people = set(load_toml("cues.toml", data_dir_of(sent))["roles"]["firm_people"])
    orgs = sent.cues.get("roles.organisation", [])
    for span in [*sent.cues.get("roles.own_people", []), *sent.cues.get("roles.personal_data", [])]:
        before = {t.lower_ for t in doc[max(sent.span.start, span.start - _OWN_REACH) : span.start]}
        owner = span.start - 1 if doc[span.start - 1].lower_ in {"'s", "’s"} else span.start
        if "own" in before or any(o.end == owner for o in orgs):
            return True
    return any(t.lower_ in firm_people for t in sent.span)


_DATA_REACH = 6  # "the names and phone numbers of 900 officers": data word to its people
_PEOPLE_REACH = 2  # "officers' home addresses": people to their data


def _near(doc: Doc, data: Span, person: Span) -> bool:
    """The data word is the people's: before them in one phrase ('the names of 900 officers')
    or right after them ('officers' home addresses'), no punctuation between."""
    if 0 <= person.start - data.end <= _DATA_REACH:
        gap = doc[data.end : person.start]
    elif 0 <= data.start - person.end <= _PEOPLE_REACH:
        gap = doc[person.end : data.start]
    else:
        return False
    return not any(t.is_punct and t.text not in {"'", "’"} for t in gap)


# A figure of people ("two of its staff", "the statements of 30 victims"): the story of a
# breach may count those who did it or whom it hit; a figure of anything else in a force's
# words ("two of its breaches", "14 lost phones") is one of its tallies.
_PEOPLE_FIGURE_RE = re.compile(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?)\s+"
    r"(?:of\s+(?:its|their|the|these|those)\s+)?(?:[a-z-]+\s+)?(?:people|persons?|"
    r"officers?|staff|employees?|members?|victims?|witnesses?|constables?|detectives?|"
    r"residents?|children|families|informants?|complainants?|suspects?|individuals?)\b",
    re.IGNORECASE,
)


def _figures_in_its_words(sent: Sent) -> bool:
    """Figures of breaches or things, none of people, stated in the sentence."""
    return states_figures(sent) and _PEOPLE_FIGURE_RE.search(sent.text) is None


def _only_voices(sent: Sent, mention: Span, match: Span) -> bool:
    """A force that only voices a statement ('a laptop belonging to the council had been
    stolen, Suffolk Constabulary said'): what it said never speaks of the force itself -- by
    name, 'the force', its officers or staff, 'it', 'its', 'we' -- save to say it stands by
    or polices ('it was aware of the incident', 'officers are appealing for witnesses') --
    or it gives its figures or denies ('two of its breaches followed a hack', 'it had lost
    no phones'); and names no regulator (a force telling the ICO, or saying it was told,
    reports its own breach)."""
    if any(not (match.start <= r.start < match.end) for r in sent.regulators):
        return False
    apology = load_toml("cues.toml", data_dir_of(sent))["roles"]["apology"]
    if match.end < len(match.doc) and match.doc[match.end].lower_ in apology:
        return False  # "Kent Police has said sorry after ...": an apology for its own breach
    if sent.has("relevance.inquiry") and not any(sent.asserted(c) for c in sent.types):
        # "A GMP spokesman said the inquiry was carried out by its anti-corruption unit":
        # words of an investigation that tell no breach, whatever they say of the force
        return True
    if _figures_in_its_words(sent) or any(sc.label_ == "negated" for sc in sent.scopes):
        # "Essex Police said two of its breaches were emails", "... it held no figures":
        # its figures, or a denial, in its words
        return True
    refs = [
        *(m for m in sent.forces if m.label_ == mention.label_),
        *sent.cues.get("roles.force_anaphor", []),
        *sent.cues.get("roles.self_reference", []),
    ]
    standing_by = [*sent.cues.get("roles.onlooker", []), *sent.cues.get("roles.enforcement", [])]
    return all(
        match.start <= ref.start < match.end
        or any(0 <= o.start - ref.end <= 3 for o in standing_by)
        for ref in refs
    )


def another_bodys_passing(group: list[Sent], own_voice: bool = False) -> bool:
    """'Separately, an NHS trust in the county was fined for sending letters to the wrong
    addresses': a breach told in passing whose sentences name no force and refer to none ('the
    force', 'an officer'), each naming a body that is no force and works for none before the
    breach it tells, is that body's breach -- not an earlier one of the story's force."""
    if not group:
        return False
    for sent in group:
        if sent.forces or refers_to_force(sent, own_voice):
            return False
        if sent.cues.get("roles.force_anaphor"):
            return False
        bodies = _other_bodies(sent)
        # the news of a sanction is no breach told: "The ruling comes after an NHS trust was
        # fined when hackers stole records" tells the trust's breach
        told = [c.start for c in sent.types if c.label_ != "_sanction_news"] or [
            c.start for c in sent.types
        ]
        if not bodies or not told or bodies[0].start > min(told):
            return False
    return True


def names_only_another_body(sent: Sent) -> bool:
    """'The leak comes months after hackers stole a council's payroll files': a clause that
    names a body that is no force (nor works for one) and neither names nor refers to a
    force tells that body's breach, not an earlier one of the story's force."""
    if sent.forces or refers_to_force(sent) or sent.cues.get("roles.force_anaphor"):
        return False
    return bool(_other_bodies(sent))


def _other_bodies(sent: Sent, outside: Span | None = None) -> list[Span]:
    """Organisations the sentence names (outside `outside`), not ones working for the police
    (a supplier or contractor)."""
    suppliers = sent.cues.get("roles.supplier", [])
    return [
        org
        for org in sent.cues.get("roles.organisation", [])
        if not (outside is not None and outside.start <= org.start < outside.end)
        and not any(c.start <= org.start < c.end for c in suppliers)
    ]


_OWNER_REACH = 4  # "belonging to a local hospital trust"


def _tells_others_holding(sent: Sent) -> bool:
    """The sentence says what went astray was another body's ('boxes of patient records
    belonging to a hospital trust were found in a lay-by', 'files relating to the council'):
    a force looking into it there investigates another's loss, not its own."""
    owned = sent.cues.get("roles.owned", [])
    doc = sent.span.doc
    holdings = [*sent.cues.get("roles.own_holding", []), *sent.cues.get("relevance.personal", [])]
    for org in _other_bodies(sent):
        if any(0 <= org.start - o.end <= _OWNER_REACH for o in owned):
            return True
        if (
            org.end < sent.span.end
            and doc[org.end].text in _POSSESSIVE_MARKS
            and any(0 < c.start - org.end <= _DATA_GAP for c in holdings)
        ):
            return True  # "stolen from a nursery's computer system", "a school's files"
        lead = [t.lower_ for t in doc[max(sent.span.start, org.start - _FROM_REACH) : org.start]]
        if "from" in lead and all(w in _FROM_LEAD for w in lead[lead.index("from") + 1 :]):
            return True  # "customer data taken from a Birmingham retailer"
    return False


_FROM_REACH = 3  # "from a local", "from the county"
_FROM_LEAD = {"a", "an", "the", "local", "county", "city", "private", "small", "major"}


def tells_bodys_holding(sent: Sent) -> bool:
    """The sentence says whose the breached data were, another body's ('details of its 4
    million customers', 'documents held on our servers', said by a council; 'records
    belonging to a hospital trust'): the firm's own people, a body telling of its own
    holding, or a holding owned by another body."""
    return _firm_peoples_data(sent) or _body_tells_its_holding(sent) or _tells_others_holding(sent)


_FIRM_DATA_AFTER = 5  # "customer data", "patients' records", "patient and staff-identifiable data"
_COMPOUND_GLUE = {*_POSSESSIVE_MARKS, "-"}
_FIRM_OWNER_REACH = 6  # "from its more than 4 million customers"


def _firm_peoples_data(sent: Sent) -> bool:
    """Data told as a firm's people's (cues.toml [roles] `firm_people`): one of them right
    before a data word in a sentence naming a non-police body or a cyber attack ("a health
    board's patient data"; not 'residents' personal details' alone, data the police hold
    and lose), or owned by a
    body -- 'its' a few words before it, or an organisation's possessive right before it --
    in a sentence with a data or breach word ('the hack may have affected all of its
    customers'). Not the word alone ('clients I have represented')."""
    doc = sent.span.doc
    firm_people = set(load_toml("cues.toml", data_dir_of(sent))["roles"]["firm_people"])
    data = [
        *sent.cues.get("relevance.personal", []),
        *sent.cues.get("relevance.data", []),
        *sent.cues.get("roles.personal_data", []),
    ]
    told = bool(data) or sent.has("relevance.breach")
    orgs = sent.cues.get("roles.organisation", [])
    for t in sent.span:
        if t.lower_ not in firm_people:
            continue
        if not told:
            continue
        compound = any(
            0 <= d.start - t.i - 1 < _FIRM_DATA_AFTER
            and not any(g.is_punct and g.text not in _COMPOUND_GLUE for g in doc[t.i + 1 : d.start])
            for d in data
        )
        if compound and (
            _firm_in(sent, orgs) or any(c.label_ == "cyber_attack" for c in sent.types)
        ):
            return True  # "a broadband firm's customer data", "hackers published patient data"
        lead = doc[max(sent.span.start, t.i - _FIRM_OWNER_REACH) : t.i]
        owned = [g for g in lead if g.lower_ == "its"]
        if owned and not any(g.is_punct for g in doc[owned[-1].i : t.i]):
            return True  # "its four million customers"
        if (
            t.i >= 2
            and doc[t.i - 1].text in _POSSESSIVE_MARKS
            and any(o.end == t.i - 1 for o in orgs)
        ):
            return True  # "the company's customers"
    return False


_POLICE_WORDS = {"police", "constabulary", "force"}


def _firm_in(sent: Sent, orgs: list[Span]) -> bool:
    """An organisation other than the police named in the sentence ('a broadband firm',
    'the health board'): whose people the data's owners are -- not data police hold
    ('residents' personal details', 'bank customer data seized during an inquiry')."""
    doc = sent.span.doc
    return any(
        not any(t.lower_ in _POLICE_WORDS for t in doc[max(0, o.start - 2) : o.end + 1])
        for o in orgs
    )


def _tells_holders_error(sent: Sent, mention: Span, match: Span) -> bool:
    """What the force said tells, as fact, an error that only the body holding the data
    makes -- sent or posted to the wrong person, published, left unredacted (cues.toml
    [roles] holders_errors) -- with no other body or force named: 'Kent Police said papers
    about a witness were posted to somebody by mistake' tells its own breach, as 'Kent
    Police confirmed that ...' does; a theft or a hack it speaks of may be a crime it
    polices."""
    if _names_other_body(sent, match) or any(f.label_ != mention.label_ for f in sent.forces):
        return False
    codes = set(load_toml("cues.toml", data_dir_of(sent))["roles"]["holders_errors"])
    return any(c.label_ in codes and c.kb_id_ == "strong" and sent.asserted(c) for c in sent.types)


def _names_other_body(sent: Sent, match: Span) -> bool:
    """What the force said names another body ('a laptop belonging to the county council',
    'a surgery's records')."""
    return bool(_other_bodies(sent, match))


def _others_loss(sent: Sent) -> bool:
    """The sentence says the thing lost was another body's ('The laptop belonged to the
    county council', 'which belonged to a council social worker'): 'belonging to' right
    before an organisation, no force or police word in the sentence."""
    if sent.forces or sent.cues.get("roles.force_anaphor"):
        return False
    owned = sent.cues.get("roles.owned", [])
    return any(0 <= org.start - o.end <= 4 for org in _other_bodies(sent) for o in owned)


_BODY_SUBJECT_LEAD = 4  # "The company", "A care home group", "The private clinic"
_ITS_HOLDING_REACH = 3  # "its payroll and resident records systems"


def _body_tells_its_holding(sent: Sent) -> bool:
    """Another body, the subject of a sentence naming no police, tells of its own records
    ('The company said criminals had accessed its payroll systems', 'A dental chain said its
    patient records had been copied'): an organisation word (cues.toml [roles]
    `organisation`) among the sentence's first few words and 'its' a few words before a
    holding or data word. The loss told is that body's, not the force's that speaks."""
    if sent.forces or sent.cues.get("roles.force_anaphor") or sent.cues.get("roles.police_context"):
        return False
    lead = sent.span.start + _BODY_SUBJECT_LEAD
    if not any(o.start < lead for o in _other_bodies(sent)):
        return False
    holdings = {
        c.start
        for c in [*sent.cues.get("roles.own_holding", []), *sent.cues.get("relevance.personal", [])]
    }
    return any(
        t.lower_ == "its" and any(t.i < h <= t.i + _ITS_HOLDING_REACH for h in holdings)
        for t in sent.span
    )


def _fact_weight(sent: Sent) -> float:
    return 1.0 if (fine_cues(sent) or sent.types or sent.regulators) else 0.0


def rank_forces(sents: list[Sent], roles: Roles) -> list[str]:
    """Forces named as at fault, most prominent first (title and fact sentences weigh more).
    A force first named at fault in a sentence framing an earlier story ('It follows a fine
    for Sussex Police last year'), after another force was named at fault, is background:
    it ranks after the forces named before it, however often the story goes on with it."""
    score: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    background: set[str] = set()
    lead = 0.0  # what an unnamed force's lead weighs ('A police force has been fined ...')
    for sent in sents:
        key = _fact_weight(sent)
        # ... or likening its breach to the one already told ('Last year Surrey Police was
        # reprimanded for a similar error'): the story is the first force's
        framed = bool(first) and (follows_earlier(sent) or _likened(sent))
        if not (first or sent.forces) and key and _of_one_force(sent):
            lead += (3.0 if sent.idx == 0 else 1.0) + key
        for m in sent.forces:
            role = roles.role(m)
            if role not in AT_FAULT:
                continue
            bonus = 1.0 if role == "target" else 0.0
            score[m.label_] += (3.0 if sent.idx == 0 else 1.0) + key + bonus
            if framed and m.label_ not in first:
                background.add(m.label_)
            if not first and not framed and not is_passing(sent):
                # "Police force fined after ... A police force has been fined £150,000 ...
                # Devon & Cornwall Police posted a spreadsheet ...": the lead told of the
                # story's force before naming it; the first force named at fault is that one
                score[m.label_] += lead
            first.setdefault(m.label_, sent.idx)
    return sorted(score, key=lambda n: (n in background, -score[n], first[n]))


def _likened(sent: Sent) -> bool:
    """The sentence tells its breach as like another ('a similar error', 'a similar data
    breach'), stated as fact."""
    return any(sent.asserted(c) for c in sent.cues.get("roles.alike_breach", []))


_MANY_FORCES = FORCE_GROUP_NOUNS
_MANY_PEOPLE = {"police", "staff", "personnel"}  # "the police", "police staff": many at once


def _of_one_force(sent: Sent) -> bool:
    """A lead telling of the story's force before naming it: 'the force', 'a police force',
    'an officer' ('Police force fined after ...', 'A police force has been fined ...'), one
    of them -- not forces or people at large ('Police forces in Wales recorded ...', 'cases
    where officers looked up records', 'the police') -- and no earlier breach."""
    if any(t.lower_ in _MANY_FORCES for t in sent.span) or is_passing(sent):
        return False
    orgs = sent.cues.get("roles.organisation", [])
    return any(
        not any(o.start < a.end and a.start < o.end for o in orgs)
        and a[-1].lower_ not in _MANY_PEOPLE
        and not a[-1].lower_.endswith("s")
        for a in sent.cues.get("roles.force_anaphor", [])
    )


_AFTER_REACH = 4  # "It comes two years after": the words between 'come' and 'after'


def follows_earlier(sent: Sent) -> bool:
    """The sentence frames what it tells as what came before the story: it opens with a
    pointer back ('It', 'This', 'The fine', 'The latest breach') and a verb of following
    (cues.toml [passing] `earlier_story_verbs`): 'It follows a fine for Sussex Police last
    year', 'The reprimand comes two years after Essex Police was fined' -- not 'It came to
    light when ...'."""
    return _following_verb(sent) is not None


_NOUN_WORDS = 2  # "The latest breach follows", "The new fine comes after": the pointer's noun


def _following_verb(sent: Sent) -> Token | None:
    """The verb of following of `follows_earlier`, or None."""
    cues = load_toml("cues.toml", data_dir_of(sent))["passing"]
    toks = [t for t in sent.span if not (t.is_punct or t.is_space)]
    if len(toks) < 3:
        return None
    if toks[0].lower_ in cues["back_pointers"]:
        at = 1
    elif toks[0].lower_ == "the" and len(toks) > 3:
        # "The fine follows ...", "The latest breach follows ..."
        at = next(
            (
                k
                for k in range(2, min(len(toks) - 1, 2 + _NOUN_WORDS))
                if toks[k].lemma_ in cues["earlier_story_verbs"]
            ),
            2,
        )
    else:
        return None
    verb = toks[at]
    if verb.lemma_ not in cues["earlier_story_verbs"]:
        return None
    if verb.lemma_ != "come":
        return verb
    after = toks[at + 1 : at + 2 + _AFTER_REACH]
    # "It came to light after ...": how the story's breach was found, no earlier story
    if after and after[0].lower_ != "to" and any(t.lower_ == "after" for t in after):
        return verb
    return None


_APART_WORDS = {"separately", "separate"}


def _apart_from_another_body(sent: Sent, before: list[Sent]) -> bool:
    """'The ICO fined a council over lost files. Separately, Kent Police was reprimanded for
    ...': a force's case told apart ('separately', 'in a separate incident') from a story that
    named no force before it is the force's own news, not an earlier breach beside the
    story's -- the story so far was another body's. Only when every passing cue of the
    sentence is such a word."""
    cues = sent.cues.get("passing.passing", [])
    if not cues or sent.cues.get("passing.apart"):
        return False
    if not all({t.lower_ for t in c} & _APART_WORDS for c in cues):
        return False
    return not any(s.forces for s in before)


def _follows_sanction(sent: Sent) -> bool:
    """'The latest breach follows a £50,000 fine in 2020', 'It comes after the force was
    reprimanded in 2021': a sanction told after the verb of following is an earlier one --
    not 'The fine follows an investigation' (the sanction before it is the story's)."""
    verb = _following_verb(sent)
    return verb is not None and any(s.start > verb.i for s in _sanction_spans(sent))


_JOINERS = {"and", "&", ",", "and the", ", and", "as well as", ", the", "and their"}


def co_agents(sents: list[Sent], primary: str, roles: Roles) -> list[str]:
    """Forces named jointly with the primary one ('Norfolk and Suffolk Constabulary were
    reprimanded', 'Derbyshire, Leicestershire and Nottinghamshire Police'): one breach, one
    record per force."""
    out: list[str] = []
    paired = False
    for sent in sents:
        if not (fine_cues(sent) or actions_in(sent) or _joint_types(sent) or sent.idx == 0):
            continue
        mentions = _joint_subject(sent, roles)
        names = list(dict.fromkeys(m.label_ for m in mentions))
        if len(names) > 1 and paired_sums(sent, mentions, names):
            paired = True
            continue  # each force its own sum: two outcomes, no shared breach
        chain = [mentions[0]] if mentions else []
        for a, b in zip(mentions, mentions[1:], strict=False):
            if _between(sent.span.doc, a, b) in _JOINERS:
                chain.append(b)
                continue
            out.extend(_chain_partners(chain, primary, out))
            chain = [b]
        out.extend(_chain_partners(chain, primary, out))
    out = [n for n in out if not _own_case_later(sents, primary, n, roles)]
    return out or ([] if paired else _group_partners(sents, primary, roles))


def _joint_subject(sent: Sent, roles: Roles) -> list[Span]:
    """The sentence's forces at fault, and a force that speaks joined by 'and' to one at fault
    ('Norfolk and Suffolk police said a technical fault had put raw data in the files'): one
    subject of two names, and the verb after the last name is both forces' -- the speaker's
    role falls on whichever name stands next to it, not on what the pair did."""
    doc = sent.span.doc
    forces = list(sent.forces)
    out = []
    for k, m in enumerate(forces):
        role = roles.role(m)
        if role in AT_FAULT:
            out.append(m)
            continue
        before = forces[k - 1] if k else None
        if (
            role == SPEAKER
            and before is not None
            and roles.role(before) in AT_FAULT
            and _between(doc, before, m) in {"and", "&"}
        ):
            out.append(m)
    return out


def _joint_types(sent: Sent) -> list[Span]:
    """The sentence's breach kinds that may join the forces it lists: not a weak word alone
    in a sentence naming no data ('Leicestershire Police and Northamptonshire Police share a
    control room', 'the two forces share an HR team') -- a working arrangement, no breach."""
    named = sent.has("relevance.data") or sent.has("relevance.personal")
    return [c for c in sent.types if named or c.kb_id_ != "weak"]


def _own_case_later(sents: list[Sent], primary: str, name: str, roles: Roles) -> bool:
    """A force named jointly with the primary one that a later sentence names at fault on its
    own, telling how its own breach happened with its date or its sanction ('Kent Police and
    Essex Police were both reprimanded. ... Essex Police was reprimanded after an officer
    emailed a list to the wrong address in 2022'): a case of its own, not the primary's."""
    return any(
        name in (agents := roles.at_fault(s))
        and primary not in agents
        and mechanism_stated(s)
        and (breach_dated(s) or _acted_on(s))
        for s in sents
    )


_OPEN_GROUP = 99  # "the following forces": the list after it says how many
_GROUP_LEAD = 2  # "Two police forces ...", "Both forces ...", "The two forces ...": the subject


def _group_size(sent: Sent) -> int:
    """How many forces the sentence speaks of as one group, naming none ('Two police forces
    have been caught up in an attack on their supplier', 'Both forces reported it to the
    ICO', 'the three constabularies share a system'): a number word (cues.toml [roles]
    `group_sizes`, or digits) right before a plural force noun, 'police' at most between;
    'The following forces were reprimanded', 'reprimands issued to the following forces:'
    is a group of as many as the list after it names (_OPEN_GROUP), wherever it stands;
    else 0."""
    if sent.forces:
        return 0
    sizes = dict(load_toml("cues.toml", data_dir_of(sent))["roles"]["group_sizes"])
    toks = [t for t in sent.span if not (t.is_space or t.is_punct)]
    for i in range(1, len(toks) - 1):
        following = toks[i - 1].lower_ == "the" and toks[i].lower_ == "following"
        if following and force_noun_after(toks, i):
            return _OPEN_GROUP
    for i, tok in enumerate(toks[:_GROUP_LEAD]):
        if tok.text.isdecimal() and 2 <= int(tok.text) <= 50:
            sizes[tok.lower_] = int(tok.text)
        if tok.lower_ in sizes and force_noun_after(toks, i, _MANY_FORCES | {"force"}):
            return int(sizes[tok.lower_])
    return 0


def _group_sanction(sent: Sent) -> bool:
    """A sanction told of a group of forces named nowhere in the sentence ('Two police
    forces have been reprimanded by the ICO', 'Both forces were issued with enforcement
    notices'): each force of the group has it. Not a sum ('Two forces were fined a total of
    £200,000'): a total is no one force's."""
    if _group_size(sent) < 2 or sent.money:
        return False
    return any(a in _SANCTIONS for a, _ in actions_in(sent, require_regulator=False))


def _group_partners(sents: list[Sent], primary: str, roles: Roles) -> list[str]:
    """The other forces at fault in a story that speaks of its forces as one group of that
    many ('Two police forces have been caught up in a ransomware attack on their supplier
    ... Cumbria Constabulary said ... Lancashire Constabulary said it was also affected'),
    when a fact sentence says so and none of the others' own sentences tells a breach or a
    sanction of its own: they share the story's breach. Forces each with a case of their
    own ('Two forces were fined. Kent Police lost DVDs ... Essex Police emailed ...') have
    incidents of their own."""
    sizes = {_group_size(s) for s in sents if _fact_weight(s)} - {0}
    if not sizes or len({f for s in sents for f in heading_forces(s)}) > 1:
        return []  # a roundup whose items each head a force's own case: no shared breach
    others: dict[str, list[Sent]] = defaultdict(list)
    for sent in sents:
        for name in roles.at_fault(sent):
            if name != primary and (not others[name] or others[name][-1] is not sent):
                others[name].append(sent)
    if len(others) + 1 not in sizes:
        return []
    if any(
        mechanism_stated(s) or _acted_on(s)
        for told in others.values()
        for s in told
        if primary not in roles.at_fault(s)
    ):
        return []
    if any(_own_clause(s, name, roles) is not None for name, told in others.items() for s in told):
        return []  # "Kent Police lost a laptop, while Essex Police sent a file ...": two cases
    return list(others)


def _own_clause(sent: Sent, name: str, roles: Roles) -> Sent | None:
    """The clause of a sentence naming several forces at fault that tells force `name`'s
    own breach ('Kent Police lost a laptop, while Essex Police sent a file to the wrong
    address'): from the force's name, right after a word that opens a new clause (cues.toml
    [roles] `clause_joiners`), to the next force at fault or the sentence's end -- when both
    it and the words before it tell a kind of breach. None otherwise ('Kent Police
    and Essex Police lost laptops': one breach told of both)."""
    doc = sent.span.doc
    joiners = load_toml("cues.toml", data_dir_of(sent))["roles"]["clause_joiners"]
    mentions = [m for m in sent.forces if roles.role(m) in AT_FAULT]
    for k, m in enumerate(mentions):
        if m.label_ != name or k == 0 or mentions[k - 1].label_ == name:
            continue
        pos = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ == "the" else m.start
        before = [t.lower_ for t in doc[mentions[k - 1].end : pos] if not t.is_space]
        if not any(j.split() == before[-len(j.split()) :] for j in joiners):
            continue
        end = next((n.start for n in mentions[k + 1 :] if n.label_ != name), sent.span.end)
        own = segment(sent, m.start, end)
        head = segment(sent, sent.span.start, pos)
        if all(best_type([part], minimum=1.0) is not None for part in (own, head)):
            return own
    return None


def _chain_partners(chain: list[Span], primary: str, seen: list[str]) -> list[str]:
    names = list(dict.fromkeys(m.label_ for m in chain))
    if primary not in names or len(names) < 2:
        return []
    return [n for n in names if n != primary and n not in seen]


_SANCTIONS = {"monetary_penalty", "enforcement_notice", "reprimand", "undertaking"}


def _in_groups(sent: Sent, groups: list[list[Sent]]) -> bool:
    """The sentence is one of the groups' (by identity)."""
    return any(sent is s for g in groups for s in g)


def _story_fine_again(sent: Sent, story: list[Sent]) -> bool:
    """The line's sum is one the story told already, or the same fine before or after the
    fifth off for paying early ('fined £120,000' in the headline, 'a penalty of £150,000'
    below, the discount often cut off or left untold): one fine told twice is the story's,
    whatever line came between. An earlier breach's own fine a fifth off the story's by
    chance is rarer than that."""
    told = {int(m.kb_id_) for s in story for m in s.money if fine_cues(s)}
    return any(
        v in told or v * 4 / 5 in told or v * 5 / 4 in told
        for v in (int(m.kb_id_) for m in sent.money)
        if v
    )


def _sanctioned(sent: Sent) -> bool:
    """A fine or a sanction stated (an inquiry or a referral is none)."""
    return bool(fine_cues(sent)) or any(
        a in _SANCTIONS for a, _ in actions_in(sent, require_regulator=False)
    )


def _regulator_sanctions(sent: Sent) -> bool:
    """A regulator acting as the sanction's subject, right before it ('The ICO issued a
    reprimand', 'the regulator fined it') or as its agent right after ('a reprimand was
    issued by the ICO') -- not a policy in general ('the ICO's approach is to reserve
    fines for ...') -- or closing the matter ('The ICO looked at it and decided to take no
    action')."""
    doc = sent.span.doc
    if closing_regulator(sent) is not None:
        return True
    for action, cue in actions_in(sent):
        if action not in _SANCTIONS:
            continue
        for r in sent.regulators:
            if 0 <= cue.start - r.end <= 3:
                return True
            gap = [t.lower_ for t in doc[cue.end : r.start]]
            if 0 < len(gap) <= 4 and "by" in gap:
                return True
    return False


def is_passing(sent: Sent, following: Sent | None = None) -> bool:
    """An earlier breach mentioned in passing: 'GMP was previously fined £150,000 in 2012',
    or 'It is not the first time the force has been censured.' before 'In 2014 it signed an
    undertaking ...'; or one told with how and when it happened ('separate from the 2021
    incident in which files were published online'), kept apart only when the story has a
    breach of its own (`attribute`)."""
    if sent.idx > 0 and not sent.forces and _follows_sanction(sent):
        return True
    if sent.idx == 0 or not (sent.has("passing.passing") or sent.has("passing.apart")):
        return False
    sanctions = _sanction_spans(sent)
    cues = [*sent.cues.get("passing.passing", []), *sent.cues.get("passing.apart", [])]
    for cue in cues:
        lo, hi = _cue_clause(sent, cue)
        if any(lo <= s.start < hi for s in sanctions):
            return True
    if sanctions:
        # "Kent Police, which had previously been warned, was reprimanded by the ICO": the
        # cue marks only its own clause, and the sanction is another clause's
        return False
    return (following is not None and _sanctioned(following)) or _dated_breach(sent)


_RELATIVES = {"which", "who"}


def _sanction_spans(sent: Sent) -> list[Span]:
    """The fine words and sanction cues stated in the sentence."""
    return [
        *fine_cues(sent),
        *(c for a, c in actions_in(sent, require_regulator=False) if a in _SANCTIONS),
    ]


def _cue_clause(sent: Sent, cue: Span) -> tuple[int, int]:
    """What a passing cue marks: from the start of the clause it sits in (extract/sentences.py
    `clause_bounds`) to the sentence's end, clauses hanging on it included ('previously lost a
    laptop in 2019, for which it was fined') -- a relative clause set off by commas ('Kent
    Police, which had previously been warned, was ...') only up to its closing comma."""
    lo, hi = clause_bounds(sent, cue.start)
    doc = sent.span.doc
    if lo > sent.span.start and doc[lo - 1].lower_ in _RELATIVES:
        for i in range(cue.end, hi):
            if doc[i].text == ",":
                return lo, i
    return lo, sent.span.end


def _dated_breach(sent: Sent) -> bool:
    """The sentence tells a breach of its own, how and when: a breach date stated as fact and
    a mechanism worth a strong cue (a strong cue, or a thing lost or stolen: 'It is separate
    from the 2021 incident in which files were published online in error', 'the force had
    previously lost a laptop in 2015')."""
    return breach_dated(sent) and max(type_scores([sent]).values(), default=0.0) >= _MECHANISM


def dates_the_one_before(sent: Sent) -> bool:
    """A sentence that only dates what the one before it told, pointing back to it ('That
    happened in 2019.', 'It took place in 2021.', 'This incident was in May 2020.'): it
    opens with a pointer (cues.toml [passing] `back_pointers`, before a verb of happening or
    an incident noun), gives a date, and names no force or regulator, no fine, action or how
    a breach happened -- nothing of its own."""
    if not sent.dates or sent.forces or sent.regulators or fine_cues(sent):
        return False
    if actions_in(sent, require_regulator=False) or mechanism_stated(sent):
        return False
    cues = load_toml("cues.toml", data_dir_of(sent))["passing"]
    toks = [t for t in sent.span if not (t.is_punct or t.is_space)][:2]
    if len(toks) < 2:
        return False
    first, second = toks
    if first.lower_ in cues["back_pointers"] and second.norm_ in cues["back_pointer_verbs"]:
        return True  # "That happened ...", "It was in ..."
    return first.lower_ in {*cues["back_pointers"], "the"} and (
        second.lower_ in cues["one_case_nouns"]
    )  # "That incident ...", "The breach ..."


def is_case(sent: Sent) -> bool:
    """A sentence that opens one case among several ('In another case, an officer ...',
    'One officer received a warning after ...'): the cue within its first words."""
    doc = sent.span.doc
    return _described_case(sent) or any(
        c.start - sent.span.start <= 6 and not _counts_them(doc, c.start)
        for c in sent.cues.get("passing.cases", [])
    )


_ONE = {"a", "an", "one"}


def counts_repeats(sent: Sent) -> bool:
    """Every figure of the sentence counts how often one did it ('he searched her records on
    17 occasions'): the case's own detail, no figure of the page's."""
    repeats = {c.start_char - sent.start for c in sent.cues.get("passing.repeats", [])}
    with reading_data(doc_data_dir(sent.span.doc)):
        counted = numbers(sent.text)
    text = sent.text
    return bool(counted) and all(
        # "carried out 53 criminal records checks": a word or two may describe them
        any(r > n.b and _REPEAT_GAP_RE.fullmatch(text[n.b : r]) for r in repeats)
        for n in counted
    )


_REPEAT_GAP_RE = re.compile(r"\s+(?:[a-z][a-z-]*\s+){0,2}")


def states_page_figures(sent: Sent) -> bool:
    """The sentence states figures of the page's kind, not only how often one person did it
    ('an officer was warned for carrying out 53 records checks'): those are the case's
    detail. A crowd doing it that often ('cops and staff misused systems 48 times in 2024')
    is still a figure."""
    return states_figures(sent) and not (counts_repeats(sent) and _one_person_named(sent))


def _one_person_named(sent: Sent) -> bool:
    """One person, named indefinitely, does it: 'a', 'an' or 'one', at most two words, then a
    person word (tallies.toml [measures] one_person) -- and no crowd of the force's people
    ('officers', 'staff') in the sentence."""
    measures = load_toml("tallies.toml", data_dir_of(sent))["measures"]
    person, crowd = set(measures["one_person"]), set(measures["crowd"])
    words = [t.lower_ for t in sent.span if not (t.is_punct or t.is_space)]
    if any(w in crowd for w in words):
        return False
    return any(
        w in person and any(v in _ONE for v in words[max(0, k - 3) : k])
        for k, w in enumerate(words)
    )


def one_person_case(sent: Sent) -> bool:
    """A sentence telling what one of the force's people did, no case cue needed ('The
    figures come weeks after a constable was sacked for searching records about his ex',
    'At the force, an officer shared a victim's address with her abuser'): one person named
    indefinitely ('a constable', 'an officer', 'one member of staff'), a strong breach cue
    stated as fact, no figures (or only a handful of people, `tells_a_story`), no talk of
    kinds of breach. On a page of figures, the one breach it tells is a case of its own."""
    if sent.idx == 0 or is_case(sent) or speaks_of_kinds(sent):
        return False
    if states_page_figures(sent) and not tells_a_story(sent):
        return False
    if not mechanism_stated(sent):
        return False
    cues = load_toml("cues.toml", data_dir_of(sent))["passing"]
    if any(t.lower_ in cues["unreal"] for t in sent.span):
        return False  # "audits should flag it when an officer searches ...": no case, a rule
    # one person ("an officer") -- or one thing lost ("a laptop was stolen from a car"),
    # when losing it is how the breach happened
    things = [c for c in sent.types if c.kb_id_ == "objects" and _thing_lost(sent, c)]
    for person in [*sent.cues.get("roles.force_anaphor", []), *things]:
        words = [t.lower_ for t in _words_before(sent, person.start, 3) if not t.is_punct]
        # "a constable", "an off-duty officer", "one police officer" -- not "the officer"
        at = len(words) - 1 if words and words[-1] in _ONE else len(words) - 2
        if at < 0 or words[at] not in _ONE:
            continue
        if at > 0 and words[at - 1] in cues["generic_person"]:
            continue  # "whenever an officer looks up a record": any officer, no one case
        return True
    return False


_AUXILIARIES = {"was", "were", "had", "has", "been", "is", "later", "then", "also"}


def _thing_lost(sent: Sent, thing: Span) -> bool:
    """The thing is what was lost or stolen: right after the loss word and its article
    ('lost a laptop', 'left an unlocked folder') or right before it in the passive ('a laptop
    was stolen') -- not 'the most commonly lost item was a phone'."""
    if not _lost(sent):
        return False
    doc = sent.span.doc
    for c in sent.types:
        if c.kb_id_ != "loss" or not sent.asserted(c):
            continue
        if c.end <= thing.start and 1 <= thing.start - c.end <= 2:
            if doc[c.end].lower_ in _ONE:
                return True
        elif thing.end <= c.start and all(
            t.lower_ in _AUXILIARIES
            for t in doc[_past_contents(sent, thing.end, c.start) : c.start]
        ):
            return doc[thing.end : c.start].text != ""
    return False


_CONTENTS_REACH = 5  # "holding | the | statements | of | two | witnesses"


def _past_contents(sent: Sent, start: int, end: int) -> int:
    """Where the words after a thing lost go on past what it held ('a laptop holding witness
    statements was stolen': from 'was'): a word of holding (cues.toml [passing]
    `thing_contents`) right after the thing, then a few words without punctuation, up to the
    first auxiliary before `end`; else `start`."""
    doc = sent.span.doc
    contents = load_toml("cues.toml", data_dir_of(sent))["passing"]["thing_contents"]
    if start >= end or doc[start].lower_ not in contents:
        return start
    for i in range(start + 1, min(end, start + 2 + _CONTENTS_REACH)):
        if doc[i].is_punct:
            return start
        if doc[i].lower_ in _AUXILIARIES:
            return i
    return start


def _lost(sent: Sent) -> bool:
    """A thing lost or stolen, stated as fact, is how the sentence's breach happened."""
    return max(type_scores([sent]).values(), default=0.0) >= _MECHANISM and any(
        c.kb_id_ == "loss" and sent.asserted(c) for c in sent.types
    )


def mechanism_stated(sent: Sent) -> bool:
    """How a breach happened, stated as fact: a strong cue, or a thing lost or stolen ('an
    officer lost a folder of statements on a train': cues together worth a strong one)."""
    return any(c.kb_id_ == "strong" and sent.asserted(c) for c in sent.types) or _lost(sent)


def _words_before(sent: Sent, start: int, n: int) -> list[Token]:
    """Up to `n` tokens of the sentence right before token `start`, a force's name among
    them passed over: in "a Kent Police constable" or "one Met detective" the name says
    whose person it is, and "a" still counts one."""
    doc = sent.span.doc
    out: list[Token] = []
    i = start - 1
    while i >= sent.span.start and len(out) < n:
        if not any(m.start <= i < m.end for m in sent.forces):
            out.insert(0, doc[i])
        i -= 1
    return out


_CASE_WORDS = 2  # "In one particularly shocking case": words describing the case


def _described_case(sent: Sent) -> bool:
    """The sentence opens with a case cue of cues.toml ('in one case', 'in another
    instance') whose noun has a word or two describing it: 'In one shocking case', 'In
    another, particularly serious, instance', 'In one such case' (lower-case words; the
    pipeline tags no parts of speech, and spaCy's stop list holds 'serious'). The case may
    be the subject, "in" left out: 'One notable case involved ...', 'Another serious
    incident saw ...' (a describing word needed: 'one case' alone is most often a count)."""
    # commas may set the describing words off ("In another, particularly serious, case")
    toks = [t for t in sent.span[: 4 + 2 * _CASE_WORDS] if not t.is_punct]
    words = [t.lower_ for t in toks]
    for cue in load_toml("cues.toml", data_dir_of(sent))["passing"]["cases"]:
        *head, noun = cue.split()
        if head[:1] != ["in"]:
            continue
        if words[: len(head)] != head:
            head = head[1:]  # the case the subject: "One notable case involved ..."
            if not head or words[: len(head)] != head:
                continue
        for n in range(1, _CASE_WORDS + 1):
            between = toks[len(head) : len(head) + n]
            after = toks[len(head) + n] if len(toks) > len(head) + n else None
            if (
                len(between) == n
                and all(t.is_alpha and t.is_lower for t in between)
                and after is not None
                and after.norm_ == noun
            ):
                return True
    return False


# Words that open a new clause of a sentence: a case may start right after one ("..., and
# one officer was sacked").
_CLAUSE_JOINERS = {"and", "but", "while", "whilst", "whereas", ";", "–", "—"}  # dashes: an aside


def case_clause(sent: Sent) -> Sent | None:
    """The clause of a longer sentence that opens one case ('Five staff were disciplined over
    the year, and one officer was sacked after reading files about his ex-wife'): the part
    from a case cue right after a clause-joining word to the sentence's end, when the
    sentence does not open with the case itself."""
    if is_case(sent):
        return None
    doc = sent.span.doc
    for c in sent.cues.get("passing.cases", []):
        if c.start - sent.span.start <= 6 or _counts_them(doc, c.start):
            continue
        if doc[c.start - 1].lower_ in _CLAUSE_JOINERS:
            return segment(sent, c.start, sent.span.end)
    if not states_figures(sent):
        return None
    for c in sent.cues.get("passing.example", []):
        # "... a dozen cases of lost papers, including a file left on a train", "most of
        # them in a single incident in which a spreadsheet was emailed ...": one case told
        # among a sentence's figures
        return segment(sent, c.start, sent.span.end)
    return None


# "Every one of these breaches is one too many": all the cases, not one of them.
_EVERY = {"every", "each"}


def _counts_them(doc: Doc, start: int) -> bool:
    """The cue's 'one' is all of them or part of a number ('Every one of these', 'Forty-one
    of those were ...'): a figure of the cases, not one case. So too 'the other incidents',
    the rest of a count broken down ('The other incidents included one of misuse'), where
    'Other incidents included a notebook left in a cafe' gives examples."""
    if start == 0:
        return False
    before = doc[start - 1]
    if before.lower_ in _EVERY or before.like_num:
        return True
    if doc[start].lower_ == "other" and before.lower_ == "the":
        return True
    return before.text in {"-", "–"} and start > 1 and doc[start - 2].like_num


def refers_to_force(sent: Sent, own_voice: bool = False) -> bool:
    """'the force', 'the constabulary', a group of forces as the subject ('The two forces',
    'Both constabularies') -- but not 'the Police and Crime Commissioner'. On a force's own
    page (`own_voice`), 'we' and 'our' are the force too."""
    if own_voice and sent.has("voice.first_person"):
        return True
    if 2 <= _group_size(sent) < _OPEN_GROUP:
        return True  # "The two forces sent ...", "Both forces lost ..."
    orgs = sent.cues.get("roles.organisation", [])
    # "the Police Federation", "the police union": the word leads another body's name
    return any(
        not any(o.start < a.end and a.start < o.end or o.start == a.end for o in orgs)
        and not _other_bodys_staff(sent, a, orgs)
        for a in sent.cues.get("roles.force_anaphor", [])
    )


_BODY_SUBJECT_REACH = 2  # "The hospital believes", "The NHS trust said", "A council spokesman"


def _other_bodys_staff(sent: Sent, anaphor: Span, orgs: list[Span]) -> bool:
    """'The hospital believes a member of staff copied the records': a word for people
    any employer has (cues.toml [roles] `shared_staff`) after another body that opens the
    sentence as its subject, no police word before it -- that body's person, not the force."""
    shared = load_toml("cues.toml", data_dir_of(sent))["roles"]["shared_staff"]
    if anaphor.text.lower() not in shared:
        return False
    start = sent.span.start
    if not any(o.start - start <= _BODY_SUBJECT_REACH and o.end <= anaphor.start for o in orgs):
        return False
    police = [*sent.forces, *sent.cues.get("roles.police_context", [])]
    police += [a for a in sent.cues.get("roles.force_anaphor", []) if a.start < anaphor.start]
    return not any(p.start < anaphor.start for p in police)


_COMPANION_WORDS = {"with", "alongside", "to"}


def _list_start(sent: Sent, org: Span) -> int:
    """Where a list of bodies ending in `org` begins: 'with both forces and the supplier',
    'to Kent Police, the council and the firm' -- each body listed is worked with or told as
    much as the first. Read by words alone: the pipeline has no parser."""
    doc = sent.span.doc
    bodies = [
        *sent.forces,
        *sent.regulators,
        *sent.cues.get("roles.organisation", []),
        *sent.cues.get("roles.together", []),
        *sent.cues.get("roles.force_anaphor", []),
    ]
    start = org.start
    while True:
        i = start - 1
        if i >= sent.span.start and doc[i].lower_ == "the":
            i -= 1
        if i < sent.span.start or doc[i].lower_ not in {"and", ",", "or"}:
            return start
        before = [b for b in bodies if b.end == i]
        if not before:
            return start
        start = min(b.start for b in before)


def acting_organisations(sent: Sent) -> list[Span]:
    """Other organisations the sentence names, except those only worked with or told ('we
    have told the ICO and are working with the National Crime Agency'): a fine or action in
    the sentence may be theirs, a body the force works with or reports to acts on nothing."""
    doc = sent.span.doc
    out = []
    for org in sent.cues.get("roles.organisation", []):
        i = _list_start(sent, org) - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        if i < 0 or doc[i].lower_ not in _COMPANION_WORDS:
            out.append(org)
    return out


def _describes_supplier_breach(sent: Sent) -> bool:
    """'The attack on the firm happened in September 2023': a sentence naming another body
    but only describing what happened (no fine, no action) still tells of the breach; a fine
    or action in it would be that body's, so those stay out."""
    return bool(
        (any(c.kb_id_ == "strong" for c in sent.types) or sent.has("dates.event"))
        and not (fine_cues(sent) or actions_in(sent, require_regulator=False))
    )


def split_by_force(sent: Sent, roles: Roles, partners: list[str]) -> list[Sent]:
    """A sentence naming forces at fault beyond one set of `partners` ('The ICO
    reprimanded Kent Police and, separately, fined Essex Police £10,000'), cut before each
    force's part -- where its role template starts ('fined Essex Police'), else at the name --
    so that each action and amount goes with its own force."""
    mentions = [m for m in sent.forces if roles.role(m) in AT_FAULT]
    names = list(dict.fromkeys(m.label_ for m in mentions))
    if len(names) < 2:
        return [sent]  # one force
    paired = paired_sums(sent, mentions, names)
    if paired:
        # each force with its own sum, partners or not: "fined £100,000 and £80,000
        # respectively", "Kent Police (£100,000) and Essex Police (£80,000)"
        return paired
    if all(n in partners for n in names):
        return [sent]  # one breach shared by partners
    cuts: list[int] = []
    seen: set[str] = set()
    for prev, m in zip([None, *mentions], mentions, strict=False):
        if m.label_ in seen:
            continue
        seen.add(m.label_)
        if prev is not None and _joined(sent, prev, m):
            continue  # "Sussex Police and Surrey Police were both fined": one part for both
        match = roles.match(m)
        cuts.append(match.start if match is not None and match.start <= m.start else m.start)
    cuts[0] = sent.span.start
    bounds = [*cuts, sent.span.end]
    spans = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    parts = [segment(sent, a, b) for a, b in spans]
    for part in parts[1:]:
        _share_sanction(parts[0], part)
    subjects = [p for p, (_, b) in zip(parts[:-1], spans, strict=False) if _subject_only(p, b)]
    if subjects and parts[-1].forces:
        # "A worker at Gwent Police and a constable at Dyfed-Powys Police were sacked for
        # ...": a part that is only a subject, its verb left to the last part, shares what
        # the last part says after its force's name
        _share_after(parts[-1], parts[-1].forces[-1].end, subjects)
    _share_reason([p for p in parts if all(p is not q for q in subjects)])
    return parts


_SHARED = ("types", "terms", "dates", "scopes")


def _share_reason(parts: list[Sent]) -> None:
    """'The ICO fined Kent Police £100,000 and Essex Police £80,000 after both forces lost
    memory sticks': a reason told after the last force's sum, speaking of the forces
    together (cues.toml [roles] `together`), is each force's -- its breach cues and dates
    go to every earlier part that has a sum of its own. So too after a force with a verb of
    its own ('The ICO fined Kent Police £100,000 and reprimanded Essex Police after both
    forces lost memory sticks'): the reason goes to every earlier part with a sanction and
    no reason of its own."""
    last = parts[-1]
    if len(parts) < 2:
        return
    end = last.money[-1] if last.money else _date_after_name(last)
    if end is None and last.forces and _sanctioned(last):
        end = last.forces[-1]  # "... and reprimanded Essex Police after both forces ..."
    if end is None:
        return
    tail = end.end
    if not any(c.start >= tail for c in last.cues.get("roles.together", [])):
        return
    _share_after(
        last,
        tail,
        [
            part
            for part in parts[:-1]
            if _gapped(part) or (_sanctioned(part) and not mechanism_stated(part))
        ],
    )


def _share_after(last: Sent, tail: int, parts: list[Sent]) -> None:
    """The breach cues and dates of the last part from token `tail` on go to each part."""
    for part in parts:
        for name in _SHARED:
            extra = [s for s in getattr(last, name) if s.start >= tail]
            setattr(part, name, [*getattr(part, name), *extra])
        for key, spans in last.cues.items():
            if key.startswith(("types.", "dates.", "relevance.")):
                extra = [s for s in spans if s.start >= tail]
                if extra:
                    part.cues[key] = [*part.cues.get(key, []), *extra]


def _subject_only(part: Sent, end: int) -> bool:
    """A part (ending at token `end`) that is a subject whose verb comes after the next
    force ('A civilian worker at Gwent Police and a constable at | Dyfed-Powys Police were
    sacked'): no sum, date or breach cue in it, and after its force's name only a list's
    joiner and the next force's people ('and', 'and a constable at', ', two officers from')."""
    if not part.forces or part.money or part.dates or part.types:
        return False
    doc = part.span.doc
    people = {
        i for key in _PEOPLE_CUES for c in part.cues.get(key, []) for i in range(c.start, c.end)
    }
    rest = doc[part.forces[-1].end : end]
    lead = doc[part.span.start : part.forces[0].start]

    def people_words(words: Span) -> bool:
        return all(
            t.lower_ in _SUBJECT_GLUE or t.like_num or t.i in people or t.is_punct for t in words
        )

    # the part opens on its own people ("A clerk at"), no adjunct before them ("During a
    # joint operation with", "Working alongside"), and "and" joins the next force's people
    return (
        len(lead) > 0
        and people_words(lead)
        and any(t.i in people for t in lead)
        and len(rest) > 0
        and rest[0].lower_ == "and"
        and people_words(rest[1:])
    )


# "A clerk at Kent Police and | a constable at ...": the words of a force's people
_SUBJECT_GLUE = {"a", "an", "one", "another", "at", "from", "of", "in", "with", "the", "and"}
_PEOPLE_CUES = (
    "roles.own_people",
    "roles.police_people",
    "relevance.staff",
    "roles.force_anaphor",
    "money.person",
)


def _joined(sent: Sent, a: Span, b: Span) -> bool:
    """Two force names listed together, only a list's joiner between them ('Sussex Police and
    Surrey Police', 'Kent Police, Essex Police'): what the sentence says of one it says of
    both."""
    return _between(sent.span.doc, a, b) in _JOINERS


_BRACKETS = {"(": ")", "[": "]"}


def _between(doc: Doc, a: Span, b: Span) -> str:
    """The words between two force names, an aside in brackets right after the first left
    out ('Lancashire Constabulary (which covers Preston) and Cumbria Constabulary': 'and')."""
    start = a.end
    if start < b.start and doc[start].text in _BRACKETS:
        close = next(
            (t.i for t in doc[start + 1 : b.start] if t.text == _BRACKETS[doc[start].text]),
            None,
        )
        if close is not None:
            start = close + 1
    return doc[start : b.start].text.strip().lower()


def listed_with(sent: Sent, roles: Roles, name: str) -> list[str]:
    """`name` and the forces at fault listed together with it in the sentence ('Last year,
    Sussex Police and Surrey Police were both fined over an app'), in order."""
    mentions = [m for m in sent.forces if roles.role(m) in AT_FAULT]
    chains: list[list[Span]] = [[m] for m in mentions[:1]]
    for a, b in zip(mentions, mentions[1:], strict=False):
        if _joined(sent, a, b):
            chains[-1].append(b)
        else:
            chains.append([b])
    for chain in chains:
        names = list(dict.fromkeys(m.label_ for m in chain))
        if name in names:
            return names
    return [name]


def paired_sums(sent: Sent, mentions: list[Span], names: list[str]) -> list[Sent]:
    """Each force named with a sum of its own: by 'respectively', or by the sum in brackets
    right after each force's name; none otherwise."""
    return _respectively(sent, mentions, names) or _bracketed(sent, mentions, names)


_OPEN_BRACKETS = {"(", "["}


def _bracketed(sent: Sent, mentions: list[Span], names: list[str]) -> list[Sent]:
    """'Kent Police (£100,000) and Essex Police (£80,000) were both fined': each force's
    first mention followed by a bracket holding a sum -- that sum is its own; each part is
    the whole sentence with one force and its sum (what the sentence says of the list, the
    fine and the regulator, it says of each). None unless every force has one."""
    doc = sent.span.doc
    first = [next(m for m in mentions if m.label_ == n) for n in names]
    sums = []
    for m in first:
        if m.end >= len(doc) or doc[m.end].text not in _OPEN_BRACKETS:
            return []
        money = next((x for x in sent.money if x.start == m.end + 1), None)
        if money is None:
            return []
        sums.append(money)
    parts = []
    for mention, money in zip(first, sums, strict=True):
        part = segment(sent, sent.span.start, sent.span.end)
        part.forces = [m for m in sent.forces if m.label_ == mention.label_]
        part.money = [money]
        parts.append(part)
    return parts


def _respectively(sent: Sent, mentions: list[Span], names: list[str]) -> list[Sent]:
    """'Kent Police and Essex Police were fined £100,000 and £80,000 respectively': the
    k-th force named with the k-th sum, each part the whole sentence with one force and its
    sum; none when the sentence says no 'respectively' or the counts differ."""
    if not any(t.lower_ == "respectively" for t in sent.span) or len(sent.money) != len(names):
        return []
    first = [next(m for m in mentions if m.label_ == n) for n in names]
    if any(m.start >= sent.money[0].start for m in first):
        return []  # the forces are named before the sums they pair with
    parts = []
    for mention, money in zip(first, sent.money, strict=True):
        part = segment(sent, sent.span.start, sent.span.end)
        part.forces = [m for m in sent.forces if m.label_ == mention.label_]
        part.money = [money]
        parts.append(part)
    return parts


_DATE_LINKS = {"in", "on", "last", "this", "during"}


def _date_after_name(part: Sent) -> Span | None:
    """A date right after the part's first force name, a preposition at most between
    ('Essex Police in June', 'Essex Police last year')."""
    if not part.forces:
        return None
    end = part.forces[0].end
    doc = part.span.doc
    for d in part.dates:
        if d.start == end or (d.start == end + 1 and doc[end].lower_ in _DATE_LINKS):
            return d
    return None


def _gapped(part: Sent) -> bool:
    """A list's later item that leaves its verb to the first: a force with a sum ('and Essex
    Police £80,000') or a date right after its name ('and Essex Police in June')."""
    return bool(part.money) or _date_after_name(part) is not None


def _share_sanction(head: Sent, part: Sent) -> None:
    """A force listed after another with a sum and no sanction word of its own ('The ICO
    fined Kent Police £100,000 and Essex Police £80,000', 'Forces fined: Kent Police
    £100,000 and Essex Police £80,000') shares the sanction the list opened with: the first
    part's fine and action words, and its regulator. So too one with only its date ('The ICO
    reprimanded Kent Police in March and Essex Police in June')."""
    sanction = [k for k in head.cues if k == "money.fine" or k.startswith("actions.")]
    if not _gapped(part) or not sanction or any(k in part.cues for k in sanction):
        return
    for k in sanction:
        part.cues[k] = list(head.cues[k]) + part.cues.get(k, [])
    part.regulators = list(head.regulators) + part.regulators


def attribute(
    sents: list[Sent], primary: str, partners: list[str], roles: Roles, own_voice: bool = False
) -> Attribution:
    out = Attribution()
    unsanctioned: list[list[Sent]] = []  # earlier breaches told only by how and when
    previous_passing = False
    told: str | None = None  # the other force whose breach the last sentence told of
    told_all: list[str] = []  # ... and the forces listed with it there
    several_told = False  # ... and whether it told several breaches ("admitted two breaches")
    compared: tuple[int, Sent] | None = None  # "a force has made the same mistake before"
    mechanism = False  # ... and that sentence said how its breach happened
    sanctioned = False  # ... or told of a regulator acting on that force
    aside = False  # ... or only gave that force's figures or words, no breach of its own
    sents = [part for sent in sents for part in split_by_force(sent, roles, [primary, *partners])]
    asides: list[Sent] = []  # a force's earlier sanction told in a relative clause on it
    story = list(sents)
    sents = [part for sent in sents for part in _split_earlier_aside(sent, asides, story, roles)]
    voiced = False  # the sentence before told another body's breach in a force's words
    counted: str | None = None  # ... or gave only that force's figures in its words
    section: list[str] = []  # the forces a subheading names, over the lines below it
    # a roundup has a subheading for each of several forces; one line naming one force
    # alone (a picture's credit) heads nothing
    roundup = len({f for s in sents for f in heading_forces(s)}) > 1
    opened = closed = False  # a roundup's first item heading seen; a heading closing them
    group: tuple[Sent, int] | None = None  # "Two forces were reprimanded": the sentence, size
    items: list[tuple[Sent, Sent]] = []  # a list item's numbered heading, the line after it
    for i, sent in enumerate(sents):
        if _item_heading(sent):
            # "3. The letter to the old address": a numbered item's heading opens the next
            # item -- it goes with the line after it, never with the item before
            if i + 1 < len(sents):
                items.append((sent, sents[i + 1]))
            told, previous_passing, voiced, counted = None, False, False, None
            continue
        if group is None and _group_sanction(sent):
            group = (sent, _group_size(sent))
        heading = heading_forces(sent) if roundup else []
        if roundup and _plain_heading(sent) and opened:
            section, closed = [], True  # "The bigger picture": the items are over
        if heading:
            section, opened, closed = heading, True, False
        if closed and not sent.forces:
            # "The bigger picture / ICO figures show ...": a roundup's closing lines, after
            # its items, speak of the forces in general, of no item's force
            continue
        own = bool(sent.forces) and {m.label_ for m in sent.forces} <= set(section)
        if (
            section
            and (not sent.forces or (own and not heading))
            and (heading or section != [primary])
        ):
            # "Durham Constabulary / A laptop was stolen from an officer's car. The ICO
            # issued a reprimand.": a roundup's lines under a force's subheading are that
            # force's, up to the next force's subheading ("North Yorkshire: the Snapchat
            # officer", its label only a place's name, is a line of that force's too; so is
            # one naming no other force: "The toughest sanction went to Essex Police")
            for name in section:
                dest = out.primary if name == primary else out.other_forces.setdefault(name, [])
                dest.append(sent)
            told, previous_passing = None, False
            continue
        if not sent.forces and sent.has("roles.other_force") and is_case(sent):
            # "Kent Police logged 200 breaches. In one case, an officer at one force looked
            # up ...": a case of a force the story leaves unnamed, none of the one named before
            told, previous_passing, voiced, counted = None, False, False, None
            continue
        if counted is not None and not sent.forces and _figures_case(sent):
            # "Sussex Police said it had recorded 280 breaches. In one case, an officer
            # ...": one of the figures that force gave, its case
            out.other_forces.setdefault(counted, []).append(sent)
            voiced, counted, told, previous_passing = False, None, None, False
            continue
        if roles.only_voiced(sent, [primary, *partners]) or (voiced and _goes_on(sent, own_voice)):
            # "Elsewhere, a surgery's records were stolen, Kent Police said. They held ...":
            # another body's breach, and what the story says next of it
            voices = [m.label_ for m in sent.forces if roles.role(m) == SPEAKER]
            counted = voices[0] if voices and _figures_in_its_words(sent) else None
            voiced, told, previous_passing = True, None, False
            continue
        voiced, counted = False, None
        if any(sent is a for a in asides):
            # "Essex Police, which was fined £100,000 in 2022, has suffered another breach":
            # the earlier sanction is told in passing; the sentence goes on with the new one
            out.passing.append([sent])
            previous_passing, told = False, None
            continue
        if compares_any_force(sent) and sent.has("roles.alike_breach"):
            compared = (i, sent)  # "A neighbouring force made the same mistake in 2020"
        agents = roles.at_fault(sent)
        others = [a for a in agents if a != primary and a not in partners]
        following = sents[i + 1] if i + 1 < len(sents) else None
        if is_passing(sent, following) and not sent.forces and _any_force(sent):
            # "It is not the first time a force has been caught out by ...": a comparison
            # with forces in general, whose own case (if any) the next sentences name.
            previous_passing, told = False, None
            continue
        if is_passing(sent, following) and not _apart_from_another_body(sent, sents[:i]):
            out.passing.append([sent])
            previous_passing, told = True, None
            if not _sanctioned(sent) and not (following and _sanctioned(following)):
                unsanctioned.append(out.passing[-1])
            continue
        if previous_passing and dates_the_one_before(sent):
            # "The force was fined in 2018 after discs were lost. That happened in 2016.":
            # the date of the earlier breach, not of the story's
            out.passing[-1].append(sent)
            continue
        if (
            previous_passing
            and _passing_of_another(out.passing[-1], primary, partners, roles)
            and _someone_of_theirs(sent, own_voice)
        ):
            # "Separately, the ICO closed its case against Essex Police. In June 2022 a
            # member of staff had emailed ...": how that force's breach happened
            out.passing[-1].append(sent)
            continue
        if (
            previous_passing
            and not others
            and _sanctioned(sent)
            and not _story_fine_again(
                sent, [s for s in sents[:i] if not _in_groups(s, out.passing)]
            )
        ):
            # "It is the second time ... In 2017 it was fined £120,000 after ...": the
            # earlier breach goes on in the next sentence -- not the story's own fine told
            # again ("Police fined £120,000 ... It had a similar breach in 2010. The ICO
            # imposed a penalty of £150,000, cut to £120,000 for paying early")
            out.passing[-1].append(sent)
            continue
        previous_passing = False
        if (
            told is not None
            and not sent.forces
            and _points_back(sent)
            and (mechanism or sanctioned or _tells_breach(sent))
        ):
            # "Sussex Police did worse. It lost a box of DVDs ...", "... went missing from a
            # Humberside station. The ICO reprimanded the force": "it" or "the force" right
            # after another force's story is that force, its sanctions included -- when one
            # of the two tells a breach or a sanction. After a sentence that only names
            # another force ("His former force, Essex Police, checked its records"), "The
            # force referred itself to the ICO" is the story's own force.
            out.other_forces[told].append(sent)
            continue
        if told is not None and not sent.forces and _sanctions_it(sent):
            # "Cheshire Constabulary became the first force to be fined. The ICO fined it
            # £120,000 over a spreadsheet ...": 'it', the sanction's object, is that force.
            out.other_forces[told].append(sent)
            continue
        if told is not None and mechanism and not sent.forces and _regulator_sanctions(sent):
            # "In 2021 Essex Police published a spreadsheet ... The ICO issued a
            # reprimand.": a regulator's sanction with no one named is on the force whose
            # breach the sentence before told (not one merely named there).
            out.other_forces[told].append(sent)
            continue
        if told is not None and aside and not sent.forces and _figures_case(sent):
            # "Sussex Police logged 280 breaches. In one case, an officer lost ...", "...
            # A constable was sacked after ...": one of the figures the sentence before
            # gave, that force's case -- its officer, not the story's force's.
            out.other_forces[told].append(sent)
            continue
        if (
            told is not None
            and sanctioned
            and not mechanism
            and _someone_of_theirs(sent, own_voice)
        ):
            # "The regulator also reprimanded Essex Police. In June 2022 a member of staff
            # had emailed a victim's address to her abuser.": how the breach happened, told
            # right after another force's sanction that did not say, by someone named only
            # indefinitely, is that force's ("the force" or "it" would point back to it too);
            # after a sanction whose breach was told, a new case is no sequel of it
            out.other_forces[told].append(sent)
            continue
        if (
            told is not None
            and not sent.forces
            and _sequel_of_those(sent, len(told_all), several_told)
        ):
            # "... after Kent Police admitted a pair of breaches. The first was a lost
            # laptop ...", "Kent and Essex Police admitted a leak. The forces said ...": the
            # breaches or forces the sentence before told, counted off or
            # named again together -- not the story's own, whatever else the words say
            for name in told_all:
                out.other_forces[name].append(sent)
            continue
        if told is not None and counts_off(sent) and not several_told:
            told = None  # "The first ...": the several breaches told before, not that force's
        if told is not None and _goes_on(sent, own_voice):
            # "Essex Police was reprimanded after a file went online. A hidden tab in it
            # held victims' names.": the next sentence goes on with Essex's breach -- or,
            # after a sentence giving only Essex's figures or words ("Essex Police recorded
            # 81 breaches. Of those, 29 were emails sent to the wrong address"), with no
            # breach of Essex's nor of the story's.
            if not aside:
                out.other_forces[told].append(sent)
            continue
        told = None
        if not sent.forces and sent.has("roles.other_force"):
            continue  # "Last year another force sent ...": an unnamed force's breach
        if (
            primary in agents
            or (not agents and refers_to_force(sent, own_voice))
            or (set(agents) & set(partners))
        ):
            out.primary.append(sent)
        elif others:
            for other in listed_with(sent, roles, others[0]):
                if other != primary and other not in partners:
                    if (
                        group is not None
                        and other not in out.other_forces
                        and len(out.other_forces) + 1 < group[1]
                    ):
                        # "Two police forces have been reprimanded by the ICO. Kent Police
                        # lost ... Essex Police emailed ...": the group's sanction is each
                        # force's, the second's as much as the first's
                        out.other_forces[other] = [group[0]]
                    if compared is not None and compared[0] == i - 1:
                        # "A neighbouring force made the same mistake in 2020. Then, Essex
                        # Police apologised after ...": Essex's is the like of it
                        out.other_forces.setdefault(other, []).append(compared[1])
                    out.other_forces.setdefault(other, []).append(sent)
            told = others[0]
            several_told = _several_breaches(sent, told)
            told_all = [
                o for o in listed_with(sent, roles, told) if o != primary and o not in partners
            ]
            mechanism = best_type([sent], minimum=1.0) is not None
            sanctioned = _acted_on(sent)
            aside = not (mechanism or sanctioned) and (
                states_figures(sent) or sent.has("roles.speech")
            )
        elif not acting_organisations(sent) or _describes_supplier_breach(sent):
            out.primary.append(sent)
    _place_headings(out, items)
    _fold_back(out, unsanctioned)
    return out


def _figures_case(sent: Sent) -> bool:
    """A case told right after a force's figures: a case cue ('In one case, an officer ...')
    or one person's breach told with none ('Essex Police logged 40 breaches. A constable was
    sacked after he looked up his neighbour'; `one_person_case`) -- one of those figures."""
    return is_case(sent) or one_person_case(sent)


def _split_earlier_aside(
    sent: Sent, asides: list[Sent], story: list[Sent], roles: Roles
) -> list[Sent]:
    """A force's earlier sanction told in a relative clause set off by commas right after
    its name or 'the force' ('Essex Police, which was fined £100,000 in 2022 after a laptop was
    stolen, has suffered another breach', 'Surrey Police, which was fined in 2018, has now been
    reprimanded ...'): when the clause states a sanction and dates it (or a passing cue marks
    it) and the main clause tells a breach or a sanction of its own, the clause is an earlier
    incident in passing (appended to `asides`) and the rest of the sentence the story's.
    Without a breach or sanction in the main clause ('Essex Police, which was fined last
    week, said it had improved its systems') the sanction is the story's own -- unless the
    clause dates it by a year and the story tells its breach in another sentence that no
    sentence sanctions alike (`_sanction_apart`: 'A list of witnesses was emailed to a
    reporter. Kent Police, which was fined £80,000 in 2018, said it was reviewing ...')."""
    doc = sent.span.doc
    for end in _aside_anchors(sent):
        rel = end + 1 if end < sent.span.end and doc[end].text == "," else end
        if rel >= sent.span.end or doc[rel].lower_ not in _RELATIVES:
            continue
        close = next((i for i in range(rel + 1, sent.span.end) if doc[i].text == ","), None)
        if close is None or close + 1 >= sent.span.end - 1:
            continue
        clause = segment(sent, rel, close)
        sanctions = _sanction_spans(clause)
        if not sanctions:
            continue
        years = _years_of(clause)
        dated = any(d.label_ != "relative" and any(t.like_num for t in d) for d in clause.dates)
        if not (dated or clause.has("passing.passing")):
            continue
        if any(_alike_sanction(clause, s, same_sum=True) for s in story if s.span != sent.span):
            continue  # "The force, which was fined £60,000 in 2017, ...": the story's own fine
        main = _without(sent, rel, close + 1)
        told = _sanction_spans(main) or main.types or main.has("passing.anew")
        if not (told or (years and _sanction_apart(sent, clause, years, story, roles))):
            continue
        asides.append(clause)
        return [main, clause]
    return [sent]


def _aside_anchors(sent: Sent) -> list[int]:
    """Where a relative clause on a force may open: after a force's name, or after 'the
    force' ('The force, which was fined in 2017, said ...') in a sentence naming none before."""
    ends = [m.end for m in sent.forces]
    doc = sent.span.doc
    for t in sent.span[1:]:
        before = any(m.start < t.i for m in sent.forces)
        if t.lower_ in _FORCE_NOUNS and doc[t.i - 1].lower_ == "the" and not before:
            ends.append(t.i + 1)
    return sorted(ends)


def _years_of(part: Sent) -> list[int]:
    """The years the part's dates state (a relative date names none)."""
    out = []
    for d in part.dates:
        if d.label_ != "relative" and d.kb_id_[:4].isdigit() and any(t.like_num for t in d):
            out.append(int(d.kb_id_[:4]))
    return out


def _sanction_apart(
    sent: Sent, clause: Sent, years: list[int], story: list[Sent], roles: Roles
) -> bool:
    """Another sentence of the story tells how a force's breach happened (a mechanism, and a
    force at fault or 'the force'), none dates a breach by the clause's year or earlier (whose
    sanction the clause could be), and none states a sanction of the clause's kind (a fine
    again, or the same action) with no other sum."""
    others = [s for s in story if s.span.start != sent.span.start]
    if not any(
        max(type_scores([s]).values(), default=0.0) >= _MECHANISM
        and (roles.at_fault(s) or refers_to_force(s))
        for s in others
    ):
        return False
    for s in others:
        if any(
            sent_year <= min(years)
            for d in s.dates
            if s.asserted(d) and date_role(s, d) == BREACH
            for sent_year in _years_of(segment(s, d.start, d.end))
        ):
            return False
    return not any(_alike_sanction(clause, s) for s in others)


def _alike_sanction(clause: Sent, other: Sent, same_sum: bool = False) -> bool:
    """`other` states a sanction of the clause's kind (a fine again, or the same action) and
    no other sum, if both give one -- the same sum (`same_sum`) where both must give one."""
    kinds = {a for a, _ in actions_in(clause, require_regulator=False) if a in _SANCTIONS}
    same = (fine_cues(clause) and fine_cues(other)) or kinds & {
        a for a, _ in actions_in(other, require_regulator=False) if a in _SANCTIONS
    }
    sums, theirs = {m.text for m in clause.money}, {m.text for m in other.money}
    if same_sum:
        return bool(same and sums & theirs)
    return bool(same) and not (sums and theirs and not sums & theirs)


def _without(sent: Sent, start: int, end: int) -> Sent:
    """The sentence with the spans between tokens `start` and `end` left out."""
    part = segment(sent, sent.span.start, sent.span.end)

    def outside(spans: list[Span]) -> list[Span]:
        return [s for s in spans if not (start <= s.start and s.end <= end)]

    part.cues = defaultdict(list, {k: outside(v) for k, v in part.cues.items() if outside(v)})
    for name in ("forces", "regulators", "money", "dates", "types", "terms", "scopes"):
        setattr(part, name, outside(getattr(part, name)))
    return part


_ITEM_RE = re.compile(r"^\s*\(?\d{1,2}[.)]\s+\S")
_ITEM_WORDS = 12  # a heading is a short line: "2. The FOI answer that said too much"


def _item_heading(sent: Sent) -> bool:
    """A numbered list item's heading naming no force ('3. The letter to the old address'):
    a short line of its own opening with an item number and ending with no full stop."""
    text = sent.text.strip()
    if sent.idx == 0 or sent.forces or not _ITEM_RE.match(text) or text[-1:] in {".", "!", "?"}:
        return False
    words = [t for t in sent.span if t.is_alpha]
    return 0 < len(words) <= _ITEM_WORDS


def _place_headings(out: Attribution, items: list[tuple[Sent, Sent]]) -> None:
    """Each item heading goes where the line after it went (the primary incident, another
    force's, an earlier one told in passing); nowhere when that line went nowhere."""
    for heading, after in items:
        groups = [out.primary, *out.passing, *out.other_forces.values()]
        for g in groups:
            k = next((n for n, s in enumerate(g) if s is after), None)
            if k is not None:
                g.insert(k, heading)
                break


def heading_force(sent: Sent) -> str | None:
    """The one force a roundup's item heading names (`heading_forces`)."""
    named = heading_forces(sent)
    return named[0] if len(named) == 1 else None


def heading_forces(sent: Sent) -> list[str]:
    """The forces a line names and nothing else ('Durham Constabulary', 'Kent Police:', '-
    Gwent Police (May 2023)', 'Norfolk Constabulary and Suffolk Constabulary'), or that a
    line of its own opens with, set off by a colon or a spaced dash ('Kent Police: a laptop
    stolen', 'Cheshire: autocomplete strikes again', '2. Essex Police - reprimand'): a
    roundup's item heading or label, its forces the ones the lines below it speak of."""
    if sent.idx == 0:
        return []
    label = _label_place(sent)
    if label is not None:
        return [label]
    if not sent.forces:
        return []
    # a numbered item's heading ("2. Kent Police", "(3) Essex Police"): its number is no word
    number = _ITEM_RE.match(sent.text.strip()) is not None
    first = min(m.start for m in sent.forces)
    inside = {i for m in [*sent.forces, *sent.dates] for i in range(m.start, m.end)}
    words = [
        t
        for t in sent.span
        if not (t.is_punct or t.is_space or t.i in inside)
        and not (number and t.i < first and t.like_num)
        and not (t.i > first and t.lower_ in _HEADING_JOINERS)
    ]
    if not words:
        return list(dict.fromkeys(m.label_ for m in sent.forces))
    return []


# (its own name: a second `_LIST_JOINERS` here once shadowed the list-role joiners above,
# so forces listed with commas shared no role)
_HEADING_JOINERS = {"and", "&"}
# "Kent Police: ...", "Cheshire - ...", "• Essex Police – ...": an item's label, then its text
_LABEL_RE = re.compile(
    r"^\s*(?:[-•*]\s*|\(?\d{1,2}[.)]\s*)?(?P<label>[A-Z][^:–—]*?)\s*:\s*\w"
    # a spaced dash sets a label off only in a marked item ("2. Essex Police - reprimand");
    # a line opening "Kent Police – ..." may be prose or a caption
    r"|^\s*(?:[-•*]\s*|\(?\d{1,2}[.)]\s*)(?P<marked>[A-Z][^:–—]*?)\s[-–—]\s\s*\w"
)


def told_in_item(sent: Sent) -> bool:
    """A breach told in a line of its own that a force's name or place labels ('Kent Police:
    victims' details published on its website'): people's data named and cues worth two weak
    ones, as `told_how_and_when` -- the label, not a date, makes it one case."""
    return (
        _label_place(sent) is not None
        and sent.has("relevance.personal")
        and max(type_scores([sent]).values(), default=0.0) >= _TWO_WEAK
    )


def _label_place(sent: Sent) -> str | None:
    """The force a line of its own opens with as its label, set off by a colon or a spaced
    dash: a force's name, or the bare place name of one ('North Yorkshire: the officer who
    ...'), which a heading uses for the force though no police word follows."""
    if not _own_line(sent):
        return None
    match = _LABEL_RE.match(sent.text)
    if match is None:
        return None
    group = "label" if match.group("label") is not None else "marked"
    start = sent.start + match.start(group)
    end = sent.start + match.end(group)
    doc = sent.span.doc
    if not _tells_words(sent, end):
        return None
    for m in sent.forces:
        if doc[m.start].idx == start and doc[m.end - 1].idx + len(doc[m.end - 1]) == end:
            return m.label_
    if any(doc[m.start].idx < end for m in sent.forces):
        return None
    return _places(data_dir_of(sent)).get(match.group(group))


_LABEL_WORDS = 1  # "Kent Police - reprimand": an outcome heads the item too
# "Kent Police: a laptop stolen from an officer's car in 2023": an item says it in a few
# words; a paragraph opening "Kent Police - which was fined in 2020 - said ..." is prose
_LABEL_REACH = 14


def _tells_words(sent: Sent, end: int) -> bool:
    """After the label (character offset `end`), a few words, not figures: 'Kent Police -
    412 cases' and 'Essex Police: none' are a tally's rows, not items of a roundup."""
    dated = {i for d in sent.dates for i in range(d.start, d.end)}
    rest = [t for t in sent.span if t.idx >= end]
    if any(t.like_num and t.i not in dated for t in rest):
        return False
    return _LABEL_WORDS <= sum(t.is_alpha for t in rest) <= _LABEL_REACH


@cache
def _places(data_dir: str | None) -> dict[str, str]:
    """A force's bare place names ('Cheshire', 'North Yorkshire'): the force of each."""
    return {
        a.text: a.canonical
        for a in force_aliases(data_dir)
        if a.kind == CONTEXT and a.text[:1].isupper()
    }


def _own_line(sent: Sent) -> bool:
    """The sentence is a line of the text by itself."""
    if not _opens_line(sent):
        return False
    text = doc_text(sent.span.doc)
    i = sent.end  # (walked, not sliced: every sentence of a long page asks)
    while i < len(text) and text[i] in " \t":
        i += 1
    return i == len(text) or text[i] == "\n"


def _opens_line(sent: Sent) -> bool:
    text = doc_text(sent.span.doc)
    i = sent.start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


_HEADING_WORDS = 6  # "What it tells us", "The bigger picture", "Looking ahead"


def _plain_heading(sent: Sent) -> bool:
    """A short line of its own naming no force and ending with no full stop, or a short
    question opening a line: a subheading that closes the item before it ('The bigger
    picture', 'What next?')."""
    if sent.idx == 0 or sent.forces or sent.text.rstrip()[-1:] == ".":
        return False
    if not (_own_line(sent) or (_opens_line(sent) and sent.text.rstrip().endswith("?"))):
        return False  # "What next? The ICO says ...": a question run in as a heading
    words = [t for t in sent.span if t.is_alpha]
    return 0 < len(words) <= _HEADING_WORDS and _label_place(sent) is None


def _fold_back(out: Attribution, unsanctioned: list[list[Sent]]) -> None:
    """An earlier breach told only by how and when it happened ('the list had previously
    been published online in 2019') is the story's own when the story tells no breach of its
    own (no strong breach cue or breach date stated as fact): its sentences go back to the
    primary incident."""
    if not unsanctioned or any(_strong(s) or breach_dated(s) for s in out.primary):
        return
    for group in unsanctioned:
        out.passing.remove(group)
        out.primary.extend(group)
    out.primary.sort(key=lambda s: (s.idx, s.span.start))


def _tells_breach(sent: Sent) -> bool:
    """How a breach happened (a strong cue, or a thing lost or stolen), or a sanction."""
    return max(type_scores([sent]).values(), default=0.0) >= _MECHANISM or _sanctioned(sent)


def _acted_on(sent: Sent) -> bool:
    """A fine, a sanction or a regulator's action or closing of the matter ('The ICO closed
    its inquiry into Kent Police without formal action')."""
    return _sanctioned(sent) or bool(actions_in(sent)) or closing_regulator(sent) is not None


def _strong(sent: Sent) -> bool:
    return any(c.kb_id_ == "strong" and sent.asserted(c) for c in sent.types)


_TWO_WEAK = 2.0  # two weak cues ("published" and "website"): a mechanism, if a plain one


def told_how_and_when(sent: Sent) -> bool:
    """A breach told in plain words, how and when, with whose data: a breach date stated as
    fact, people's data named and cues worth two weak ones ('in 2020 it put the names of
    victims on its own website'). Another force's sentence like this is a breach of its own
    even with no strong cue, fine or action."""
    return (
        breach_dated(sent)
        and sent.has("relevance.personal")
        and max(type_scores([sent]).values(), default=0.0) >= _TWO_WEAK
    )


def breach_dated(sent: Sent) -> bool:
    return any(sent.asserted(d) and date_role(sent, d) == BREACH for d in sent.dates)


_BACK_REFERENCES = ({"it"}, {("the", "force"), ("the", "constabulary"), ("that", "force")})


def _points_back(sent: Sent) -> bool:
    """The sentence opens with 'It' or speaks of 'the force': a pointer to the force the
    sentence before named."""
    words, pairs = _BACK_REFERENCES
    toks = [t.lower_ for t in sent.span]
    if toks and toks[0] in words:
        return True
    return any((a, b) in pairs for a, b in zip(toks, toks[1:], strict=False))


_OBJECT_REACH = 5  # "The regulator | issued it with a | reprimand": words between the two


_ORDINALS = frozenset({"first", "second", "third", "latter", "former"})
_PLURAL_FORCES = frozenset({"forces", "constabularies", "services"})
_FEW = frozenset({"two", "three", "four"})
_BOTH = frozenset({"the", "both"})


def counts_off(sent: Sent) -> bool:
    """The sentence opens by counting off one of several breaches told before it ('The
    first involved ...', 'The second was a theft ...')."""
    toks = [t.lower_ for t in sent.span[:2]]
    return len(toks) == 2 and toks[0] == "the" and toks[1] in _ORDINALS


_SEVERAL = frozenset({"two", "three", "four", "several", "separate", "both"})
_BREACHES = frozenset({"breaches", "leaks", "incidents", "errors", "mistakes", "blunders"})
_SEVERAL_REACH = 3  # "three | serious data | breaches"


_PREDICATE_REACH = 6  # "Essex Police | (EP) had admitted suffering | two"


def _several_breaches(sent: Sent, name: str) -> bool:
    """The force's own predicate tells of several breaches ('Essex Police admitted
    three data breaches'): a word of number right before a plural breach noun, a few words
    after the force's name with no comma between -- not the story's force's breaches told
    before it ('Kent Police was reprimanded over two breaches, weeks after a leak at Essex
    Police')."""
    doc = sent.span.doc
    for m in sent.forces:
        if m.label_ != name:
            continue
        end = min(sent.span.end, m.end + _PREDICATE_REACH + _SEVERAL_REACH)
        toks = [t.lower_ for t in doc[m.end : end]]
        for i, w in enumerate(toks[: _PREDICATE_REACH + 1]):
            if w == ",":
                break
            if w in _SEVERAL and any(x in _BREACHES for x in toks[i + 1 : i + 1 + _SEVERAL_REACH]):
                return True
    return False


def _sequel_of_those(sent: Sent, listed: int, several: bool) -> bool:
    """The sentence opens by counting off the breaches the sentence before told of another
    force ('... Essex Police admitted two data breaches. The first involved ...'), or, after
    a list of forces, by naming them again together ('The forces said ...', 'Both forces
    apologised'): it goes on with those, never with a force named before them. Counting off
    needs several breaches told of that force ('Kent Police was reprimanded over two breaches,
    weeks after a leak at Essex Police. The first ...' counts off Kent's)."""
    toks = [t.lower_ for t in sent.span[:3]]
    if len(toks) < 2:
        return False
    if counts_off(sent):
        return several
    if listed < 2 or toks[0] not in _BOTH:
        return False
    words = [t.lower_ for t in sent.span[1:4]]
    if words and words[0] in _FEW:
        words = words[1:]  # "the two forces"
    if words and words[0] == "police":
        words = words[1:]  # "both police services"
    return bool(words) and words[0] in _PLURAL_FORCES


def _sanctions_it(sent: Sent) -> bool:
    """A sanction whose object is 'it' ('the ICO fined it', 'reprimanded it over ...'), or
    'it' between a regulator and the sanction it hands out ('The regulator issued it with a
    reprimand', 'the ICO gave it a reprimand', 'the ICO served it with a notice')."""
    doc = sent.span.doc
    for action, cue in actions_in(sent):
        if action not in _SANCTIONS:
            continue
        if cue.end < len(doc) and doc[cue.end].lower_ == "it":
            return True
        speech = sent.cues.get("roles.speech", [])
        for r in sent.regulators:
            # "it" right after the regulator's verb; not "the ICO said it would ...", where
            # "it" is the regulator itself
            if 0 < cue.start - r.end <= _OBJECT_REACH and any(
                t.lower_ == "it" and not any(sp.end == t.i for sp in speech)
                for t in doc[r.end + 1 : cue.start]
            ):
                return True
    return False


_INDEFINITE = {"a", "an", "any"}
_DEFINITE = {"the", "that", "this", "its"}
_FORCE_NOUNS = {"force", "constabulary"}


_SOME = frozenset({"a", "an", "another"})
_DESCRIBING_REACH = 3  # "a | small rural | force": words between the article and the noun


def compares_any_force(sent: Sent) -> bool:
    """A comparison with forces in general ('a neighbouring force made the same mistake',
    'another rural force had a similar breach'): a sentence naming no force that
    speaks of one only indefinitely, its article a few words before the force's noun."""
    if sent.forces:
        return False
    toks = [t.lower_ for t in sent.span]
    indefinite = False
    for i, tok in enumerate(toks):
        if tok not in _FORCE_NOUNS:
            continue
        before = toks[max(0, i - _DESCRIBING_REACH) : i]
        dets = [w for w in before if w in _SOME or w in _DEFINITE]
        if dets and dets[-1] in _DEFINITE:
            return False  # "the force": the story's own
        indefinite |= bool(dets)
    return indefinite


def _any_force(sent: Sent) -> bool:
    """The sentence speaks of a force only indefinitely ('a force', 'a police force'), never
    of 'the force': some force or other, not the story's."""
    toks = list(sent.span)
    indefinite = definite = False
    for i, tok in enumerate(toks):
        if tok.lower_ not in _FORCE_NOUNS:
            continue
        before = [t.lower_ for t in toks[max(0, i - 2) : i]]
        det = before[-1] if before and before[-1] != "police" else (before[0] if before else "")
        indefinite |= det in _INDEFINITE
        definite |= det in _DEFINITE
    return indefinite and not definite


def _passing_of_another(group: list[Sent], primary: str, partners: list[str], roles: Roles) -> bool:
    """An earlier breach told in passing of another force than the story's, acted on and
    not yet told how it happened."""
    named = [a for s in group for a in roles.at_fault(s)]
    return (
        bool(named)
        and named[0] != primary
        and named[0] not in partners
        and any(_acted_on(s) for s in group)
        and not any(mechanism_stated(s) for s in group)
    )


def _someone_of_theirs(sent: Sent, own_voice: bool) -> bool:
    """A sentence telling how a breach happened (`mechanism_stated`) by someone of a force
    named only indefinitely ('a member of staff', 'an officer', 'one detective'), with no
    force, regulator, fine or action of its own and no word for 'the force', 'we' or 'our'."""
    if sent.forces or sent.regulators or fine_cues(sent) or not mechanism_stated(sent):
        return False
    if actions_in(sent, require_regulator=False):
        return False
    if own_voice and sent.has("voice.first_person"):
        return False
    people = sent.cues.get("roles.force_anaphor", [])
    if not people:
        return False
    doc = sent.span.doc
    return all(p.start > sent.span.start and doc[p.start - 1].lower_ in _ONE for p in people)


def _goes_on(sent: Sent, own_voice: bool) -> bool:
    """A sentence that names no force, refers to none ('the force'), names no regulator and
    states no fine or action: it goes on with the story the sentence before it told."""
    return not (
        sent.forces
        or refers_to_force(sent, own_voice)
        or sent.regulators
        or fine_cues(sent)
        or actions_in(sent, require_regulator=False)
    )


def first_at_fault_sentence(sents: list[Sent], force: str, roles: Roles) -> Sent | None:
    return next((s for s in sents if force in roles.at_fault(s)), None)
