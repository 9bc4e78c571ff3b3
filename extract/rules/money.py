"""Which amount is the fine imposed on the force, which the amount paid, which neither.

An amount's role comes from the clause it sits in: a fine word in the same clause makes it a
fine; a ConText scope over it (components/context.py) makes it a maximum ("up to £17m"), a
counterfactual ("rather than a £400,000 penalty"), a threat ("could face a £5,000 fine") or a
proposal ("intends to fine £1m", kept apart from the final amount); a payment cue makes it the
amount paid; a court case with no regulator makes it a fine on an individual, not the force.
"""

from __future__ import annotations

import re
from typing import cast

from spacy.tokens import Span, Token

from extract.components.doctext import doc_data_dir
from extract.datafiles import load_toml
from extract.rules.found import Found
from extract.sentences import Sent, clause_bounds, cue_after, cue_before, is_passive

_CONVERSION_GAP_RE = re.compile(r"^\s*\(\s*(?:about|around|approximately|c\.|roughly)?\s*$")
# Roles an amount can have.
FINE, PAID, PROPOSED, MAXIMUM, OTHER = "fine", "paid", "proposed", "maximum", "other"


def fine_cues(sent: Sent) -> list[Span]:
    """Fine words stated as facts (not 'could face a fine', 'decided not to fine')."""
    return [c for c in sent.cues.get("money.fine", []) if sent.asserted(c)]


def _fine_words(sent: Sent) -> list[Span]:
    return [c for c in sent.cues.get("money.fine", []) if not offence_fine(sent, c)]


def offence_fine(sent: Sent, cue: Span) -> bool:
    """A fine word right after a kind of offence by the public ('parking fines', 'speeding
    fines' a force's contractor processes, `money.offence_kinds`): an everyday fine, no
    regulator's penalty on anyone in the story."""
    doc = sent.span.doc
    kinds = set(load_toml("cues.toml", doc_data_dir(doc))["money"].get("offence_kinds", []))
    k = cue.start - 1
    return k >= sent.span.start and (doc[k].lower_ in kinds or doc[k].lemma_.lower() in kinds)


def _passed_over(sent: Sent, span: Span) -> bool:
    """The amount of a fine judged due and then passed over for another sanction
    (extract/rules/actions.py `judged_only`): a fine word right before or after it."""
    from extract.rules.actions import judged_only  # actions reads this module

    return any(
        (c.end <= span.start <= c.end + 1 or span.end <= c.start <= span.end + 1)
        and judged_only(sent, c)
        for c in sent.cues.get("actions.monetary_penalty", [])
    )


def _modal_perfect_fine(sent: Sent, span: Span) -> bool:
    """The amount of a fine told in a modal perfect, what would or could have been imposed
    (extract/rules/actions.py `modal_perfect`: 'would ordinarily have fined the force
    £400,000', 'a penalty of £1.2m could have been justified'): the fine word right after
    it, or before it with no comma between and at most a few words."""
    from extract.rules.actions import modal_perfect  # actions reads this module

    doc = sent.span.doc
    return any(
        (
            span.end <= c.start <= span.end + 1
            or (
                c.end <= span.start <= c.end + 6
                and not any(t.lower_ in {",", ";"} for t in doc[c.end : span.start])
            )
        )
        and modal_perfect(sent, c)
        for c in sent.cues.get("actions.monetary_penalty", [])
    )


def classify_money(sent: Sent, span: Span, has_regulator: bool) -> str:
    """FINE, PAID, PROPOSED, MAXIMUM or OTHER for one amount in its sentence."""
    if span.label_ == "foreign":
        return OTHER
    prev = [m for m in sent.money if m.end <= span.start]
    gap = sent.text[prev[-1].end_char - sent.start : span.start_char - sent.start] if prev else ""
    if prev and _CONVERSION_GAP_RE.match(gap):
        return OTHER  # "£150,000 ($194,000)": a conversion, not a second amount
    if _other_body_fined(sent, span) or _named_payer_is_other(sent, span):
        return OTHER  # "the ICO fined a council £100,000": another organisation's fine
    modality = sent.modality(span)
    if "maximum" in modality or cue_before(sent, "money.maximum", span.start, 3):
        return MAXIMUM
    if _pooled(sent, span):
        return OTHER  # "fined Kent Police and Essex Police a combined £180,000": no one's own
    if cue_before(sent, "money.escaped", span.start, 3):
        return OTHER  # "escaped a £250,000 fine", "was spared a potential £250,000 penalty"
    if _passed_over(sent, span):
        return OTHER  # "merited a fine of £250,000, but it chose to issue a reprimand"
    if _modal_perfect_fine(sent, span):
        return OTHER  # "would ordinarily have fined it £400,000": what was not imposed
    if _discount_base(sent, span):
        return FINE  # "a 20% discount on the £150,000 fine": what the discount came off
    if _cut_to_final(sent, span):
        return FINE  # "the penalty, initially set at £300,000, was reduced to £60,000"
    if _faced_sanction(sent, span, has_regulator):
        return FINE  # "faces an £80,000 bill after the ICO issued a penalty notice"
    if modality & {"counterfactual", "hypothetical", "negated"}:
        return OTHER
    ordered = sent.cues.get("money.ordered", [])

    def paid_cue(cue: Span | None) -> bool:  # "pay" inside "ordered to pay" is the order's
        return cue is not None and not any(o.start <= cue.start < o.end for o in ordered)

    doc = span.doc
    before = cue_before(sent, "money.paid", span.start, 4)
    after = cue_after(sent, "money.paid", span.end, 5)
    # "was fined £100,000 by the ICO; it paid early": the paying is another clause's
    if before is not None and _across_semicolon(sent, before.end, span.start):
        before = None
    if after is not None and _across_semicolon(sent, span.end, after.start):
        after = None
    if after is not None and (
        after[-1].lower_ == "to"
        or any(span.end <= m.start < after.start for m in sent.money)
        or any(after.end <= m.start <= after.end + 2 for m in sent.money)
        or any(after.end <= m.start and doc[m.start - 1].lower_ == "to" for m in sent.money)
    ):
        # "£80,000, reduced to £64,000", "£90,000 - it paid £72,000": the cue is the next
        # amount's, the one it governs; so is a later amount the sum came down to ("£100,000,
        # which it paid early, earning a 20% discount to £80,000")
        after = None
    fine_next = any(span.end <= c.start <= span.end + 1 for c in _fine_words(sent))
    if before is not None and before.text.lower() == "pay" and fine_next:
        before = None  # "agreed to pay an £80,000 penalty": the amount is the penalty
    if before is not None and _ordered_to_pay(sent, span):
        before = None  # "ordered the force to pay £30,000": the pay is the order's
    if _proposal_cut(sent, span, has_regulator):
        return FINE  # "had proposed a £250,000 fine but reduced it to £100,000"
    if cut_on_appeal(sent, span):
        return FINE  # "the penalty was reduced to £60,000 on appeal": the fine now imposed

    if paid_cue(before) or paid_cue(after):
        return PAID
    lo, hi = clause_bounds(sent, span.start)
    words = (
        [c for c in _fine_words(sent) if lo <= c.start < hi]
        or _list_lead_words(sent, span, lo)
        or _antecedent_words(sent, span, lo)
    )
    # "cut the fine from £200,000 to £100,000", "its proposed fine of £2m to £500,000": the
    # amount after "to" is what the fine became, the one before it what it was.
    after_to = span.start >= 1 and doc[span.start - 1].lower_ == "to"
    if words and after_to and any(m.end == span.start - 1 for m in sent.money):
        return FINE
    before_to = span.end < len(doc) and doc[span.end].lower_ == "to"
    if words and before_to and any(m.start == span.end + 1 for m in sent.money):
        return OTHER
    if (
        "proposed" in modality
        or _nearest_word_proposed(sent, span, words)
        or _proposal_after(sent, span)
    ):
        return PROPOSED if words else OTHER
    if court_imposed(sent, span.end, 2):
        return OTHER  # "fined £650 by magistrates": a court's fine on a person
    if span.label_ != "bare" and any(span.end <= c.start <= span.end + 1 for c in words):
        if _sentenced_person(sent, span, has_regulator):
            return OTHER  # "the judge ordered him to pay a £1,500 fine": a sentence
        return FINE  # "ordered to pay a £80,000 fine": the fine word settles it
    not_before = cue_before(sent, "money.not_penalty", span.start, 3)
    if not_before is not None and _fine_glue(sent, span, words, not_before):
        not_before = None  # "a penalty worth £60,000": the fine's own glue, no other sum
    if not_before is not None or cue_after(sent, "money.not_penalty", span.end, 2):
        return OTHER
    if sent.has("money.court") and (not has_regulator or _criminal_court_only(sent)):
        return OTHER  # a court fine on an individual officer
    if individual_pays(sent, span):
        return OTHER
    if has_regulator and (
        any(0 <= _before_sum(sent, span) - o.end <= 1 for o in ordered)
        or _ordered_to_pay(sent, span)
    ):
        return FINE  # "the force has been ordered to pay £80,000" in a regulator's story
    if not words:
        if _regulator_hands_to_force(sent, span) or _item_under_fines_headline(sent, span):
            return FINE
        return OTHER
    if span.label_ == "bare":
        return FINE if _next_to_fine_word(span, words) else OTHER
    return FINE


_ITEM_MARKS = {"-", "–", "—", ":", ",", "|", ".", ")", "(", "#"}


def _item_under_fines_headline(sent: Sent, span: Span) -> bool:
    """'1. Gloucestershire Constabulary - £185,000' under the headline 'Police penalties: a
    look back': a line that is only an item's heading -- a force's name and the amount, list
    numbers and marks between -- on a page whose headline (its first line) speaks of fines
    as a fact: each item's sum is that force's fine, told far from any fine word."""
    doc = span.doc
    if span.label_ != "GBP" or not sent.forces:
        return False
    named = {i for f in sent.forces for i in range(f.start, f.end)}
    for t in sent.span:
        if span.start <= t.i < span.end or t.i in named or t.is_space:
            continue
        if t.text in _ITEM_MARKS or (t.like_num and t.i < span.start and t.i not in named):
            continue
        return False
    if not any(f.end <= span.start for f in sent.forces):
        return False
    first_line_end = next((t.i for t in doc if "\n" in t.text), len(doc))
    if sent.span.start < first_line_end:
        return False  # the headline itself: its own words decide
    heads = [
        c for c in doc.spans.get("cues", []) if c.label_ == "money.fine" and c.end <= first_line_end
    ]
    if not heads:
        return False
    scopes = [
        s for s in doc.spans.get("context", []) if any(s.start <= c.start < s.end for c in heads)
    ]
    return not scopes  # "Forces could face bigger fines": a threat, no list of fines


_HANDING_VERBS = {"issue", "impose", "serve", "hand", "slap"}
_HANDED_TO = {"to", "on"}


def _regulator_hands_to_force(sent: Sent, span: Span) -> bool:
    """'ICO issues £750,000 to Police Service of Northern Ireland', 'the Information
    Commissioner imposed £80,000 on Kent Police': a regulator, a verb of handing a sanction
    out right after it, the amount its object (an article between at most) and a force right
    after 'to' or 'on' -- a penalty told with no fine word, as headlines shorten it. Not
    another body's sum ('the Home Office gave £750,000 to the force': no regulator), nor a
    verb of funding."""
    doc = span.doc
    if span.label_ != "GBP":
        return False
    k = span.start - 1
    while k > sent.span.start and doc[k].lower_ in _ARTICLES:
        k -= 1
    verb = doc[k]
    if verb.lemma_.lower() not in _HANDING_VERBS and verb.lower_.rstrip("s") not in _HANDING_VERBS:
        return False
    if not any(r.end == verb.i or r.end == verb.i - 1 for r in sent.regulators):
        return False
    if span.end >= sent.span.end or doc[span.end].lower_ not in _HANDED_TO:
        return False
    return any(f.start in (span.end + 1, span.end + 2) for f in sent.forces)


def _fine_glue(sent: Sent, span: Span, words: list[Span], cue: Span) -> bool:
    """The not-a-penalty word before the amount is glue between a fine word and it ('a
    penalty worth £60,000'): a fine word ends before the cue and only glue words
    (`money_glue.between`) stand between that fine word and the amount."""
    doc = span.doc
    glue = set(load_toml("cues.toml", doc_data_dir(doc))["money_glue"]["between"])
    return any(
        c.end <= cue.start and all(t.lower_ in glue for t in doc[c.end : span.start]) for c in words
    )


def _across_semicolon(sent: Sent, lo: int, hi: int) -> bool:
    """A ';' between tokens `lo` and `hi`: what stands on its far side is another clause's."""
    return any(t.text == ";" for t in sent.span.doc[lo:hi])


def _paying_the_whole_fine(sent: Sent, span: Span) -> bool:
    """'the force has paid the £50,000 fine', 'the fine of £50,000 was paid last month': a
    plain verb of paying, the amount the fine word's own (only glue between), the one amount
    in the sentence and no discount or cut told in it."""
    cues = [
        c
        for c in (
            cue_before(sent, "money.paid", span.start, 4),
            cue_after(sent, "money.paid", span.end, 5),
        )
        if c is not None
    ]
    if not cues or any(c.lemma_.lower() != "pay" for c in cues):
        return False
    if len(sent.money) != 1 or sent.has("money.discount") or sent.has("money.reduced"):
        return False
    return _next_to_fine_word(span, _fine_words(sent))


def whole_fines_paid(sents: list[Sent], story: list[Sent], has_regulator: bool) -> list[Found]:
    """Fines told only as paid ('the force has paid the £50,000 fine'): the amount paid is
    the fine imposed when the story tells of no discount or cut anywhere ('pays £96,000
    penalty' over a £120,000 fine cut for early payment is the amount paid). For a story that
    states no fine amount otherwise."""
    if any(s.has("money.discount") or s.has("money.reduced") for s in story):
        return []
    return [
        f
        for f in amounts(sents, PAID, has_regulator)
        if any(int(m.kb_id_) == f.value and _paying_the_whole_fine(f.sent, m) for m in f.sent.money)
    ]


def _faced_sanction(sent: Sent, span: Span, has_regulator: bool) -> bool:
    """An amount the force 'faces' (present, no modal: 'faces an £80,000 bill', 'is now
    facing a £80,000 fine') in a sentence that states, as a fact, the penalty imposed ('after
    the ICO issued a penalty notice', 'after being fined by the watchdog'): the sum it must
    pay, not a threat. Not 'could face', 'faces a fine of up to', nor a cost, compensation or
    damages bill; not a second amount in the sentence."""
    if not has_regulator or len(sent.money) != 1:
        return False
    covering = [s for s in sent.scopes if s.start <= span.start < s.end]
    if not covering or any(s.label_ != "hypothetical" for s in covering):
        return False
    doc = span.doc
    data = load_toml("cues.toml", doc_data_dir(doc))["money_glue"]
    for s in covering:
        trigger = doc[s.start - 1] if s.start > 0 else None
        if trigger is None or trigger.lemma_.lower() != "face" or s.kb_id_ != "forward":
            return False
        before = {t.lower_ for t in doc[max(sent.span.start, trigger.i - 3) : trigger.i]}
        if before & set(data["faced_modal"]):
            return False  # "will face", "is likely to face", "if it faces"
    if cue_before(sent, "money.maximum", span.start, 3):
        return False
    near = [
        c
        for c in sent.cues.get("money.not_penalty", [])
        if span.start - 3 <= c.start <= span.end + 2 and c.text.lower() not in data["faced_bill"]
    ]
    if near:
        return False  # "faces a £80,000 compensation bill"
    return any(c.start >= span.end and c not in covering for c in fine_cues(sent))


def _pooled(sent: Sent, span: Span) -> bool:
    """'The ICO fined Kent Police and Essex Police a combined £180,000', 'were fined £180,000
    between them': a sum pooled over two or more forces named in the sentence is no force's
    own fine. Not 'were each fined £90,000', nor one force's 'total of £180,000'."""
    names = {f.text.lower() for f in sent.forces if not in_longer_name(sent, f)}
    if not names and _several_fines(sent):
        return True  # "Penalties on police reach £330,000": what several fines came to
    if len(names) < 2 and not (not names and _many_fined(sent)):
        return False
    doc = span.doc
    glue = load_toml("cues.toml", doc_data_dir(doc))["money_glue"]
    before = {t.lower_ for t in doc[max(sent.span.start, span.start - 3) : span.start]}
    after = " ".join(t.lower_ for t in doc[span.end : min(sent.span.end, span.end + 3)])
    return bool(before & set(glue["pooled_before"])) or any(
        after.startswith(w) for w in glue["pooled_after"]
    )


_FORCES_WORDS = {"forces", "constabularies"}
_FINES_WORDS = {"fines", "penalties"}


def _many_fined(sent: Sent) -> bool:
    """'Police fines total £400,000', 'Three forces were fined a combined £250,000': a
    sentence naming no force that speaks of forces or fines in the plural -- a sum pooled
    over them is as much no one force's as one over forces it names."""
    return any(t.lower_ in _FORCES_WORDS | _FINES_WORDS for t in sent.span)


def _several_fines(sent: Sent) -> bool:
    """'Police fines top £400,000', 'Penalties on forces reach £330,000': an amount in a
    sentence naming no force whose fine noun is plural ('fines', 'penalties') sums several
    fines -- no one force's. Not 'each' force's fine ('were each given fines of £5,000'), nor
    a fine of one force's ('the force's fines')."""
    words = {t.lower_ for t in sent.span}
    if "each" in words or (sent.has("roles.force_anaphor") and not words & _FORCES_WORDS):
        return False
    return bool(words & _FINES_WORDS)


def _discount_base(sent: Sent, span: Span) -> bool:
    """'a 20% discount on the £150,000 fine', 'a reduction off its £150,000 penalty', 'the
    fine was reduced from £150,000 to £120,000 for early payment': in a sentence that tells
    an early-payment discount and no appeal, an amount the discount is taken off -- right
    after 'on', 'off' or 'from' (determiners between), a discount or reducing word just
    before that, and the amount the fine word's own or the start of 'from £X to £Y' -- is
    the fine imposed; what it came down to is the amount paid."""
    if not sent.has("money.discount") or sent.has("money.appeal"):
        return False
    doc = span.doc
    glue = load_toml("cues.toml", doc_data_dir(doc))["money_glue"]
    k = span.start - 1
    while k > sent.span.start and doc[k].lower_ in _ARTICLES:
        k -= 1
    if k <= sent.span.start or doc[k].lower_ not in glue["discount_base"]:
        return False
    cues = [
        *sent.cues.get("money.discount", []),
        *sent.cues.get("money.reduced", []),
        *sent.cues.get("money.paid", []),
    ]
    lead = any(k - 2 <= c.end <= k for c in cues) or any(
        t.lower_ in glue["discount_noun"] for t in doc[max(sent.span.start, k - 2) : k]
    )
    if not lead:
        return False
    to_next = (
        span.end + 1 < sent.span.end
        and doc[span.end].lower_ == "to"
        and any(m.start == span.end + 1 for m in sent.money)
    )
    fine_after = any(
        c.start >= span.end and all(t.lower_ in glue["between"] for t in doc[span.end : c.start])
        for c in _fine_words(sent)
    )
    return to_next or fine_after


def _nearest_word_proposed(sent: Sent, span: Span, words: list[Span]) -> bool:
    """The fine word nearest the amount is a proposal ('intends to fine the force £500,000');
    not a final fine next to a proposal told apart ('the ICO, which had proposed a £500,000
    penalty, fined the force £250,000': 'fined' governs £250,000, not 'penalty')."""
    if not words:
        return False
    nearest = min(words, key=lambda c: min(abs(span.start - c.end), abs(c.start - span.end)))
    return "proposed" in sent.modality(nearest)


_LIST_SEPARATORS = {";"}
_LIST_OPENER = ":"
_DASHES = {"–", "—"}
_NOT_STATED = {"hypothetical", "negated", "counterfactual", "maximum"}


def _list_lead_words(sent: Sent, span: Span, lo: int) -> list[Span]:
    """'Other forces have been fined: Kent Police £100,000 and Essex Police £80,000',
    'Previous penalties: Kent Police, £100,000; Essex Police, £80,000', 'The fine: £80,000':
    an amount listed after a colon (items apart by ';') takes the fine words of the clause that
    opens the list -- when the list before the amount holds only forces' names, other listed
    amounts, punctuation and list glue (an item, not a clause of its own: 'Kent was fined last
    year: it spent £80,000 on new systems' is no list), and those words are stated, not
    threatened or denied."""
    doc = span.doc
    glue = set(load_toml("cues.toml", doc_data_dir(doc))["money_glue"]["list_item"])
    # the document's names and sums, not the part's: a sentence split per force keeps only
    # its own force's item, while the list's earlier items stand before it
    named = {
        i
        for key in ("forces", "money")
        for m in doc.spans.get(key, ())
        for i in range(m.start, m.end)
    }
    start = lo
    while True:
        for t in doc[start : span.start]:
            if t.i not in named and not t.is_punct and t.lower_ not in glue:
                return []
        opener = start - 1
        if opener <= sent.span.start:
            return []
        if doc[opener].text in _LIST_SEPARATORS:
            start, _ = clause_bounds(sent, opener - 1)
            continue
        if doc[opener].text in _DASHES and start == span.start and _set_off(sent, span):
            break  # "fined the force – £100,000 – the largest ...": the sum set off in dashes
        if doc[opener].text != _LIST_OPENER:
            return []
        break
    # the whole lead-in, not its last clause: "Forces fined since 2018: ..."
    lead_lo = max(
        (t.i + 1 for t in doc[sent.span.start : opener] if t.text == _LIST_OPENER),
        default=sent.span.start,
    )
    return [
        c
        for c in _fine_words(sent)
        if lead_lo <= c.start and c.end <= opener and not sent.modality(c) & _NOT_STATED
    ]


def _set_off(sent: Sent, span: Span) -> bool:
    """The amount closes its part: a dash, a comma, a bracket or the sentence's end after it."""
    end = span.end
    return end >= sent.span.end or span.doc[end].is_punct


_RELATIVE_OPENERS = {"which", "that"}


def _antecedent_words(sent: Sent, span: Span, lo: int) -> list[Span]:
    """'the penalty, which stands at £100,000', 'a fine which amounts to £80,000': the amount
    completes a relative clause whose antecedent, right before its pronoun, is a fine word,
    and only a copula lies between the pronoun and the amount -- the clause says what the fine
    is. Not 'the penalty, which it paid with £100,000 of savings' (more than a copula)."""
    doc = span.doc
    pronoun = lo - 1
    if pronoun - 1 <= sent.span.start or doc[pronoun].lower_ not in _RELATIVE_OPENERS:
        return []
    glue = set(load_toml("cues.toml", doc_data_dir(doc))["money_glue"]["copula"])
    if not all(t.norm_ in glue for t in doc[lo : span.start]):
        return []
    head = pronoun - 1 if doc[pronoun - 1].text == "," else pronoun
    return [c for c in _fine_words(sent) if c.end == head and not sent.modality(c) & _NOT_STATED]


_PROPOSAL_REACH = 5  # "£250,000 | penalty | had | initially | been | proposed"


def _proposal_after(sent: Sent, span: Span) -> bool:
    """'A £250,000 penalty was proposed but ...', 'the £250,000 the regulator had proposed':
    a proposal word after the amount, only its fine word and glue between -- the amount was
    proposed, told after it (ConText scopes of proposals run forward only)."""
    doc = span.doc
    glue = set(load_toml("cues.toml", doc_data_dir(doc))["money_glue"]["proposal"])
    fine_tokens = {i for c in _fine_words(sent) for i in range(c.start, c.end)}
    for cue in sent.cues.get("money.proposal", []):
        if not span.end <= cue.start <= span.end + _PROPOSAL_REACH:
            continue
        between = doc[span.end : cue.start]
        return all(t.i in fine_tokens or t.norm_ in glue for t in between)
    return False


_RECIPIENT_LINKS = {"to", "on", "against"}
_FINED_REACH = 8  # "fined | a London borough council | that ... | £100,000"
_RECIPIENT_REACH = 4  # "£100,000 | penalty | handed | to | a | hospital trust"


def _other_body_fined(sent: Sent, span: Span) -> bool:
    """'The ICO fined a council £100,000', 'a £100,000 penalty handed to a hospital trust':
    the body fined, named first between the fine verb and the amount or right after the
    amount's 'to' or 'on', is an organisation that is no force -- its fine, not the force's,
    however the sentence is attributed."""
    doc = span.doc
    lo, hi = clause_bounds(sent, span.start)
    bodies = [*sent.regulators, *sent.forces, *sent.cues.get("roles.organisation", [])]

    def first_is_other(start: int, end: int) -> bool | None:
        inside = [b for b in bodies if start <= b.start < end]
        if not inside:
            return None
        first = min(inside, key=lambda b: (b.start, -b.end))
        forces = [f for f in sent.forces if not in_longer_name(sent, f)]
        named = [*forces, *sent.regulators]
        return not any(f.start <= first.start < f.end for f in named)

    for cue in _fine_words(sent):
        if not (lo <= cue.start and cue.end <= span.start <= cue.end + _FINED_REACH):
            continue
        if any(cue.end <= m.start < span.start for m in sent.money):
            continue
        verdict = first_is_other(cue.end, span.start)
        if verdict is not None:
            return verdict
    for cue in _fine_words(sent):  # "the police and crime commissioner was fined £8,000"
        if not (lo <= cue.start and cue.end <= span.start <= cue.end + 1):
            continue
        if not is_passive(cue[:1]):
            continue
        start = lo
        while start - 2 >= sent.span.start and doc[start - 1].lower_ in _RELATIVE_PRONOUNS:
            start, _ = clause_bounds(sent, start - 2)  # back over ", which ...," to the subject
        # a body inside a relative clause on another is not the one fined: "a firm that
        # scanned records for Surrey Police was fined £40,000", "Kent Police, which used a
        # private firm, was fined £60,000"
        before = [
            b
            for b in bodies
            if start <= b.start and b.end <= cue.start and not in_relative(sent, b, start, bodies)
        ]
        if before:
            nearest = max(before, key=lambda b: (b.end, b.end - b.start))
            if any(b is nearest for b in sent.cues.get("roles.organisation", [])) and not any(
                f.start <= nearest.start < f.end for f in sent.forces
            ):
                return True
    for i in range(span.end, min(span.end + _RECIPIENT_REACH, hi)):
        if doc[i].lower_ in _RECIPIENT_LINKS:
            return bool(first_is_other(i + 1, min(i + 4, hi)))
        if any(m.start == i for m in sent.money):
            break
    return False


def in_relative(sent: Sent, body: Span, lo: int, bodies: list[Span]) -> bool:
    """The body stands inside a relative clause on another body before it: 'that', 'which'
    or 'who' right after that body's name (or after its comma), and no comma between the
    pronoun and this body ('a firm that scanned records for Surrey Police', 'Kent Police,
    which used a private firm'). Not 'said that Kent Police ...': no body before 'that'."""
    doc = sent.span.doc
    ends = {b.end for b in bodies}
    for r in range(body.start - 1, lo, -1):
        if doc[r].text == ",":
            return False
        if doc[r].lower_ in _RELATIVE_PRONOUNS:
            k = r - 1
            if doc[k].text == "," and k > lo:
                k -= 1
            return k + 1 in ends
    return False


def in_longer_name(sent: Sent, force: Span) -> bool:
    """A force's name inside another body's ('the Kent Police and Crime Commissioner', 'the
    Kent Police Federation', 'the Essex Police, Fire and Crime Commissioner'): capitalised
    words run on right after it (after 'and', or after a comma and one word then 'and') and
    start no other force or regulator. Not in a headline in title case, where every word is
    capitalised."""
    doc = sent.span.doc
    words = [t for t in sent.span if t.is_alpha]
    if sum(t.is_title or t.is_upper for t in words) > 0.6 * len(words):
        return False
    # the document's names, not the sentence's: a `segment` of a sentence holds only its part's
    # ('Dorset Police and Wiltshire Police were fined ... respectively', split per force)
    named = {m.start for key in ("forces", "regulators") for m in doc.spans.get(key, ())}
    i, end = force.end, sent.span.end
    joined = i < end and doc[i].lower_ == "and"  # "Kent Police and Crime Commissioner"
    listed = i + 2 < end and doc[i].text == "," and doc[i + 2].lower_ == "and"  # ", Fire and"
    if joined or listed:
        i += 1
    return i < end and doc[i].is_title and i not in named and doc[i].lower_ not in _VERB_ADVERBS


def _named_payer_is_other(sent: Sent, span: Span) -> bool:
    """'The Kent Police and Crime Commissioner was fined £10,000': the only force named in
    the amount's clause before it is part of another body's name, and no 'the force' there
    -- that body pays, not the force."""
    lo, _ = clause_bounds(sent, span.start)
    doc = span.doc
    while lo - 2 >= sent.span.start and doc[lo - 1].lower_ in _VERB_ADVERBS:
        lo, _ = clause_bounds(sent, lo - 2)  # "was also fined": one clause, not two
    forces = [f for f in sent.forces if lo <= f.start < span.start]
    if not forces or not all(in_longer_name(sent, f) for f in forces):
        return False
    inside = {i for f in forces for i in range(f.start, f.end)}
    return not any(
        doc[i].lower_ in _FORCE_NOUNS and doc[i - 1].lower_ in {"the", "a"}
        for i in range(lo + 1, span.start)
        if i not in inside
    )


_CUT_REACH = 3  # "reduced | it | to", "was later cut | to"


def _cut_from(sent: Sent, to: int) -> set[int]:
    """The tokens of 'from £X' right before the 'to' at token `to` ('cut the penalty from
    £100,000 to £60,000'): the figure it was cut from, passed over when looking back from 'to'
    for the reducing verb."""
    doc = sent.span.doc
    for m in sent.money:
        if m.end == to and m.start - 1 >= sent.span.start and doc[m.start - 1].lower_ == "from":
            return set(range(m.start - 1, m.end))
    return set()


def _proposal_cut(sent: Sent, span: Span, has_regulator: bool) -> bool:
    """'The ICO had proposed a £250,000 fine but reduced it to £100,000': an amount right
    after 'to' and a reducing verb, the sentence's amount before it a proposal -- the
    proposal brought down to the final fine. A fine imposed and then reduced ('fined £80,000,
    reduced to £64,000 for paying early') is the amount paid, not this."""
    doc = span.doc
    to = span.start - 1
    if to < sent.span.start or doc[to].lower_ != "to":
        return False
    cuts = sent.cues.get("money.reduced", [])
    was = _cut_from(sent, to)  # "reduced it from £250,000 to £100,000"
    if not any(c.end <= to and to - c.end - len(was) <= _CUT_REACH for c in cuts):
        return False
    prev = [m for m in sent.money if m.end <= to]
    prev = [m for m in prev if m.start not in was] or prev
    if not prev:
        return False
    # "initially proposed £300,000": a proposal, whatever else its scope says of it
    return "proposed" in sent.modality(prev[-1]) or (
        classify_money(sent, prev[-1], has_regulator) == PROPOSED
    )


def cut_on_appeal(sent: Sent, span: Span) -> bool:
    """'The penalty was later reduced to £60,000 on appeal', 'a tribunal cut the fine to
    £60,000': an amount right after 'to' and a reducing verb (a word or two between, 'cut the
    penalty to'), in a sentence that tells an appeal or a tribunal and no early-payment
    discount -- the penalty the force now bears, not a sum paid early. Not 'reduced to
    £64,000 for paying promptly' (a discount: the amount paid)."""
    doc = span.doc
    to = span.start - 1
    if to < sent.span.start or doc[to].lower_ != "to":
        return False
    cuts = [*sent.cues.get("money.reduced", []), *sent.cues.get("money.paid", [])]
    fines = {i for c in _fine_words(sent) for i in range(c.start, c.end)}
    was = _cut_from(sent, to)  # "cut the penalty from £100,000 to £60,000"

    def leads_here(c: Span) -> bool:
        if c[-1].lower_ == "to":
            return c.end == span.start and c[0].lower_ != "to"
        words = [t for t in doc[c.end : to] if t.i not in was]
        gap = [t for t in words if t.i not in fines and t.lower_ not in _ARTICLES]
        return c.end <= to and len(words) <= _CUT_REACH and not gap

    if not any(leads_here(c) and c.text.lower() not in _PAYING for c in cuts):
        return False
    return sent.has("money.appeal") and not sent.has("money.discount")


_SUBSTITUTE_REACH = 4  # "substituted | a | lower | penalty | of | £60,000"


def _substituted_on_appeal(sent: Sent, span: Span) -> bool:
    """'A tribunal substituted a penalty of £60,000', 'imposed a reduced fine of £60,000 on
    appeal': the new penalty put in the old one's place (cues.toml money.substituted right
    before it, only articles, fine words and 'of' between), in a sentence that tells an
    appeal and no early-payment discount. As the eval annotates it, the fine is the penalty
    the regulator imposed (`amounts`), the substituted one what the force pays."""
    doc = span.doc
    fines = {i for c in _fine_words(sent) for i in range(c.start, c.end)}
    for c in sent.cues.get("money.substituted", []):
        if not (c.end <= span.start <= c.end + _SUBSTITUTE_REACH):
            continue
        between = doc[c.end : span.start]
        if all(t.i in fines or t.lower_ in _ARTICLES or t.lower_ == "of" for t in between):
            return sent.has("money.appeal") and not sent.has("money.discount")
    return False


_ARTICLES = {"the", "its", "a", "it", "this", "that"}
_PAYING = {"pay", "paid", "actually paid", "actually pay"}


def _before_sum(sent: Sent, span: Span) -> int:
    """Where the words naming the sum before an amount begin: 'to pay the sum of £80,000',
    'to pay a total of £80,000', 'to pay £80,000' -- the token after 'pay'."""
    doc = span.doc
    glue = set(load_toml("cues.toml", doc_data_dir(doc))["money_glue"]["sum"])
    i = span.start
    while i - 1 >= sent.span.start and doc[i - 1].lower_ in glue:
        i -= 1
    return i


_ORDER_REACH = 5  # "ordered | Wiltshire Police's chief constable | to pay"


def _ordered_to_pay(sent: Sent, span: Span) -> bool:
    """'ordered the force to pay £30,000': an ordering verb, its object, then 'to pay' right
    before the amount (an article at most between), all in one clause -- not a court's order
    ('the county court ordered the force to pay £20,000')."""
    doc = span.doc
    i = _before_sum(sent, span) - 1
    if i - 1 < sent.span.start or doc[i].norm_ != "pay" or doc[i - 1].lower_ != "to":
        return False
    lo, _ = clause_bounds(sent, i - 1)
    # the agent, named by a regulator, is passed over ("was ordered by the Information
    # Commissioner's Office to pay £80,000"): one name however many words it takes
    agent = {t for r in sent.regulators for t in range(r.start + 1, r.end)}

    def gap(v: Span) -> int:
        return sum(1 for t in range(v.end, i - 1) if t not in agent)

    verbs = [
        v
        for v in sent.cues.get("money.order_verbs", [])
        if lo <= v.start < i - 1 and 0 < gap(v) <= _ORDER_REACH
    ]
    courts = sent.cues.get("money.court", [])  # "a judge ordered the force to pay": damages
    return bool(verbs) and not any(lo <= c.start < verbs[0].start for c in courts)


_COURT_LINKS = {"by", "at"}


def court_imposed(sent: Sent, pos: int, window: int) -> bool:
    """'fined £650 by magistrates', 'a £300 fine at the crown court': a court named as who
    imposed it, within `window` tokens after token `pos` -- a fine on a person, whoever
    prosecuted. A tribunal hears a force's appeal against a penalty: not this."""
    doc = sent.span.doc
    courts = [c for c in sent.cues.get("money.court", []) if "tribunal" not in c.text.lower()]
    for i in range(pos, min(pos + window + 1, sent.span.end)):
        if doc[i].lower_ in _COURT_LINKS:
            return any(i < c.start <= i + 3 for c in courts)
    return False


_FORCE_WORDS = {"force", "constabulary", "police"}
# Clause terminators that are adverbs inside one verb group ("was also fined"): the subject
# before them is still the payer.
_VERB_ADVERBS = {"also", "since"}
# A relative clause between the payer and its verb ("a former officer who looked up the
# records has been fined £500"): the payer is named before the pronoun.
_RELATIVE_PRONOUNS = {"who", "which", "that"}
_FORCE_NOUNS = {"force", "constabulary"}


def _criminal_court_only(sent: Sent) -> bool:
    """A criminal court's sentence ('was fined £1,250 and ordered to pay a victim surcharge')
    with no regulator and no force in the sentence: an individual's fine, even in a story a
    regulator prosecuted. A tribunal hears a force's appeal against a penalty: not this."""
    if sent.regulators or sent.forces or any(t.lower_ in _FORCE_NOUNS for t in sent.span):
        return False
    return any("tribunal" not in c.text.lower() for c in sent.cues.get("money.court", []))


def _sentenced_person(sent: Sent, span: Span, has_regulator: bool) -> bool:
    """A fine word next to the amount, but a court's sentence: a court in a sentence with
    no regulator acting in it ('after the verdict the court ordered him to pay a £2,000
    fine', 'following his conviction he must pay a £1,000 fine'), or a person paying it
    ('the constable was handed a £900 fine'). A criminal fine on someone at the force, never
    the force's penalty, whoever investigated the case."""
    if sent.has("money.court") and (not has_regulator or _criminal_court_only(sent)):
        return True
    return individual_pays(sent, span)


def individual_pays(sent: Sent, span: Span) -> bool:
    """A person pays ('a former Lincolnshire Police call handler was ordered to pay £1,000',
    'magistrates fined her £660'): a person word in the amount's clause before it, and no
    force there except as the person's employer, and no 'the force'. A relative clause
    between the payer and the verb ('a former sergeant who searched the force's systems was
    fined £900') is passed over: the payer is named before its pronoun."""
    lo, _ = clause_bounds(sent, span.start)
    hi = span.start
    doc = span.doc
    while lo - 2 >= sent.span.start and doc[lo - 1].lower_ in _VERB_ADVERBS | _RELATIVE_PRONOUNS:
        if doc[lo - 1].lower_ in _RELATIVE_PRONOUNS:
            hi = lo - 1  # the antecedent's clause names the payer, not the relative clause
        lo, _ = clause_bounds(sent, lo - 2)  # "he was also fined": one clause, not two
    persons = [c for c in sent.cues.get("money.person", []) if lo <= c.start < hi]
    if not persons:
        return _subject_at_force(sent, lo, hi)
    employers = {p.start for p in persons} | {p.start - 1 for p in persons}
    for m in sent.forces:
        if lo <= m.start < hi and m.end not in employers and not _works_for(sent, m, persons):
            return False  # "Kent Police was fined ... after an officer ..."
    named = {i for m in sent.forces for i in range(m.start, m.end)}  # "Kent Constabulary"
    words = {t.lower_ for t in doc[lo:hi] if t.i not in named}
    return not ({"the", "a"} & words and words & {"force", "constabulary"})


_OF_EMPLOYER = {"of", "from", "at", "with"}
_NAME_REACH = 3  # "PC | John Smith | of Kent Police"


def _employer_link(sent: Sent, force: Span) -> int | None:
    """Where the words making the force someone's employer begin, right before its name:
    'of', 'from', 'at', 'with' ('a detective from Essex Police'), or a participle of working
    and its preposition ('an employee working for Gwent Police', 'a clerk employed by Kent
    Police', 'an analyst based at ...')."""
    doc = sent.span.doc
    link = force.start - 1
    if link < sent.span.start:
        return None
    if doc[link].lower_ in _EMPLOYED_PREPS and link - 1 >= sent.span.start:
        verb = doc[link - 1].lower_
        if verb.endswith(("ing", "ed")) and verb in _EMPLOYED_VERBS:
            return link - 1
    return link if doc[link].lower_ in _OF_EMPLOYER else None


_EMPLOYED_PREPS = {"for", "by", "at", "with", "in"}
_EMPLOYED_VERBS = {"working", "employed", "based", "serving", "stationed", "posted", "attached"}
_SUBJECT_REACH = 4  # "a | civilian | computer | operator | at ..."


def _works_for(sent: Sent, force: Span, persons: list[Span]) -> bool:
    """The force named after a person as their employer: 'PC John Smith of Kent Police', 'a
    detective from Essex Police', 'an employee working for Gwent Police' -- the person pays,
    not the force."""
    link = _employer_link(sent, force)
    if link is None:
        return False
    return any(p.end <= link and link - p.end <= _NAME_REACH for p in persons)


def _subject_at_force(sent: Sent, lo: int, hi: int) -> bool:
    """'A computer operator at Gwent Police was fined £400': the clause opens with a noun
    phrase of its own (an article, a few lower-case words, no word for a force or a chief
    officer), then the force as where that one works, and the fine follows -- someone at the
    force pays, not the force, though no job word of ours names them."""
    doc = sent.span.doc
    if lo >= hi or doc[lo].lower_ not in {"a", "an"}:
        return False
    forces = [m for m in sent.forces if lo < m.start < hi]
    if not forces:
        return False
    first = min(forces, key=lambda m: m.start)
    link = _employer_link(sent, first)
    if link is None or not 1 <= link - (lo + 1) <= _SUBJECT_REACH:
        return False
    words = doc[lo + 1 : link]
    if any(not t.is_lower or not t.is_alpha or t.lower_ in _NOT_A_PERSON for t in words):
        return False
    rest = {t.lower_ for t in doc[first.end : hi]}
    return not rest & _FORCE_NOUNS  # "an officer at Kent Police said the force was fined"


# Head words of a phrase naming the force itself or its chief officer, not a person at it.
_NOT_A_PERSON = {
    "force",
    "constabulary",
    "police",
    "chief",
    "unit",
    "department",
    "team",
    "data",
    "controller",
    "body",
    "service",
}


def _next_to_fine_word(span: Span, fines: list[Span]) -> bool:
    """'a 100,000 fine', 'fines of between 80,000 and ...': only glue words in between."""
    doc = span.doc
    glue = set(load_toml("cues.toml", doc_data_dir(doc))["money_glue"]["between"])
    for cue in fines:
        if cue.end <= span.start and all(t.lower_ in glue for t in doc[cue.end : span.start]):
            return True
        if cue.start >= span.end and all(t.lower_ in glue for t in doc[span.end : cue.start]):
            return True
    return False


# Past forms of the undoing verbs that do not end in -ed or -en ("withdrew", "was set aside").
_PAST_IRREGULAR = {"withdrew", "withdrawn", "set", "struck", "threw", "thrown"}


def fine_undone(sent: Sent) -> bool:
    """A fine of the sentence undone after it was imposed (`_undone`): its action too is gone
    ('the £250,000 fine was replaced with a reprimand')."""
    return _undone(sent)


def _headline_present(sent: Sent, verb: Token) -> bool:
    """A headline's present for a thing done ('Watchdog cancels fine for force', 'Tribunal
    quashes penalty'): a verb in the third person singular ('-s': the pipeline has no
    tagger) in a line with no full stop."""
    return verb.lower_.endswith("s") and not sent.text.rstrip().endswith((".", "?", "!", ":"))


def _undone(sent: Sent) -> bool:
    """A fine of the sentence undone after it was imposed, as a fact and done: its fine word
    the object of a verb of undoing ('the £80,000 fine was later withdrawn', 'a tribunal
    quashed the penalty', 'the ICO withdrew its penalty notice') -- not one asked for or
    hoped ('appealed to have the fine quashed': no 'be'; 'asked the tribunal to overturn
    the fine': no past form),
    nor another thing undone ('the force's appeal was withdrawn')."""
    doc = sent.span.doc
    glue = set(load_toml("cues.toml", doc_data_dir(doc))["money_glue"]["withdrawn"])
    in_money = {i for m in sent.money for i in range(m.start, m.end)}

    def joined(lo: int, hi: int) -> bool:
        return all(t.i in in_money or t.norm_ in glue or t.lower_ in glue for t in doc[lo:hi])

    for w in sent.cues.get("money.withdrawn", []):
        verb = w[0]
        if not (
            verb.lower_.endswith(("ed", "en"))
            or verb.lower_ in _PAST_IRREGULAR
            or _headline_present(sent, verb)
        ):
            continue  # "to quash the fine", "hopes to overturn it": not done
        if not sent.asserted(w):
            continue
        for f in _fine_words(sent):
            between = doc[f.end : w.start]
            if f.end <= w.start and joined(f.end, w.start):
                if any(t.norm_ == "be" for t in between):
                    return True  # "the £80,000 fine was later withdrawn"
                k = f.start - 1
                while (
                    k > sent.span.start
                    and doc[k].lower_ != "had"
                    and (k in in_money or doc[k].norm_ in glue)
                ):
                    k -= 1
                if doc[k].lower_ == "had":
                    return True  # "has had its penalty cancelled"; not "hopes to have"
            elif w.end <= f.start and joined(w.end, f.start):
                return True  # "a tribunal (had) quashed the £80,000 penalty"
        if _subject_undone(sent, w, in_money, glue):
            return True
    return False


_BE_FORMS = {"is", "was", "were", "been", "be"}
_NEW_CLAUSE = {"and", "but", "while", "although", "though", "yet"}
_SUBJECT_REACH = 4  # "A | £160,000 | monetary penalty": the sentence opens with the fine


def _subject_undone(sent: Sent, w: Span, in_money: set[int], glue: set[str]) -> bool:
    """'A £160,000 fine handed to the force after ... has been quashed': the sentence opens
    with the fine (determiners and its amount before the fine word), a passive of undoing is
    its verb, however long the fine's description between them -- the fine was undone."""
    doc = sent.span.doc
    k = w.start - 1
    while k > sent.span.start and doc[k].lower_ in glue and doc[k].lower_ not in _BE_FORMS:
        k -= 1  # back over "later", "since"
    if doc[k].lower_ not in _BE_FORMS:
        return False
    opening = [f for f in _fine_words(sent) if f.start - sent.span.start <= _SUBJECT_REACH]
    if not opening or opening[0].end > k:
        return False
    f = opening[0]
    if any(
        t.text == ";" or (t.text == "," and doc[t.i + 1].lower_ in _NEW_CLAUSE)
        for t in doc[f.end : k]
    ):
        return False  # "..., and the officer's warning was quashed": another clause's subject
    return all(t.i in in_money or t.lower_ in glue for t in doc[sent.span.start : f.start])


_DROP_REACH = 6  # "withdrew | its | original | notice of intent"


def proposal_dropped(sent: Sent, scope: Span, span: Span) -> bool:
    """A proposal's scope whose trigger is itself undone ('the ICO withdrew its notice of
    intent and issued a reprimand instead', 'dropped the proposed fine and reprimanded the
    force'): the proposal is gone, so what the scope covers after the undone object (`span`
    past it) is no proposal -- the undoing verb a fact, done (a past form), and only its
    object (determiners, the proposal's and fine words, an amount) between it and the
    scope's start."""
    if scope.label_ != "proposed" or scope.kb_id_ != "forward":
        return False
    doc = sent.span.doc
    glue = set(load_toml("cues.toml", doc_data_dir(doc))["money_glue"]["withdrawn"])
    inside = {
        i
        for c in [*sent.cues.get("money.proposal", []), *_fine_words(sent), *sent.money]
        for i in range(c.start, c.end)
    }
    for w in sent.cues.get("money.withdrawn", []):
        verb = w[0]
        if not (verb.lower_.endswith(("ed", "en")) or verb.lower_ in _PAST_IRREGULAR):
            continue
        if not (w.end < scope.start <= w.end + _DROP_REACH) or not sent.asserted(w):
            continue
        between = doc[w.end : scope.start]
        if any(t.i in inside for t in between) and all(
            t.i in inside or t.norm_ in glue or t.lower_ in glue for t in between
        ):
            end = scope.start
            while end < scope.end and (end in inside or doc[end].lower_ in glue):
                end += 1  # past the rest of the object: "... notice of intent | and issued"
            return span.start >= end
    return False


def withdrawn_values(sents: list[Sent], has_regulator: bool) -> set[int]:
    """The amounts of fines undone after they were imposed: the amounts a sentence undoing
    a fine names, else every fine amount told before it ('Kent Police was fined £80,000 ...
    The fine was withdrawn on appeal')."""
    out: set[int] = set()
    for n, sent in enumerate(sents):
        if not _undone(sent):
            continue
        own = {int(m.kb_id_) for m in sent.money if m.label_ != "foreign"}
        if own:
            out |= own
            continue
        for before in sents[:n]:
            reg = has_regulator or bool(before.regulators)
            out |= {int(m.kb_id_) for m in before.money if classify_money(before, m, reg) == FINE}
    return out


def _cut_in(found: Found) -> bool:
    """The found amount is what a penalty was cut to in its sentence (`_cut_to_final`)."""
    return any(
        _cut_to_final(found.sent, m) for m in found.sent.money if int(m.kb_id_) == found.value
    )


def amounts(sents: list[Sent], kind: str, has_regulator: bool) -> list[Found]:
    """Every amount of role `kind` in the sentences, with its sentence; a fine undone after
    it was imposed (`withdrawn_values`) is no fine."""
    out = []
    for sent in sents:
        for span in sent.money:
            if classify_money(sent, span, has_regulator or bool(sent.regulators)) == kind:
                out.append(Found(int(span.kb_id_), sent))
    if kind == FINE and out:
        gone = withdrawn_values(sents, has_regulator)
        out = [f for f in out if f.value not in gone]
        # a penalty cut on appeal: the figure it came down to is the fine, not the first
        cut = [
            f
            for f in out
            if any(cut_on_appeal(f.sent, m) for m in f.sent.money if int(m.kb_id_) == f.value)
        ]
        if cut:
            low = min(cast(int, f.value) for f in cut)
            out = [f for f in out if cast(int, f.value) <= low]
        # a penalty the regulator cut, no paying told ("first set at £250,000, was reduced to
        # £50,000"): the figure it started from, in the same sentence, is no fine
        for f in [f for f in out if _cut_in(f)]:
            out = [
                g for g in out if g.sent is not f.sent or cast(int, g.value) <= cast(int, f.value)
            ]
        # a penalty a tribunal put in the fine's place: the fine imposed stands as the fine
        # (the eval's reading), the substituted one only when no other is told
        put = {
            f.value
            for f in out
            if any(
                _substituted_on_appeal(f.sent, m) for m in f.sent.money if int(m.kb_id_) == f.value
            )
        }
        out = [f for f in out if f.value not in put] or out
    return out


# The early-payment discount on a regulator's penalty: a fifth off for paying within the
# period the notice sets (the ICO's 20%; the same rule in every notice since 2010).
_EARLY_SHARE = (4, 5)


def discount_pair(
    sents: list[Sent], story: list[Sent], has_regulator: bool
) -> tuple[Found, Found] | None:
    """The fine imposed and the amount paid when the story tells both only through their
    arithmetic: two amounts of the incident, the smaller exactly four fifths of the larger,
    in a regulator's story that speaks of paying, a discount or a reduction ('will hand over
    £120,000 ... settled on £150,000, and the force qualifies for a 20 per cent reduction',
    'the force should pay £180,000; because it paid quickly the sum will be cut to £144,000',
    a headline's 'Police pay £96k penalty' over a body's '£120,000 fine'). The larger is the
    penalty imposed, the smaller what was paid -- whatever words stand next to each. Not a
    maximum, a conversion or a sum the force escaped; not when more than one such pair is
    told (then the words decide)."""
    if not has_regulator or not any(
        s.has("money.discount") or s.has("money.paid") or s.has("money.reduced") for s in story
    ):
        return None
    found: dict[int, Found] = {}
    proposed: set[int] = set()
    cut: set[int] = set()  # brought down by the regulator, told with no paying
    for sent in sents:
        for span in sent.money:
            if span.label_ == "foreign":
                continue
            role = classify_money(sent, span, True)
            if role == MAXIMUM or cue_before(sent, "money.escaped", span.start, 3):
                continue
            value = int(span.kb_id_)
            found.setdefault(value, Found(value, sent))
            if role == PROPOSED or "proposed" in sent.modality(span):
                proposed.add(value)
            if _cut_to_final(sent, span) or _proposal_cut(sent, span, True):
                cut.add(value)
    discount = any(s.has("money.discount") for s in story)
    num, den = _EARLY_SHARE
    pairs = [
        (found[big], found[big * num // den])
        for big in found
        if big % den == 0
        and big * num // den in found
        and big >= 1000
        # "proposed £100,000 but reduced it to £80,000": a proposal cut, not a discount
        and (discount or (big not in proposed and big * num // den not in cut))
    ]
    return pairs[0] if len(pairs) == 1 else None


_MODALS = {"would", "could", "might", "may", "should", "will", "can", "must"}
_PASSIVE_AUX = {"was", "were", "been", "is", "are", "being"}


def _cut_to_final(sent: Sent, span: Span) -> bool:
    """'The penalty, initially set at £300,000, was reduced to £60,000', 'a potential fine of
    £5.6m was cut to £750,000', 'the fine was lowered to £40,000 after representations': an
    amount right after a reducing verb told as done (past, no modal) and 'to', in a sentence
    with a fine word and no word of paying or of an early-payment discount -- what the
    penalty came down to is the penalty imposed, whatever the first figure was (a proposal,
    what a private body would have paid). A scope opened before the verb ('initially',
    'potential') covers the first figure, not the cut. With paying told ('reduced to £80,000
    for paying early') it is the amount paid."""
    doc = span.doc
    to = span.start - 1
    if to <= sent.span.start or doc[to].lower_ != "to":
        return False
    cues = [c for c in sent.cues.get("money.reduced", []) if to - 2 <= c.end - 1 < to]
    if not cues or sent.has("money.discount") or sent.has("money.appeal"):
        return False
    reduced = {i for c in sent.cues.get("money.reduced", []) for i in range(c.start, c.end + 1)}
    if any(c.start not in reduced for c in sent.cues.get("money.paid", [])):
        return False  # "paid early, so the fine was cut to £80,000": what was paid
    verb = doc[cues[-1].end - 1]
    before = [t.lower_ for t in doc[max(sent.span.start, verb.i - 3) : verb.i]]
    if not (verb.lower_.endswith("ed") or (before and before[-1] in _PASSIVE_AUX)):
        return False  # "to cut the fine to £60,000", "they cut": not told as done
    if _MODALS & set(before):
        return False  # "would be reduced to £60,000", "will be cut to £144,000"
    return bool(_fine_words(sent))
