"""Alias matching shared by the force and regulator components.

Aliases are matched with two PhraseMatchers: acronyms and other case-significant names
("GMP", "Met Police") exactly, everything else case-insensitively. With `fuzzy`, multi-word
aliases that start with a long word also match misspelt ("Information Commisioner's Office"):
a `Matcher` pattern per alias compares each long word with spaCy's FUZZY (one edit for words
of 6-9 letters, two for longer ones), so misspellings need no list. Three kinds of weaker
reference are accepted only with support from the rest of the document:
- context aliases ("Kent", "the Commissioner"): only when the same body is named in full
  elsewhere, or (forces) when police words follow; a force's definite short form, capitalised
  ("the Met"), names the institution and counts on any page with a police word, unless the
  word after it makes it another body's ("the Met Office");
- near-miss acronyms ("GMB" after "GMP" is established): one letter off an acronym already
  matched earlier in the same document and not a known acronym of its own.
With `resolve_shared`, a context alias that several bodies share ("the watchdog" for the ICO,
the IOPC and the Police Ombudsman) stands for the one of them named in full most recently
before it, else the first named after it: the body the reader already has in mind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.matcher.levenshtein import levenshtein_compare
from spacy.tokens import Doc, Span

from extract.aliases import STRONG, Alias
from extract.components.doctext import doc_text
from extract.typos import MIN_HEAD, allowed_edits

NEAR_MISS = "near_miss"
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}


def _variants(alias: str) -> set[str]:
    """Spelling variants a reporter may use: curly apostrophes, '&' for 'and', hyphens, and
    'The' opening a sentence ('The Met said ...' for the case-significant 'the Met')."""
    out = {alias}
    if alias.startswith("the "):
        out.add("The" + alias[3:])
    if "'" in alias:
        out.add(alias.replace("'", "\u2019"))
    if " and " in alias:
        out.add(alias.replace(" and ", " & "))
    if "-" in alias:
        out.add(alias.replace("-", " "))
    return out


def _case_sensitive(alias: str) -> bool:
    words = alias.replace("'s", "").split()
    if len(words) == 1 and alias.isupper():
        return True
    return any(w.isupper() and len(w) > 1 for w in words) or words[0] in {"Met", "the"}


def _is_acronym(text: str) -> bool:
    return len(text) >= 3 and text.isalpha() and text.isupper()


def _fuzzy_pattern(alias: str, head_only: bool = False) -> list[dict] | None:
    """A token pattern that tolerates typos in the long words of a multi-word alias, and an
    apostrophe or possessive anywhere ('Commissioners Office', "Commissioner's Office")."""
    words = [w for w in alias.replace("'s", "").replace("'", "").split() if w]
    # A long first word keeps the prefilter of `_fuzzy_matches` selective ("Information ...",
    # "Independent ..."); "Police Ombudsman" would send every "police" to the matcher.
    if len(words) < 2 or len(words[0]) < MIN_HEAD:
        return None
    pattern: list[dict] = []
    for i, word in enumerate(words):
        lower = word.lower()
        edits = 0 if head_only and i else allowed_edits(lower)
        pattern.append({"LOWER": {f"FUZZY{edits}": lower}} if edits else {"LOWER": lower})
        pattern.append({"LOWER": {"IN": sorted(_POSSESSIVE)}, "OP": "?"})
    return pattern[:-1]


def _head(first: dict) -> tuple[str, int]:
    """A pattern's first word and its allowed edits: FUZZY2, FUZZY1, or exact (0)."""
    value = first["LOWER"]
    if isinstance(value, dict):
        ((op, word),) = value.items()
        return word, int(op.removeprefix("FUZZY"))
    return value, 0


def _phrases(nlp: Language, key: str, phrases: Iterable[str]) -> PhraseMatcher:
    """A case-folded matcher of `phrases` (none: it matches nothing)."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    docs = [nlp.make_doc(p) for p in phrases]
    if docs:
        matcher.add(key, docs)
    return matcher


def _one_off(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


class GazetteerMatcher:
    """Finds mentions of named bodies; one instance per component, built once."""

    def __init__(
        self,
        nlp: Language,
        aliases: Iterable[Alias],
        *,
        context_words: Iterable[str] = (),
        not_typos: Iterable[str] = (),
        blocked_suffixes: Iterable[str] = (),
        blocked_prefixes: Iterable[str] = (),
        foreign_suffixes: Iterable[str] = (),
        definite_not_before: Iterable[str] = (),
        fuzzy: bool = False,
        fuzzy_only: Iterable[str] | None = None,
        resolve_shared: bool = False,
    ) -> None:
        """`fuzzy_only`: the aliases tried misspelt, their first word only ('Leicestshire
        Police'), the rest exact (not 'Lancashire policy'); by default every strong alias."""
        fuzzy_set = set(fuzzy_only) if fuzzy_only is not None else None
        self.resolve_shared = resolve_shared
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.fuzzy = Matcher(nlp.vocab)
        # A misspelt name keeps its first letters: only words starting like the first word of
        # a fuzzy alias are tried (the matcher would compare every token with every word).
        self.fuzzy_starts: dict[str, tuple[int, int]] = {}
        self.fuzzy_span = 0
        # Each fuzzy pattern's first word and the edits it allows: a word no first word
        # accepts starts no fuzzy match, so the Matcher (every pattern tried) is not run.
        self.fuzzy_heads: set[tuple[str, int]] = set()
        self._may_start: dict[str, bool] = {}
        self._starts_re: re.Pattern[str] | None = None
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.context_words = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.known_acronyms = {a.upper() for a in not_typos}
        for alias in aliases:
            for text in _variants(alias.text):
                key = f"{alias.kind}|{alias.canonical}"
                matcher = self.exact if _case_sensitive(text) else self.folded
                matcher.add(key, [nlp.make_doc(text)])
                pattern = None
                if fuzzy and alias.kind == STRONG:
                    if fuzzy_set is None:
                        pattern = _fuzzy_pattern(text)
                    elif alias.text in fuzzy_set:
                        pattern = _fuzzy_pattern(text, head_only=True)
                if pattern:
                    self.fuzzy.add(key, [pattern], greedy="LONGEST")
                    self.fuzzy_heads.add(_head(pattern[0]))
                    first = text.split()[0].lower()
                    low, high = self.fuzzy_starts.get(first[:3], (len(first), len(first)))
                    self.fuzzy_starts[first[:3]] = (min(low, len(first)), max(high, len(first)))
                    self.fuzzy_span = max(self.fuzzy_span, 2 * len(text.split()))
                if _is_acronym(text):
                    self.known_acronyms.add(text)
        self.blocked = PhraseMatcher(nlp.vocab, attr="LOWER")
        suffixes = list(blocked_suffixes)
        if suffixes:
            self.blocked.add("BLOCKED", [nlp.make_doc(w) for w in suffixes])
        # A longer name a match starts inside ("New York" of "New York Police"): no match.
        self.outer = PhraseMatcher(nlp.vocab, attr="LOWER")
        prefixes = list(blocked_prefixes)
        if prefixes:
            self.outer.add("OUTER", [nlp.make_doc(w) for w in prefixes])
        # A police body abroad named like a UK force ("the Manchester Police Department"): no
        # match, and neither is the same name elsewhere on the page.
        self.foreign_after = _phrases(nlp, "FOREIGN_AFTER", foreign_suffixes)
        self.definite_not_before = {w.lower() for w in definite_not_before}
        words = list(context_words)
        self.has_context_words = bool(words)
        if words:
            self.context_words.add("CTX", [nlp.make_doc(w) for w in words])

    def __call__(self, doc: Doc) -> list[Span]:
        found: list[Span] = []
        for matcher in (self.exact, self.folded):
            for match_id, start, end in matcher(doc):
                kind, canonical = doc.vocab.strings[match_id].split("|", 1)
                found.append(Span(doc, start, end, label=canonical, kb_id=kind))
        for match_id, start, end in self._fuzzy_matches(doc):
            kind, canonical = doc.vocab.strings[match_id].split("|", 1)
            found.append(Span(doc, start, end, label=canonical, kb_id=kind))
        if self.resolve_shared:
            found = _resolve_shared(found)
        blocked_starts = {start for _, start, _ in self.blocked(doc)}
        outer = [(start, end) for _, start, end in self.outer(doc)]
        longest = _longest(found)
        foreign = self._foreign_names(doc, longest)
        spans = [
            s
            for s in longest
            if s.end not in blocked_starts
            and not any(a < s.start < b for a, b in outer)
            and s.text.lower() not in foreign
        ]
        strong_names = {s.label_ for s in spans if s.kb_id_ == STRONG}
        context = [(start, end) for _, start, end in self.context_words(doc)]
        supported: set[int] = set()
        # Right to left, so that support runs back along a list: in "Derbyshire, Leicestershire
        # and Nottinghamshire Police" the police word after the last name supports them all.
        for i in range(len(spans) - 1, -1, -1):
            s = spans[i]
            listed = i + 1 in supported and _listed_before(doc, s, spans[i + 1])
            if s.kb_id_ != STRONG and self._names_another_body(s):
                continue
            if (
                s.kb_id_ == STRONG
                or self._supported(s, strong_names, context)
                or listed
                or (context and self._definite(s))
            ):
                supported.add(i)
        # Left to right, so that support runs on along a list opened by a police word: in
        # "forces in Norfolk and Suffolk" or "three forces - Bedfordshire, Cambridgeshire and
        # Hertfordshire" the word before the first name supports the names listed after it.
        # Not a longer name after the list ("Kent and Essex County Council").
        opened: set[int] = set()
        for i in range(len(spans) - 1):
            s, nxt = spans[i], spans[i + 1]
            if i not in opened and not (
                i in supported and any(s.start - 3 < b <= s.start for _, b in context)
            ):
                continue
            after = doc[nxt.end] if nxt.end < len(doc) else None
            if (
                STRONG not in (s.kb_id_, nxt.kb_id_)
                and not self._names_another_body(nxt)
                and _listed_before(doc, s, nxt)
                and not (after is not None and after.is_alpha and after.text[:1].isupper())
            ):
                supported.add(i + 1)
                opened.add(i + 1)
        kept = [s for i, s in enumerate(spans) if i in supported]
        return sorted(kept + self._near_misses(doc, kept), key=lambda s: s.start)

    def _foreign_names(self, doc: Doc, spans: list[Span]) -> set[str]:
        """Names (lower case) written here as a police body abroad: before a word no UK force's
        name takes ("Department")."""
        if not spans:
            return set()
        after = {start for _, start, _ in self.foreign_after(doc)}
        names = {s.text.lower() for s in spans if s.end in after}
        # its town alone ("Durham officers") is that body too
        return names | {n.rsplit(" ", 1)[0] for n in names if n.endswith(" police")}

    def _fuzzy_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Fuzzy matches, tried only from words that start like a fuzzy alias (one regex over
        the text finds them)."""
        out: list[tuple[int, int, int]] = []
        if not self.fuzzy_starts:
            return out
        if self._starts_re is None:
            prefixes = "|".join(sorted(map(re.escape, self.fuzzy_starts)))
            self._starts_re = re.compile(rf"\b(?:{prefixes})\w*", re.IGNORECASE)
        done = -1
        for m in self._starts_re.finditer(doc_text(doc)):
            low, high = self.fuzzy_starts[m.group()[:3].lower()]
            if not low - 2 <= len(m.group()) <= high + 2:
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or span.start <= done:
                continue
            i = span.start
            if not self._starts_fuzzy(doc[i].lower_):
                continue
            for match_id, start, end in self.fuzzy(doc[i : min(len(doc), i + self.fuzzy_span)]):
                if start == 0:
                    out.append((match_id, i, i + end))
                    done = max(done, i + end - 1)
        return out

    def _starts_fuzzy(self, word: str) -> bool:
        """Whether some fuzzy pattern's first word accepts `word`, by the Matcher's own test."""
        known = self._may_start.get(word)
        if known is None:
            if len(self._may_start) > 50_000:  # a long run meets many words: stay bounded
                self._may_start.clear()
            known = any(levenshtein_compare(word, head, edits) for head, edits in self.fuzzy_heads)
            self._may_start[word] = known
        return known

    def _supported(
        self, span: Span, strong_names: set[str], context: list[tuple[int, int]]
    ) -> bool:
        """A context alias counts with police words next to it ('officers at Kent', 'Kent
        officers'); without a context list (regulators), when the body is named in full."""
        if not self.has_context_words:
            return span.label_ in strong_names
        return any(
            span.end <= a < span.end + 3 or span.start - 3 < b <= span.start for a, b in context
        )

    def _definite(self, span: Span) -> bool:
        """'The Met' (a context alias of the article and a capitalised name), counted on a
        page with a police word: not 'the met'."""
        return (
            self.has_context_words
            and len(span) == 2
            and span[0].lower_ == "the"
            and span[1].text[:1].isupper()
        )

    def _names_another_body(self, span: Span) -> bool:
        """'The Met Office', 'the Met Gala' (`definite_not_before`): another body, whatever
        police words stand near."""
        after = span.doc[span.end] if span.end < len(span.doc) else None
        return (
            after is not None and self._definite(span) and after.lower_ in self.definite_not_before
        )

    def _near_misses(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Tokens one letter off an acronym established earlier: source typos such as 'GMB'."""
        first_seen: dict[str, tuple[int, str]] = {}
        covered: set[int] = set()
        for s in spans:
            covered.update(range(s.start, s.end))
            if len(s) == 1 and _is_acronym(s.text) and s.text not in first_seen:
                first_seen[s.text] = (s.start, s.label_)
        if not first_seen:
            return []
        out = []
        for tok in doc:
            text = tok.text
            if tok.i in covered or not _is_acronym(text) or text in self.known_acronyms:
                continue
            for acronym, (pos, canonical) in first_seen.items():
                if pos < tok.i and _one_off(text, acronym):
                    out.append(Span(doc, tok.i, tok.i + 1, label=canonical, kb_id=NEAR_MISS))
                    break
        return out


def _resolve_shared(found: list[Span]) -> list[Span]:
    """One reading of each context alias that several bodies share: the body among them
    named in full nearest before it ('... referred to the IOPC. The watchdog said'), else the
    first named after it; with none named, the first reading (unsupported, dropped later)."""
    strong = [s for s in found if s.kb_id_ == STRONG]
    shared: dict[tuple[int, int], list[Span]] = {}
    for s in found:
        if s.kb_id_ != STRONG:
            shared.setdefault((s.start, s.end), []).append(s)
    out = [s for s in found if s.kb_id_ == STRONG]
    for (start, end), readings in shared.items():
        names = {r.label_ for r in readings}
        before = [s for s in strong if s.label_ in names and s.end <= start]
        after = [s for s in strong if s.label_ in names and s.start >= end]
        if before:
            name = max(before, key=lambda s: s.end).label_
        elif after:
            name = min(after, key=lambda s: s.start).label_
        else:
            name = readings[0].label_
        out.append(next(r for r in readings if r.label_ == name))
    return out


_LIST_JOINERS = {",", "and", "&", "or"}


def _listed_before(doc: Doc, span: Span, following: Span) -> bool:
    """`span` is an item of the same list as the next mention ('Derbyshire, Leicestershire
    and Nottinghamshire Police'): only list joiners in between."""
    between = [t.lower_ for t in doc[span.end : following.start]]
    if between[-1:] == ["the"] and len(between) > 1:
        between = between[:-1]  # "Staffordshire and the West Midlands"
    return 0 < len(between) <= 2 and all(t in _LIST_JOINERS for t in between)


def acronyms(aliases: Iterable[Alias]) -> set[str]:
    """The acronyms among `aliases` (so another gazetteer never reads them as typos)."""
    return {a.text for a in aliases if _is_acronym(a.text)}


def _longest(spans: list[Span]) -> list[Span]:
    """Overlapping matches resolved as spaCy's `filter_spans` does (the longest, then the
    earliest), except that of two as long a full name beats an alias that needs context: in
    "The Met Police was fined" the name is "Met Police", not "The Met" before "Police"."""
    ranked = sorted(
        spans, key=lambda s: (s.end - s.start, s.kb_id_ == STRONG, -s.start), reverse=True
    )
    taken: set[int] = set()
    out: list[Span] = []
    for span in ranked:
        if not taken.intersection(range(span.start, span.end)):
            out.append(span)
            taken.update(range(span.start, span.end))
    return sorted(out, key=lambda s: s.start)
