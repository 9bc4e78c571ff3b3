"""`breachkb_context_v1`: modality and negation scopes -> `doc.spans["context"]`.

The ConText algorithm (Chapman et al.; NegEx generalised): a trigger phrase of a category
(hypothetical, maximum, counterfactual, negated, proposed) opens a scope that runs forward
after it (or backward before it) to the nearest clause terminator, the end of the sentence
or `max_tokens`. Each scope is a span labelled with its category; kb_id is its direction
(forward scopes start right after their trigger, backward scopes end right before it).
Rules then ask whether a cue, amount or name lies in such a scope instead of looking a fixed
number of tokens around it. Triggers, terminators and pseudo-triggers are data
(`extract/data/context.toml`).

Written here rather than taken from medspacy or negspacy: medspacy brings a clinical stack
(section detection, sentence splitter, its own tokenizer rules and many dependencies) for one
algorithm of ~100 lines, and negspacy only negates entities, whereas our rules need the scope
of any token (an amount, an action word).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.components.lemmas import PhraseSet
from extract.datafiles import load_toml

SPAN_KEY = "context"
# Dashes that may set a relative clause off as commas do ('Kent Police - which had faced a
# larger fine - was fined £80,000').
_DASHES = {"-", "—", "–", "--"}
CATEGORIES = ("hypothetical", "maximum", "counterfactual", "negated", "proposed")


@Language.factory("breachkb_context_v1", default_config={"data_dir": ""})
def make_context(nlp: Language, name: str, data_dir: str) -> ContextScopes:
    return ContextScopes(nlp, data_dir or None)


class ContextScopes:
    def __init__(self, nlp: Language, data_dir: str | None) -> None:
        data = load_toml("context.toml", data_dir)
        scope = data["scope"]
        self.max_tokens = int(scope["max_tokens"])
        self.backward_max_tokens = int(scope["backward_max_tokens"])
        self.terminators = {t.lower() for t in scope["terminators"]}
        self.terminators |= {t.lower() for t in scope.get("reason_terminators", [])}
        self.negated_terminators = self.terminators | set(scope.get("negated_terminators", []))
        # "could also face a fine", "did not also tell the ICO": an adverb of the trigger's own
        # verb phrase ends no scope (`_verb_phrase_adverb`).
        self.verb_phrase_adverbs = {t.lower() for t in scope.get("verb_phrase_adverbs", [])}
        self.lower_only = {t.lower() for t in scope.get("lower_case_only", [])}
        # Triggers whose scope is only the few words of their object ("to detect misuse"),
        # not the clause that goes on ("... revealed that an officer had looked up ...").
        self.short = {t.lower() for t in scope.get("short_triggers", [])}
        self.short_max_tokens = int(scope.get("short_max_tokens", self.max_tokens))
        # A relative clause set off by commas ("Kent Police, which had faced a £200,000 fine,
        # was fined £120,000"): a scope opened inside it ends at the comma that closes it.
        self.relative_openers = {t.lower() for t in scope.get("relative_openers", [])}
        # ... and one with no comma ("a constable who may have been under pressure accessed
        # the files"): the scope ends at the main clause's verb (`_bare_relative_end`).
        self.bare_relative_openers = {t.lower() for t in scope.get("bare_relative_openers", [])}
        self.relative_aux = {t.lower() for t in scope.get("relative_aux", [])}
        self.relative_that = {t.lower() for t in scope.get("relative_that", [])}
        self.relative_words = self.relative_openers | self.relative_that
        self.fronted_openers = {t.lower() for t in scope.get("fronted_openers", [])}
        self.fronted_reach = int(scope.get("fronted_reach", 0))
        self.appositive_reach = int(scope.get("appositive_reach", 0))
        self.complement_takers = set(scope.get("complement_takers", []))
        self.finite_verbs = {t.lower() for t in scope.get("finite_verbs", [])}
        # "would ... if": the conditional's consequent is hypothetical (below).
        self.conditional = {t.lower() for t in scope.get("conditional_triggers", [])}
        self.conditional_modals = {t.lower() for t in scope.get("conditional_modals", [])}
        # "did not notice the leak": the negation ends after a verb that takes its object as
        # given (the leak happened), when a given thing or clause follows (`_factive_end`).
        self.factive = set(scope.get("factive_verbs", []))
        self.telling = set(scope.get("telling_verbs", []))
        self.question_openers = {t.lower() for t in scope.get("question_openers", [])}
        self.factive_openers = {t.lower() for t in scope.get("factive_openers", [])}
        self.factive_links = {t.lower() for t in scope.get("factive_links", [])}
        self.triggers = PhraseSet(nlp)
        for category in CATEGORIES:
            for direction in ("forward", "backward"):
                phrases = data.get(category, {}).get(direction, [])
                if phrases:
                    self.triggers.add(f"{category}|{direction}", phrases)
        self.triggers.add("pseudo|none", scope["pseudo"])

    def _short(self, trigger: Span) -> bool:
        return " ".join(t.norm_.lower() for t in trigger) in self.short

    def _in_relative_clause(self, trigger: Span) -> bool:
        """The trigger sits in a relative clause opened by a comma and a relative pronoun
        (', which had faced', ', who could be'), no comma between the pronoun and it."""
        doc = trigger.doc
        for i in range(trigger.start - 1, trigger.sent.start, -1):
            if doc[i].lower_ == ",":
                return False
            if doc[i].lower_ in self.relative_openers and doc[i - 1].lower_ == ",":
                return True
            if doc[i].lower_ in self.relative_openers and doc[i - 1].text in _DASHES:
                return True  # 'Kent Police - which could have faced more - was fined'
            if doc[i].lower_ in self.relative_words:
                return self._appositive_before(doc, i, trigger.sent.start)
        return False

    def _ends_bare_relative(self, trigger: Span) -> bool:
        """The words right before a backward trigger end a relative clause with no comma to
        close it ('an officer who passed the file to her partner in 2019 would have been
        dismissed'): a relative word after a noun (`bare_relative_openers`), its own verb told
        by its form, no comma up to the trigger. The trigger is the main clause's verb group;
        what the clause told is the subject's deed, not the counterfactual's."""
        doc = trigger.doc
        verb = False
        for i in range(trigger.start - 1, trigger.sent.start, -1):
            if doc[i].lower_ == "," or doc[i].text in _DASHES:
                return False
            if doc[i].lower_ in self.bare_relative_openers:
                return verb and self._noun_before(doc[i - 1])
            verb = verb or self._finite(doc[i])
        return False

    def _verb_phrase_adverb(self, trigger: Span, i: int) -> bool:
        """Token `i` is an adverb of the trigger's own verb phrase (context.toml
        `verb_phrase_adverbs`), right after the trigger or one word after it ('the ICO could
        also fine the force', 'may now also decide', 'did not also tell the ICO'): it opens no
        clause, so the scope runs on over the verb it qualifies."""
        doc = trigger.doc
        if doc[i].lower_ not in self.verb_phrase_adverbs or not 0 <= i - trigger.end <= 1:
            return False
        return all(t.is_alpha for t in doc[trigger.end : i])

    def _in_fronted_clause(self, trigger: Span) -> bool:
        """The trigger sits in a clause put before the main one ('After warning it of a
        possible £400,000 penalty, the ICO fined the force £300,000'): an opener
        (`fronted_openers`) among the sentence's first few words, no comma between it and the
        trigger, and a comma later in the sentence to close the clause."""
        doc = trigger.doc
        sent_start, sent_end = trigger.sent.start, trigger.sent.end
        openers = [
            i
            for i in range(sent_start, min(trigger.start, sent_start + self.fronted_reach))
            if doc[i].lower_ in self.fronted_openers
        ]
        if not openers:
            return False
        if any(doc[i].lower_ == "," for i in range(openers[0], trigger.start)):
            return False
        return any(doc[i].lower_ == "," for i in range(trigger.end, sent_end))

    def _appositive_before(self, doc: Doc, opener: int, sent_start: int) -> bool:
        """A relative clause that hangs on a noun set off by a comma ('Kent Police, a force
        that could yet face further action, was fined', 'the force, one of several which may
        be fined, said'): the comma comes a few words before the relative word, the noun
        phrase between (no verb told by its form, no 'that' after a verb of saying)."""
        if opener == sent_start or not self._noun_before(doc[opener - 1]):
            return False
        for k in range(opener - 1, max(sent_start, opener - self.appositive_reach) - 1, -1):
            if doc[k].lower_ == "," or doc[k].text in _DASHES:
                return k > sent_start
            if self._finite(doc[k]) or doc[k].lower_ in self.terminators:
                return False
        return False

    def _finite(self, token: Token) -> bool:
        """A verb told in the past or a finite auxiliary: 'accessed', 'sent', 'was'."""
        low = token.lower_
        if low in self.finite_verbs:
            return True
        return token.is_alpha and low.endswith("ed") and token.norm_ != low

    def _bare_relative_end(self, trigger: Span, limit: int) -> int | None:
        """The trigger opens the verb group of a relative clause with no comma to close it
        ('a constable who may have been under pressure accessed the files', 'an officer who
        could face the sack looked up records'): the index of the main clause's verb after
        it, where the scope ends -- the clause's own verb group and what that verb takes come
        first. None when the trigger is not in such a clause or no such verb follows."""
        doc = trigger.doc
        sent_start = trigger.sent.start
        opener = None
        for i in range(trigger.start - 1, max(sent_start, trigger.start - 4) - 1, -1):
            low = doc[i].lower_
            if low in self.bare_relative_openers or low in self.relative_that:
                opener = i
                break
            if low not in self.relative_aux:
                return None
        if opener is None or opener == sent_start or not doc[opener - 1].is_alpha:
            return None  # 'Who may ...?', ', who may ...' (`_in_relative_clause`)
        if doc[opener].lower_ in self.relative_that and not self._noun_before(doc[opener - 1]):
            return None  # 'said that could lead to a fine': no relative clause
        return self._main_verb(doc, trigger.end, limit)

    def _noun_before(self, token: Token) -> bool:
        """The word before a 'that' is a noun it may hang on ('a force that may face'), not a
        verb of saying or knowing, an inflected verb or a link word ('said that', 'feared
        that', 'so that')."""
        low = token.lower_
        if low in self.complement_takers or token.norm_ in self.complement_takers:
            return False
        return not self._finite(token)

    def _main_verb(self, doc: Doc, j: int, limit: int) -> int | None:
        """From `j` in a relative clause's verb group: past its auxiliaries and its own verb,
        the index of the next past-tense verb or finite auxiliary before `limit` -- the main
        clause's verb; None at a comma, 'and' or 'or' first, or with none."""
        while j < limit and doc[j].lower_ in self.relative_aux:
            j += 1
        j += 1  # the clause's own verb ('face', 'sacked', 'accessed')
        while j < limit:
            if doc[j].lower_ in {",", "and", "or"}:
                return None  # a list or a comma: leave the scope as it was
            if self._finite(doc[j]):
                return j
            j += 1
        return None

    def _resume_after_relative(self, doc: Doc, at: int, limit: int) -> int | None:
        """The scope stopped at `at`, a 'who'/'which' after a word with no comma between
        ('whether an officer who was suspended accessed the records'): the relative clause
        ends at the main clause's verb, where the scope goes on; None when it is no such
        clause."""
        if doc[at].lower_ not in self.bare_relative_openers or not doc[at - 1].is_alpha:
            return None
        return self._main_verb(doc, at + 1, limit)

    def _factive_end(self, doc: Doc, i: int, limit: int) -> bool:
        """Token `i` is a verb of knowing or noticing whose object or clause is taken as given
        ('not notice the leak', 'not aware of the breach'), or of telling followed by what is
        told ('not told that their details were online', 'not warned about the leak', 'were
        never told the file had been sent' -- not 'not inform the ICO'), or a question left
        open ('not known how many were affected', 'did not know which files were lost'): a
        negation reaching it denies the knowing, not what follows."""
        nxt = doc[i + 1].lower_ if i + 1 < limit else ""
        if nxt in self.question_openers and doc[i].norm_ in self.factive:
            return True  # 'not known how many were affected': what happened is given
        telling = doc[i].norm_ in self.telling
        if not telling and doc[i].norm_ not in self.factive:
            return False
        j = i + 1
        while j < limit and doc[j].lower_ in self.factive_links:
            j += 1
        if j >= limit:
            return False
        if telling and j == i + 1 and not self._passive(doc, i):
            return doc[j].lower_ == "that"  # 'not told the ICO': the one told is denied
        return doc[j].lower_ in self.factive_openers

    @staticmethod
    def _passive(doc: Doc, i: int) -> bool:
        """'were never told', 'had not been informed': the one told is the subject, and what
        comes after the verb is what was told."""
        k = i - 1
        while k >= 0 and doc[k].lower_ in {"not", "never", "n't", "also", "later"}:
            k -= 1
        return k >= 0 and doc[k].norm_ == "be"

    def _consequent(self, trigger: Span, stop: set[str]) -> Span | None:
        """'it would investigate if it received a complaint', 'would fine the force if it
        found a breach': the clause before a conditional 'if', from just after its modal
        'would', is what would happen -- not a fact. Only 'would' (reported 'will'): a plain
        'reduced to £64,000 if paid early' states what the sum is."""
        doc = trigger.doc
        i = trigger.start - 1
        limit = max(trigger.sent.start, trigger.start - self.max_tokens)
        while i >= limit and doc[i].lower_ not in stop and doc[i].lower_ != ",":
            if doc[i].lower_ in self.conditional_modals:
                return Span(doc, i + 1, trigger.start, label="hypothetical", kb_id="backward")
            i -= 1
        return None

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for match_id, start, end in self.triggers(doc):
            if (
                end - start == 1
                and doc[start].lower_ in self.lower_only
                and not doc[start].is_lower
            ):
                continue  # "May 2018" is a month
            found.append(Span(doc, start, end, label=doc.vocab.strings[match_id]))
        scopes = []
        # The longest trigger of each direction wins where two overlap ("not only", a pseudo
        # trigger, over "not"); "would otherwise" opens scopes both ways.
        pseudo = [s for s in found if s.label_.startswith("pseudo|")]
        winners = [
            s
            for direction in ("forward", "backward")
            for s in filter_spans([*pseudo, *(s for s in found if s.label_.endswith(direction))])
        ]
        # "a proposed fine of £200,000 to £100,000", "reduced from £2m to £500,000": "to"
        # right after an amount starts the amount it became, outside the scope.
        money = doc.spans.get("money", [])
        amount_ends = {m.end for m in money}
        amount_starts = {m.start for m in money}
        for trigger in winners:
            category, direction = trigger.label_.split("|")
            if category == "pseudo":
                continue
            stop = self.negated_terminators if category == "negated" else self.terminators
            if (
                direction == "forward"
                and category == "hypothetical"
                and trigger.text.lower() in self.conditional
            ):
                consequent = self._consequent(trigger, stop)
                if consequent is not None and len(consequent):
                    scopes.append(consequent)
            if direction == "forward":
                start = end = trigger.end
                reach = self.short_max_tokens if self._short(trigger) else self.max_tokens
                sent_end = trigger.sent.end  # (`Span.sent` scans the Doc on every call)
                limit = min(sent_end, trigger.end + reach)
                if self._in_relative_clause(trigger) or self._in_fronted_clause(trigger):
                    stop = stop | {","} | _DASHES
                else:
                    bare = self._bare_relative_end(trigger, limit)
                    if bare is not None:
                        limit = bare
                while True:
                    cut = False  # stopped by a verb of knowing or an amount, not a terminator
                    while end < limit and (
                        doc[end].lower_ not in stop or self._verb_phrase_adverb(trigger, end)
                    ):
                        if (
                            doc[end].lower_ == "to"
                            and end in amount_ends
                            and end + 1 in amount_starts
                        ):
                            cut = True
                            break
                        end += 1
                        if category == "negated" and self._factive_end(doc, end - 1, sent_end):
                            cut = True
                            break
                    if cut or end >= limit or end == start:
                        break
                    # 'whether an officer who was suspended accessed the records': the scope
                    # skips the relative clause and goes on in the clause it hangs on
                    resume = self._resume_after_relative(doc, end, sent_end)
                    if resume is None:
                        break
                    scopes.append(Span(doc, start, end, label=category, kb_id=direction))
                    limit = min(sent_end, limit + resume - end)
                    start = end = resume
            else:
                if self._ends_bare_relative(trigger):
                    continue
                start = end = trigger.start
                limit = max(trigger.sent.start, trigger.start - self.backward_max_tokens)
                while start > limit and doc[start - 1].lower_ not in stop:
                    start -= 1
            if end > start:
                scopes.append(Span(doc, start, end, label=category, kb_id=direction))
        doc.spans[SPAN_KEY] = sorted(scopes, key=lambda s: (s.start, s.end))
        return doc
