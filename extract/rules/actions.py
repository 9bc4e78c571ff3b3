"""Which enforcement action was taken, and by which regulator.

An action counts when its word is asserted (no ConText scope: not "could face a reprimand",
"decided not to fine", "intends to fine"). Investigations and referrals are a regulator's
only with the regulator in the same clause ("the ICO's investigation", "referred the matter
to the ICO", "an investigation by the IOPC"), so a force's internal inquiry is not one. The
regulator of an incident is the body that took its most severe action, else one that was
notified of the breach; a regulator that only comments is no regulator of the incident.
A regulator told of the breach, in any wording (`told_regulator`: "the breach has been
reported to the ICO", "the force alerted the data watchdog", "the ICO has been informed"),
is the incident's referral unless the text has a regulator close the matter. Severity is
the one order of extract/data/actions.toml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from spacy.tokens import Doc, Span, Token

from extract.action_model import action_scores
from extract.components.doctext import doc_data_dir
from extract.datafiles import load_jsonl, load_toml
from extract.rules.found import Found
from extract.rules.money import (
    FINE,
    PAID,
    classify_money,
    court_imposed,
    fine_undone,
    in_longer_name,
    individual_pays,
    offence_fine,
    proposal_dropped,
)
from extract.sentences import (
    Sent,
    cue_before,
    data_dir_of,
    is_passive,
    split_sentences,
)
from extract.sentences import clause_bounds as _sentence_clause

# Auxiliaries after which "since" is an adverb of time ("the ICO has since launched an
# inquiry"), not the conjunction that opens a clause of its own ("since the loss, ...").
_PERFECT = {"has", "have", "had", "having", "'s", "'ve"}


def clause_bounds(sent: Sent, i: int) -> tuple[int, int]:
    """The clause around token `i` (extract/sentences.py), not cut at an adverbial 'since'
    right after a perfect's auxiliary ('the ICO has since launched an investigation': the
    ICO is the subject of 'launched'), nor at an adverb of the verb phrase right after its
    subject or auxiliary (context.toml [scope] `verb_phrase_adverbs`: 'the ICO is also
    investigating', 'the watchdog also opened an inquiry', 'the privacy regulator (ICO) was
    also told'), nor at an aside set off by a pair of dashes after a
    word ('the ICO – which can fine forces – is investigating', `_dash_aside_after`: the
    clause runs over the aside), nor at the marks of a few words quoted inside the clause
    ('the regulator said it was "making enquiries" about the loss') -- a mark right after a word, or
    a closing one with the clause going on in lower case after it."""
    lo, hi = _sentence_clause(sent, i)
    doc = sent.span.doc
    inner = _verb_phrase_adverbs(data_dir_of(sent))
    while lo - 2 >= sent.span.start:
        if (
            (doc[lo - 1].lower_ == "since" and doc[lo - 2].lower_ in _PERFECT)
            or (doc[lo - 1].text in _QUOTES and doc[lo - 2].is_alpha)
            or (doc[lo - 1].lower_ in inner and _ends_subject_or_aux(doc[lo - 2]))
        ):
            lo = _sentence_clause(sent, lo - 2)[0]
            continue
        opening = _aside_over(sent, lo, i)
        if opening is None or opening - 1 < sent.span.start:
            break
        if not _ends_subject_or_aux(doc[opening - 1]):
            break
        lo = _sentence_clause(sent, opening - 1)[0]  # "the ICO – which ... – is investigating"
    while hi + 1 < sent.span.end:
        if (
            (doc[hi].lower_ == "since" and doc[hi - 1].lower_ in _PERFECT)
            or (doc[hi].text in _QUOTES and doc[hi + 1].is_lower and doc[hi - 1].is_alpha)
            or (doc[hi].lower_ in inner and _ends_subject_or_aux(doc[hi - 1]))
        ):
            hi = _sentence_clause(sent, hi + 1)[1]
            continue
        opening, closing = _aside_from(sent, i, hi)
        if closing is None or closing + 1 >= sent.span.end:
            break
        if not _ends_subject_or_aux(doc[opening - 1]):
            break
        hi = _sentence_clause(sent, closing + 1)[1]
    return lo, hi


@cache
def _verb_phrase_adverbs(data_dir: str | None) -> frozenset[str]:
    """context.toml [scope] `verb_phrase_adverbs`: clause terminators that, right after a
    word, sit inside a verb phrase and open no clause of the action rules."""
    scope = load_toml("context.toml", data_dir).get("scope", {})
    return frozenset(w.lower() for w in scope.get("verb_phrase_adverbs", []))


def _ends_subject_or_aux(tok: Token) -> bool:
    """A word (a subject, an auxiliary, an adverb) or the closing bracket of a short name given
    in passing ('the Information Commissioner's Office (ICO) also ...'): what may stand right
    before an adverb inside a verb phrase -- not a comma or a conjunction's clause mark."""
    return tok.is_alpha or tok.text == ")"


def severity(sent: Sent | None = None) -> list[str]:
    """The one severity order of actions.toml, most severe first."""
    return load_toml("actions.toml", data_dir_of(sent) if sent else None)["severity"]


_RECIPIENT_WORDS = {"to", "with", "for"}
# Verbs whose object is told of the breach ('we have notified the ICO and are reviewing'):
# a regulator right after one is the recipient, not the actor of the next verb.
_TELLING = {"notify", "inform", "tell", "alert", "contact", "advise", "update"}
# People who speak for a body: "a spokesman for the ICO" is the ICO's voice, no recipient.
_SPEAKERS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "source"}


_LATE = {"until"}


def _stated(sent: Sent, span: Span) -> bool:
    """Stated as a fact, or denied only until a time ('the force did not inform the ICO
    until six months later', 'did not refer the case to the IOPC until March'): 'not ...
    until' tells when the act came, late, not that it never did -- every scope over the span
    a negation that ends at 'until'. Nothing in a yes/no question is stated
    (`_yes_no_question`: 'Did the force tell the ICO?')."""
    if _yes_no_question(sent):
        return False  # "Is the ICO aware of the leak?", "Did the force tell the ICO?"
    if sent.asserted(span):
        return True
    doc = sent.span.doc
    over = [s for s in sent.scopes if s.start <= span.start < s.end]
    over = [
        s
        for s in over
        if not proposal_dropped(sent, s, span)
        and not _inquiry_faced(sent, s)
        and not _alternative_named(sent, s, span)
    ]
    if not over:
        return True  # "the officer is facing a criminal investigation by the IOPC"
    if span in sent.regulators:
        # "served with a notice of intent by the ICO": the "intent" of the notice's name
        # proposes the sanction, not the regulator that sent it
        over = [s for s in over if not _opened_by_notice(sent, s)]
        if not over:
            return True
    return all(
        s.label_ == "negated" and s.end < sent.span.end and doc[s.end].lower_ in _LATE for s in over
    )


def _yes_no_question(sent: Sent) -> bool:
    """The sentence asks, it states nothing: it ends with a question mark and opens with a
    finite auxiliary or modal ('Is the ICO aware of the loss?', 'Did the force
    tell the ICO?', 'Has the IOPC opened an investigation?') -- past an opening quote mark or
    a joining word (actions.toml [told] `question_lead_ins`, `question_auxiliaries`)."""
    span = sent.span
    if not any(t.text == "?" for t in span[-3:]):
        return False
    told = _told(data_dir_of(sent))
    lead_ins = set(told.get("question_lead_ins", []))
    first = next((t for t in span if t.lower_ not in lead_ins), None)
    return first is not None and first.norm_ in set(told.get("question_auxiliaries", []))


def _alternative_named(sent: Sent, scope: Span, span: Span) -> bool:
    """A counterfactual opened before a sanction names the step not taken ('in place of a
    £350,000 fine, the ICO reprimanded the force', 'instead of a monetary penalty, it issued a
    reprimand'): past that sanction and a comma, the sanction `span` is the one taken."""
    if scope.label_ != "counterfactual" or scope.kb_id_ != "forward":
        return False
    doc = sent.span.doc
    return any(
        scope.start <= c.start
        and c.end <= span.start
        and any(t.lower_ == "," for t in doc[c.end : span.start])
        for action in _SANCTIONS
        for c in sent.cues.get(f"actions.{action}", [])
    )


_UNREAL_BACKWARD = {"counterfactual", "hypothetical"}


def _subject_of_unreal(sent: Sent, cue: Span) -> bool:
    """The sanction is the subject of a counterfactual told after it ('a fine of £400,000
    would have been appropriate', 'a penalty would otherwise have been imposed'): the
    backward scope runs from right after the sanction word to its trigger, so the amount is
    unreal and so is the sanction."""
    return any(
        s.label_ in _UNREAL_BACKWARD and s.kb_id_ == "backward" and s.start == cue.end
        for s in sent.scopes
    )


_PERFECT_MODALS = {"would", "could", "might", "'d"}
_PERFECT_REACH = 8  # "a penalty | in the region of | £750,000 | could have been justified"


_MODAL_ADVERBS = {"well", "otherwise", "still", "also", "then", "even", "almost", "easily"}


def _adverb(tok: Token) -> bool:
    """An adverb that may stand inside a modal perfect ('would ordinarily have', 'could well
    have'); the pipeline tags no parts of speech, so an '-ly' word or one of a few others."""
    low = tok.lower_
    return low in _MODAL_ADVERBS or (len(low) > 4 and low.endswith("ly") and low.isalpha())


def _skip_adverbs(doc: Doc, k: int, lo: int, step: int) -> int:
    """The first token from `k` on (moving by `step`) that is not an adverb."""
    while lo <= k < len(doc) and _adverb(doc[k]):
        k += step
    return k


def modal_perfect(sent: Sent, cue: Span) -> bool:
    """The sanction told in a modal perfect, what would or could have been done and was not:
    as its verb ('the ICO would ordinarily have fined the force', 'it could well have been
    fined') or as the subject of one told after it, past only its amount and the words that
    join it ('a penalty of £1.2m could have been justified', 'a fine in the region of
    £750,000 might have been imposed'). Adverbs may stand between the modal, 'have' and
    'been', where the counterfactual triggers of context.toml want the words side by side."""
    doc = sent.span.doc
    lo, hi = sent.span.start, sent.span.end
    k = _skip_adverbs(doc, cue.start - 1, lo, -1)
    if k >= lo and doc[k].lower_ == "been":
        k = _skip_adverbs(doc, k - 1, lo, -1)
    if k >= lo and doc[k].lower_ == "have":
        k = _skip_adverbs(doc, k - 1, lo, -1)
        if k >= lo and doc[k].lower_ in _PERFECT_MODALS:
            return True
    in_money = {i for m in sent.money for i in range(m.start, m.end)}
    k = cue.end
    while (
        k < hi
        and k - cue.end < _PERFECT_REACH
        and (k in in_money or doc[k].lower_ in _JOINING_AMOUNT or doc[k].like_num)
    ):
        k += 1
    if k >= hi or doc[k].lower_ not in _PERFECT_MODALS:
        return False
    k = _skip_adverbs(doc, k + 1, lo, 1)
    if k >= hi or doc[k].lower_ != "have":
        return False
    k = _skip_adverbs(doc, k + 1, lo, 1)
    return k < hi and doc[k].lower_ == "been"


_JOINING_AMOUNT = {
    "of", "in", "the", "region", "around", "about", "some", "roughly", "up", "to", "nearly",
    "almost", "approximately", "£", "million", "m", "k",
}  # fmt: skip


def _judged_before(sent: Sent, cue: Span, data: dict, in_money: set[int]) -> bool:  # type: ignore[type-arg]
    """'merited a fine of £250,000', 'considered a fine': the verb of judging right before
    the sanction, only determiners and an amount between."""
    doc = sent.span.doc
    k = cue.start - 1
    while k >= sent.span.start and cue.start - k <= int(data.get("reach", 4)):
        if doc[k].lemma_.lower() in data.get("verbs", []):
            return True
        if k not in in_money and doc[k].lower_ not in _STOOD_IN_FILLERS:
            return False
        k -= 1
    return False


def _judged_after(sent: Sent, cue: Span, data: dict) -> bool:  # type: ignore[type-arg]
    """'A fine was considered', 'a penalty had been contemplated': the sanction the subject
    of a passive verb of judging (an auxiliary of [judged] `passive` right after it)."""
    doc = sent.span.doc
    passive = set(data.get("passive", []))
    k = cue.end
    seen_aux = False
    while k < sent.span.end and k - cue.end < 3 and doc[k].lower_ in passive:
        seen_aux = True
        k += 1
    return seen_aux and k < sent.span.end and doc[k].lemma_.lower() in data.get("verbs", [])


def judged_only(sent: Sent, cue: Span) -> bool:
    """A sanction judged due or weighed, then passed over for another after a word of contrast
    ('the breach merited a fine of £250,000, but it chose to issue a reprimand', 'a fine was
    considered but a reprimand was issued'): a verb of judging (actions.toml [judged]) right
    before it (only determiners and an amount between) or after it in the passive, and a
    contrast word later in the sentence with another sanction after it."""
    data = load_toml("actions.toml", data_dir_of(sent)).get("judged", {})
    doc = sent.span.doc
    in_money = {i for m in sent.money for i in range(m.start, m.end)}
    if not _judged_before(sent, cue, data, in_money) and not _judged_after(sent, cue, data):
        return False
    contrast = set(data.get("contrast", []))
    turn = next((t.i for t in doc[cue.end : sent.span.end] if t.lower_ in contrast), None)
    if turn is None:
        return False
    return any(
        c.start > turn for a in _SANCTIONS for c in sent.cues.get(f"actions.{a}", [])
    ) or any(v.start > turn for v in regulator_rebukes(sent))


def _inquiry_faced(sent: Sent, scope: Span) -> bool:
    """A possibility opened by "face" over an inquiry under way ('the officer is facing a
    criminal investigation by the IOPC', 'now faces an inquiry'): "face" told as a fact (no
    modal or "to" before it, `faced.forecast`) and an inquiry word right after it, only its
    determiners and kinds between (`faced.between`) -- the inquiry is a fact. "Could face an
    investigation" and "is facing a fine" stay possibilities."""
    if scope.label_ != "hypothetical" or scope.kb_id_ != "forward" or scope.start == 0:
        return False
    doc = sent.span.doc
    trigger = doc[scope.start - 1]
    if trigger.lemma_.lower() != "face" and trigger.lower_ not in {"facing", "faces", "faced"}:
        return False
    data = load_toml("actions.toml", data_dir_of(sent)).get("faced", {})
    before, forecast = set(data.get("before", [])), set(data.get("forecast", []))
    k = trigger.i - 1
    while k >= sent.span.start and (doc[k].lower_ in before or doc[k].lemma_.lower() in before):
        k -= 1
    if k >= sent.span.start and (doc[k].lower_ in forecast or doc[k].lemma_.lower() in forecast):
        return False  # "could face", "is likely to face", "is set to face"
    between = set(data.get("between", []))
    reach = int(data.get("reach", 4))
    for cue in sent.cues.get("actions.investigation", []):
        if scope.start <= cue.start <= scope.start + reach and all(
            t.lower_ in between for t in doc[scope.start : cue.start]
        ):
            return True
    return False


def _opened_by_notice(sent: Sent, scope: Span) -> bool:
    """A modality scope opened by the last word of a notice's name ('notice of intent')."""
    return any(c.end == scope.start for c in sent.cues.get("actions.notice_of_intent", []))


def _regulator_in_clause(sent: Sent, cue: Span, *, as_actor: bool = False) -> bool:
    """An asserted regulator in the cue's clause. As the actor of an investigation it must
    also be close (before the cue, or just after it: 'an investigation by the ICO') and not
    a recipient ('reports will be sent to the ICO')."""
    lo, hi = clause_bounds(sent, cue.start)
    doc = cue.doc
    if as_actor:
        lo = _before_insertion(sent, lo, cue.start)
    for r in sent.regulators:
        if as_actor and _antecedent(sent, r, lo) and _acting_now(cue, lo) and sent.asserted(r):
            return True  # "reported it to the ICO, which is investigating": the ICO acts
        if as_actor and _after_relative(sent, r, lo, cue) and sent.asserted(r):
            return True  # "the ICO, which has wide powers, said it was investigating"
        if not (lo <= r.start < hi and _stated(sent, r)):
            continue
        if not as_actor:
            return True
        first = r.start - 1 if r.start > 0 and doc[r.start - 1].lower_ == "the" else r.start
        acting_for = first - 1 == cue.end and doc[cue.end].lower_ == "for"
        # "a spokesman for the ICO said it was making enquiries": the speaker's body acts
        acting_for = acting_for or (first > 1 and doc[first - 2].lower_ in _SPEAKERS)
        if first > 0 and doc[first - 1].lower_ in _RECIPIENT_WORDS and not acting_for:
            continue  # "sent to the ICO"; but "prosecuting for the ICO" acts for it
        if first > 0 and doc[first - 1].lemma_.lower() in _TELLING and r.end <= cue.start:
            continue  # "we informed the ICO and are looking into it": the teller looks
        if cue.start - 12 <= r.end <= cue.start and not _other_subject(sent, r.end, cue.start):
            return True
        if cue.end <= r.start <= cue.end + 4 and not _next_clause(doc[cue.end : r.start]):
            return True  # "an investigation by the ICO", not "investigated and told the ICO"
        if (
            r.end <= cue.start
            and _first_body(sent, lo, cue.start) is r
            and not _other_subject(sent, r.end, cue.start)
        ):
            return True  # the clause's subject: "the ICO said it ... and would make inquiries"
    return False


_INSERTED_RELATIVES = {"which", "where", "who", "when", "whose"}


def _before_insertion(sent: Sent, lo: int, pos: int) -> int:
    """The start of a clause that a comma-bounded relative clause interrupts ('the ICO said it
    was aware of the incident, which came to light on Monday, and was making enquiries'):
    when clause start `lo` follows ', which' and a comma closes that insertion before token
    `pos`, the clause `pos` belongs to began before the insertion."""
    doc = sent.span.doc
    base = sent.span.start
    shared = _shared_subject_after_relative(sent, lo, pos)
    if shared is not None:
        return shared
    if lo - 3 < base or doc[lo - 1].lower_ not in _INSERTED_RELATIVES or doc[lo - 2].text != ",":
        return lo
    if not any(doc[i].text == "," for i in range(lo, pos)):
        return lo  # no closing comma: the cue is inside the relative clause itself
    return clause_bounds(sent, lo - 3)[0]


_RELATIVE_WORDS = _INSERTED_RELATIVES | {"whom"}
_JOINING = {"and", "but"}
# Finite auxiliaries that open a predicate with no subject of its own ("..., and was making
# enquiries", "and had begun inquiries", "and would be looking into it").
_FINITE_AUX = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "may"}
_FINITE_AUX |= {"might", "could", "can", "should", "did", "does"}
_PREDICATE_REACH = 4  # "and | would | now | be | making enquiries"


def _bodies(sent: Sent) -> list[Span]:
    """Regulators, forces, force words and other organisations named in the sentence."""
    return [
        *sent.regulators,
        *sent.forces,
        *sent.cues.get("roles.force_anaphor", []),
        *sent.cues.get("roles.police_context", []),
        *sent.cues.get("roles.organisation", []),
    ]


def _shared_subject_after_relative(sent: Sent, lo: int, pos: int) -> int | None:
    """The start of the clause a relative clause hangs in, when token `pos` is in a
    predicate joined after that relative clause with no subject of its own ('the Ombudsman
    said it was aware of a breach in which an officer shared a photograph, and was making
    enquiries': 'and was making' goes on from 'it was aware', not from 'an officer
    shared'). Clause start `lo` follows a relative word ('which', 'in which', 'who'); 'and'
    or 'but' comes before `pos`, then a finite auxiliary and nothing but auxiliaries and a
    few adverbs up to `pos`. None when the shape is not there."""
    doc = sent.span.doc
    base = sent.span.start
    if lo - 2 < base or doc[lo - 1].lower_ not in _RELATIVE_WORDS:
        return None
    rel = lo - 1
    if doc[rel - 1].lower_ in _RELATIVE_PREPOSITIONS:
        rel -= 1  # "in which", "to whom"
    if rel - 1 < base:
        return None
    join = next(
        (
            t.i
            for t in reversed(doc[lo:pos])
            if t.lower_ in _JOINING and pos - t.i - 1 <= _PREDICATE_REACH
        ),
        None,
    )
    if join is None or join + 1 >= pos or doc[join + 1].lower_ not in _FINITE_AUX:
        return None
    if any(b.start <= pos and b.end > join for b in _bodies(sent)):
        return None  # "and was told by Kent Police it was investigating"
    start: int = clause_bounds(sent, rel - 1)[0]
    return start


_RELATIVE_PREPOSITIONS = {"in", "of", "to", "from", "by", "with", "during", "after", "for"}


# Words that may stand between a subject and its verb: "the force is now investigating".
_SUBJECT_TO_VERB = {"is", "are", "was", "were", "has", "have", "had", "been", "be", "being"}
_SUBJECT_TO_VERB |= {"now", "also", "still", "currently", "already"}


def _other_subject(sent: Sent, lo: int, hi: int) -> bool:
    """A force, one of its people or units, or another organisation named in tokens
    [lo, hi) as the subject of the verb at `hi` ('the ICO has been told and the force's
    professional standards department is investigating', 'the ICO was notified, and
    officers are looking into it'): the inquiry is theirs, not the regulator's named
    before them."""
    doc = sent.span.doc
    bodies = [
        *sent.forces,
        *sent.cues.get("roles.force_anaphor", []),
        *sent.cues.get("roles.police_context", []),
        *sent.cues.get("roles.organisation", []),
    ]
    for b in bodies:
        if (
            lo <= b.start
            and b.end <= hi
            and all(t.lower_ in _SUBJECT_TO_VERB for t in doc[_past_insertion(sent, b.end) : hi])
        ):
            return True  # "the force, which employs 3,000 officers, is investigating"
    return False


# Words that join a second act to the first ("the force investigated and told the ICO").
_COORDINATING = {"and", "but", "while", "then"}


def _next_clause(between: Span) -> bool:
    """The words between an inquiry word and a regulator after it open another act: a
    coordinating word or a verb of telling ('the force is investigating and has informed
    the ICO', 'its own officers investigated and the ICO was told') -- the regulator is
    then told or acts apart, it does not run that inquiry."""
    return any(t.lower_ in _COORDINATING or t.norm_ in _TELLING for t in between)


def _antecedent(sent: Sent, r: Span, lo: int) -> bool:
    """The clause starting at `lo` is a relative clause hung on `r` ('the ICO, which is
    investigating', 'the Ombudsman, who upheld the complaint'): `r` is its subject."""
    doc = sent.span.doc
    if lo - 2 < sent.span.start or doc[lo - 1].lower_ not in {"which", "who"}:
        return False
    if doc[lo - 2].text != ",":
        return False
    end = lo - 2
    if doc[end - 1].text == ")":  # "the Information Commissioner's Office (ICO), which"
        end = next((t.i for t in doc[r.end : end] if t.text == "("), end)
    return r.end == end


_MAIN_REACH = 6  # ", | said | it | was | now | investigating"


def _after_relative(sent: Sent, r: Span, lo: int, cue: Span) -> bool:
    """The cue's clause is a relative clause set off by commas after `r` ('the ICO, which
    has wide powers, said it was investigating', 'the IOPC, who were called in, has opened
    an inquiry'): past its closing comma the sentence goes on with `r` as its subject, so
    the cue a few words after that comma, with no other body or person named between, is
    `r`'s -- not 'the ICO, which was told, said the force was investigating'."""
    if not _antecedent(sent, r, lo):
        return False
    doc = sent.span.doc
    comma = next((t.i for t in doc[lo : cue.start] if t.text == ","), None)
    if comma is None or cue.start - comma > _MAIN_REACH:
        return False
    bodies = [
        *sent.regulators,
        *sent.forces,
        *sent.cues.get("roles.force_anaphor", []),
        *sent.cues.get("roles.police_context", []),
        *sent.cues.get("roles.organisation", []),
        *sent.cues.get("money.person", []),
    ]
    if any(comma < b.start < cue.start for b in bodies):
        return False
    return not any(
        t.lower_ in _COORDINATING or t.norm_ in _TELLING for t in doc[comma + 1 : cue.start]
    )


# Words of a regulator weighing a report it was sent ('which is assessing it'): being told,
# not yet an inquiry of its own.
_TRIAGE = {"assess", "review", "examine"}
_SAYING = {"say", "confirm", "state", "announce"}
_TO_COME = {"to", "will", "would"}


def weighed_only(action: Found) -> bool:
    """An investigation that is only a regulator weighing what it was told: every inquiry
    word of its sentence a triage verb, in any tense ('the ICO reviewed the case and decided
    to take no further action'), none an inquiry of its own ('investigated', 'an inquiry')."""
    if action.value != "investigation":
        return False
    cues = [c for a, c in actions_in(action.sent) if a == "investigation"]
    return bool(cues) and all(c[0].norm_ in _TRIAGE for c in cues)


# Weighing what one was told, whatever the clause; a review under way may be an inquiry of
# its own ("PIRC is reviewing how the force handled her complaint").
_WEIGHING = {"assess"}


def _weighing(cue: Span) -> bool:
    """A regulator weighing a report it was sent, in any clause: assessing under way or to
    come ('we are assessing the information provided', 'the ICO will assess what happened')
    -- being told, not yet an inquiry. An assessment done or named is one."""
    first = cue[0]
    if first.norm_ not in _WEIGHING:
        return False
    before = cue.doc[first.i - 1].lower_ if first.i > 0 else ""
    return first.lower_.endswith("ing") or before in _TO_COME


# Verbs of opening or running an inquiry, told in a relative clause in the past ('which
# opened an inquiry', 'which carried out an independent investigation').
_OPENING = {"open", "launch", "begin", "start", "carry", "conduct", "mount"}


def _acting_now(cue: Span, lo: int) -> bool:
    """The relative clause's verb tells an inquiry under way, not the body's remit or its
    weighing of a report: 'which is investigating', 'which has opened an inquiry', 'which
    looked into it', told in its own words too ('which said this week it was making
    enquiries') -- not 'which investigates breaches of the law', 'which is assessing'."""
    doc = cue.doc
    if doc[lo].norm_ in _SAYING:
        # "which said (this week) (that) it was making enquiries": the clause after the
        # pronoun is the body's own
        said = next((t.i for t in doc[lo + 1 : cue.start] if t.lower_ in {"it", "they"}), None)
        if said is None or said - lo > 5:
            return False
        lo = said + 1
    if _resolved_to(doc, lo, cue.start):
        return True  # "which decided to investigate", "which agreed to open an inquiry"
    opened = doc[lo].norm_ in _OPENING  # "which launched an independent investigation"
    if cue.start - lo > (5 if opened else 3):
        return False
    if cue[0].norm_ in _TRIAGE:
        return False
    return (
        doc[lo].norm_ in {"be", "have"}
        or (lo == cue.start and cue[0].lower_.endswith("ed"))
        or (opened and (doc[lo].lower_.endswith("ed") or doc[lo].lower_ == "began"))
    )


_RESOLVE_REACH = 4  # "to | carry out | an independent | investigation"


def _resolved_to(doc: Doc, lo: int, cue: int) -> bool:
    """The relative clause opens with a past verb of deciding and its 'to', then the inquiry
    word or a verb of opening one ('which decided to investigate', 'which agreed to carry
    out an independent investigation'): the body resolved on its own inquiry -- not 'which
    will decide whether to investigate', 'which decided not to investigate' or 'which
    decided the force should investigate' (no 'to' right after the verb)."""
    verbs = set(load_toml("actions.toml", doc_data_dir(doc)).get("resolved", {}).get("verbs", []))
    first = doc[lo]
    past = first.lower_.endswith("ed") or first.lower_ != first.lemma_.lower()
    if first.lemma_.lower() not in verbs or not past or first.lower_.endswith(("s", "ing")):
        return False
    if lo + 1 >= cue or doc[lo + 1].lower_ != "to":
        return False
    start = lo + 2
    return start == cue or (doc[start].norm_ in _OPENING and cue - start <= _RESOLVE_REACH)


_POSSESSIVES = {"its", "their"}


def _its_inquiry(sent: Sent, cue: Span) -> bool:
    """An inquiry owned by a pronoun ('its investigation', 'their inquiries', one word
    between at most: 'its initial review') whose antecedent, the nearest body named before
    it, is a regulator named as a fact and not told of anything ('the ICO decided not to
    take formal action after its investigation'; not 'the force told the ICO about its
    inquiry', 'the ICO said the force had finished its investigation')."""
    doc = cue.doc
    lo = sent.span.start
    owner = next(
        (
            i
            for i in range(cue.start - 1, max(lo, cue.start - 3) - 1, -1)
            if doc[i].lower_ in _POSSESSIVES
        ),
        None,
    )
    if owner is None:
        return False
    bodies = [
        *sent.regulators,
        *sent.forces,
        *sent.cues.get("roles.force_anaphor", []),
        *sent.cues.get("roles.organisation", []),
        *sent.cues.get("money.person", []),
    ]
    before = [b for b in bodies if b.end <= owner]
    if not before:
        return False
    nearest = max(before, key=lambda b: (b.end, b.end - b.start))
    r = next((r for r in sent.regulators if r is nearest), None)
    if r is None or not sent.asserted(r):
        return False
    first = r.start - 1 if r.start > lo and doc[r.start - 1].lower_ == "the" else r.start
    told = first > lo and (
        doc[first - 1].lower_ in _RECIPIENT_WORDS or doc[first - 1].norm_ in _TELLING
    )
    return not told or _relative_after(sent, r, owner)


_RELATIVE_PRONOUNS = {"which", "who", "that"}


_REFERS_ON_GAP = {
    "has",
    "have",
    "had",
    "also",
    "later",
    "now",
    "since",
    "then",
    "subsequently",
    "formally",
    "duly",
}
_REFERS_ON_REACH = 8  # "referred | a file on the officer's conduct | to | the IOPC"


def _regulator_refers_on(sent: Sent, cue: Span) -> bool:
    """A regulator the subject of a referral ('PIRC referred the case to the Crown Office',
    'the Police Ombudsman has referred a file to the PPS'): the regulator right before the
    verb (auxiliaries and adverbs between), no regulator its recipient after -- the outcome
    of its own inquiry, not a telling of a regulator. Not 'the ICO referred it to the IOPC'
    (another regulator told)."""
    doc = cue.doc
    if cue[0].lemma_.lower() != "refer":
        return False
    k = cue.start - 1
    while k >= sent.span.start and doc[k].lower_ in _REFERS_ON_GAP:
        k -= 1
    subject = next((r for r in sent.regulators if r.end == k + 1), None)
    if subject is None or not sent.asserted(subject):
        return False
    hi = min(sent.span.end, cue.end + _REFERS_ON_REACH)
    return not any(cue.end <= r.start < hi for r in sent.regulators)


def _relative_after(sent: Sent, r: Span, owner: int) -> bool:
    """The regulator told of the case opens a relative clause of its own before the owner
    ('referred the case to the IOPC, which carried out its own investigation'): the pronoun
    is the regulator, now acting."""
    doc = sent.span.doc
    k = r.end
    if k < owner and doc[k].text == ",":
        k += 1
    return k < owner and doc[k].lower_ in _RELATIVE_PRONOUNS


def _regulators_own(sent: Sent, cue: Span) -> bool:
    """'The IOPC's own investigation', 'the IOPC, which carried out its own investigation':
    the inquiry 'own' marks as its runner's is a regulator's (`_its_inquiry`), not the
    force's own inquiry."""
    doc = cue.doc
    k = cue.start - 2  # the word before "own"
    if k < sent.span.start:
        return False
    if doc[k].lower_ == "'s":
        return any(r.end == k for r in sent.regulators if sent.asserted(r))
    return _its_inquiry(sent, cue)


def _first_body(sent: Sent, lo: int, hi: int) -> Span | None:
    """The first regulator, force or other organisation named in tokens [lo, hi)."""
    bodies = [*sent.regulators, *sent.forces, *sent.cues.get("roles.organisation", [])]
    inside = [b for b in bodies if lo <= b.start < hi]
    return min(inside, key=lambda b: b.start) if inside else None


def _owner_of(doc: Doc, r: Span, cue: Span) -> bool:
    """The regulator names the inquiry it runs, right before its word ('an IOPC
    investigation', 'the ICO's inquiry', 'PIRC probe')."""
    gap = doc[r.end : cue.start]
    return not len(gap) or gap[0].lower_ in _GENITIVES


def _carried_out_by(sent: Sent, cue: Span, window: int = 10) -> str | None:
    """'an investigation ... carried out by the National Crime Agency': the body after 'by'
    runs it -- "regulator", "other" (a force or another body) or None when no 'by <body>'."""
    doc = cue.doc
    runner = load_toml("actions.toml", data_dir_of(sent)).get("runner", {})
    own, local = set(runner.get("force_words", [])), set(runner.get("local", []))
    if cue.end < sent.span.end and doc[cue.end].lower_ in local:
        return "other"  # "it would be investigated locally": the force's own inquiry
    if any(cue.start - r.end in (0, 1) and _owner_of(doc, r, cue) for r in sent.regulators):
        return "regulator"  # "PIRC probe into a leak by an officer": its own, the 'by' the leak's
    bodies = [*sent.regulators, *sent.forces, *sent.cues.get("roles.organisation", [])]
    for i in range(cue.end, min(cue.end + window, sent.span.end)):
        if doc[i].lower_ != "by":
            continue
        named = sorted((b for b in bodies if i < b.start <= i + 3), key=lambda b: b.start)
        if named:
            first = named[0].start
            return "regulator" if any(r.start == first for r in sent.regulators) else "other"
        # "by the force's professional standards department": the force itself, unnamed
        words = [t.lower_ for t in doc[i + 1 : min(i + 4, sent.span.end)]]
        if words[:1] in (["the"], ["its"]) and len(words) > 1 and words[1] in own:
            return "other"
    return None


def _penalty_on_someone(sent: Sent, cue: Span) -> bool:
    """A fine word reports a penalty imposed when an amount in its clause is a fine, a
    regulator is in its clause, or a force in the sentence is the target of an action --
    not penalties in general ('courts need tougher penalties', 'carries a fine of up to
    £5,000') and not a court's fine on an individual."""
    if (sent.has("money.court") and not sent.regulators) or court_imposed(sent, cue.end, 5):
        return False
    lo, hi = clause_bounds(sent, cue.start)
    # "the force has paid a £120,000 fine": a sum paid is a penalty's too
    if any(
        lo <= m.start < hi and classify_money(sent, m, True) in {FINE, PAID} for m in sent.money
    ):
        return True
    if any(lo <= m.start < hi and individual_pays(sent, m) for m in sent.money):
        return False  # "PC Jones of Kent Police was fined £600": the person's fine
    if _regulator_in_clause(sent, cue):
        return True
    roles = sent.span.doc.spans.get("roles", [])
    return any(r.label_ == "target" and sent.span.start <= r.start < sent.span.end for r in roles)


_SPECIFIC = {"a", "an", "the", "its", "their", "both", "two", "three", "four", "five", "further"}
# Force anaphors that stand for the force itself, not one of its people.
_FORCE_ITSELF = {"force", "constabulary", "police"}


def _on_a_person(sent: Sent, cue: Span, action: str = "reprimand") -> bool:
    """A sanction on one of the force's people ('the constable was given a reprimand at a
    misconduct meeting', 'he received a written reprimand'): the nearest body named before
    the word is a person, not the force, another organisation or a regulator -- and the
    sentence names no regulator that can impose it on a force (`sole_issuer_of`): a police
    conduct body named beside it ('the IOPC oversaw the inquiry and the officer was given a
    reprimand') reprimands no one; the force's misconduct process does. Discipline, not a
    regulator's action."""
    issuers = _issuers(data_dir_of(sent)).get(action, [])
    if any(sent.asserted(r) and (not issuers or r.label_ in issuers) for r in sent.regulators):
        return False
    bodies = [
        *sent.forces,
        *(a for a in sent.cues.get("roles.force_anaphor", []) if a[-1].norm_ in _FORCE_ITSELF),
        *sent.cues.get("roles.organisation", []),
    ]
    persons = sent.cues.get("money.person", [])
    before = [b for b in [*bodies, *persons] if b.end <= cue.start]
    if not before:
        return False
    nearest = max(before, key=lambda b: (b.end, b.end - b.start))
    return any(p is nearest for p in persons) and not any(
        b.start <= nearest.start < b.end for b in bodies
    )


def _any_inquiry(sent: Sent, cue: Span) -> bool:
    """'Would co-operate fully with any ICO inquiry', 'any investigation by the regulator
    would be welcomed': an inquiry noun after one of [unreal_inquiry] `determiners` (a few
    words before it, only the regulator's name or other words outside `breaks` between) is
    one that may come, not one under way."""
    data = load_toml("actions.toml", data_dir_of(sent)).get("unreal_inquiry", {})
    determiners = set(data.get("determiners", []))
    if not determiners:
        return False
    breaks = set(data.get("breaks", []))
    doc = cue.doc
    lo = max(sent.span.start, cue.start - int(data.get("reach", 4)))
    for j in range(cue.start - 1, lo - 1, -1):
        tok = doc[j]
        if tok.lower_ in determiners:
            return True
        if any(r.start <= j < r.end for r in sent.regulators):
            continue  # "any ICO inquiry"
        if tok.is_punct or tok.lower_ in breaks:
            return False
    return False


def _generic(sent: Sent, cue: Span) -> bool:
    """'powers including warnings, reprimands and enforcement notices': sanctions named in
    the plural with nothing specific before them, in a sentence that names no one force."""
    last = cue[-1]
    plural = last.lower_.endswith("s") and last.norm_ != last.lower_
    before = cue.doc[cue.start - 1].lower_ if cue.start > 0 else ""
    # "fines on police forces are rare": forces or officers in the plural are no one force
    names_force = bool(sent.forces) or any(
        c[-1].norm_ == c[-1].lower_ for c in sent.cues.get("roles.force_anaphor", [])
    )
    return plural and before not in _SPECIFIC and not names_force and not _counted_forces(sent)


FORCE_GROUP_NOUNS = frozenset({"forces", "constabularies"})


def force_noun_after(toks: list[Token], i: int, nouns: Iterable[str] = FORCE_GROUP_NOUNS) -> bool:
    """A force noun right after token `i` of `toks` ('two forces', 'three police forces',
    'the following constabularies'): 'police' at most between."""
    after = [t.lower_ for t in toks[i + 1 : i + 3]]
    if after[:1] == ["police"]:
        after = after[1:]
    return bool(after) and after[0] in nouns


def _counted_forces(sent: Sent) -> bool:
    """'Three forces have been issued with reprimands', 'the ICO gave reprimands to two police
    forces', 'reprimands issued to the following forces': a counted group of forces (a number
    word, cues.toml [roles] `group_sizes`, digits or 'the following', right before the plural
    force noun, `force_noun_after`) is so many forces, each with its sanction -- not
    sanctions in general ('fines on police forces are rare')."""
    sizes = load_toml("cues.toml", data_dir_of(sent))["roles"]["group_sizes"]
    toks = [t for t in sent.span if not (t.is_space or t.is_punct)]
    return any(
        (
            tok.lower_ in sizes
            or tok.is_digit
            or (tok.lower_ == "following" and i > 0 and toks[i - 1].lower_ == "the")
        )
        and force_noun_after(toks, i)
        for i, tok in enumerate(toks)
    )


def _regulators_findings(sent: Sent) -> list[Span]:
    """'The Police Ombudsman has found', 'the IOPC's findings', 'upheld by the IOPC': findings
    with their regulator right before them (a few words) or named right after them."""
    doc = sent.span.doc
    out = []
    directions = sent.cues.get("actions.directions", [])
    for cue in [*sent.cues.get("actions.findings", []), *directions]:
        if _finds_nothing_to_do(sent, cue):
            continue  # "the ICO, which concluded that no further action was required"
        if any(d is cue for d in directions) and _hands_on(sent, cue):
            continue  # "the IOPC directed that the force carry out the investigation itself"
        for r in sent.regulators:
            before = 0 <= cue.start - r.end <= 2 and not any(
                t.lower_ in _COORDINATING for t in doc[r.end : cue.start]
            )  # not "reported to the ICO and was found": a second act, not the ICO's
            after = (
                cue.end <= r.start <= cue.end + 2 and doc[cue.end].lower_ in {"by", "of"}
            ) or _found_by(sent, cue, r)
            if any(d is cue for d in directions):
                before = before or _direction_given(sent, r, cue)
                after = after or (
                    cue.end <= r.start <= cue.end + 2 and doc[cue.end].lower_ == "from"
                )
            if (before or after) and sent.asserted(r):
                out.append(cue)
                break
        else:
            if _regulator_quoted(sent, cue):
                out.append(cue)  # the IOPC's director said: "We found the officer ..."
    return out


_FOUND_BY_REACH = 10  # "found | in breach of the Data Protection Act | by | the ICO"


def _found_by(sent: Sent, cue: Span, r: Span) -> bool:
    """A passive finding whose agent comes after what was found ('the force has been found in
    breach of the Data Protection Act by the ICO'): 'been' or 'was' right before 'found',
    'by' right before the regulator a few words on, no punctuation, coordination or other
    body between."""
    doc = sent.span.doc
    if cue.start < 1 or doc[cue.start - 1].lower_ not in {"been", "was", "were", "is", "be"}:
        return False
    by = r.start - 1
    if by > cue.end and doc[by].lower_ == "the":
        by -= 1  # "by the ICO"
    if not (cue.end < by < cue.end + _FOUND_BY_REACH) or doc[by].lower_ != "by":
        return False
    between = doc[cue.end : by]
    if any(t.is_punct or t.lower_ in _COORDINATING for t in between):
        return False
    others = [*sent.forces, *sent.regulators, *sent.cues.get("roles.organisation", [])]
    return not any(cue.end <= b.start < by for b in others)


def _direction_given(sent: Sent, r: Span, cue: Span) -> bool:
    """'The IOPC issued a practice recommendation to the force', 'the Ombudsman has made
    several recommendations': the regulator, then a verb of giving (`directions.giving`,
    auxiliaries before it), then the direction noun with at most a few words of its own
    between (no comma, no coordination, no other body)."""
    doc = sent.span.doc
    data = load_toml("actions.toml", data_dir_of(sent)).get("directions", {})
    giving = set(data.get("giving", []))
    reach = int(data.get("reach", 4))
    between = doc[r.end : cue.start]
    if not 0 < len(between) <= reach + 2:
        return False
    if any(t.is_punct or t.lower_ in _COORDINATING for t in between):
        return False
    if any(r2.start >= r.end and r2.end <= cue.start for r2 in sent.regulators):
        return False
    verbs = [t for t in between if t.lemma_.lower() in giving]
    if not verbs:
        return False
    v = verbs[0]
    aux = set(data.get("auxiliaries", []))
    if not all(t.lower_ in aux for t in doc[r.end : v.i]):
        return False
    return cue.start - v.i - 1 <= reach


def _hands_on(sent: Sent, cue: Span) -> bool:
    """A direction whose content is an inquiry for another to run ('the IOPC directed that
    the force's professional standards department carry out the investigation', 'PIRC
    recommended that the force look into it again'): an inquiry word after it in the
    sentence -- the regulator decided who looks into it, it did not."""
    return any(c.start >= cue.end for c in sent.cues.get("actions.investigation", []))


_FINDING_REACH = 3  # "concluded | that there was | no further action"
_FINDING_GLUE = {"that", "there", "was", "were", "is", "it", "would", "be", "should"}


def _finds_nothing_to_do(sent: Sent, cue: Span) -> bool:
    """Findings whose content is the closing itself ('concluded that no further action was
    required', 'found no further action was necessary'): the regulator weighed what it was
    told and closed it -- the closing tells the outcome, not an inquiry's findings."""
    doc = sent.span.doc
    for c in sent.cues.get("regulator.closed", []):
        if cue.end <= c.start <= cue.end + _FINDING_REACH and all(
            t.lower_ in _FINDING_GLUE for t in doc[cue.end : c.start]
        ):
            return True
    return False


_SANCTIONS = {"monetary_penalty", "enforcement_notice", "reprimand", "undertaking"}
_OBJECT_REACH = 4  # "fined | the | Kent Police and Crime Commissioner"


def _sanctions_another(sent: Sent, cue: Span) -> bool:
    """A sanction whose patient is another body: an organisation that is no force, or a
    force's name inside a longer one -- the object of the verb in the active ('the ICO fined
    the Kent Police and Crime Commissioner £10,000 and reprimanded the force'), the subject
    of it in the passive ('the Police and Crime Commissioner was fined and the force was
    reprimanded'), or the noun's recipient ('a fine on the council', 'handed a penalty to
    the commissioner', 'issued the commissioner with a fine'): that body's sanction, not
    the force's. Not a force or 'the force' ('fined Kent Police', 'reprimanded the force and
    the council')."""
    doc = sent.span.doc
    lo, hi = clause_bounds(sent, cue.start)
    hi = min(hi, sent.span.end)
    verb = cue[0]
    after: tuple[int, int] | None = None
    before: tuple[int, int] | None = None
    received = False
    if is_passive(cue[:1]):
        before = (lo, cue.start)  # "the commissioner was fined"
    elif verb.lower_.endswith("ed"):
        after = (cue.end, min(hi, cue.end + _OBJECT_REACH))  # "fined the commissioner"
    elif cue.end < hi and doc[cue.end].lower_ in _PATIENT_LINKS:
        after = (cue.end + 1, min(hi, cue.end + 1 + _OBJECT_REACH))  # "a fine on the council"
    else:
        w = next(
            (
                i
                for i in range(cue.start - 1, max(lo, cue.start - 3) - 1, -1)
                if doc[i].lower_ == "with"
            ),
            None,
        )
        if w is not None:
            before = (max(lo, w - _OBJECT_REACH), w)  # "issued the council with a fine"
        else:
            got = _receiving_verb(sent, lo, cue)
            if got is not None:
                before = (lo, got)  # "the commission received an enforcement notice"
                received = True
    if after is None and before is None:
        return False
    others = set(load_toml("actions.toml", data_dir_of(sent)).get("another", {}).get("words", []))
    if after is not None and after[0] < after[1] and doc[after[0]].lower_ in others:
        return True  # "has fined other forces": some other force's sanction
    if after is not None and _forces_in_general(sent, after):
        return True  # "has reprimanded several forces": a count of others, no one named
    forces = [*sent.forces, *sent.cues.get("roles.force_anaphor", [])]
    bodies = [*forces, *sent.regulators, *sent.cues.get("roles.organisation", [])]
    if after is not None:
        inside = [b for b in bodies if after[0] <= b.start < after[1]]
        if not inside:
            return False
        first = min(inside, key=lambda b: (b.start, -b.end))
        if any(t.lower_ in _COORDINATING for t in doc[after[0] : first.start]):
            return False
    else:
        assert before is not None
        inside = [b for b in bodies if before[0] <= b.start and b.end <= before[1]]
        if not inside:
            return False
        first = max(inside, key=lambda b: (b.end, b.end - b.start))
        if any(t.lower_ in _COORDINATING for t in doc[first.end : before[1]]):
            return False
    if any(f is first for f in sent.forces):
        return in_longer_name(sent, first)
    if received and any(r is first for r in sent.regulators):
        return True  # "the IPCC received an enforcement notice": a regulator sanctioned
    return not any(f.start <= first.start < f.end for f in forces) and not any(
        r is first for r in sent.regulators
    )


_PATIENT_LINKS = {"on", "to", "against"}
_RECEIVING = {"receive", "get"}
_RECEIVED_REACH = 3  # "received | a formal | enforcement notice"


def _receiving_verb(sent: Sent, lo: int, cue: Span) -> int | None:
    """Where a verb of receiving stands right before the sanction's noun ('the commission
    received an enforcement notice', 'a council got a reprimand'), only its object's words
    between: its subject is who was sanctioned."""
    doc = sent.span.doc
    for i in range(cue.start - 1, max(lo, cue.start - 1 - _RECEIVED_REACH) - 1, -1):
        t = doc[i]
        if t.lemma_.lower() in _RECEIVING:
            return i
        if t.is_punct:
            return None
    return None


def _forces_in_general(sent: Sent, span: tuple[int, int]) -> bool:
    """A sanction's object that counts forces without naming one ('the ICO has reprimanded
    several forces over similar errors', 'has fined a number of police forces', 'it
    reprimanded three forces last year'): a quantifier (actions.toml [another]
    `quantifiers`) or a number, then a plural force noun within a word or two, and no force
    named in the object ('fined several forces, including Kent Police' names its own)."""
    doc = sent.span.doc
    lo, hi = span
    quantifiers = set(
        load_toml("actions.toml", data_dir_of(sent)).get("another", {}).get("quantifiers", [])
    )
    k = lo
    if k < hi and doc[k].lower_ == "a" and k + 2 < hi and doc[k + 2].lower_ == "of":
        k += 3  # "a number of", "a handful of"
    elif k < hi and (doc[k].lower_ in quantifiers or doc[k].like_num):
        k += 1
    else:
        return False
    plural = any(doc[i].lower_ in _PLURAL_FORCE_NOUNS for i in range(k, min(hi, k + 2)))
    if not plural:
        return False
    return not any(lo <= f.start < sent.span.end for f in sent.forces)


_PLURAL_FORCE_NOUNS = {"forces", "constabularies"}


def actions_in(sent: Sent, require_regulator: bool = True) -> list[tuple[str, Span]]:
    """Actions a sentence reports as done, most severe first."""
    out: list[tuple[str, Span]] = []
    for action in severity(sent):
        cues = sent.cues.get(f"actions.{action}", [])
        if action == "investigation":
            out.extend((action, c) for c in _regulators_findings(sent) if sent.asserted(c))
        for cue in cues:
            if any(r.start <= cue.start < r.end for r in sent.regulators):
                continue  # "the Police Investigations and Review Commissioner": its name
            if not _stated(sent, cue) or (action != "investigation" and _generic(sent, cue)):
                continue  # "making enquiries" is plural and specific; its actor is checked
            if not_done(sent, cue) or _denied_purpose(sent, cue):
                continue  # "failed to report it to the ICO", "no need for an investigation"
            if action in {"investigation", "referral"} and in_general(sent, cue):
                continue  # "the IOPC carries out hundreds of investigations a year"
            if action == "investigation" and _any_inquiry(sent, cue):
                continue  # "would co-operate with any ICO inquiry": none said to be under way
            if action in {"investigation", "referral"} and _other_matter(sent, cue):
                continue  # "under investigation by the IOPC over a separate matter"
            if action in _SANCTIONS and _short_of(sent, cue):
                continue  # "a formal warning short of a fine": the step not taken
            if action in _SANCTIONS and _stood_in_for(sent, cue):
                continue  # "a reprimand in lieu of a fine", "escaped a fine": not imposed
            if action in _SANCTIONS and _subject_of_unreal(sent, cue):
                continue  # "a fine of £400,000 would have been appropriate": not imposed
            if action in _SANCTIONS and modal_perfect(sent, cue):
                continue  # "would ordinarily have fined it", "a fine could have been justified"
            if action in _SANCTIONS and judged_only(sent, cue):
                continue  # "merited a fine, but it chose to issue a reprimand": passed over
            if action == "monetary_penalty" and offence_fine(sent, cue):
                continue  # "the contractor that processes parking fines": the public's
            if action in _SANCTIONS and _predicted(sent, cue):
                continue  # "a fine from the ICO was likely": a forecast
            if action == "monetary_penalty" and not _penalty_on_someone(sent, cue):
                continue  # "tougher penalties are needed", a court fine on an individual
            if action == "reprimand" and _on_a_person(sent, cue):
                continue  # "the constable was given a reprimand": discipline, no regulator's
            if action in _SANCTIONS and _sanctions_another(sent, cue):
                continue  # "fined the council and reprimanded the force": the council's fine
            if action in _SANCTIONS and _decision_pending(sent):
                # "representations about the level of the fine before a final decision": the
                # notice-of-intent stage, the regulator still weighing the case
                out.append((_PROPOSED_STAGE, cue))
                continue
            if action == "monetary_penalty" and fine_undone(sent):
                # "the ICO fined the force, but the penalty was later withdrawn": undone, the
                # regulator's inquiry stays (as for a fine undone in a later sentence)
                out.append((_PROPOSED_STAGE, cue))
                continue
            if action == "investigation" and require_regulator:
                asker = requested(sent, cue)
                if asker == "force":
                    out.append((_REFERRAL, cue))  # "the force asked the ICO to look into it"
                if asker is not None:
                    continue  # "campaigners called on the ICO to investigate": asked, not done
            if action == "investigation":
                runner = _carried_out_by(sent, cue)
                if runner == "other" and not (
                    _weighing(cue) and _regulator_in_clause(sent, cue, as_actor=True)
                ):
                    continue  # a regulator named elsewhere does not make it the regulator's
                    # (but "the ICO is assessing information provided by the force": the
                    # one who sent it)
                near = (
                    runner == "regulator"
                    or _regulator_in_clause(sent, cue, as_actor=True)
                    or (
                        _first_person(sent, cue)
                        and not _force_speaks(sent, cue)
                        and not _we_told_regulator(sent, cue)
                    )
                    or _regulator_quoted(sent, cue)  # the ICO said: "we are making enquiries"
                    or _its_inquiry(sent, cue)  # "the ICO ... after its investigation"
                )
                if require_regulator and not near:
                    continue
                own = cue.start > 0 and cue.doc[cue.start - 1].lower_ == "own"
                if own and not _regulators_own(sent, cue):
                    continue  # "the force's own investigation"
                if cue.start > 0 and cue.doc[cue.start - 1].lower_ == "internal":
                    continue
                if handed_to_force(sent, cue):
                    continue  # "passed it back to the force to investigate": the force's
                if _weighing(cue):
                    # "the data watchdog is assessing a report from the force": the regulator
                    # weighs what it was told -- it was told, no inquiry yet
                    out.append((_REFERRAL, cue))
                    continue
            if action == "referral" and require_regulator and not _regulator_in_clause(sent, cue):
                continue
            if action == "referral" and _regulator_refers_on(sent, cue):
                out.append(("investigation", cue))  # "PIRC referred the case to the Crown
                continue  # Office": its inquiry's outcome, no telling of a regulator
            if action == "referral" and _regulator_tells(sent, cue):
                continue  # "the ICO will inform the force of its decision": it tells
            if action == "referral" and _partitive_after(sent, cue.end):
                continue  # "the force notified the ICO about 11 of them": so many breaches
            if action == "referral" and _not_done_so(sent, cue.end):
                continue  # "was required to report it to the ICO but did not do so"
            if action == "referral" and _to_come(sent, cue):
                continue  # "the force said it would notify the ICO": planned, not done
            if action == "referral" and _referral_spoken_of(cue):
                continue  # "did not meet the threshold for referral to the IOPC"
            out.append((action, cue))
    if _REPRIMAND in severity(sent):
        out.extend((_REPRIMAND, v) for v in regulator_rebukes(sent))
    if _ENFORCEMENT in severity(sent):
        out.extend((_ENFORCEMENT, v) for v in regulator_orders(sent))
    if "investigation" in severity(sent):
        out.extend(("investigation", v) for v in regulator_asks_account(sent))
    weighed = (
        sent.has("regulator.closed")
        or sent.has(_DECISION)
        or any(sent.has(f"actions.{a}") for a in severity(sent))
        or _tells(sent)
    )
    if not out and require_regulator and not weighed:
        out.extend(_learned_actions(sent))
    order = severity(sent)
    out.sort(key=lambda a: order.index(a[0]))
    return out


_DECISION = "regulator.decision"  # cues.toml: a regulator's decision, to come or outcomeless


def involvement_cues(sent: Sent) -> list[Span]:
    """The cues of a regulator dealing with the breach (cues.toml `involved`), its decision
    still to come or told with no outcome (`decision`: 'the ICO will decide whether to take
    action', 'the ICO closed the case') among them."""
    return sorted(
        [*sent.cues.get("regulator.involved", []), *sent.cues.get(_DECISION, [])],
        key=lambda c: (c.start, c.end),
    )


_TELLING_LISTS = ("to_recipient", "with_recipient", "direct_object", "passive", "implied_recipient")


def _tells(sent: Sent) -> bool:
    """A word of telling (actions.toml [told]) in the sentence: who told whom ('the ICO was
    told', 'should be informed', 'the watchdog informed the constabulary', 'liaising with
    the watchdog') is the rules' reading, a referral or none."""
    told = _told(data_dir_of(sent))
    words = {w for key in _TELLING_LISTS for w in told.get(key, [])}
    return any(t.norm_ in words for t in sent.span)


def _learned_actions(sent: Sent) -> list[tuple[str, Span]]:
    """Where no cue of an action is in a sentence that names a regulator, the action
    classifier's (`extract/action_model.py`) reading, for the actions `[learned] actions` of
    actions.toml lets it give, at `threshold` or above: "the data watchdog is looking into
    what went wrong". The regulator named is the action's span, so it is the one acting;
    a regulator named only in a negated or hypothetical scope gives nothing. A cue the rules
    weighed and set aside ("the inquiry [the force's own] goes on and its findings
    will go to the ICO in due course"), a word of telling (`_tells`), a regulator closing
    the matter ("went over it and chose to take no action", cues.toml `closed`) and one
    whose decision is still to come or told with no outcome ("is weighing whether any action
    is needed", "has closed the file", `decision`) are their decision: the classifier cannot
    see whose inquiry a word refers back to, that looking ended in nothing, nor that weighing
    whether to act is no inquiry. The classifier reads the sentence with every regulator
    masked (`extract.action_model.masked`), so a name alone ("The ICO said so.") tells it
    nothing."""
    learned = load_toml("actions.toml", data_dir_of(sent)).get("learned", {})
    allowed = learned.get("actions", [])
    named = [r for r in sent.regulators if sent.asserted(r)]
    if not allowed or not named:
        return []
    if _words_of_its_own(sent) < int(learned.get("least_words", 0)):
        return []  # "Regulator: ICO", "What is the ICO?", "The ICO added:"
    if _defines_regulator(sent):
        return []  # "The ICO is the body that upholds information rights."
    [probs] = action_scores([sent.span], data_dir_of(sent))
    least = float(learned.get("threshold", 1.0))
    return [(a, named[0]) for a in allowed if probs.get(a, 0.0) >= least]


def _defines_regulator(sent: Sent) -> bool:
    """A regulator's name right before words that say what the body is (cues.toml
    [regulator] `defining`: 'the ICO is the body that upholds information rights', 'the IOPC, which
    is an independent body'), a comma between them or not: a definition tells nothing the
    regulator did."""
    doc = sent.span.doc
    for cue in sent.cues.get("regulator.defining", []):
        at = cue.start
        while at > sent.span.start and doc[at - 1].text == ",":
            at -= 1
        if any(r.end == at for r in sent.regulators):
            return True
    return False


def _words_of_its_own(sent: Sent) -> int:
    """The sentence's words besides its regulators' names: lower-case words that are no
    function word. A line that is only a name with a label, a date or a speaker's lead ("News
    release | Information Commissioner's Office | 3 May", "What is the ICO?", "The ICO
    added:") tells nothing the regulator did; the classifier's answer there would be
    only what it makes of the masked name."""
    inside = {i for r in sent.regulators for i in range(r.start, r.end)}
    return sum(
        1 for t in sent.span if t.i not in inside and t.is_alpha and t.is_lower and not t.is_stop
    )


_ENFORCEMENT = "enforcement_notice"  # actions.toml's name for an order to the force
_REPRIMAND = "reprimand"  # actions.toml's name for a rebuke of the force
_REBUKE_REACH = 6  # "warned | Wiltshire Police's chief constable | over"
_ORDER_REACH = 6  # "ordered | Wiltshire Police's chief constable | to"


def regulator_rebukes(sent: Sent) -> list[Span]:
    """'The ICO warned the force', 'Kent Police was rebuked by the data watchdog', 'the force
    has been told to improve by the ICO': a regulator, as a fact, rebukes the force -- a
    reprimand in the reporter's words. The regulator is the verb's subject (only auxiliaries
    between) or its agent after it ('by the ICO'); the one rebuked is the force or a pronoun,
    before the verb in the passive or after it in the active. A 'told' rebukes only with 'to'
    and a verb of doing better ('told to improve'). Only the body that issues reprimands
    (`sole_issuer_of`). Not a rebuke proposed or denied ('could warn the force'), nor a
    warning of what may come or advice to all ('warned the force that it could be fined',
    'warned forces to encrypt laptops')."""
    data = load_toml("actions.toml", data_dir_of(sent)).get("rebuke", {})
    issuers = set(_issuers(data_dir_of(sent)).get(_REPRIMAND, []))
    regulators = [r for r in sent.regulators if r.label_ in issuers]
    if not data or not regulators or not sent.forces and not _force_word(sent):
        return []
    doc = sent.span.doc
    order = load_toml("actions.toml", data_dir_of(sent)).get("order", {})
    aux = set(order.get("auxiliaries", []))
    ordered = set(order.get("ordered", []))
    forces = {i for f in sent.forces for i in range(f.start, f.end)}
    verbs, told = set(data["verbs"]), set(data["told"])
    better = [b.split() for b in data["better"]]
    out = []
    for t in sent.span:
        if t.norm_ not in verbs and t.norm_ not in told:
            continue
        if t.lower_ == t.norm_ or t.lower_.endswith("ing"):
            continue  # "a warning", "could warn": no rebuke told done
        verb = doc[t.i : t.i + 1]
        if not sent.asserted(verb):
            continue
        k = _before_auxiliaries(sent, t.i, aux)
        subject = _subject_before(doc, regulators, k)
        after = t.i + 1
        if subject is None:
            if not is_passive(verb) or k < sent.span.start:
                continue
            # the one rebuked is the passive's subject: the force or "it" before the verb
            if not (k in forces or doc[k].lower_ in ordered):
                continue
            j = after
            while j < sent.span.end and not doc[j].is_punct and doc[j].lower_ != "by":
                j += 1  # "told to improve by the ICO"
            agent = next((r for r in regulators if j + 1 <= r.start <= j + 2), None)
            if j >= sent.span.end or doc[j].lower_ != "by" or agent is None:
                continue
            rest = agent.end if j == after else after  # "told by the ICO to improve"
        else:
            i = after
            stop = min(sent.span.end - 1, i + _REBUKE_REACH)
            while i < stop and (i in forces or doc[i].lower_ in ordered or doc[i].text == "'s"):
                i += 1
            if i == after:
                continue  # "the ICO warned that ...": no one rebuked
            if doc[after].lower_ in {"them", "its"}:
                continue
            rest = i
        if t.norm_ in told:
            duty = _told_must(sent, rest, data, ordered)
            if duty is not None:
                rest = duty  # "told that it must improve": "must" stands for the "to"
            elif rest >= sent.span.end or doc[rest].lower_ != "to":
                continue
            words = [w.norm_ for w in doc[rest + 1 : min(sent.span.end, rest + 6)]]
            if not any(words[: len(b)] == b for b in better):
                continue
        elif rest < sent.span.end and doc[rest].lower_ in data["not_rebukes"]:
            continue
        out.append(verb)
    return out + _warnings_given(sent, data, regulators)


def _told_must(sent: Sent, rest: int, data: dict, ordered: set[str]) -> int | None:  # type: ignore[type-arg]
    """'Told (by the ICO) that it must improve', 'told the force it needed to tighten ...':
    the telling's content is a duty of doing better laid on the force (`must`). The token of
    the duty's last word, which stands where the 'to' of 'told to improve' would (a verb of
    doing better must follow it), or None when the words are no such duty."""
    doc = sent.span.doc
    end = sent.span.end
    i = rest
    if i < end and doc[i].lower_ == "that":
        i += 1
    j = i
    while j < end and doc[j].lower_ in ordered:
        j += 1
    bound = i == rest > sent.span.start and (
        doc[rest - 1].lower_ in ordered or any(f.end == rest for f in sent.forces)
    )  # "told the force it must": the one bound already passed
    if j == i and not bound:
        return None  # "told that improvements were needed": no one bound
    for m in data.get("must", []):
        words = m.split()
        if [w.lower_ for w in doc[j : j + len(words)]] == words:
            return j + len(words) - 1
    return None


def _warnings_given(sent: Sent, data: dict, regulators: list[Span]) -> list[Span]:  # type: ignore[type-arg]
    """A rebuke told as a noun ('the force was given a formal warning by the ICO', 'the ICO
    issued the force with a formal warning', 'received a formal warning from the data
    watchdog'): a warning noun after a verb of giving in its clause, the regulator the
    giver (the verb's subject, or named right after the noun with 'by' or 'from'), the force
    or 'it' the one warned, named before the noun and nearer than any person ('an officer
    was given a formal warning' is discipline). Not a warning of what may come or to all
    ('a warning that it could be fined', 'a warning to forces')."""
    doc = sent.span.doc
    nouns = set(data.get("warning_nouns", []))
    giving = set(data.get("giving", []))
    out = []
    for t in sent.span:
        if t.lower_ not in nouns or not sent.asserted(doc[t.i : t.i + 1]):
            continue
        lo, hi = clause_bounds(sent, t.i)
        verbs = [g for g in doc[max(lo, t.i - _REBUKE_REACH) : t.i] if g.norm_ in giving]
        if not verbs:
            continue
        g = verbs[0]
        nxt = doc[t.i + 1].lower_ if t.i + 1 < sent.span.end else ""
        named_after = _warned_after(sent, t.i + 1, hi, data) if nxt == "to" else None
        if nxt in data["not_rebukes"] and named_after is None:
            continue
        giver = None
        for r in regulators:
            if not sent.asserted(r) or not lo <= r.start < hi:
                continue
            if r.end <= g.i and all(w.lower_ in _REBUKE_AUX for w in doc[r.end : g.i]):
                giver = r  # "the ICO has issued the force with a formal warning"
            elif t.i < r.start <= t.i + 3 and any(
                w.lower_ in {"by", "from"} for w in doc[t.i + 1 : r.start]
            ):
                giver = r  # "given a formal warning by the ICO"
        if giver is None:
            continue
        forces = [f for f in sent.forces if lo <= f.start < t.i]
        forces += [doc[w.i : w.i + 1] for w in doc[lo : t.i] if w.lower_ in _WARNED_WORDS]
        if named_after is not None:
            forces = [named_after]  # "issued a formal warning to the force"
        persons = [p for p in sent.cues.get("money.person", []) if lo <= p.start < t.i]
        if not forces:
            continue
        if persons and max(p.end for p in persons) > max(f.end for f in forces):
            continue  # "the force said an officer was given a formal warning"
        out.append(doc[t.i : t.i + 1])
    return out


def _warned_after(sent: Sent, to: int, hi: int, data: dict) -> Span | None:  # type: ignore[type-arg]
    """The force named as the one warned right after the warning's 'to' ('issued a formal
    warning to the force', 'a warning to Kent Police'): its name or 'the force' /
    'the constabulary', then nothing that makes the warning one of what may come ('a warning
    to the force that it could be fined'). Not 'a warning to forces', 'to all forces'."""
    doc = sent.span.doc
    i = to + 1
    if i < hi and doc[i].lower_ == "the":
        i += 1
    if i >= hi:
        return None
    named = next((f for f in sent.forces if f.start in {to + 1, i}), None)
    if named is None and doc[i].lower_ in _WARNED_WORDS - {"it"}:
        named = doc[i : i + 1]
    if named is None:
        return None
    if named.end < sent.span.end and doc[named.end].lower_ in data["not_rebukes"]:
        return None
    return named


# Words between a regulator and its verb of giving ("the ICO has now issued").
_REBUKE_AUX = {"has", "have", "had", "now", "also", "formally", "since", "later", "then"}


def _before_auxiliaries(sent: Sent, i: int, aux: set[str]) -> int:
    """The token before the auxiliaries right before the verb at `i` ("the ICO has now
    issued": 'ICO'), where the verb's subject ends; the sentence's start less one when none."""
    doc = sent.span.doc
    k = i - 1
    while k >= sent.span.start and doc[k].lower_ in aux:
        k -= 1
    return k


def regulator_asks_account(sent: Sent) -> list[Span]:
    """'The ICO has written to the force asking for more information', 'the watchdog has
    asked Kent Police to explain what went wrong', 'the ICO said it had requested a full
    report from the force': a regulator, as a fact, asks the force for its account of the
    breach -- its enquiry, an investigation in the reporter's words (actions.toml [enquire]).
    The regulator is the verb's subject, auxiliaries between, or 'it' after it and a verb of
    saying; the force (by name, 'the force', 'it') is asked, before the account word or right
    after it ('from the force'). Not a regulator asked by others ('campaigners asked the ICO
    for an inquiry': it is no subject), one asking the public or forces in general, nor a
    request denied or to come ('has not asked', 'may ask')."""
    actions = load_toml("actions.toml", data_dir_of(sent))
    data, order = actions.get("enquire", {}), actions.get("order", {})
    saying = set(actions.get("told", {}).get("saying", []))
    regulators = [r for r in sent.regulators if sent.asserted(r)]
    if not data or not regulators:
        return []
    doc = sent.span.doc
    aux = set(order.get("auxiliaries", []))
    asked_words = set(order.get("ordered", [])) - set(data.get("not_asked", []))
    forces = {i for f in sent.forces for i in range(f.start, f.end)}
    verbs, accounts = set(data["verbs"]), set(data["accounts"])
    between = set(data["between"]) | set(order.get("ordered", []))
    reach = int(data.get("reach", 8))
    out = []
    for t in sent.span:
        if t.norm_ not in verbs or t.lower_ == t.norm_:
            continue  # "may ask", "to request": no asking told done
        verb = doc[t.i : t.i + 1]
        if not sent.asserted(verb):
            continue
        k = _before_auxiliaries(sent, t.i, aux)
        if _subject_before(doc, regulators, k) is None and not _regulator_says(
            sent, regulators, k, saying
        ):
            continue
        end = min(sent.span.end, t.i + 1 + reach)
        asked = False
        for i in range(t.i + 1, end):
            word = doc[i]
            if i in forces or word.lower_ in asked_words:
                asked = True
                continue
            if word.norm_ in accounts:
                after = doc[i + 1 : min(sent.span.end, i + 5)]
                told_from = any(a.i in forces or a.lower_ in asked_words for a in after)
                if asked or (told_from and any(a.lower_ == "from" for a in after)):
                    out.append(verb)
                break
            if word.lower_ not in between:
                break
    return out


# Words for the force as the one warned, besides its name.
_WARNED_WORDS = {"force", "constabulary", "it"}


def _short_of(sent: Sent, cue: Span) -> bool:
    """The sanction is the step above the one taken: 'a formal warning short of a fine',
    'stopped short of a monetary penalty' -- not 'nothing short of a fine' (one was), nor
    'fell short of the rules' (no sanction word)."""
    doc = cue.doc
    i = cue.start - 1
    while i > sent.span.start and doc[i].lower_ in _SHORT_OF_FILLERS:
        i -= 1
    return (
        i - 1 >= sent.span.start
        and doc[i].lower_ == "of"
        and doc[i - 1].lower_ == "short"
        and (i - 2 < sent.span.start or doc[i - 2].lower_ != "nothing")
    )


_STOOD_IN_REACH = 4  # "in lieu of | a | £250,000 | monetary | fine"
_STOOD_IN_FILLERS = {
    "a",
    "an",
    "the",
    "any",
    "its",
    "potential",
    "possible",
    "formal",
    "financial",
    "monetary",
    "proposed",
    "hefty",
    "large",
    "big",
}


def _stood_in_for(sent: Sent, cue: Span) -> bool:
    """The sanction another stood in for or the force was spared ('a reprimand in lieu of a
    £250,000 fine', 'escaped a fine', 'was spared a monetary penalty'): a cue of
    cues.toml [money] escaped right before it, only determiners, adjectives, an amount and the
    regulator's name between ('avoided an ICO fine', 'escaped the watchdog's penalty')."""
    doc = sent.span.doc
    in_money = {i for m in sent.money for i in range(m.start, m.end)}
    # the regulator named as the fine's owner ("avoided an ICO fine", "escaped a data
    # watchdog penalty", "was spared the Information Commissioner's fine") is no more than an
    # adjective: its words (and a possessive after it) neither stop nor use up the reach
    in_reg = {i for r in sent.regulators for i in range(r.start, r.end)}
    for e in sent.cues.get("money.escaped", []):
        between = doc[e.end : cue.start]
        named = sum(1 for t in between if t.i in in_reg or (t.norm_ == "'s" and t.i - 1 in in_reg))
        if not (e.end <= cue.start <= e.end + _STOOD_IN_REACH + named):
            continue
        if all(
            t.i in in_money
            or t.i in in_reg
            or (t.norm_ == "'s" and t.i - 1 in in_reg)
            or t.lower_ in _STOOD_IN_FILLERS
            for t in between
        ):
            return True
    return False


def _predicted(sent: Sent, cue: Span) -> bool:
    """The sanction the subject of a forecast ('a fine from the ICO was likely', 'a reprimand
    seems probable'): the sanction as a noun with an indefinite determiner ("the fine is
    expected to be paid" is one had), a verb of being (actions.toml [predicted]) a few words
    after it in its clause, and a word of likelihood right after that."""
    data = load_toml("actions.toml", data_dir_of(sent)).get("predicted", {})
    doc = sent.span.doc
    if cue.start > sent.span.start and doc[cue.start - 1].lower_ not in _NOUN_DETERMINERS:
        return False
    lo, hi = clause_bounds(sent, cue.start)
    for i in range(cue.end, min(hi, sent.span.end, cue.end + _PREDICTED_REACH)):
        if doc[i].is_punct:
            return False
        if doc[i].lemma_ in data.get("verbs", []):
            words = [t.lower_ for t in doc[i + 1 : min(sent.span.end, i + 4)]]
            while words[:1] and words[0] in _DEGREE:
                words = words[1:]
            return any(words[: len(w.split())] == w.split() for w in data.get("words", []))
    return False


_NOUN_DETERMINERS = {"a", "an", "any", "another", "further"}  # a sanction not yet had
_DEGREE = {"very", "highly", "now", "increasingly", "also", "still", "more", "most", "quite"}
_PREDICTED_REACH = 6  # "a fine | from the data watchdog | was likely"


# Words between "short of" and the sanction: "short of a formal monetary penalty".
_SHORT_OF_FILLERS = {"a", "an", "the", "any", "formal", "actual", "financial", "monetary"}


def _subject_before(doc: Doc, regulators: list[Span], k: int) -> Span | None:
    """The regulator that is the subject of a verb whose auxiliaries start after `k`: right
    before it ('the ICO ordered'), or through a relative pronoun ('the ICO, which also
    ordered', 'reprimanded by the ICO, which ordered it to delete the data')."""
    subject = next((r for r in regulators if r.end - 1 == k), None)
    if subject is None and k >= 1 and doc[k].lower_ in {"which", "who"}:
        j = k - 1 if doc[k - 1].lower_ == "," else k
        subject = next((r for r in regulators if r.end == j), None)
    return subject


def _force_word(sent: Sent) -> bool:
    """The sentence speaks of 'the force' or 'the constabulary' without naming it."""
    return any(t.lower_ in {"force", "constabulary"} for t in sent.span)


def regulator_orders(sent: Sent) -> list[Span]:
    """'The ICO has ordered the force to delete the images', 'the force was ordered by the
    Information Commissioner's Office to clear its backlog': a regulator, as a fact, orders
    the force to act -- an enforcement notice in the reporter's words. The regulator is the
    verb's subject (only auxiliaries between) or its agent right after it ('by the ICO'),
    the ones ordered the force or a pronoun, and 'to' then a verb not 'pay' (an order to pay
    a sum is a fine's). Only the body that serves enforcement notices (`sole_issuer_of`).
    Not a court's order, a proposed or denied one ('could order the force to ...', 'has not
    ordered'), nor an order noun ('a court order')."""
    data = load_toml("actions.toml", data_dir_of(sent)).get("order", {})
    # only the body that serves enforcement notices ('the Ombudsman ordered the force to
    # reopen the complaint' is an inquiry's outcome, not this)
    issuers = set(_issuers(data_dir_of(sent)).get(_ENFORCEMENT, []))
    regulators = [r for r in sent.regulators if r.label_ in issuers]
    if not data or not regulators:
        return []
    doc = sent.span.doc
    aux = set(data["auxiliaries"])
    ordered = set(data["ordered"])
    forces = {i for f in sent.forces for i in range(f.start, f.end)}
    out = []
    for t in sent.span:
        if t.lower_ not in data["verbs"]:
            continue
        verb = doc[t.i : t.i + 1]
        if not sent.asserted(verb) or sent.has("money.court"):
            continue
        k = _before_auxiliaries(sent, t.i, aux)
        subject = _subject_before(doc, regulators, k)
        agent = None
        if subject is None and t.i + 1 < sent.span.end and doc[t.i + 1].lower_ == "by":
            agent = next((r for r in regulators if t.i + 2 <= r.start <= t.i + 3), None)
        if subject is None and agent is None:
            continue
        i = agent.end if agent is not None else t.i + 1
        stop = min(sent.span.end - 1, i + _ORDER_REACH)
        while i < stop and (i in forces or doc[i].lower_ in ordered or doc[i].text == "'s"):
            i += 1
        if doc[i].lower_ != "to" or i + 1 >= sent.span.end:
            continue
        if subject is not None and i == t.i + 1:
            continue  # "the ICO ordered to ...": no one ordered
        following = doc[i + 1]
        if following.norm_ in data["not_orders"] or not following.is_alpha:
            continue
        if following.lower_ in {"the", "a", "an"} or following.is_title:
            continue  # "ordered the files to the ICO": a destination, not an act
        out.append(verb)
    return out


@cache
def _request(data_dir: str | None) -> dict:  # type: ignore[type-arg]
    """actions.toml [request]; a data folder without it asks nothing."""
    return load_toml("actions.toml", data_dir).get("request", {})


_TO_INFINITIVE = {"to"}


def requested(sent: Sent, cue: Span) -> str | None:
    """An inquiry asked of a regulator, not opened by it (actions.toml [request]): the
    regulator is the object of a verb of asking and the inquiry word follows it after 'to'
    ('campaigners called on the ICO to investigate', 'Labour asked the ICO to launch an
    inquiry'). Returns "force" when the asker, the nearest body named before the verb, is
    the force ('the force has asked the ICO to look into it': its referral), "other" for
    anyone else, None when nothing is asked."""
    data = _request(data_dir_of(sent))
    if not data:
        return None
    doc = sent.span.doc
    lo = sent.span.start
    between = set(data.get("between", []))
    for r in sent.regulators:
        if r.end <= cue.start <= r.end + _PASSIVE_REACH:
            asked = _asked_passive(sent, r, cue, data)
            if asked is not None:
                return asked
        if not (r.end <= cue.start <= r.end + int(data.get("reach", 4))):
            continue
        if not any(t.lower_ in _TO_INFINITIVE for t in doc[r.end : cue.start]):
            continue
        i = r.start - 1
        while i >= lo and doc[i].lower_ in between and r.start - i <= 3:
            i -= 1
        if i < lo or doc[i].norm_ not in data.get("verbs", []):
            continue
        forces = [*sent.forces, *sent.cues.get("roles.force_anaphor", [])]
        others = [*sent.cues.get("roles.organisation", []), *sent.cues.get("money.person", [])]
        before = [b for b in [*forces, *others] if b.end <= i]
        if not before:
            return "other"
        nearest = max(before, key=lambda b: (b.end, b.end - b.start))
        own = any(f.start <= nearest.start < f.end for f in forces)
        return "force" if own else "other"
    return None


_PASSIVE_REACH = 9  # "the IOPC | was asked by the force to | investigate"


def _asked_passive(sent: Sent, r: Span, cue: Span, data: dict) -> str | None:  # type: ignore[type-arg]
    """The regulator asked in the passive ('PIRC has been asked to review the case', 'the
    IOPC was asked by the force to investigate'): the verb of asking right after it (only
    auxiliaries between), then 'to' and the inquiry word. The asker is the agent after 'by'
    -- the force (its referral) or another ("other") -- or, unnamed, the matter put before
    the regulator ("force": as 'the case was passed to PIRC', a referral, not its inquiry)."""
    doc = sent.span.doc
    aux = set(data.get("passive_aux", []))
    j = r.end
    if j < cue.start and doc[j].text == ")":
        j += 1  # "the Police Investigations and Review Commissioner (PIRC) has been asked"
    start = j
    while j < cue.start and doc[j].lower_ in aux:
        j += 1
    if j == start or j >= cue.start or doc[j].norm_ not in data.get("verbs", []):
        return None
    if doc[j].lower_ == doc[j].norm_ or doc[j].lower_.endswith("ing"):
        return None  # "the ICO has been asking": no passive
    k = j + 1
    if k < cue.start and doc[k].lower_ in {"on", "upon"}:
        k += 1  # "has been called on to investigate"
    if k < cue.start and doc[k].lower_ == "by":
        forces = [*sent.forces, *sent.cues.get("roles.force_anaphor", [])]
        agent = next((f for f in forces if k < f.start <= k + 2), None)
        return "force" if agent is not None else "other"
    if k >= cue.start or doc[k].lower_ not in _TO_INFINITIVE:
        return None
    return "force"


def not_done(sent: Sent, cue: Span) -> bool:
    """An act that did not happen, said by the word right before it (`[told] not_done`,
    at most three words back): 'failed to report the breach to the ICO', 'the force
    neglected to inform the ICO', 'without a referral to the IOPC'."""
    words = _told(data_dir_of(sent)).get("not_done", [])
    doc = cue.doc
    return any(t.norm_ in words for t in doc[max(sent.span.start, cue.start - 3) : cue.start])


# The head of a noun phrase an action word may stand in, after "for": "(no) plans for an
# ICO investigation", "(did not meet) the threshold for an independent investigation".
_FOR_OBJECT = 3


def _denied_purpose(sent: Sent, cue: Span) -> bool:
    """An action word that is what a denied need, plan or threshold was for ('there are no
    plans for an ICO investigation', 'the case did not meet the threshold for an
    investigation', 'there was no need for a referral'): the negated scope stops at 'for'
    (a reason, as a rule: 'not fined for the loss'), but an act it was for did not happen.
    The 'for' ends a negated scope and at most a few words stand between it and the cue."""
    doc = cue.doc
    for i in range(cue.start - 1, max(sent.span.start, cue.start - _FOR_OBJECT - 1), -1):
        if doc[i].lower_ != "for":
            continue
        return any(
            s.label_ == "negated" and s.kb_id_ == "forward" and s.end == i for s in sent.scopes
        )
    return False


_COUNT_REACH = 3  # "thousands of | breach | reports"


def in_general(sent: Sent, cue: Span) -> bool:
    """An inquiry or telling word said of a regulator's work in general, not of this breach
    (actions.toml [told] `counted`, `rate`): a plural noun counted in bulk ('the ICO said it
    received thousands of breach reports', 'it had 1,200 referrals from forces'; not 'two
    referrals from the force', which may be this case's), or a
    clause that tells how often ('the regulator receives reports from forces every week',
    'it carries out such inquiries routinely')."""
    data = _told(data_dir_of(sent))
    doc = cue.doc
    lo, hi = clause_bounds(sent, cue.start)
    words = [t.lower_ for t in doc[lo:hi]]
    for phrase in data.get("rate", []):
        parts = phrase.split()
        if any(words[i : i + len(parts)] == parts for i in range(len(words))):
            return True
    if _habitual(sent, cue, data):
        return True
    if _present_passive(sent, cue):
        return True
    if _counted_object(sent, cue):
        return True
    last = cue[-1]
    if not (last.lower_.endswith("s") and last.norm_ != last.lower_):
        return False
    counted = data.get("counted", [])
    in_date = {i for d in sent.dates for i in range(d.start, d.end)}
    before = doc[max(sent.span.start, cue.start - _COUNT_REACH) : cue.start]
    return any(
        t.norm_ in counted or t.lemma_.lower() in counted or _bulk(t, in_date) for t in before
    )


# Words that make the subject of a present passive any one of a kind ("Any breach likely to
# cause harm is reported to the ICO"), not one breach told of.
_ANY_ONE = frozenset({"any", "every", "each", "all"})
# Adverbs that may stand between the present "are"/"is" and the telling word ("are
# routinely referred", "is then reported").
_HOW_OFTEN = frozenset({"routinely", "usually", "normally", "always", "then", "also", "generally"})


def _present_passive(sent: Sent, cue: Span) -> bool:
    """A telling word in the present passive, said of breaches in general: 'Breaches that
    meet the threshold are referred to the Information Commissioner', 'the most serious
    incidents are reported to the ICO', 'any breach likely to cause harm is notified to the
    regulator' -- how the force handles its breaches, not a report of one. "are" before the
    participle (a plural subject told in the present), or "is" with "any", "every", "each"
    or "all" earlier in the clause; a headline's present ("Force is referred to watchdog")
    tells its one story."""
    doc = cue.doc
    if sent.idx == 0:
        return False
    lo, _ = clause_bounds(sent, cue.start)
    k = cue.start - 1
    while k > lo and doc[k].lower_ in _HOW_OFTEN:
        k -= 1
    if k < lo:
        return False
    aux = doc[k].lower_
    if doc[cue.start].lower_.endswith("ing"):
        return False  # "The IOPC ... are investigating": the present going on, one inquiry
    if aux == "are":
        return True
    return aux == "is" and any(t.lower_ in _ANY_ONE for t in doc[lo:k])


_OBJECT_LEAD = {
    "more", "than", "over", "nearly", "almost", "about", "around", "some", "a", "total", "of",
    "just", "under", "fewer", "less", "at", "least",
}  # fmt: skip


def _counted_object(sent: Sent, cue: Span) -> bool:
    """A telling verb whose object is a count in bulk ('police forces reported 1,200
    breaches to the ICO last year', 'forces referred more than 300 cases to the IOPC'):
    breaches counted, none of them told of -- a figure of at least `_BULK`, not a date's or
    a sum's (a bare number is a count), right after the verb (only words that lead a count
    between)."""
    doc = cue.doc
    _, hi = clause_bounds(sent, cue.start)
    in_date = {i for d in sent.dates for i in range(d.start, d.end)}
    in_date |= {i for m in sent.money if m.label_ != "bare" for i in range(m.start, m.end)}
    k = cue.end
    while k < hi and k - cue.end < _COUNT_REACH and doc[k].lower_ in _OBJECT_LEAD:
        k += 1
    return k < hi and _bulk(doc[k], in_date)


_HABITUAL_REACH = 3  # "investigates | data | breaches"


def _habitual(sent: Sent, cue: Span, data: dict) -> bool:  # type: ignore[type-arg]
    """A regulator's role told in the simple present, of things in the plural with no
    determiner ('the ICO investigates breaches reported by organisations', 'the IOPC
    examines serious complaints against police'), in a sentence that names no force: what it
    does in general, not an act on this breach -- nor is any inquiry or telling word in that
    clause after it ('reported by organisations'). A headline's present tense names its
    object ('Watchdog investigates Kent Police data leak')."""
    if sent.forces or sent.cues.get("roles.force_anaphor"):
        return False
    lo, _ = clause_bounds(sent, cue.start)
    doc = cue.doc
    verbs = {
        r.end + k
        for r in sent.regulators
        for k in (0, 1)
        if lo <= r.start and r.end + k <= cue.start and r.end + k < sent.span.end
    }
    return any(_present_of_plurals(sent, doc[i], data) for i in verbs)


def _present_of_plurals(sent: Sent, verb: Token, data: dict) -> bool:  # type: ignore[type-arg]
    """A verb in the simple present ('investigates') whose object opens in the plural or in
    general ('breaches', 'data breaches', 'all complaints') within `_HABITUAL_REACH` tokens."""
    if not (verb.lower_.endswith("s") and verb.norm_ != verb.lower_ and not verb.is_title):
        return False
    if verb.norm_ not in set(data.get("habitual_verbs", [])):
        return False
    generic = set(data.get("generic_openers", []))
    hi = min(sent.span.end, verb.i + 1 + _HABITUAL_REACH)
    for t in verb.doc[verb.i + 1 : hi]:
        if t.is_punct:
            return False
        if t.lower_ in generic:
            return True
        if t.lower_.endswith("s") and t.norm_ != t.lower_ and not t.is_title:
            return True  # "investigates breaches", "reviews data breaches"
    return False


def _other_matter(sent: Sent, cue: Span) -> bool:
    """An inquiry or telling whose topic is marked as another case, in its clause after it
    ('under investigation by the IOPC over a separate matter', 'referred to the ICO in
    relation to an unrelated complaint'): no act on this breach (actions.toml
    [other_matter])."""
    data = load_toml("actions.toml", data_dir_of(sent)).get("other_matter")
    if not data:
        return False
    doc = cue.doc
    adverbs = set(data.get("adverbs", []))
    k = cue.start - 1
    while k >= sent.span.start and k >= cue.start - 3:
        if doc[k].lower_ in adverbs:
            return True  # "the IOPC is separately investigating ... over a death in custody"
        if doc[k].lower_ not in _SUBJECT_TO_VERB:
            break
        k -= 1
    _, hi = clause_bounds(sent, cue.start)
    hi = min(hi, sent.span.end)
    reach = int(data["reach"])
    words = [t.lower_ for t in doc[cue.end : min(hi, cue.end + 2 * reach)]]
    others, cases = set(data["others"]), set(data["cases"])
    if _other_object(words[:reach], set(data.get("object_others", [])), cases):
        return True  # "the IOPC is investigating an unrelated complaint about the force"
    if _event_object(words[:reach], data):
        return True  # "the IOPC is investigating the death of a man after contact with ..."
    for link in data["links"]:
        parts = link.split()
        for i in range(min(len(words), reach + 1)):
            if words[i : i + len(parts)] != parts:
                continue
            rest = words[i + len(parts) : i + len(parts) + reach]
            for j, w in enumerate(rest):
                if w in cases:
                    if any(x in others for x in rest[:j]):
                        return True
                    break
    return False


_OBJECT_DETERMINERS = {"a", "an", "the", "two", "three", "several"}


_OWNER_WORDS = 5  # "Dyfed-Powys | Police | 's": an owner's name before its event


def _event_object(words: list[str], data: dict) -> bool:  # type: ignore[type-arg]
    """The inquiry's topic, its object right after it or after a link word ('investigating
    the death of a man after contact with the force', 'an investigation into a police
    pursuit', 'looking into the fatal shooting'), is an event of policing that is no
    handling of data (actions.toml [other_matter] `events`): an inquiry into that, not into
    the breach the story tells."""
    events = data.get("events", [])
    lead = {"a", "an", "the", "this", "that", "his", "her", "their", "its", "fatal", "police",
            "man's", "woman's", "recent"}  # fmt: skip
    k = 0
    if words and words[0] in set(data.get("links", [])) - {"for", "on"}:
        k = 1
    while k < len(words) and words[k] in lead:
        k += 1
    reach = range(k, min(len(words), k + _OWNER_WORDS))
    owner = next((j for j in reach if words[j] in _GENITIVES), None)
    if owner is not None:
        k = owner + 1  # "a force's refusal to release its figures": the owner's event
    rest = words[k:]
    # the event's noun first, or after one word that qualifies it ("a custody death")
    return any(rest[j : j + len(e.split())] == e.split() for e in events for j in (0, 1))


def _other_object(words: list[str], others: set[str], cases: set[str]) -> bool:
    """The inquiry's own object, right after it, marked as another case ('investigating an
    unrelated complaint', 'is looking at a separate matter', 'examining different
    allegations'): a determiner or nothing, one of `others`, then a case noun before any
    other noun phrase ends (`words` are the lowercase words right after the inquiry word)."""
    k = 1 if words and words[0] in _OBJECT_DETERMINERS else 0
    if k >= len(words) or words[k] not in others:
        return False
    return any(w in cases for w in words[k + 1 : k + 3])


_BULK = 10  # "it received 1,200 reports from forces"; "two referrals" may be this case's


def _bulk(t: Token, in_date: set[int]) -> bool:
    """A figure of at least `_BULK`, not a date's."""
    if t.i in in_date or not t.like_num:
        return False
    try:
        return float(t.text.replace(",", "")) >= _BULK
    except ValueError:
        return False


def _regulator_tells(sent: Sent, cue: Span) -> bool:
    """A telling verb in the active whose teller is a regulator ('the ICO said it would
    inform the force of its decision', 'the IOPC notified the officer's family'): the
    nearest body named before the verb is a regulator, and no regulator stands after it in
    its clause to be told -- the regulator tells, it is not told; no referral."""
    if cue[0].norm_ not in _TELLING or is_passive(cue[:1]):
        return False
    lo, hi = clause_bounds(sent, cue.start)
    if any(cue.start <= r.start < hi for r in sent.regulators):
        return False  # "the force said it would notify the ICO"
    bodies = [
        *sent.regulators,
        *sent.forces,
        *sent.cues.get("roles.force_anaphor", []),
        *sent.cues.get("roles.organisation", []),
        *sent.cues.get("money.person", []),
    ]
    before = [b for b in bodies if b.end <= cue.start]
    if not before:
        return False
    nearest = max(before, key=lambda b: (b.end, b.end - b.start))
    return any(r is nearest for r in sent.regulators) and sent.asserted(nearest)


_FUTURE = {"will", "would", "shall", "'ll", "wo"}
_FUTURE_GAP = {"also", "now", "then", "formally", "be", "immediately", "promptly"}


def _to_come(sent: Sent, cue: Span) -> bool:
    """A telling word in its bare form after a modal of the future ('will report the loss
    to the ICO', 'said it would notify the ICO'): planned, not yet done. Not the future in
    the progressive ('we will be keeping the ICO updated', 'said it would be working with the
    data watchdog'): a force's word for a dealing it has in hand, as reporters write it of a
    force already in touch with the regulator."""
    doc = cue.doc
    i = cue.start - 1
    while i >= sent.span.start and doc[i].lower_ in _FUTURE_GAP:
        i -= 1
    if _progressive(doc, i + 1, cue.start):
        return False
    return i >= sent.span.start and doc[i].lower_ in _FUTURE


def _progressive(doc: Doc, lo: int, verb: int) -> bool:
    """'be' right before an -ing telling word ('will be informing'), walked from `lo`."""
    return verb - 1 >= lo and doc[verb - 1].lower_ == "be" and doc[verb].lower_.endswith("ing")


def _referral_spoken_of(cue: Span) -> bool:
    """The noun 'referral' with no article, right after a preposition ('the threshold for
    referral to the IOPC', 'without referral to the ICO'): a referral spoken of, none made --
    not 'after a referral from the force', 'the force's referral'."""
    doc = cue.doc
    if len(cue) != 1 or cue[0].lower_ != "referral" or cue.start == 0:
        return False
    return doc[cue.start - 1].lower_ in _GERUND_AFTER


@cache
def _told(data_dir: str | None) -> dict:  # type: ignore[type-arg]
    """actions.toml [told]; a data folder without it has no telling words (nothing told)."""
    return load_toml("actions.toml", data_dir).get("told", {})


def told_regulator(sent: Sent) -> list[Span]:
    """A regulator told of the breach, however the telling is worded: the recipient after
    "to" of a reporting word ('reported the loss to the ICO', 'the breach has been reported
    to the ICO', 'made a report to the IOPC'), the object of a telling verb ('the force told
    the ICO', 'has alerted the data watchdog'), or the subject of one in the passive ('the
    ICO has been informed', 'the ICO was made aware'). The words come from actions.toml
    [told]; the verb and the regulator must be stated as facts, the telling not one that
    failed ('failed to tell the ICO'), and its clause no tally ('38 were reported to the
    ICO' counts breaches, it tells of none). Returns the telling words."""
    data = _told(data_dir_of(sent))
    doc = sent.span.doc
    lo_s = sent.span.start
    out: list[Span] = []
    if not data:
        return out
    for r in sent.regulators:
        if not _stated(sent, r):
            continue
        first = _determined_from(doc, r.start, lo_s)
        verb = None
        link = doc[first - 1].lower_ if first - 1 > lo_s else ""
        if link in {"to", "with"}:
            # "reported the loss to the ICO"; "the breach was logged with the ICO"
            verbs = data["to_recipient"] if link == "to" else data.get("with_recipient", [])
            lo, _ = clause_bounds(sent, first - 1)
            reach = max(lo, first - 2 - int(data["to_window"]))
            for i in range(first - 2, reach - 1, -1):
                if doc[i].norm_ in verbs:
                    verb = i
                    break
                if doc[i].lower_ in _TO_STOPS:
                    break  # "referred to during the trial, and complained to the ICO"
        elif first > lo_s and doc[first - 1].norm_ in data["direct_object"]:
            verb = first - 1
        elif (
            first > lo_s
            and doc[first - 1].norm_ == "make"
            and r.end < sent.span.end
            and doc[r.end].lower_ in _STATES
        ):
            verb = first - 1  # "the force made the ICO aware of the breach"
        else:
            j = _past_insertion(sent, r.end)  # "the ICO, which can fine forces, has been told"
            k = j
            while j < sent.span.end and j - k < 4 and doc[j].norm_ in data["auxiliaries"]:
                j += 1
            helpers = {t.norm_ for t in doc[k:j]}
            bare = any(t.lower_ in _BARE_BE for t in doc[k:j])
            if j < sent.span.end and doc[j].norm_ in data["passive"] and helpers & {"be", "make"}:
                verb = None if bare else j  # "recommended that the ICO be informed": not done
            else:
                verb = _received(sent, r, data)
        if verb is None or not _stated(sent, doc[verb : verb + 1]):
            continue
        if any(t.norm_ in data["not_done"] for t in doc[max(lo_s, verb - 3) : verb]):
            continue
        if _for_comment(sent, max(verb + 1, r.end)):
            continue  # "the ICO has been contacted for comment": the reporter's question
        if _tallied(sent, min(verb, r.start), r.start) or _partitive_after(sent, r.end):
            continue
        if _other_matter(sent, doc[verb : verb + 1]):
            continue  # "referred to the IOPC in relation to a separate complaint"
        if _to_be_done(doc[verb], lo_s) and not _done_so(sent, r.end):
            continue  # "must report it to the ICO"; not "... to the ICO, and did so"
        if _to_come(sent, doc[verb : verb + 1]):
            continue  # "the force will also be informing the ICO": planned
        if verb < r.start and _told_by_another(sent, verb):
            continue
        out.append(doc[verb : verb + 1])
    return out + _told_us(sent, data) + _told_in_its_words(sent, data) + _in_touch_with(sent, data)


_PAST_HELPERS = {"had", "has", "have", "been", "was", "were", "'d"}
# Words between the regulator (or "it", "we") and its standing link with the force: "the ICO
# is now in contact with", "said it was already liaising with".
_LINK_HELPERS = {"is", "are", "was", "were", "has", "have", "had", "been", "be", "being", "now",
                 "also", "already", "currently", "since", "closely", "in"}  # fmt: skip
_LINK_REACH = 3  # "with | Kent Police's | data protection officer" -- the force within


def _in_touch_with(sent: Sent, data: dict) -> list[Span]:  # type: ignore[type-arg]
    """The regulator's side of the standing link actions.toml [told] `with_recipient` reads
    from the force's ('the force is in contact with the ICO'): the regulator, as a fact, in
    touch with the force ('the ICO said it was in contact with the force', 'a spokesman for
    the ICO said: "We are liaising with Kent Police"', 'the data watchdog is in touch with
    the constabulary'), the force named or a force word within a few tokens after 'with'. It
    was told of the breach: a referral. The regulator is the subject (`_LINK_HELPERS`
    between), 'it' after it and a verb of saying, or 'we' quoted after it and that verb.
    Returns the link words ('contact', 'touch', 'liaising')."""
    links = set(data.get("regulator_links", []))
    regulators = [r for r in sent.regulators if sent.asserted(r)]
    if not links or not regulators:
        return []
    doc = sent.span.doc
    saying = set(data.get("saying", []))
    forces = {i for f in sent.forces for i in range(f.start, f.end)}
    words = set(data.get("force_words", []))
    out = []
    for t in sent.span:
        if t.norm_ not in links or t.i + 1 >= sent.span.end or doc[t.i + 1].lower_ != "with":
            continue
        after = doc[t.i + 2 : min(sent.span.end, t.i + 2 + _LINK_REACH)]
        if not any(a.i in forces or a.lower_ in words for a in after):
            continue  # "in contact with the victims", "liaising with other regulators"
        link = doc[t.i : t.i + 1]
        if not sent.asserted(link) or _to_come(sent, link):
            continue
        k = t.i - 1
        while k > sent.span.start and doc[k].lower_ in _LINK_HELPERS:
            k -= 1
        if _subject_before(doc, regulators, k) is not None or _regulator_says(
            sent, regulators, k, saying
        ):
            out.append(link)
    return out


def _regulator_says(sent: Sent, regulators: list[Span], k: int, saying: set[str]) -> bool:
    """'The ICO said it was ...', 'a spokesman for the ICO said: "We are ...': 'it', 'they'
    or 'we' at `k`, after a verb of saying (then 'that', a colon or an opening quote) that
    follows a regulator right away -- the regulator is the one speaking of itself."""
    doc = sent.span.doc
    if doc[k].lower_ not in {"it", "they", "we"}:
        return False
    j = k - 1
    while j > sent.span.start and (doc[j].lower_ in {"that", ":", ","} or doc[j].is_quote):
        j -= 1
    if doc[j].norm_ not in saying:
        return False
    return any(r.end == j for r in regulators)


_GENITIVES = {"'s", "’s"}


# A country's word before a regulator's name: "the UK Information Commissioner's Office".
_COUNTRY_WORDS = {"uk", "british"}


def _determined_from(doc: Doc, start: int, lo: int) -> int:
    """The first token of a regulator's noun phrase: its 'the', or the owner whose
    possessive stands before it with that owner's own 'the' ('reported to the UK's data
    protection watchdog', 'informed Britain's privacy watchdog'), so the telling word before
    the phrase is read as it is before 'the ICO'; a country word before the name too
    ('reported it to the UK Information Commissioner's Office')."""
    if start > lo and doc[start - 1].lower_ in _COUNTRY_WORDS:
        start -= 1
    if start > lo and doc[start - 1].lower_ == "the":
        return start - 1
    owner = start - 2
    if owner >= lo and doc[start - 1].lower_ in _GENITIVES and doc[owner].text[:1].isupper():
        return owner - 1 if owner > lo and doc[owner - 1].lower_ == "the" else owner
    return start


# Words that open an insertion between a regulator and its verb: a relative clause ("the ICO,
# which can fine forces, has been told") or an appositive ("the data watchdog, the ICO, has
# been informed").
_INSERTION_OPENERS = {"which", "who", "the", "a", "an"}
_INSERTION_REACH = 16


def _past_insertion(sent: Sent, at: int) -> int:
    """The token after an insertion right after a regulator (a relative clause or an
    appositive), set off by commas or by a pair of dashes ('the ICO – which can fine forces –
    was made aware', `_dash_aside_after`), else `at` itself."""
    doc = sent.span.doc
    end = sent.span.end
    aside = _dash_aside_after(sent, at)
    if aside is not None:
        return aside + 1
    if at + 1 >= end or doc[at].text != "," or doc[at + 1].lower_ not in _INSERTION_OPENERS:
        return at
    for i in range(at + 2, min(end, at + 2 + _INSERTION_REACH)):
        if doc[i].text == ",":
            return i + 1
        if doc[i].text in {";", ":", '"', "(", ")"} or doc[i].is_quote:
            return at
    return at


# Dashes that set an aside off as a pair of commas does ('the ICO – which can fine forces –
# is investigating', 'the ICO — the data watchdog — was told').
_DASHES = {"-", "–", "—", "--"}


def _dash_aside_after(sent: Sent, at: int) -> int | None:
    """Token `at` opens an aside set off by dashes: a dash, then an insertion's opener ('which',
    'who', 'the', 'a', 'an'), closed by another dash within reach, with no stronger stop and
    no verb of saying between (an attribution, 'the force – the ICO said – is ...', is no
    aside on the noun before it); returns the closing dash, else None."""
    doc = sent.span.doc
    end = sent.span.end
    if at + 1 >= end or doc[at].text not in _DASHES or doc[at + 1].lower_ not in _INSERTION_OPENERS:
        return None
    for i in range(at + 2, min(end, at + 2 + _INSERTION_REACH)):
        if doc[i].text in _DASHES:
            return i
        if doc[i].text in {";", ":", '"', "(", ")"} or doc[i].is_quote:
            return None
        if doc[i].lemma_.lower() in _SPEAKING:
            return None  # "the force – the ICO said – is investigating": who said it
    return None


def _aside_over(sent: Sent, lo: int, i: int) -> int | None:
    """The opening dash of an aside that opens before clause start `lo` and closes at the
    nearest dash before token `i` ('the ICO – which can fine forces – is investigating': the
    clause of 'investigating' began inside or right after the aside), else None."""
    doc = sent.span.doc
    for j in range(i - 1, max(lo - 2, sent.span.start - 1), -1):
        if doc[j].text in _DASHES:
            opening = _dash_aside_before(sent, j)
            return opening if opening is not None and opening < lo else None
    return None


def _aside_from(sent: Sent, i: int, hi: int) -> tuple[int, int | None]:
    """The dashes of an aside that opens at the first dash after token `i` (up to clause end
    `hi`) and closes at or past `hi` (the clause of 'the ICO' ends inside or at the aside),
    else (i, None)."""
    doc = sent.span.doc
    for j in range(i + 1, min(hi + 1, sent.span.end)):
        if doc[j].text in _DASHES:
            closing = _dash_aside_after(sent, j)
            return (j, closing) if closing is not None and closing >= hi else (i, None)
    return i, None


def _dash_aside_before(sent: Sent, at: int) -> int | None:
    """Token `at` closes an aside set off by dashes (`_dash_aside_after` read from its end);
    returns the opening dash, else None."""
    doc = sent.span.doc
    if doc[at].text not in _DASHES:
        return None
    lo = max(sent.span.start, at - 1 - _INSERTION_REACH)
    opening = next((i for i in range(at - 1, lo - 1, -1) if doc[i].text in _DASHES), None)
    if opening is None or _dash_aside_after(sent, opening) != at:
        return None
    return opening


def _told_in_its_words(sent: Sent, data: dict) -> list[Span]:  # type: ignore[type-arg]
    """A telling with no recipient named, in a regulator's reported words ('the ICO confirmed
    the force had reported the breach', 'the IOPC said the matter had been referred'): the
    speaking regulator is the one told. Only a telling done (a past form after 'had', 'has'
    or 'been'), no 'to' naming another recipient in its clause, and not the regulator's own
    telling ('the ICO said it had referred the officer')."""
    doc = sent.span.doc
    lo_s, hi_s = sent.span.start, sent.span.end
    verbs = set(data.get("implied_recipient", []))
    out: list[Span] = []
    for t in sent.span:
        if t.i <= lo_s + 1 or t.norm_ not in verbs or not t.lower_.endswith("ed"):
            continue
        if doc[t.i - 1].lower_ not in _PAST_HELPERS:
            continue
        speaker = _reported_speaker(sent, t.i)
        if speaker is None:
            continue
        _, hi = clause_bounds(sent, t.i)
        if any(w.lower_ == "to" for w in doc[t.i + 1 : min(hi, hi_s)]):
            continue  # "had reported it to the police": another recipient
        said = next(w.i for w in doc[speaker.end : t.i] if w.lemma_.lower() in _SPEAKING)
        subject = doc[said + 1 : t.i]
        if any(w.lower_ in _REPORTED_SELF | {"they", "we"} for w in subject[:2]):
            continue  # "the ICO said it had referred the case": its own telling
        word = doc[t.i : t.i + 1]
        if not _stated(sent, word) or not_done(sent, word) or _to_be_done(t, lo_s):
            continue
        if in_general(sent, word) or _to_come(sent, word) or _tallied(sent, t.i, min(hi, hi_s)):
            continue  # "forces had reported 300 breaches": a count, no telling of this one
        out.append(word)
    return out


def _for_comment(sent: Sent, at: int) -> bool:
    """A reporter's request for comment starting at token `at` ('... for comment'),
    actions.toml [told] for_comment."""
    doc = sent.span.doc
    phrases = _told(data_dir_of(sent)).get("for_comment", [])
    words = [t.lower_ for t in doc[at : min(sent.span.end, at + 4)]]
    return any(words[: len(p.split())] == p.split() for p in phrases)


def _received(sent: Sent, r: Span, data: dict) -> int | None:  # type: ignore[type-arg]
    """The regulator as the one who received a report of the breach, in the active ('the ICO
    has received a breach report from the force', 'the IOPC said it had received a referral',
    'the ICO confirmed it received a notification'): a past 'received' a few words after the
    regulator, with no other body between, and a reporting noun (`[told] received`) right
    after it. Returns the noun's token, the telling word."""
    doc = sent.span.doc
    nouns = data.get("received", [])
    hi = min(sent.span.end, r.end + _RECEIVED_REACH)
    at = next((t.i for t in doc[r.end : hi] if t.lower_ == "received"), None)
    if at is None or _other_subject(sent, r.end, at) or _first_body(sent, r.end, at) is not None:
        return None
    if not sent.asserted(doc[at : at + 1]):
        return None  # "the ICO said it had not received a report"
    for t in doc[at + 1 : min(sent.span.end, at + 5)]:
        if t.norm_ in nouns:
            return t.i
        if t.lower_ in _TO_STOPS:
            break
    return None


# The bare "be" of a passive asked for, not done ("recommended that the ICO be told", "the
# ICO should be informed", "must be notified").
_BARE_BE = {"be"}
_RECEIVED_REACH = 8  # "the ICO | confirmed that it had | received"
_TO_STOPS = {"to", ",", "and", ";"}
_RELATIVES = {"which", "who", "that"}
_HABITUAL = {"are", "is"}
# A state, not a telling: "the ICO is aware".
_STATES = {"aware"}
# Before a gerund, a telling spoken of, not done: "the threshold for reporting to the ICO".
_GERUND_AFTER = {"for", "of", "about", "on", "without", "whether"}
_BE_WORDS = {"be", "have"}


def _to_be_done(verb: Token, lo: int) -> bool:
    """A telling in the infinitive ('serious enough to be reported to the ICO', 'must decide
    whether to notify the ICO'), in the present ('serious breaches are reported to the ICO',
    'we report every breach to the ICO', 'we will inform the ICO'), or a plural noun with
    nothing before it ('breach reports to the ICO rose'): what is required, planned or done
    in general, no telling of this breach. A noun needs its article ('made a report to')."""
    doc = verb.doc
    before = doc[verb.i - 1].lower_ if verb.i > lo else ""
    if _did(verb, lo):
        return False  # "did not inform the ICO until March": the bare form after 'did'
    if before == "in" and verb.lower_ in _STANDING:
        return False  # "the force is in contact with the ICO": a state that holds
    if verb.lower_ == verb.norm_ and verb.lower_ not in _STATES:
        # the bare form: a noun with its article ("a report to", "a formal referral to"), or
        # a verb in the present or future, not a telling done
        return not any(t.lower_ in _SPECIFIC for t in doc[max(lo, verb.i - 3) : verb.i])
    if verb.lower_.endswith("s") and before not in _SPECIFIC:
        return True  # "reports to the ICO rose": plural, no one report
    if before in _HABITUAL and verb.lower_ not in _STATES and not verb.lower_.endswith("ing"):
        # "serious breaches are reported to the ICO": a practice; not a telling
        # going on now ("the force is liaising with the ICO")
        return True
    i = verb.i - 1
    while i > lo and doc[i].norm_ in _BE_WORDS:
        i -= 1
    return (
        i >= lo
        and doc[i].lower_ in {"to", *_GERUND_AFTER}
        and (doc[i].lower_ == "to" or verb.lower_.endswith("ing"))
    )


# Nouns of a standing link after "in" ("in contact with the ICO", "in touch with the
# IOPC"): the body is being dealt with now, not a telling planned or done in general.
_STANDING = {"contact", "touch"}
_DO = {"do", "did", "done", "does"}
_DONE_SO = {"did", "done"}
_SO = {"so"}


def _pro_form(sent: Sent, pos: int) -> Span | None:
    """The first 'do so', 'did so' or 'done so' after token `pos` in the sentence: the act
    named before, said again ('required to report it to the ICO and did so')."""
    doc = sent.span.doc
    for t in doc[pos : sent.span.end - 1]:
        if t.lower_ in _DO and doc[t.i + 1].lower_ in _SO:
            return doc[t.i : t.i + 2]
    return None


def _done_so(sent: Sent, pos: int) -> bool:
    """A telling required or planned, then said done by a pro-form after it in the sentence
    ('is legally required to report such breaches to the ICO and did so', 'must notify the
    ICO, and it has done so'): 'did so' or 'done so' stated as a fact."""
    so = _pro_form(sent, pos)
    return so is not None and so[0].lower_ in _DONE_SO and not _not_done_so(sent, pos)


def _not_done_so(sent: Sent, pos: int) -> bool:
    """A telling required, then said not done by a pro-form after it ('was required to
    report the breach to the ICO but did not do so', 'should have told the ICO but failed
    to do so'): the pro-form denied, or after a word of failing (`[told] not_done`)."""
    so = _pro_form(sent, pos)
    if so is None:
        return False
    return not _stated(sent, so) or not_done(sent, so)


_DID = {"did", "didn't"}
_NOT = {"not", "n't", "never"}


def _did(verb: Token, lo: int) -> bool:
    """The bare form after a past 'did' ('the force did not tell the ICO until March', 'did
    report it'): a past act, whatever its negation says (`_stated` weighs that)."""
    doc = verb.doc
    i = verb.i - 1
    while i >= lo and doc[i].lower_ in _NOT:
        i -= 1
    return i >= lo and doc[i].lower_ in _DID


def _told_by_another(sent: Sent, verb: int) -> bool:
    """An active telling whose teller, the nearest body named before the telling word, is
    no force: another organisation ('the council reported the incident to the ICO', 'the
    trust said it had informed the ICO') or a member of the public ('the neighbour told the
    Ombudsman'). With no body named, the teller must be 'it' or 'we' ('"We have notified
    the ICO," a spokesman said'); a passive telling names no teller ('the breach was
    reported to the ICO')."""
    doc = sent.span.doc
    if is_passive(doc[verb : verb + 1]) or _noun_made_passive(sent, verb):
        return False
    forces = [*sent.forces, *sent.cues.get("roles.force_anaphor", [])]
    others = [*sent.cues.get("roles.organisation", []), *sent.cues.get("money.person", [])]
    before = [b for b in [*forces, *others] if b.end <= verb]
    if not before:
        return not any(
            c.end <= verb for c in sent.cues.get("roles.self_reference", [])
        ) and not _police_teller(sent, verb)
    nearest = max(before, key=lambda b: (b.end, b.end - b.start))
    return not any(
        f.start <= nearest.start < f.end or nearest.start <= f.start < nearest.end for f in forces
    )


_MADE_REACH = 3  # "report | has been | made"


def _noun_made_passive(sent: Sent, noun: int) -> bool:
    """The telling noun at token `noun` is the subject of a passive verb that makes it ('a
    report has been made to the ICO', 'a breach report was lodged with the watchdog'; the
    lemmas of [told] `report_makers`): a passive telling, it names no teller."""
    doc = sent.span.doc
    told = _told(data_dir_of(sent))
    makers = set(told.get("report_makers", []))
    helpers = set(told.get("made_helpers", []))
    hi = min(sent.span.end, noun + 2 + _MADE_REACH)
    been = False
    for t in doc[noun + 1 : hi]:
        if t.norm_ in makers and t.lower_ != t.norm_:
            return been  # "made" after a form of "be": the passive
        if t.norm_ not in helpers:
            return False
        been = been or t.norm_ == "be"
    return False


def _police_teller(sent: Sent, verb: int) -> bool:
    """The police themselves as the teller, by a word for them rather than the force's name
    ('Officers have notified the ICO', 'Police have since reported the loss to the ICO'): one
    of actions.toml [told] `police_tellers` as the telling verb's own subject, only
    auxiliaries and adverbs between ('have', 'will be', 'since'). Another teller in between
    ('Police said the victim had reported the loss to the ICO') or a verb of saying ends the
    search: the police only speak of someone else's telling."""
    words = set(_told(data_dir_of(sent)).get("police_tellers", []))
    doc = sent.span.doc
    i = verb - 1
    while i >= sent.span.start:
        t = doc[i]
        if t.lower_ in words:
            return True
        if t.lower_ not in _TELLER_GAP:
            return False
        i -= 1
    return False


# Words that may stand between the police word and its telling verb: auxiliaries ("have",
# "will be") and adverbs ("since", "now", "already"). A verb of saying is none of them.
_TELLER_GAP = _SUBJECT_TO_VERB | _FUTURE | _FUTURE_GAP | _REBUKE_AUX | _NOT | {"since", "'ve"}


def _tallied(sent: Sent, pos: int, end: int) -> bool:
    """A number (not a date) in the clause of token `pos`, before token `end`, or a count
    asked there (`_count_asked`): a count of breaches told ('38 were reported to the ICO',
    'forces reported 1,000 breaches to the ICO', 'how many had gone to the ICO')."""
    lo, _ = clause_bounds(sent, pos)
    doc = sent.span.doc
    while lo - 1 > sent.span.start and doc[lo - 1].lower_ in _RELATIVES:
        lo, _ = clause_bounds(sent, lo - 2)  # "12 complaints, which were passed to ..."
    in_date = {i for d in sent.dates for i in range(d.start, d.end)}
    if _count_asked(sent, lo, end):
        return True  # "it is not known how many had gone to the ICO"
    return any(doc[i].like_num and i not in in_date for i in range(lo, end))


def _count_asked(sent: Sent, lo: int, end: int) -> bool:
    """A question of number in tokens [lo, end) (actions.toml [told] `count_questions`: 'I
    wonder how many of its leaks were notified to the ICO', 'the paper asked how many
    were referred to the IOPC'): the tellings counted are asked about, none is stated."""
    words = [t.lower_ for t in sent.span.doc[lo:end]]
    for phrase in _told(data_dir_of(sent)).get("count_questions", []):
        q = phrase.split()
        if any(words[k : k + len(q)] == q for k in range(len(words) - len(q) + 1)):
            return True
    return False


_PARTITIVE_POINTERS = {"them", "these", "those", "which"}
_PARTITIVE_DETERMINERS = {"the", "its", "their", "all"}
_PARTITIVE_CASES = {"breaches", "incidents", "cases", "reports", "errors", "data"}


def _partitive_after(sent: Sent, pos: int) -> bool:
    """A count of breaches told after the regulator, as a part of the figures ('the force
    told the ICO about 15 of them', 'informed the ICO in 19 of the cases'): a number, not a
    date's or a sum's, right before 'of' and a word pointing back at the figures or a
    determiner and a plural case noun ('of the breaches'; not 'two of the officers', one
    case's people), in the clause of token `pos` after it. A telling of so many breaches
    tells of no one."""
    doc = sent.span.doc
    _, hi = clause_bounds(sent, pos)
    hi = min(hi, sent.span.end)
    in_date = {i for d in sent.dates for i in range(d.start, d.end)}
    in_date |= {i for m in sent.money if m.label_ != "bare" for i in range(m.start, m.end)}
    for i in range(pos, hi - 2):
        if not doc[i].like_num or i in in_date or doc[i + 1].lower_ != "of":
            continue
        head = doc[i + 2].lower_
        if head in _PARTITIVE_POINTERS:
            return True
        if (
            head in _PARTITIVE_DETERMINERS
            and i + 3 < hi
            and (doc[i + 3].lower_ in _PARTITIVE_CASES or doc[i + 3].like_num)
        ):
            return True  # "of the breaches", "of the 389"
    return False


_ORDINAL = re.compile(
    r"\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
)


def _counted_telling(sent: Sent, cue: Span) -> bool:
    """A telling or a regulator's dealing said of a number of breaches, not of one: a count
    standing as the subject before the cue in its clause ('of which four met the threshold
    for reporting to the ICO', 'Nine were referred to the ICO', 'six of them were passed to
    the regulator') -- a number, not a date's, that no noun of people or things follows
    ('two officers were referred to the IOPC' is one case's), or a count asked ('how many
    had gone to the ICO', `_count_asked`) -- or a part of the figures after it ('told
    the ICO about 15 of them')."""
    doc = sent.span.doc
    lo, _ = clause_bounds(sent, cue.start)
    while lo - 1 > sent.span.start and doc[lo - 1].lower_ in _RELATIVES:
        lo, _ = clause_bounds(sent, lo - 2)
    in_date = {i for d in sent.dates for i in range(d.start, d.end)}
    in_date |= {i for m in sent.money if m.label_ != "bare" for i in range(m.start, m.end)}
    cases = set(_told(data_dir_of(sent)).get("cases", []))
    if _count_asked(sent, lo, cue.start):
        return True  # "nobody knows how many of its leaks went to the ICO"
    for i in range(lo, cue.start):
        t = doc[i]
        if not t.like_num or i in in_date or _ORDINAL.fullmatch(t.lower_):
            continue  # "the third force to be sanctioned": a rank, no count
        nxt = doc[i + 1] if i + 1 < sent.span.end else None
        # the pipeline tags no parts of speech: a word that is no stop word stands for the
        # noun counted ('two officers'), a stop word for the count alone ('Nine were', 'six of')
        if nxt is None or not nxt.is_alpha or nxt.is_stop or nxt.lemma_.lower() in cases:
            return True
    return _partitive_after(sent, cue.end)


# Doc.user_data key, set by assembly: the page is a force's own, so its "we" is the force.
OWN_VOICE = "breachkb_own_voice"


_QUOTES = {'"', "\u201c", "\u201d"}
_SPEAKING = {"say", "confirm", "state", "add", "tell"}


def _regulator_quoted(sent: Sent, cue: Span) -> bool:
    """The cue sits in a regulator's quoted words after their 'we' ('The ICO said: "We are
    aware of it and are making enquiries."', '"We are looking into it," the IOPC said'):
    the quoted 'we' is the regulator that speaks -- not a force quoted on what it told it."""
    opening = _opening_quote(sent, cue.start)
    if (
        opening is None
        or cue_before(sent, "voice.first_person", cue.start, cue.start - opening) is None
    ):
        return False
    return _quote_speaker(sent, cue.start, cue.end) is not None


def _opening_quote(sent: Sent, pos: int) -> int | None:
    """The opening quotation mark before token `pos` in its sentence, if any."""
    doc = sent.span.doc
    lo = sent.span.start
    opening = next((i for i in range(pos - 1, lo - 1, -1) if doc[i].text in _QUOTES), None)
    if opening is None and lo > 0 and doc[lo - 1].text in _QUOTES:
        opening = lo - 1  # the splitter left the opening mark on the sentence before
    if opening is None:
        opening = _still_open(doc, lo)
    return opening


_QUOTE_BACK = 60  # tokens back to a quote's opening mark: a quote of two or three sentences


def _still_open(doc: Doc, lo: int) -> int | None:
    """The opening mark of a quote still open at token `lo`, a sentence's start, opened in a
    sentence before ('"We have looked at the case. We will take no further action," the ICO
    said'): the nearest quotation mark before `lo`, within `_QUOTE_BACK` tokens and in the
    same paragraph, is an opening one -- a left curly mark, or a straight mark preceded by
    an even number of straight marks in its paragraph."""
    start = max(0, lo - _QUOTE_BACK)
    for i in range(lo - 1, start - 1, -1):
        t = doc[i]
        if "\n" in t.text or "\n" in t.whitespace_:
            return None  # a new paragraph: a quote left open ends with it
        if t.text in _QUOTES:
            if t.text == "\u201d":
                return None
            if t.text == "\u201c":
                return i
            para = i
            while para > 0 and "\n" not in doc[para - 1].text + doc[para - 1].whitespace_:
                para -= 1
            marks = sum(1 for w in doc[para:i] if w.text == '"')
            return i if marks % 2 == 0 else None
    return None


def _quote_speaker(sent: Sent, start: int, end: int) -> Span | None:
    """The regulator, named as a fact, whose quoted words hold tokens [start, end): the
    speaker before the quote ('the ICO said: "...') or right after it ('," the ICO said',
    '," said the ICO')."""
    doc = sent.span.doc
    hi = sent.span.end
    opening = _opening_quote(sent, start)
    if opening is None:
        return None
    closing = next((i for i in range(end, hi) if doc[i].text in _QUOTES), hi)
    asserted = [r for r in sent.regulators if sent.asserted(r)]
    for r in asserted:  # the speaker before: 'the ICO said: "We ...'
        between = doc[r.end : opening]
        if (
            len(between) <= _SPEAKER_REACH
            and any(t.lemma_.lower() in _SPEAKING for t in between)
            and not _another_speaker(sent, r.end, opening)
        ):
            return r  # also its officer: 'IOPC regional director Jane Smith said: "We ...'
    for r in asserted:  # the speaker after: '," the ICO said' / '," said the ICO'
        if not closing < r.start <= closing + 4:
            continue
        words = [*doc[closing + 1 : r.start], *doc[r.end : min(r.end + _TITLE_REACH, hi)]]
        if any(t.lemma_.lower() in _SPEAKING for t in words) and not _another_speaker(
            sent, closing + 1, r.start
        ):
            return r  # '," IOPC director Jane Smith said'
    return None


_SPEAKER_REACH = 8  # "IOPC | regional director Jane Smith said :"
_TITLE_REACH = 5  # '," IOPC | director Jane Smith said'


def _another_speaker(sent: Sent, lo: int, hi: int) -> bool:
    """A force, another organisation, another regulator or a person named in tokens [lo, hi):
    the words quoted are theirs, not the regulator's named before ('the ICO was told, and
    Kent Police said: "We ...', 'the ICO was informed and the officer said: "We ...')."""
    bodies = [
        *sent.regulators,
        *sent.forces,
        *sent.cues.get("roles.force_anaphor", []),
        *sent.cues.get("roles.organisation", []),
        *sent.cues.get("money.person", []),
    ]
    return any(lo <= b.start < hi for b in bodies)


# A regulator standing as a pronoun: in its own quoted words ("us", "we") or in its words
# reported after it speaks ("it": "the ICO said the force had told it").
_QUOTED_SELF = {"us", "we"}
_REPORTED_SELF = {"it"}
_AS_OBJECT = {"us", "it"}
_AS_SUBJECT = {"we", "it"}


def _opens_a_clause(doc: Doc, i: int, hi: int, data: dict) -> bool:  # type: ignore[type-arg]
    """The pronoun after a telling verb is the subject of what was told, not its recipient:
    a modal or a finite auxiliary right after it ([told] told_clause: 'the force was told it
    must improve', 'told it would be fined'), not 'told us about the loss', 'informed it of
    the breach'."""
    return i + 1 < hi and doc[i + 1].lower_ in data.get("told_clause", [])


def _told_us(sent: Sent, data: dict) -> list[Span]:  # type: ignore[type-arg]
    """A regulator told of the breach in its own words, standing as a pronoun: quoted ('An
    ICO spokesperson said: "The force has made us aware of an incident"', '"The force
    referred the matter to us," the IOPC said', '"We have been notified"') or reported
    after it speaks ('the ICO said the force had made it aware of the breach', 'the ICO
    confirmed it had been informed'): the telling words of `told_regulator` with the pronoun
    as recipient or passive subject, the speaker a regulator. Returns the telling words."""
    doc = sent.span.doc
    lo_s, hi_s = sent.span.start, sent.span.end
    out: list[Span] = []
    for t in sent.span:
        if t.i <= lo_s or t.lower_ not in _QUOTED_SELF | _REPORTED_SELF:
            continue
        if t.lower_ in _QUOTED_SELF:
            speaker = _quote_speaker(sent, t.i, t.i + 1)
        else:
            speaker = _reported_speaker(sent, t.i)
        if speaker is None:
            continue
        verb = None
        prev = doc[t.i - 1]
        if (
            t.lower_ in _AS_OBJECT
            and prev.norm_ in data["direct_object"]
            and not _opens_a_clause(doc, t.i, hi_s, data)
        ):
            verb = t.i - 1  # "has told us", "had informed it"
        elif (
            t.lower_ in _AS_OBJECT
            and prev.norm_ == "make"
            and t.i + 1 < hi_s
            and doc[t.i + 1].lower_ in _STATES
        ):
            verb = t.i - 1  # "made us aware"
        elif t.lower_ in _AS_OBJECT and prev.lower_ == "to":
            lo, _ = clause_bounds(sent, t.i - 1)
            for i in range(t.i - 2, max(lo, t.i - 2 - int(data["to_window"])) - 1, -1):
                if doc[i].norm_ in data["to_recipient"]:
                    verb = i
                    break
                if doc[i].lower_ in _TO_STOPS:
                    break
        if verb is None and t.lower_ in _AS_SUBJECT:
            j = t.i + 1
            while j < hi_s and j - t.i <= 4 and doc[j].norm_ in data["auxiliaries"]:
                j += 1
            helpers = {w.norm_ for w in doc[t.i + 1 : j]}
            state = j < hi_s and doc[j].lower_ in _STATES and "make" not in helpers
            if j < hi_s and doc[j].norm_ in data["passive"] and helpers & {"be", "make"}:
                verb = None if state and t.lower_ in _REPORTED_SELF else j
        if verb is None:
            continue
        word = doc[verb : verb + 1]
        if not _stated(sent, word) or not_done(sent, word) or _to_be_done(doc[verb], lo_s):
            continue
        if in_general(sent, word) or (verb < t.i and _told_by_another(sent, verb)):
            continue
        out.append(word)
    return out


def _reported_speaker(sent: Sent, pos: int) -> Span | None:
    """The regulator whose words are reported around token `pos`: named as a fact before it,
    a verb of saying right after the name ('the ICO said', 'the ICO has confirmed'), no other
    regulator between -- 'it' after that is the regulator ('the ICO said the force had told
    it')."""
    doc = sent.span.doc
    before = [r for r in sent.regulators if r.end <= pos and sent.asserted(r)]
    if not before:
        return None
    r = max(before, key=lambda x: x.end)
    said = next(
        (w.i for w in doc[r.end : min(r.end + 3, pos)] if w.lemma_.lower() in _SPEAKING), None
    )
    return r if said is not None else None


def handed_to_force(sent: Sent, cue: Span) -> bool:
    """An inquiry verb in the infinitive right after a force ('returned the case to the
    force to investigate', 'asked the constabulary to look into it'): the force is to run
    it, whoever handed it over."""
    doc = cue.doc
    if cue.start < 2 or doc[cue.start - 1].lower_ != "to":
        return False
    bodies = [*sent.forces, *sent.cues.get("roles.force_anaphor", [])]
    if any(b.end == cue.start - 1 for b in bodies):
        return True
    # "the force was told by the ICO to review its procedures": the force, told in the
    # passive, is the one to do it -- the regulator the agent right before "to"
    agent = next((r for r in sent.regulators if r.end == cue.start - 1), None)
    if agent is None:
        return False
    by = agent.start - 1 if doc[agent.start - 1].lower_ != "the" else agent.start - 2
    if by <= sent.span.start or doc[by].lower_ != "by":
        return False
    return any(by - _TOLD_REACH <= b.end < by for b in bodies)


_TOLD_REACH = 4  # "the force | has been told | by the ICO"


def _we_told_regulator(sent: Sent, cue: Span) -> bool:
    """In the sentence 'we' told a regulator ('We have reported the matter to the ICO and we
    are reviewing our procedures', 'as part of our investigation we have informed the ICO'):
    the 'we' is the one that told it -- the force or its people -- so the inquiry it speaks
    of, before the telling or after it, is its own, not the regulator's. The regulator must
    come after the telling word ('we have received a report' is the regulator's own 'we'); after
    "our" inquiry, a referral word tells it too ('made a self-referral to the IOPC')."""
    doc = sent.span.doc
    ours = cue.start > 0 and doc[cue.start - 1].lower_ in _OURS
    return any(
        (
            (t.end <= cue.start and cue_before(sent, "voice.first_person", t.start, 2))
            or (t.start >= cue.end and ours)  # "our investigation ... informed the ICO"
        )
        and any(
            t.end <= r.start < (cue.start if t.end <= cue.start else sent.span.end)
            for r in sent.regulators
        )  # the one told
        for t in [*told_regulator(sent), *(sent.cues.get("actions.referral", []) if ours else [])]
    )


_OURS = {"our"}  # first-person possessives: the speaker's own inquiry


def _decision_pending(sent: Sent) -> bool:
    """The sentence tells the sanction's decision is still to come ('will make representations
    about the fine', 'can make representations before the fine is confirmed', actions.toml
    [pending]): a notice-of-intent stage, the sanction not imposed. "Before" a word of the
    decision tells it only beside a word of the sanction still to come -- a modal ('can',
    'will', 'may') or one of `to_come` ('intends', 'provisional') -- and not where a sanction
    verb in the past governs the clause before it ('The ICO issued a reprimand to the force
    before the decision was published': the sanction made)."""
    data = load_toml("actions.toml", data_dir_of(sent)).get("pending", {})
    words = set(data.get("words", []))
    before = set(data.get("before", []))
    decided = set(data.get("decided", []))
    settled = set(data.get("settled", []))
    to_come = set(data.get("to_come", []))
    reach = int(data.get("reach", 0))
    toks = list(sent.span)
    for i, t in enumerate(toks):
        if t.lower_ in words and not any(u.lower_ in settled for u in toks[max(0, i - reach) : i]):
            return True
        if (
            t.lower_ in before
            and any(u.lower_ in decided for u in toks[i + 1 : i + 1 + reach])
            and any(u.lower_ in _MODALS or u.lower_ in to_come for u in toks)
            and not _sanction_made(sent, t.i, to_come)
        ):
            return True
    return False


_MODALS = {"can", "could", "will", "would", "may", "might", "shall", "should", "must", "'ll"}


def _sanction_made(sent: Sent, pos: int, to_come: set[str]) -> bool:
    """A sanction verb of actions.toml [sanction_verb] `forms` ('issued', 'fined',
    'reprimanded'), no modal right before it, governs the clause before token `pos` and no
    word of the sanction still to come stands there ('The ICO issued a reprimand to the force
    before the decision was published'): the sanction made, whatever is said of its decision."""
    forms = set(load_toml("actions.toml", data_dir_of(sent)).get("sanction_verb", {})["forms"])
    doc = sent.span.doc
    if pos - 1 < sent.span.start:
        return False
    lo, _ = clause_bounds(sent, pos - 1)
    clause = doc[lo:pos]
    if any(t.lower_ in to_come for t in clause):
        return False
    return any(
        t.lower_ in forms and not (t.i > lo and doc[t.i - 1].lower_ in _MODALS) for t in clause
    )


def _first_person(sent: Sent, cue: Span) -> bool:
    """'We have reprimanded', 'our investigation': a regulator speaking -- unless the page is
    a force's own, where 'we are reviewing' is the force's own inquiry, or the 'we' is quoted
    on a page that names no regulator at all ('Police replied: "... and we will look into
    it"'): a regulator's release speaks as 'we' in its own text, and one quoting its officials
    names itself; a quoted 'we' on a page without one is the speaker's, a force's or a
    victim's."""
    if cue.doc.user_data.get(OWN_VOICE):
        return False
    if cue_before(sent, "voice.first_person", cue.start, 2) is None:
        return False
    quoted = _opening_quote(sent, cue.start) is not None
    return not (quoted and not cue.doc.spans.get("regulators"))


_FORCE_SPEAKER_REACH = 4  # '," | a force spokesman said'


def _force_speaks(sent: Sent, cue: Span) -> bool:
    """The quoted 'we' before the cue is a force's: its speaker, named right after the
    closing mark, is a force or one of its people ('"We are investigating the loss," the
    force said', '," a Kent Police spokesman said') -- the force's own inquiry."""
    doc = sent.span.doc
    if _opening_quote(sent, cue.start) is None:
        return False
    if _force_before_quote(sent, cue.start):
        return True
    closing = next((i for i in range(cue.end, sent.span.end) if doc[i].text in _QUOTES), None)
    if closing is None:
        return False
    forces = [*sent.forces, *sent.cues.get("roles.force_anaphor", [])]
    return any(closing < f.start <= closing + _FORCE_SPEAKER_REACH for f in forces) and not any(
        closing < r.start <= closing + _FORCE_SPEAKER_REACH for r in sent.regulators
    )


def _force_before_quote(sent: Sent, pos: int) -> bool:
    """The quote holding token `pos` opens after a force or its spokesperson says it, in this
    sentence or one before ('A spokesperson for Kent Police said: "We apologise. We have
    reviewed our procedures."'): a force, or a police rank (actions.toml [speaker]: 'Chief
    Superintendent Jane Smith said: "We ..."'), named within `_SPEAKER_REACH` tokens before
    the opening mark, a verb of saying after it and no regulator between -- the force's 'we'."""
    doc = sent.span.doc
    opening = _opening_quote(sent, pos)
    if opening is None:
        return False
    lo = max(0, opening - _SPEAKER_REACH)
    cues = doc.spans.get("cues", [])
    forces = [
        *doc.spans.get("forces", []),
        *(c for c in cues if c.label_ == "roles.force_anaphor"),
    ]
    regulators = doc.spans.get("regulators", [])
    ranks = set(load_toml("actions.toml", data_dir_of(sent)).get("speaker", {}).get("ranks", []))
    forces += [doc[i : i + 1] for i in range(lo, opening) if doc[i].lower_ in ranks]
    for f in forces:
        if not lo <= f.start < opening or f.end > opening:
            continue
        between = doc[f.end : opening]
        if any(t.lemma_.lower() in _SPEAKING for t in between) and not any(
            f.end <= r.start < opening for r in regulators
        ):
            return True
    return False


def first_person_action(sents: list[Sent], publisher: str | None = None) -> Found | None:
    """'We have reprimanded X', 'our investigation': a regulator's own release. The
    publishing regulator's (its site), else the implied regulator of cues.toml."""
    for sent in sents:
        for _, cue in actions_in(sent, require_regulator=False):
            if _first_person(sent, cue):
                voice = load_toml("cues.toml", data_dir_of(sent))["voice"]
                name = publisher or voice["implied_regulator"]
                return Found(name, sent)
    return None


def _handed_back(action: Found) -> bool:
    """A regulator that only weighed a referral and handed it back for the force to
    investigate ('the IOPC reviewed the referral and returned it to the force to
    investigate'): no inquiry of its own, so the case stays at what came before."""
    sent = action.sent
    cues = sent.cues.get("actions.investigation", [])
    return weighed_only(action) and any(handed_to_force(sent, c) for c in cues)


def _undone_later(action: Found, sents: list[Sent]) -> bool:
    """A fine told in one sentence and undone in a later one ('The force was fined £80,000.
    The fine was later withdrawn.'): the later sentence undoes a fine (`fine_undone`) and
    names no amount of its own, or names this sentence's -- the penalty is gone, as its
    amount is (extract/rules/money.py `withdrawn_values`)."""
    if action.value != "monetary_penalty":
        return False
    sent = action.sent
    mine = {m.kb_id_ for m in sent.money if m.label_ != "foreign"}
    for later in sents:
        if later.idx <= sent.idx or not fine_undone(later):
            continue
        own = {m.kb_id_ for m in later.money if m.label_ != "foreign"}
        if not own or own & mine:
            return True
    return False


def best_action(sents: list[Sent]) -> Found | None:
    order = severity(sents[0] if sents else None)
    cued = [(Found(a, s), c) for s in sents for a, c in actions_in(s)]
    # A rebuke told in plain words ("the force has been censured by the watchdog") is the
    # reporter's word for a sanction: one the text names outright ("it signed an
    # undertaking") is what it was.
    rebukes = {(c.start, c.end) for s in sents for c in regulator_rebukes(s)}
    if any(f.value in _SANCTIONS and (c.start, c.end) not in rebukes for f, c in cued):
        cued = [(f, c) for f, c in cued if (c.start, c.end) not in rebukes]
    found = [f for f, _ in cued if not _handed_back(f)]
    # a fine undone in a later sentence: the regulator weighed the case, no penalty stands
    found = [Found("investigation", f.sent) if _undone_later(f, sents) else f for f in found]
    # A regulator told of the incident, in any wording: its referral -- unless the text has a
    # regulator close the matter, in a sentence that need not name the force ('The ICO has
    # confirmed it will not be taking further action'). It takes an incident told elsewhere
    # to the regulator; alone it makes no incident of its own (no action word).
    told = [s for s in sents if told_regulator(s)]
    if told and not any(_closes_one(s) for s in split_sentences(told[0].span.doc)):
        found += [Found(_REFERRAL, s) for s in told]
    if not found:
        return None
    # Most severe first; among equals, a sentence that names the regulator.
    best = min(found, key=lambda f: (order.index(str(f.value)), not f.sent.regulators))
    if order.index(str(best.value)) > order.index(_PROPOSED_STAGE):
        # told, and then a sanction proposed ('reported the loss to the ICO', 'the ICO
        # intends to fine the force'): the regulator is weighing it, more than being told
        return proposed_sanction(sents) or best
    return best


def regulator_of(action: Found | None) -> Found | None:
    """The regulator named nearest the most severe action's word (the ICO's fine, not the
    IOPC's conduct probe mentioned next to it)."""
    if action is None:
        return None
    regulators = [r for r in action.sent.regulators if _stated(action.sent, r)]
    issuers = _issuers(data_dir_of(action.sent)).get(str(action.value), [])
    if issuers and not any(r.label_ in issuers for r in regulators):
        # "following an IOPC investigation, the force was reprimanded": only the ICO
        # reprimands a force; the IOPC named beside it did not
        if len(issuers) == 1:
            return _issuer_named(action, issuers[0])
        regulators = []
    regulators = [r for r in regulators if not issuers or r.label_ in issuers]
    if not regulators:
        return None
    cues = [c for a, c in actions_in(action.sent) if a == action.value]
    anchor = cues[0].start if cues else action.sent.span.start
    nearest = min(regulators, key=lambda r: abs(r.start - anchor))
    if action.value == _REFERRAL:
        lo, hi = clause_bounds(action.sent, anchor) if cues else (0, len(action.sent.span.doc))
        told = [r for r in regulators if lo <= r.start < hi]
        if nearest in told:
            nearest = _usual_among(action.sent, told)
    return Found(nearest.label_, action.sent)


def _usual_among(sent: Sent, told: list[Span]) -> Span:
    """Of several regulators told of the breach together ('the IPCC and the ICO have been
    informed'), the one that normally acts on a data breach (cues.toml [voice]
    `implied_regulator`, the Information Commissioner); the others are that regulator only
    when they alone are told or act. Else the first named."""
    usual = load_toml("cues.toml", data_dir_of(sent))["voice"]["implied_regulator"]
    if len({r.label_ for r in told}) > 1:
        return next((r for r in told if r.label_ == usual), told[0])
    return told[0]


def _issuer_named(action: Found, issuer: str) -> Found | None:
    """A sanction only one regulator imposes on a force (`sole_issuer_of`: a fine, a
    reprimand), told in a sentence that names no regulator: that regulator when the text
    names it anywhere as a fact ('Kent Police has been reprimanded ... The IOPC
    investigated the officer ... the ICO said'), not another body the story names more or
    first. None when the text does not name it (the caller weighs the others)."""
    named = [
        (r, s) for s in split_sentences(action.sent.span.doc) for r in s.regulators if s.asserted(r)
    ]
    where = next((s for r, s in named if r.label_ == issuer), None)
    return Found(issuer, where) if where is not None else None


def sole_issuer(action: Found | None) -> Found | None:
    """The one regulator that takes this action against a UK police force, when the story
    names none ('In 2012 the force was fined £150,000 after ...': only the Information
    Commissioner fines a force over data, serves it an enforcement notice, reprimands it or
    takes its undertaking; a reprimand on one of its people is discipline, `_on_a_person`).
    Which body is the sole issuer of what is `sole_issuer_of` in regulators.jsonl."""
    if action is None:
        return None
    issuers = _issuers(data_dir_of(action.sent)).get(str(action.value), [])
    return Found(issuers[0], action.sent) if len(issuers) == 1 else None


@cache
def _issuers(data_dir: str | None) -> dict[str, list[str]]:
    """Action -> the regulators whose `sole_issuer_of` names it (read once per data folder)."""
    out: dict[str, list[str]] = {}
    for row in load_jsonl("regulators.jsonl", data_dir):
        for action in row.get("sole_issuer_of", ()):
            out.setdefault(action, []).append(row["name"])
    return out


def named_regulator(sents: list[Sent]) -> Found | None:
    """The regulator named most in the incident's sentences (those with an action word count
    double): who took an action whose own sentence names no one ('the force has been
    reprimanded ... the ICO said')."""
    counts: dict[str, float] = {}
    where: dict[str, Sent] = {}
    acting_where: dict[str, Sent] = {}
    for sent in sents:
        acting = bool(actions_in(sent, require_regulator=False))
        for r in sent.regulators:
            if not sent.asserted(r):
                continue
            counts[r.label_] = counts.get(r.label_, 0.0) + (2.0 if acting else 1.0)
            where.setdefault(r.label_, sent)
            if acting:
                acting_where.setdefault(r.label_, sent)
    if not counts:
        return None
    name = max(counts, key=lambda n: counts[n])
    return Found(name, acting_where.get(name) or where[name])


def notified_regulator(sents: list[Sent]) -> Found | None:
    """A regulator the force told about the breach, or that is acting on it, with no action
    word of its own ('the force informed the ICO', 'the ICO has been made aware'):
    a regulator that is asserted in a sentence with a notification or involvement cue."""
    for sent in sents:
        cues = [
            c
            for c in involvement_cues(sent)
            if _stated(sent, c)
            and not _in_a_name(sent, c)  # "the Police Investigations and Review Commissioner"
            and not _referral_spoken_of(c)
            and not not_done(sent, c)  # "the force failed to report it to the ICO"
            and not _denied_purpose(sent, c)  # "no plans for an inquiry by the ICO"
            and not in_general(sent, c)  # "the ICO receives thousands of reports a year"
            and not _other_matter(sent, c)  # "under investigation over an unrelated matter"
            and not _counted_telling(sent, c)  # "of which four were reported to the ICO"
            and not _regulator_tells(sent, c)  # "the ICO told this newspaper it ..."
            and requested(sent, c) != "other"  # "MPs urged the ICO to investigate"
            and not _own_report(sent, c)  # "HMICFRS criticised the force in a report"
            and not _for_comment(sent, c.end)  # "the ICO was contacted for comment"
            and not any(  # "the paper contacted the ICO for comment"
                c.end <= r.start <= c.end + 1 and _for_comment(sent, r.end) for r in sent.regulators
            )
        ]
        cues += _proposed_actions(sent)
        cues += _prompted(sent)
        for cue in cues:
            lo, hi = clause_bounds(sent, cue.start)
            near = [
                r
                for r in sent.regulators
                if lo <= r.start < hi
                and _stated(sent, r)
                and not _told_in_word_only(sent, r)
                and not _rules_of(sent, r)
            ]
            if near:
                return Found(_usual_among(sent, near).label_, sent)
        closer = closing_regulator(sent)
        if closer is not None:
            return Found(closer.label_, sent)
        decider = decided_handling(sent)
        if decider is not None:
            return Found(decider.label_, sent)
    # Failing all that, a regulator that said it takes no action or imposes no sanction
    # ('the ICO said it would not fine the force'): it dealt with the breach.
    for sent in sents:
        decliner = _declining_regulator(sent)
        if decliner is not None:
            return Found(decliner.label_, sent)
    return None


_PROMPTING = {"after", "following"}  # "an audit after the loss", "following the leak, ..."
_PHRASAL = {"look", "looks", "looked", "looking", "take", "takes", "took", "taking"}


def _prompted(sent: Sent) -> list[Span]:
    """A regulator's audit or practice recommendation the sentence says the breach prompted
    ('the ICO audited the force after the loss of the files', 'following the leak the
    ICO issued a practice recommendation'): a word of prompting ('after', 'following')
    in the sentence, not the one the audit is the object of ('a rating after an audit', 'the
    ratings it gives following an audit'), and the cue stated as a fact. An audit with no
    such word (one the force invited, a routine one) ties no regulator to a breach."""
    cues = sent.cues.get("regulator.prompted", [])
    if not cues:
        return []
    return [
        c
        for c in cues
        if _stated(sent, c)
        and not not_done(sent, c)
        and not in_general(sent, c)
        and _prompting_word(sent, c)
    ]


def _prompting_word(sent: Sent, cue: Span) -> bool:
    """'after'/'following' opening the sentence ('Following the leak, the ICO audited the
    force') or after the cue ('an audit of the force after the loss') --
    not one the cue is the object of ('a rating after an audit'), nor a phrasal verb's
    ('how well we look after the information')."""
    doc = sent.span.doc
    words = [t for t in sent.span if not (t.is_space or t.is_punct)]
    if words and words[0].lower_ in _PROMPTING:
        return True
    return any(
        t.lower_ in _PROMPTING and doc[t.i - 1].norm_ not in _PHRASAL
        for t in doc[cue.end : sent.span.end]
    )


def decided_handling(sent: Sent) -> Span | None:
    """A regulator, named as a fact, that decided how the case is handled ('the IOPC decided
    it should be investigated by the force's professional standards department', 'the IOPC
    determined the complaint should be dealt with locally'): a verb of deciding right after
    it, not denied, and a handling word after that, however hedged (actions.toml [decided]).
    It was referred the case and dealt with it."""
    data = load_toml("actions.toml", data_dir_of(sent)).get("decided")
    if not data:
        return None
    doc = sent.span.doc
    hi_s = sent.span.end
    verbs, handling = set(data["verbs"]), set(data["handling"])
    reach, scope = int(data["reach"]), int(data["scope"])
    for r in sent.regulators:
        if not _stated(sent, r) or _told_in_word_only(sent, r):
            continue
        verb = next(
            (t for t in doc[r.end : min(hi_s, r.end + reach + 1)] if t.lemma_.lower() in verbs),
            None,
        )
        if verb is None or not sent.asserted(doc[verb.i : verb.i + 1]):
            continue
        if any(t.lower_ in _NEGATIONS for t in doc[r.end : verb.i]):
            continue  # "the IOPC has not decided"
        after = doc[verb.i + 1 : min(hi_s, verb.i + 1 + scope)]
        if any(t.lemma_.lower() in handling and not t.lower_.endswith("ing") for t in after):
            return r  # not "to change its guidance on data handling", a noun
    return None


_NEGATIONS = {"not", "n't", "never", "no", "none"}


def _in_a_name(sent: Sent, c: Span) -> bool:
    """A cue word inside a regulator's own name ('Investigations' and 'Review' in 'the Police
    Investigations and Review Commissioner'): the body's title, no act of it."""
    return any(r.start <= c.start and c.end <= r.end for r in sent.regulators)


def _own_report(sent: Sent, c: Span) -> bool:
    """'Report' as a noun a body writes, not one made to it ('HMICFRS criticised the force's
    record keeping in a report', 'the ICO's annual report'): right after a determiner or a
    possessive, that not the object of a verb of making, sending or receiving ('made a report
    to the IOPC', 'the ICO received a report'), and no recipient after it ('a report to')."""
    data = _told(data_dir_of(sent))
    doc = sent.span.doc
    if c[0].norm_ != "report" or len(c) != 1 or not data:
        return False
    lo = sent.span.start
    i = c.start - 1
    names = {k for r in sent.regulators for k in range(r.start, r.end)}
    while i >= lo and (doc[i].lower_ in data.get("report_modifiers", []) or i in names):
        i -= 1  # "a damning HMICFRS inspection report"
    if i < lo:
        return False
    if doc[i].lower_ not in data.get("report_determiners", []) and doc[i].text != "'s":
        return False
    if i - 1 >= lo and doc[i - 1].norm_ in data.get("report_makers", []):
        return False  # "made a report", "received a report"
    after = {t.lower_ for t in doc[c.end : min(sent.span.end, c.end + 3)]}
    return not after & {"to", "with", "from"}


def _rules_of(sent: Sent, r: Span) -> bool:
    """The regulator names the rules a sentence goes by, after 'under' ('under ICO rules,
    organisations have 72 hours to report a breach', 'under the ICO's guidance'): the law's
    setting, no body told of or acting on this breach -- its name then runs on into a noun
    that is no action word ('under ICO investigation' stays one)."""
    doc = sent.span.doc
    lo = sent.span.start
    if _guidance_of(sent, r):
        return True
    first = r.start - 1 if r.start > lo and doc[r.start - 1].lower_ == "the" else r.start
    if first - 1 < lo or doc[first - 1].lower_ != "under" or r.end >= sent.span.end:
        return False
    nxt = r.end + 1 if doc[r.end].lower_ in _GENITIVES else r.end
    if nxt >= sent.span.end or not doc[nxt].is_alpha:
        return False
    return not any(
        c.start <= nxt < c.end for k, v in sent.cues.items() if k.startswith("actions.") for c in v
    )


def _guidance_of(sent: Sent, r: Span) -> bool:
    """The regulator named as the author of what it publishes for all, its name running on
    into it, a possessive at most between ('reviewed the incident in line with ICO
    guidance', 'followed the Information Commissioner's code of practice', 'under the ICO's
    rules'): the rules a force goes by, no body told of or acting on this breach
    (actions.toml [told] `published`)."""
    doc = sent.span.doc
    words = _told(data_dir_of(sent)).get("published", [])
    k = r.end + 1 if r.end < sent.span.end and doc[r.end].lower_ in _GENITIVES else r.end
    rest = [t.lower_ for t in doc[k : min(sent.span.end, k + 3)]]
    return any(rest[: len(w.split())] == w.split() for w in words)


def _told_in_word_only(sent: Sent, r: Span) -> bool:
    """The regulator is only the recipient of a telling spoken of, none done: a gerund after
    a preposition in a sentence that denies something ('the incident was assessed against
    the criteria for reporting to the ICO and did not meet the threshold'), or a habit in a
    relative clause ('a data protection officer, who reports to the ICO on compliance')."""
    data = _told(data_dir_of(sent))
    doc = sent.span.doc
    lo_s = sent.span.start
    first = r.start - 1 if r.start > lo_s and doc[r.start - 1].lower_ == "the" else r.start
    if not data or first - 1 <= lo_s or doc[first - 1].lower_ != "to":
        return False
    lo, _ = clause_bounds(sent, first - 1)
    verb = None
    for i in range(first - 2, max(lo, first - 2 - int(data["to_window"])) - 1, -1):
        if doc[i].norm_ in data["to_recipient"]:
            verb = doc[i]
            break
        if doc[i].lower_ in _TO_STOPS:
            break
    if verb is None or verb.i <= lo_s:
        return False
    before = doc[verb.i - 1].lower_
    if verb.lower_.endswith("ing") and before in _GERUND_AFTER:
        return any(t.lower_ in _NEGATIONS for t in sent.span)
    habit = verb.lower_.endswith("s") and verb.norm_ != verb.lower_
    return habit and before in _RELATIVES


def closing_regulator(sent: Sent) -> Span | None:
    """A regulator that dealt with the breach and closed the matter ('The ICO looked at it
    and decided to take no action'): named before the closing words, as a fact."""
    for cue in sent.cues.get("regulator.closed", []):
        for r in sent.regulators:
            if r.end <= cue.start and sent.asserted(r):
                return r
    return _closing_quoted(sent) or _closed_next(sent)


# Sanctions a regulator may say it will not impose ("the ICO said it would not fine the
# force", "decided against issuing a reprimand"): cue labels of the words.
_SANCTION_CUES = (
    "money.fine",
    "actions.monetary_penalty",
    "actions.enforcement_notice",
    "actions.reprimand",
)


def _of_all(sent: Sent, w: Span) -> bool:
    """The words right after a declined sanction speak of bodies in general, not this force
    ('the ICO has not fined any police force', 'it will not fine public bodies', 'does not
    issue fines to forces'): 'any', 'all' or 'every' before the clause goes on ('because
    ...'), or a habit ('the ICO does not fine forces')."""
    doc = sent.span.doc
    if w.start > sent.span.start and doc[w.start - 1].lower_ in {"does", "do"}:
        return True
    if w.start > sent.span.start + 1 and doc[w.start - 2].lower_ in {"does", "do"}:
        return True
    end = min(sent.span.end, w.end + _ALL_REACH)
    for t in doc[w.end : end]:
        if t.lower_ in _ALL_STOPS or t.is_punct:
            return False
        if t.lower_ in {"any", "all", "every"}:
            return True
    return False


_ALL_REACH = 5  # "fine | any | police | force"
_ALL_STOPS = {"because", "as", "since", "given", "due", "after", "but", "and", "over", "for"}


def _declining_regulator(sent: Sent) -> Span | None:
    """A regulator saying it takes no action or imposes no sanction, in whatever words ('the
    ICO decided not to take any further action', 'the ICO said it would not fine the force
    because ...', 'the watchdog opted not to issue a penalty'): an action word or a sanction
    word in a negated scope, the nearest body named before it a regulator, as a fact, with
    no force or other body between. It dealt with the breach: the incident's regulator."""
    doc = sent.span.doc
    words = [doc[t.i : t.i + 1] for t in sent.span if t.norm_ in _ACTION_WORDS]
    words += sent.cues.get("regulator.pursue", [])
    words += [c for label in _SANCTION_CUES for c in sent.cues.get(label, [])]
    for w in sorted(words, key=lambda x: x.start):
        if "negated" not in sent.modality(w) or not _regulator_before(sent, w.start):
            continue
        if _of_many(sent, w.end - 1) or _against_person(sent, w.end) or _of_all(sent, w):
            continue
        before = [r for r in sent.regulators if r.end <= w.start and sent.asserted(r)]
        return max(before, key=lambda x: x.end)
    return None


def _closed_next(sent: Sent) -> Span | None:
    """A regulator that only weighed the breach, in a sentence of its own, and closed it in
    the next, standing there as 'it' or 'they' ('The ICO assessed the incident. It concluded
    no further action was needed.'): the regulator of the weighing sentence, its subject."""
    cues = [c for a, c in actions_in(sent) if a == "investigation"]
    if not cues or not all(c[0].norm_ in _TRIAGE for c in cues):
        return None
    if _first_person(sent, cues[0]):
        return _closed_in_own_voice(sent, cues[0])
    first = _first_body(sent, sent.span.start, cues[0].start)
    if first is None or not any(r is first for r in sent.regulators) or not sent.asserted(first):
        return None
    doc = sent.span.doc
    nxt = next((s for s in split_sentences(doc) if s.span.start == sent.span.end), None)
    if nxt is None or nxt.regulators or not closes_matter(nxt):
        return None
    return first


_OWN_VOICE_REACH = 4  # "we | have since | closed the case"


def _closed_in_own_voice(sent: Sent, cue: Span) -> Span | None:
    """A regulator's own page that only weighed the breach in the first person and closed it
    in the first person in the next sentence ('We reviewed a report from the force. No data
    had been misused, and we closed the case.'): the 'we' of the weighing, standing for the
    implied regulator (cues.toml [voice]), as `first_person_action` names it."""
    doc = sent.span.doc
    nxt = next((s for s in split_sentences(doc) if s.span.start == sent.span.end), None)
    if nxt is None or nxt.regulators:
        return None
    for c in nxt.cues.get("regulator.closed", []):
        if cue_before(nxt, "voice.first_person", c.start, _OWN_VOICE_REACH) is None:
            continue
        if _of_many(nxt, c.end) or _against_person(nxt, c.end):
            continue
        we = cue_before(sent, "voice.first_person", cue.start, 2)
        if we is None:
            return None
        name = load_toml("cues.toml", data_dir_of(sent))["voice"]["implied_regulator"]
        return Span(doc, we.start, we.end, label=name)
    return None


def _closing_quoted(sent: Sent) -> Span | None:
    """A regulator closing the matter in its own quoted words, named only as the speaker
    after them ('"Having reviewed the case, we decided not to take any further action," the
    ICO said'): closing words, or an action word denied, after the quoted 'we'."""
    words = [*sent.cues.get("regulator.closed", []), *sent.cues.get("regulator.pursue", [])]
    words += [
        sent.span.doc[t.i : t.i + 1]
        for t in sent.span
        if t.norm_ in _ACTION_WORDS and "negated" in sent.modality(sent.span.doc[t.i : t.i + 1])
    ]
    for w in words:
        if _regulator_quoted(sent, w) and not _of_many(sent, w.end - 1):
            return _quote_speaker(sent, w.start, w.end)
    return None


_PRONOUNS = {"it", "they"}


def closes_matter(sent: Sent) -> bool:
    """A regulator closing the matter in so many words: named right before the closing
    words ('the ICO, which took no further action'), or standing as 'it' or 'they' right
    before them when it is the first body the sentence names, the one that speaks ('the ICO
    told the force that, after its review, it would take no further action'; not 'the force
    told the ICO that it would take no further action against the officer'). Not a closing
    said of many cases ('the ICO took no formal action in any of them')."""
    doc = sent.span.doc
    closing = [
        c
        for c in sent.cues.get("regulator.closed", [])
        if not _of_many(sent, c.end) and not _against_person(sent, c.end)
    ]
    for c in closing:
        if any(
            0 <= c.start - r.end <= 4
            and not _told_then(sent, r, c.start)
            and not _teller_goes_on(sent, r, c.start)
            for r in sent.regulators
        ):
            return True
        if any(
            _relative_closes(sent, r, c.start) or _told_goes_on(sent, r, c.start)
            for r in sent.regulators
        ):
            return True  # "referred itself to the ICO, which decided to take no further action"
        if _closed_by_regulator(sent, c):
            return True  # "no further action was taken by the regulator"
        if _regulator_quoted(sent, c):
            return True  # "the ICO was notified and has since closed the case"
        before = doc[max(sent.span.start, c.start - 5) : c.start]
        if not any(t.lower_ in _PRONOUNS for t in before):
            continue
        bodies = [
            *sent.regulators,
            *sent.forces,
            *sent.cues.get("roles.organisation", []),
            *sent.cues.get("roles.force_anaphor", []),  # "the force told the ICO that it ..."
        ]
        inside = [b for b in bodies if sent.span.start <= b.start < c.start]
        first = min(inside, key=lambda b: b.start) if inside else None
        if first is not None and any(r is first for r in sent.regulators) and sent.asserted(first):
            return True
        if first is None and _pronoun_for_regulator(sent, c.start):
            return True  # "The breach was reported to the ICO. It took no further action."
    return any(_told_closed(sent, c) for c in closing)


_OPENING_REACH = 2  # "It | later decided", "But | it said"


def _pronoun_for_regulator(sent: Sent, pos: int) -> bool:
    """The sentence opens with 'it' or 'they', names no body before token `pos`, and the
    sentence before it names a regulator, as a fact, as its first body -- its subject or,
    with no body before it, the one the story turns to ('The breach was reported to the ICO.
    It decided to take no further action.'; not 'The force told the ICO. It said ...', whose
    'it' is the force)."""
    doc = sent.span.doc
    lo = sent.span.start
    opening = doc[lo : min(pos, lo + _OPENING_REACH)]
    if lo == 0 or not any(t.lower_ in _PRONOUNS for t in opening):
        return False
    bodies = [
        *sent.regulators,
        *sent.forces,
        *sent.cues.get("roles.organisation", []),
        *sent.cues.get("roles.force_anaphor", []),
        *sent.cues.get("money.person", []),
    ]
    if any(lo <= b.start < pos for b in bodies):
        return False
    prev = next((s for s in split_sentences(doc) if s.span.end == lo), None)
    if prev is None:
        return False
    named = [
        *prev.regulators,
        *prev.forces,
        *prev.cues.get("roles.organisation", []),
        *prev.cues.get("roles.force_anaphor", []),
        *prev.cues.get("money.person", []),
    ]
    if not named:
        return False
    first = min(named, key=lambda b: (b.start, -b.end))
    return any(r is first for r in prev.regulators) and prev.asserted(first)


_RELATIVE_REACH = 8  # ", which | has since decided | to take | no further action"


def _relative_closes(sent: Sent, r: Span, pos: int) -> bool:
    """The closing words at token `pos` sit in a relative clause hung on the regulator ('the
    ICO, which decided to take no further action', 'the IOPC, who have since decided to take
    no action'): the regulator is its subject, however many words its verb takes -- with no
    other body or person named between, and no second clause opened."""
    doc = sent.span.doc
    end = r.end
    if end < sent.span.end and doc[end].text == "(":  # "the Information ... Office (ICO), which"
        end = next((t.i + 1 for t in doc[end:pos] if t.text == ")"), end)
    if end + 1 >= pos or doc[end].text != "," or doc[end + 1].lower_ not in {"which", "who"}:
        return False
    if pos - end > _RELATIVE_REACH or not sent.asserted(r):
        return False
    between = doc[end + 2 : pos]
    if any(t.text in {",", ";"} or t.lower_ in _COORDINATING for t in between):
        return False
    return not _others_between(sent, end + 2, pos)


def _others_between(sent: Sent, lo: int, hi: int) -> bool:
    """A force, other organisation or person named in tokens [lo, hi)."""
    bodies = [
        *sent.forces,
        *sent.cues.get("roles.force_anaphor", []),
        *sent.cues.get("roles.organisation", []),
        *sent.cues.get("money.person", []),
    ]
    return any(lo <= b.start < hi for b in bodies)


_TOLD_REACH = 12  # "the ICO | was told about the loss of the files | and took | no ..."


def _told_goes_on(sent: Sent, r: Span, pos: int) -> bool:
    """The regulator, told in the passive, goes on as the subject of a coordinated verb that
    opens the closing words ('the ICO was told about the loss and took no further action',
    'the watchdog was informed of the breach but decided to take no action'): its act -- not
    'the ICO was informed and no action will be taken' (`_told_then`)."""
    doc = sent.span.doc
    if not r.end < pos <= r.end + _TOLD_REACH or not sent.asserted(r):
        return False
    passive = _told(data_dir_of(sent)).get("passive", [])
    told = next(
        (t.i for t in doc[r.end : pos] if t.norm_ in passive and is_passive(doc[t.i : t.i + 1])),
        None,
    )
    if told is None or _others_between(sent, r.end, pos):
        return False
    join = next((t.i for t in doc[told + 1 : pos] if t.lower_ in {"and", "but"}), None)
    if join is None or join + 1 >= pos or doc[join + 1].lower_ in _CLOSING_OPENERS:
        return False
    return not any(t.text in {";"} for t in doc[told:pos])


_BY_REACH = 4  # "no further action | was | taken | by | the ICO"


def _closed_by_regulator(sent: Sent, cue: Span) -> bool:
    """Closing words told in the passive with the regulator as their agent ('no further
    action was taken by the ICO', 'no action will be taken by the regulator')."""
    doc = sent.span.doc
    hi = min(sent.span.end, cue.end + _BY_REACH)
    by = next((t.i for t in doc[cue.end : hi] if t.lower_ == "by"), None)
    if by is None:
        return False
    return any(
        by < r.start <= by + 2
        and not sent.modality(r) - {"negated"}  # the closing's own "no" covers its agent
        and not _others_between(sent, cue.end, by)
        for r in sent.regulators
    )


def _teller_goes_on(sent: Sent, r: Span, pos: int) -> bool:
    """The regulator is the one told, after 'to' or a telling verb, and a coordinated verb
    follows it before the closing words ('the force reported the breach to the ICO and
    decided to take no further action against the officer'): the teller, the clause's
    subject, goes on to act -- not the regulator."""
    doc = sent.span.doc
    lo = sent.span.start
    first = r.start - 1 if r.start > lo and doc[r.start - 1].lower_ == "the" else r.start
    if first <= lo:
        return False
    told = doc[first - 1].lower_ == "to" or doc[first - 1].norm_ in _TELLING
    if not told or is_passive(doc[first - 1 : first]):
        return False
    j = r.end
    if j >= pos or doc[j].lower_ not in {"and", "but"}:
        return False
    return j + 1 < pos and doc[j + 1].lower_ not in _CLOSING_OPENERS


_THAT = {"that"}
_ACTION_WORDS = {"action", "step"}


def _declines_action(sent: Sent) -> bool:
    """A regulator, or 'it' standing for one, saying it takes no action, in whatever words
    ('The ICO has confirmed it will not be taking further action', 'the regulator said it
    would not be taking any action'): an action word in a negated scope, a regulator named
    as a fact before it in the sentence and no force or other body between them."""
    doc = sent.span.doc
    words = [doc[t.i : t.i + 1] for t in sent.span if t.norm_ in _ACTION_WORDS]
    words += sent.cues.get("regulator.pursue", [])  # "would not take the matter further"
    for w in words:
        if "negated" not in sent.modality(w):
            continue
        by_regulator = (
            _regulator_before(sent, w.start)
            or _regulator_quoted(sent, w)
            or _pronoun_for_regulator(sent, w.start)  # "The ICO was told. It took no action."
        )
        if by_regulator and not _of_many(sent, w.end - 1) and not _against_person(sent, w.end):
            return True
    return False


def _regulator_before(sent: Sent, pos: int) -> bool:
    """The nearest body named before token `pos` is a regulator, named as a fact, with no
    force, other organisation or person named between: the regulator is who acts at `pos`
    ('The ICO was notified and has since closed the case'; not 'the ICO said the force would
    take no action against the officer')."""
    before = [r for r in sent.regulators if r.end <= pos and sent.asserted(r)]
    if not before:
        return False
    r = max(before, key=lambda x: x.end)
    if _told_then(sent, r, pos):
        return False  # "the ICO was informed and no action will be taken against him"
    bodies = [
        *sent.forces,
        *sent.cues.get("roles.force_anaphor", []),
        *sent.cues.get("roles.organisation", []),
        *sent.cues.get("money.person", []),
    ]
    return not any(r.end <= b.start < pos for b in bodies)


# Words that end one clause and open the next, whose subject then follows.
_CLAUSE_JOINS = {"and", "but", ",", ";"}
# Words that open closing words told as a clause's subject ("no further action").
_CLOSING_OPENERS = {"no", "further", "formal", "any"}


def _told_then(sent: Sent, r: Span, pos: int) -> bool:
    """The regulator is the one told, in the passive, and the closing words at token `pos`
    open a clause of their own as its subject ('the ICO has been informed and no further
    action will be taken against the officer', 'the ICO was notified, but no action is
    needed'): the closing is not the regulator's act -- unlike 'the ICO was told and took no
    further action', where the regulator goes on as the subject."""
    doc = sent.span.doc
    passive = _told(data_dir_of(sent)).get("passive", [])
    for t in doc[r.end : pos]:
        if t.norm_ not in passive or not is_passive(doc[t.i : t.i + 1]):
            continue
        j = t.i + 1
        while j < pos and doc[j].lower_ in _CLAUSE_JOINS:
            j += 1
        if j == t.i + 1:
            return False  # "was told of it and closed the case"
        return all(w.lower_ in _CLOSING_OPENERS for w in doc[j:pos])
    return False


def _closes_one(sent: Sent) -> bool:
    """A regulator closing one matter, in the words of `closes_matter` or any others
    (`_declines_action`)."""
    return closes_matter(sent) or _declines_action(sent)


def _of_many(sent: Sent, pos: int) -> bool:
    """The words right after token `pos` speak of many cases ('took no formal action in any
    of these cases'): a closing said of a page's breaches in aggregate, not of one."""
    kinds = _told(data_dir_of(sent)).get("cases", [])
    end = min(sent.span.end, pos + _MANY_REACH)
    return any(t.norm_ in kinds and t.lower_ != t.norm_ for t in sent.span.doc[pos:end])


_MANY_REACH = 6  # "no formal action | in any of the 63 cases"
_AGAINST_REACH = 6  # "no further action | would be taken | against | the"
_AGAINST = {"against"}


def _against_person(sent: Sent, pos: int) -> bool:
    """Closing words aimed at one of the force's people ('no further action will be taken
    against the officer', 'took no action against him'): the misconduct or criminal case
    closed, not a regulator's handling of the breach -- 'against' a few words after token
    `pos` with a person named right after it."""
    doc = sent.span.doc
    end = min(sent.span.end, pos + _AGAINST_REACH)
    at = next((t.i for t in doc[pos:end] if t.lower_ in _AGAINST), None)
    if at is None:
        return False
    return any(at < p.start <= at + 3 for p in sent.cues.get("money.person", []))


def _told_closed(sent: Sent, cue: Span) -> bool:
    """The one who reported it was told the matter is closed ('the force, which reported it
    to the ICO, was told that no further action would be taken'): closing words right after
    a telling verb in the passive, in a sentence naming a regulator as a fact -- the teller."""
    doc = sent.span.doc
    i = cue.start - 1
    while i > sent.span.start and doc[i].lower_ in _THAT:
        i -= 1
    if i <= sent.span.start or doc[i].norm_ not in _told(data_dir_of(sent)).get("passive", []):
        return False
    return is_passive(doc[i : i + 1]) and any(sent.asserted(r) for r in sent.regulators)


_PROPOSED_STAGE = "investigation"  # actions.toml's name for a regulator's inquiry under way
_REFERRAL = "referral"  # actions.toml's name for a regulator told of the breach


def proposed_sanction(sents: list[Sent]) -> Found | None:
    """A sanction a regulator has announced it means to impose, not yet final ('the ICO has
    told the force it intends to fine it', 'issued a notice of intent'): the regulator is
    still weighing the case -- the inquiry stage, an investigation -- when nothing final is
    told. The regulator must be named in the sentence, as a fact, before the action word
    (it is the one proposing); a penalty a force or a court proposes is no regulator's."""
    for sent in sents:
        for cue in _proposed_actions(sent):
            if any(r.end <= cue.start and sent.asserted(r) for r in sent.regulators):
                return Found(_PROPOSED_STAGE, sent)
            if any(_agent_after(sent, cue, r) and _stated(sent, r) for r in sent.regulators):
                return Found(_PROPOSED_STAGE, sent)  # "served a notice of intent by the ICO"
    return None


def _agent_after(sent: Sent, cue: Span, r: Span) -> bool:
    """The regulator right after the cue as its sender: 'by' or 'from', then at most 'the'
    ('a notice of intent from the data watchdog')."""
    doc = sent.span.doc
    between = [t.lower_ for t in doc[cue.end : r.start]]
    return (
        r.start > cue.end and between[0] in {"by", "from"} and all(w == "the" for w in between[1:])
    )


def _proposed_actions(sent: Sent) -> list[Span]:
    """Action words a regulator announced but has not (yet) taken ('the ICO intends to fine
    the force'): no action of the incident, but the regulator is dealing with it."""
    proposed = [
        c
        for action in severity(sent)
        for c in sent.cues.get(f"actions.{action}", [])
        if "proposed" in sent.modality(c)
        and "negated" not in sent.modality(c)  # "the ICO has no plans to fine the force"
        and not not_done(sent, c)
    ]
    # "the ICO has issued a notice of intent": the proposal named by its notice, stated
    notices = [
        c
        for c in sent.cues.get("actions.notice_of_intent", [])
        if sent.asserted(c) and not not_done(sent, c)
    ]
    return proposed + notices
