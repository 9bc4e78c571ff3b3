"""`breachkb_breach_types_v1`: breach-type and key-term phrases -> span groups.

`doc.spans["breach_cues"]`: label = taxonomy code, kb_id = strength (strong|weak|objects|loss).
`doc.spans["key_terms"]`: label = normalised term ("usb stick", "dvd"). Scoring lives in the
assembly step; the weights are documented in `breach_types.toml`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.attrs import LOWER, NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.components.lemmas import PhraseSet, readings
from extract.components.windowed import WindowedMatcher
from extract.datafiles import load_toml

CUES_KEY = "breach_cues"
TERMS_KEY = "key_terms"
STRENGTHS = ("strong", "weak", "objects")
# Where a list of examples ends: "and" and commas join its items.
_LIST_ENDS = {"but", "which", "who", "when", "while", "because", ";", ":", ".", "!", "?", "(",
              ")", '"', "“", "”", "–", "—"}  # fmt: skip
# A pair's action and object belong to one clause: none of these in between. A hyphen is a
# break only as a dash (" - "), not inside a compound ("a drug-dealing gang"): `_dashed`.
_CLAUSE_BREAKS = [
    "and",
    "but",
    "which",
    "who",
    "after",
    "before",
    "when",
    "while",
    "because",
    ",",
    ";",
    ":",
    ".",
    "!",
    "?",
    "(",
    ")",
    '"',
    "“",
    "”",
    "–",
    "—",
]


def _dashed(span: Span) -> bool:
    """A hyphen standing alone between spaces in the span: a dash, which ends a clause."""
    doc = span.doc
    return any(
        t.text == "-" and (t.whitespace_ or (t.i > 0 and doc[t.i - 1].whitespace_))
        for t in span[1:-1]
    )


def _spaced_dash(tok: Token) -> bool:
    """A hyphen standing alone between spaces: a dash (" - "), not a compound's hyphen."""
    return (
        tok.text == "-"
        and bool(tok.whitespace_)
        and tok.i > 0
        and bool(tok.doc[tok.i - 1].whitespace_)
    )


def _words_between(span: Span) -> int:
    """Words between a pair's action and object; a hyphenated compound ("drug-dealing", three
    tokens) is one word."""
    inner = span[1:-1]
    glued = sum(1 for t in inner if t.text == "-" and not t.whitespace_)
    return max(0, len(inner) - 2 * glued)


def _first_matches(matches: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Per code, overlapping matches reduced to the earliest (longest on a tie), as spaCy's
    greedy="FIRST" does."""
    taken: dict[str, set[int]] = {}
    kept = []
    for code, start, end in sorted(matches, key=lambda m: (m[1], -m[2])):
        used = taken.setdefault(code, set())
        # weak pairs each suggest only: two action words ("kept the DNA ... for years") are
        # two hints, however their spans overlap
        words = range(start, start + 1) if code.endswith("|weak") else range(start, end)
        if used.isdisjoint(words):
            used.update(words)
            kept.append((code, start, end))
    return kept


@dataclass(frozen=True)
class _Linked:
    """A pair whose object follows a link word ("with", "to"), `most` words on at most."""

    key: str
    lemmas: set[str]
    forms: set[str]
    objects: set[str]
    links: set[str]
    most: int


@Language.factory("breachkb_breach_types_v1", default_config={"data_dir": ""})
def make_breach_types(nlp: Language, name: str, data_dir: str) -> BreachTypeMatcher:
    return BreachTypeMatcher(nlp, data_dir or None)


class BreachTypeMatcher:
    def __init__(self, nlp: Language, data_dir: str | None) -> None:
        data = load_toml("breach_types.toml", data_dir)
        # Lemmas (NORM): "lost laptop" also finds "lost laptops", "stolen" also "stole".
        self.cues = PhraseSet(nlp)
        self.terms = PhraseSet(nlp)
        for code, spec in data["types"].items():
            for strength in STRENGTHS:
                phrases = spec.get(strength, [])
                if phrases:
                    self.cues.add(f"{code}|{strength}", phrases)
        self.pairs = WindowedMatcher(nlp.vocab)  # spaCy's Matcher, on candidate windows only
        pair_lists = [(code, spec.get("pairs", [])) for code, spec in data["types"].items()]
        pair_lists.append(("_misdirected", data["cues"].get("misdirected_pairs", [])))
        pair_lists.append(("_loss", data["cues"].get("loss_pairs", [])))
        # `weak_pairs`: an action and its object that only suggest the type (1 point)
        weak_lists = [(code, spec.get("weak_pairs", [])) for code, spec in data["types"].items()]
        # codes whose pairs are an adverb and a verb ("wrongly recorded"): the object is a
        # participle, not a noun the adverb's own verb acts on ("wrongly deleted records")
        self.participle_codes = set(data["cues"].get("participle_pair_codes", []))
        self._most: dict[str, int] = {}  # pair key -> words allowed in between
        self.dets = {w.lower() for w in data["cues"].get("link_determiners", [])}
        self.cast_people = {w.lower() for w in data["cues"].get("cast_people", [])}
        self.cast_aux = {w.lower() for w in data["cues"].get("cast_aux", [])}
        self.cast_verbs = {w.lower() for w in data["cues"].get("cast_verbs", [])}
        self.cast_victims = {w.lower() for w in data["cues"].get("cast_victims", [])}
        self.cast_reach = int(data["cues"].get("cast_reach", 5))
        self.cast_as = str(data["cues"].get("cast_as", "")).lower()
        self.owner_codes = set(data["cues"].get("owner_codes", []))
        self.insertion_openers = [
            w.lower().split() for w in data["cues"].get("insertion_openers", [])
        ]
        self.insertion_most = int(data["cues"].get("insertion_most", 12))
        self.press = {w.lower() for w in data["cues"].get("press", [])} | {"medium"}
        self.recipient_breaks = {w.lower() for w in data["cues"].get("recipient_breaks", [])}
        self.places = {w.lower() for w in data["cues"].get("recipient_places", [])}
        self.dispatched = {w.lower() for w in data["cues"].get("dispatched", [])}
        self.visit_verbs = {w.lower() for w in data["cues"].get("visit_verbs", [])}
        self.visit_links = {w.lower() for w in data["cues"].get("visit_links", [])}
        self.dispatch_verbs = {w.lower() for w in data["cues"].get("dispatch_verbs", [])}
        self.given_verbs = {w.lower() for w in data["cues"].get("given_verbs", [])}
        self.visit_nouns = {w.lower() for w in data["cues"].get("visit_nouns", [])}
        self.audiences = {w.lower() for w in data["cues"].get("audiences", [])}
        self.audience_verbs = {w.lower() for w in data["cues"].get("audience_verbs", [])}
        self.told_about = {w.lower() for w in data["cues"].get("told_about", [])}
        self.linked: list[_Linked] = []  # pairs with a link word, found by `_linked_pairs`
        tagged = [(c, p, "strong") for c, p in pair_lists] + [(c, p, "weak") for c, p in weak_lists]
        for code, pairs, strength in tagged:
            for n, (actions, objects, *apart) in enumerate(pairs):
                most = int(apart[0]) if apart else 6  # words allowed in between
                links = [w.lower() for w in apart[1]] if len(apart) > 1 else []
                # a thing left somewhere is a loss cue, as the `loss` phrases are
                key = f"{code}|{'loss' if code == '_loss' else strength}|{n}"
                self._most[key] = most
                # "=named": that word form only (the verb, not the noun "names")
                lemmas = [a for a in actions if not a.startswith("=")]
                forms = [a[1:] for a in actions if a.startswith("=")]
                firsts = [{"NORM": {"IN": lemmas}}] if lemmas else []
                firsts += [{"LOWER": {"IN": forms}}] if forms else []
                # room for two hyphenated compounds; `_words_between` counts words
                gap = {"NORM": {"NOT_IN": _CLAUSE_BREAKS}, "OP": f"{{0,{most + 4}}}"}
                # "=phone" as an object too: that word form only (not "phoned")
                object_forms = [o[1:].lower() for o in objects if o.startswith("=")]
                objects = [o for o in objects if not o.startswith("=")] or ["\0"]
                thing = {"NORM": {"IN": objects}}
                # a hyphenated object is three tokens ("ex-partner": "ex", "-", "partner")
                compounds = [o.split("-", 1) for o in objects if "-" in o.strip("-")]
                if links:  # the object right after a link word: "... with friends"
                    self.linked.append(
                        _Linked(key, set(lemmas), set(forms), set(objects), set(links), most)
                    )
                    continue
                # the written form too: the lemmatiser takes "stranger" for "strange"
                written = {"LOWER": {"IN": [o.lower() for o in objects] + object_forms}}
                patterns: list[list[dict[str, Any]]] = [
                    [first, gap, obj] for first in firsts for obj in (thing, written)
                ]
                patterns += [
                    [first, gap, {"LOWER": head}, {"ORTH": "-"}, {"NORM": tail}]
                    for first in firsts
                    for head, tail in compounds
                ]
                self.pairs.add(key, patterns)
        self._add_unremoved(nlp, data["cues"])
        self._add_used_to_find(data["cues"])
        self._add_no_purpose(data["cues"])
        self._add_excess(data["cues"])
        self._add_told_who(data["cues"])
        self._add_handed_out(data["cues"])
        self._add_passed_data(data["cues"])
        self.passed_openers = {w.lower() for w in data["cues"].get("passed_openers", [])}
        self.passed_groups = {w.lower() for w in data["cues"].get("passed_groups", [])}
        self.passed_definite = {w.lower() for w in data["cues"].get("passed_definite", [])}
        self.passed_bodies = {w.lower() for w in data["cues"].get("passed_bodies", [])}
        self.passed_data = {w.lower() for w in data["cues"].get("passed_data", [])}
        self.handed_owners = {w.lower() for w in data["cues"].get("handed_owner_verbs", [])}
        self.handed_appeal = {w.lower() for w in data["cues"].get("handed_appeal_words", [])}
        self._add_shown_addresses(data["cues"])
        self._add_viewed_by(data["cues"])
        self._add_kept_uncharged(data["cues"])
        self._add_phoned(data["cues"])
        self._add_put_out(data["cues"])
        self.shown_not_after = {w.lower() for w in data["cues"].get("shown_not_after", [])}
        self.finding = {w.lower() for w in data["cues"].get("finding_verbs", [])}
        self.traced_things = {w.lower() for w in data["cues"].get("traced_things", [])}
        self.vehicle_people = {w.lower() for w in data["cues"].get("vehicle_people", [])}
        self.traced_reach = int(data["cues"].get("traced_reach", 3))
        self.not_actions = PhraseSet(nlp)
        self.not_actions.add("not", data["cues"].get("not_pair_actions", []))
        self.attributive = {w.lower() for w in data["cues"].get("attributive_forms", [])}
        self.attributive_after = {w.lower() for w in data["cues"].get("attributive_after", [])}
        self.crime_named = PhraseSet(nlp)
        self.crime_named.add("crime", data["cues"].get("crime_named", []))
        self.crime_named.add("custody", data["cues"].get("custody_release", []))
        self.crime_named.add("idiom", data["cues"].get("idioms", []))
        self.official = {w.lower() for w in data["cues"].get("official_recipients", [])}
        self.head_objects = {w.lower() for w in data["cues"].get("head_objects", [])}
        self.enders = {w.lower() for w in data["cues"].get("object_enders", [])}
        self.cyber_heads = self.head_objects | {
            w.lower() for w in data["cues"].get("cyber_head_objects", [])
        }
        self.of_heads = {w.lower() for w in data["cues"].get("of_head_objects", [])}
        self.field_after = {w.lower() for w in data["cues"].get("field_after", [])}
        self.device_not_before = {w.lower() for w in data["cues"].get("device_not_before", [])}
        self.verb_like = {w.lower() for w in data["cues"].get("verb_like_objects", [])}
        self.qualifiers = {w.lower() for w in data["cues"].get("qualifier_objects", [])}
        self.qualified = {w.lower() for w in data["cues"].get("qualified_nouns", [])}
        self.crime_examples = PhraseSet(nlp)
        self.crime_examples.add("examples", data["cues"].get("crime_examples", []))
        self.cues.add("_loss|loss", data["cues"]["loss"])
        for key in (
            "processing",
            "misdirected",
            "email_media",
            "post_media",
            "sanction_news",
            "spoken_media",
        ):
            self.cues.add(f"_{key}|{key}", data["cues"][key])
        for term, variants in data["terms"].items():
            self.terms.add(term, variants)

    def _linked_pairs(self, doc: Doc) -> list[tuple[str, int, int]]:
        """Pairs whose object comes right after a link word ('shared <anything> with
        friends'), or after a determiner and at most three more words ('to her former
        partner'), within the clause: a scan from each action word. As Matcher patterns their
        long optional gaps cost more than every other breach cue together."""
        if not self.linked:
            return []
        # Strings read off the arrays: a Token object per word costs more than the scan itself.
        strings = doc.vocab.strings
        # (a flat column each: `tolist` of a many-column array builds a list per word)
        lowers = [strings[lo] for lo in doc.to_array(LOWER).tolist()]
        # a possessive "'s" stays one ("her partner's home"), whatever its lemma ("have")
        norms = [
            lo if lo in _POSSESSIVE else strings[n]
            for n, lo in zip(doc.to_array(NORM).tolist(), lowers, strict=True)
        ]
        capital = [strings[o][:1].isupper() for o in doc.to_array(ORTH).tolist()]
        breaks = set(_CLAUSE_BREAKS)
        # A capitalised word before another opens a name ("sent to the Public Prosecution
        # Service"): no recipient word inside a body's name makes it the recipient.
        named = {i for i in range(len(doc) - 1) if capital[i] and capital[i + 1]}
        found: list[tuple[str, int, int]] = []
        # Each action word's positions, read once: most words start no pair at all.
        where: dict[str, list[int]] = {}
        actions = {w for spec in self.linked for w in spec.lemmas | spec.forms}  # looked up below
        for i, (norm, lower) in enumerate(zip(norms, lowers, strict=True)):
            if norm in actions:
                where.setdefault(norm, []).append(i)
            if lower != norm and lower in actions:
                where.setdefault(lower, []).append(i)
        for spec in self.linked:
            starts: set[int] = set()
            for word in spec.lemmas | spec.forms:
                starts.update(where.get(word, ()))
            for i in sorted(starts):
                if norms[i] not in spec.lemmas and lowers[i] not in spec.forms:
                    continue
                if norms[i] in self.dispatch_verbs and self._dispatches(norms, lowers, i):
                    continue  # "sent officers to the family": people sent, no data
                last = min(len(doc), i + spec.most + 6)
                j = i
                relative = False  # a passive relative clause read past
                while j + 1 < last:
                    j += 1
                    inserted = self._insertion_end(norms, lowers, j)
                    if inserted is not None:
                        last = min(len(doc), last + inserted - j + 1)
                        j = inserted  # "passed details, including her address, to a relative"
                        continue
                    told = self._passive_relative_end(norms, lowers, j)
                    if told is not None:
                        j = told  # "gave the file on a lodger who was questioned to her sister"
                        relative = True
                        continue
                    if norms[j] in breaks:
                        break
                    if lowers[j] not in spec.links:
                        continue
                    # a place after the object ("to his mother's house") makes no recipient;
                    # where a thing was left or found ("in an unlocked room") is that place
                    placed = lowers[j] in _RECIPIENT_LINKS
                    ends = self._recipient_ends(
                        norms, lowers, j + 1, spec.objects, breaks, placed, capital
                    )
                    found.extend(
                        (spec.key, i, end)
                        for end in ends
                        if end - 1 not in named
                        # "Police gave details of the man who was stabbed to reporters": a
                        # victim described to the press by the force is news given out, no
                        # leak (an officer's doing so is one)
                        and not (
                            relative and norms[end - 1] in self.press and _body_gives(lowers, i)
                        )
                    )
        return found

    def _insertion_end(self, norms: list[str], lowers: list[str], j: int) -> int | None:
        """'Passed details of the crash, including the driver's address, to a relative': a
        comma opening an insertion (`insertion_openers`: "including", "such as") ends only at
        the comma closing it, at most `insertion_most` words on; the index of that comma."""
        if norms[j] != "," or j + 1 >= len(norms) or not self._opens(lowers, j + 1):
            return None
        for k in range(j + 2, min(len(norms), j + 2 + self.insertion_most)):
            if norms[k] == ",":
                return k
            if norms[k] in _LIST_ENDS:
                return None
        return None

    def _passive_relative_end(self, norms: list[str], lowers: list[str], j: int) -> int | None:
        """'Information about someone who had been arrested', 'files on a woman who was
        attacked': a relative pronoun, auxiliaries with a form of "be" (`cast_aux`), and a
        participle describe what was handed over, no clause of the sender's own; the index of
        the participle, the scan going on to the link word after it."""
        if lowers[j] not in _RELATIVES:
            return None
        k, passive = j + 1, False
        while (
            k < len(norms)
            and k <= j + _RELATIVE_AUX
            and (norms[k] in self.cast_aux or lowers[k] in self.cast_aux)
        ):
            passive = passive or norms[k] == "be"
            k += 1
        if not passive or k >= len(norms) or not lowers[k].endswith(_PARTICIPLE_ENDS):
            return None
        return k

    def _inserted(self, span: Span) -> int:
        """Words of the comma-bound insertions inside a linked pair ('passed details of the
        crash, including the home address of one driver, to a relative'): `_linked_pairs`
        reads past them to the link word, so they are not counted as words between the
        action and its object either -- an example list, not the distance to the recipient."""
        lowers = [t.lower_ for t in span]
        norms = [t.norm_ for t in span]
        out, j = 0, 1
        while j < len(span) - 1:
            end = self._insertion_end(norms, lowers, j)
            if end is None:
                j += 1
                continue
            out += end - j + 1  # its words and both commas
            j = end + 1
        return out

    def _opens(self, lowers: list[str], k: int) -> bool:
        return any(lowers[k : k + len(words)] == words for words in self.insertion_openers)

    def _recipient_ends(
        self,
        norms: list[str],
        lowers: list[str],
        k: int,
        objects: set[str],
        breaks: set[str],
        placed: bool = True,
        capital: list[bool] | None = None,
    ) -> list[int]:
        """Ends of the recipients starting at token k, as the Matcher would give them: the
        object itself, or a determiner and at most three more words before an object (with
        `placed`, none followed by a place: `_place`)."""

        def place(m: int) -> bool:
            return placed and self._place(norms, m)

        def named(m: int) -> bool:
            if _names(norms, lowers, m, objects):
                return True  # "the man accused of attacking her": the one it was kept from
            return self.cast_as in objects and self._cast_recipient(norms, lowers, m, breaks)

        ends = []
        if k < len(norms) and named(k) and not place(k):
            ends.append(k + 1)
        owner = _owner_end(lowers, norms, k, capital) if capital else None
        if owner is not None:
            k = owner  # "to Kent Police's computer network": the owner's name, its "'s"
        if k < len(norms) and (lowers[k] in self.dets or owner is not None):
            # a hyphenated compound ("ex-partner", three tokens) and a possessive's "'s" are
            # no words of their own: "to the victim's ex-husband" is three words on
            words, m = 0, k + 1
            while m < len(norms) and words < 4:
                if named(m) and not place(m):
                    ends.append(m + 1)
                if norms[m] in breaks or lowers[m] in self.recipient_breaks:
                    break  # "to the inquiry about his brother's death"
                glued = norms[m] in _GLUE or (m + 1 < len(norms) and norms[m + 1] == "-")
                words += 0 if glued else 1
                m += 1
        return ends

    def _cast_recipient(
        self, norms: list[str], lowers: list[str], m: int, breaks: set[str]
    ) -> bool:
        """'To the man accused of attacking her', 'to a woman who had been harassing him': a
        person word (`cast_people`) followed by a participle or by "who"/"that" and
        auxiliaries (`cast_aux`) before a verb of offending or of being pursued for it
        (`cast_verbs`) whose clause names the victim (`cast_victims`, at most `cast_reach`
        words on) is told by that clause as the one the data was kept from."""
        if m + 1 >= len(norms) or norms[m] not in self.cast_people:
            return False
        v = m + 1
        if lowers[v] in {"who", "that"}:
            v += 1
            while v < len(norms) and (norms[v] in self.cast_aux or lowers[v] in self.cast_aux):
                v += 1
        elif not lowers[v].endswith("ed"):
            return False  # a participle right after the person: "accused", "convicted"
        if v >= len(norms) or norms[v] not in self.cast_verbs:
            return False
        for j in range(v + 1, min(len(norms), v + 1 + self.cast_reach)):
            if norms[j] in breaks and norms[j] not in {"who"}:
                return False
            if lowers[j] in self.cast_victims or norms[j] in self.cast_victims:
                return True
        return False

    def _owner_named(self, key: str, doc: Doc, end: int) -> bool:
        """'Shared a photo of the suspect's car', 'showed a list with suspects' names': a pair
        of a code of `owner_codes` whose person word (no link word before it) is followed by a
        possessive names whose data it was, not whom it went to."""
        if key.split("|")[0] not in self.owner_codes or end >= len(doc):
            return False
        return doc[end].text in _POSSESSIVE or (
            doc[end].text in {"'", "’"} and doc[end - 1].lower_.endswith("s")
        )

    def _place(self, norms: list[str], m: int) -> bool:
        """'To his mother's house', 'to the family home', 'to a brother officer': the
        recipient word names a place or a role (`recipient_places` right after it, or after
        its "'s"), not a person given anything."""
        n = m + 2 if m + 1 < len(norms) and norms[m + 1] in {"'s", "’s", "'"} else m + 1
        return n < len(norms) and norms[n] in self.places

    def _dispatches(self, norms: list[str], lowers: list[str], i: int) -> bool:
        """'Sent officers to the family', 'sent two detectives to his brother': what a send
        verb sends (after determiners and numbers) is people (`dispatched`), not data."""
        if i >= 2 and norms[i - 1] == "be" and norms[i - 2] in self.dispatched:
            return True  # "officers were sent to the man accused of attacking her"
        k = i + 1
        while k < len(norms) and (lowers[k] in self.dets or lowers[k].isdigit()):
            k += 1
        return k < len(norms) and norms[k] in self.dispatched

    def _told_audience(self, span: Span) -> bool:
        """'Told the court where she lived', 'told police the name of her attacker', 'told the
        Echo the name would not be released': a telling to those whose work it is to hear it,
        or to the news (`audiences`, or a capitalised name after "the"), no disclosure."""
        doc = span.doc
        k = span.start + 1
        if k < span.end and doc[k].lower_ == "to":
            k += 1  # "revealed to journalists where ...": the one told after its "to"
        the = k < len(doc) and doc[k].lower_ in self.dets
        while k < span.end and doc[k].lower_ in self.dets:
            k += 1
        if k >= span.end:
            return False
        tok = doc[k]
        return (
            tok.norm_ in self.audiences
            or tok.lower_ in self.audiences
            or (the and tok.text[:1].isupper())
        )

    def _attributive(self, cue: Span) -> bool:
        """'A new shared records system', 'a deal for shared services': a weak cue's
        participle used as an adjective (after an article, a possessive or a preposition)
        names a kind of thing, not an act of sharing ('the file was shared' still is one)."""
        if cue.kb_id_ != "weak" or len(cue) != 1 or cue[0].lower_ not in self.attributive:
            return False
        return cue.start > 0 and cue.doc[cue.start - 1].lower_ in self.attributive_after

    def _crime(self, doc: Doc) -> set[int]:
        """Tokens naming offences: a crime's name ("cyber crime"), and the examples a list of
        offences gives ("offences such as hacking and data theft"), to the clause's end."""
        crime = {i for _, s, e in self.crime_named(doc) for i in range(s, e)}
        for _, start, end in self.crime_examples(doc):
            crime.update(range(start, end))
            j = end
            # a spaced dash closes an aside as "–" does ("offences including assault -
            # had used the database to ...": the list ends at the dash)
            while j < len(doc) and doc[j].norm_ not in _LIST_ENDS and not _spaced_dash(doc[j]):
                crime.add(j)
                j += 1
        return crime

    def _add_unremoved(self, nlp: Language, cues: dict[str, list[str]]) -> None:
        """Redaction in other words: a failure to remove what identifies someone, active
        ('without removing the victim's address') or passive ('her address had not been
        removed'), as strong `failure_to_redact` pairs."""
        first = [w.split()[0] for w in cues["unremoved_removals"]]
        things = [w.split()[-1] for w in cues["unremoved_things"]]
        gap: dict[str, Any] = {"NORM": {"NOT_IN": _CLAUSE_BREAKS}}
        fail: dict[str, Any] = {"NORM": {"IN": cues["unremoved_failures"]}}
        remove: dict[str, Any] = {"NORM": {"IN": [r for w in first for r in readings(w)]}}
        thing: dict[str, Any] = {"NORM": {"IN": [r for w in things for r in readings(w)]}}
        active: list[dict[str, Any]] = [
            fail, {**gap, "OP": "{0,2}"}, remove, {**gap, "OP": "{0,4}"}, thing
        ]  # fmt: skip
        passive: list[dict[str, Any]] = [
            thing, {**gap, "OP": "{0,4}"}, fail, {**gap, "OP": "{0,2}"}, remove
        ]  # fmt: skip
        # a long owner before the thing: "remove a domestic abuse victim's address"
        active[3] = {**gap, "OP": "{0,6}"}
        patterns = [active, passive]
        still = cues.get("still_words", [])
        visible = cues.get("still_visible", [])
        if still and visible:  # "the papers still showed her address", "names could still be read"
            still_tok: dict[str, Any] = {"LOWER": {"IN": still}}
            shown: dict[str, Any] = {"NORM": {"IN": visible}}
            patterns += [
                [still_tok, {**gap, "OP": "{0,2}"}, shown, {**gap, "OP": "{0,4}"}, thing],
                [thing, {**gap, "OP": "{0,4}"}, still_tok, {**gap, "OP": "{0,2}"}, shown],
            ]
        self.pairs.add("failure_to_redact|strong", patterns, greedy="FIRST")

    def _add_excess(self, cues: dict[str, list[str]]) -> None:
        """More of someone's data than was needed: "collected far more personal data than was
        necessary", "shared more of her information with prosecutors than was needed" -- a
        word of more (`excess_words`), a data word (`excess_things`, at most six words on),
        "than" at most six words later and a word of need (`excess_needs`, at most three
        words on), all in one clause: a strong `other` cue (excessive processing). "More
        force than was necessary" names no data."""
        more = cues.get("excess_words", [])
        things = cues.get("excess_things", [])
        needs = cues.get("excess_needs", [])
        if not (more and things and needs):
            return
        gap: dict[str, Any] = {"NORM": {"NOT_IN": _CLAUSE_BREAKS}}
        pattern: list[dict[str, Any]] = [
            {"LOWER": {"IN": more}}, {**gap, "OP": "{0,6}"}, {"NORM": {"IN": things}},
            {**gap, "OP": "{0,6}"}, {"LOWER": "than"}, {**gap, "OP": "{0,3}"},
            {"NORM": {"IN": needs}},
        ]  # fmt: skip
        keeping: list[dict[str, Any]] = [
            {"NORM": {"IN": cues.get("excess_keeping", [])}},
            {
                "NORM": {"NOT_IN": _CLAUSE_BREAKS + cues.get("excess_keeping_not", [])},
                "OP": f"{{0,{int(str(cues.get('excess_keeping_reach', 6)))}}}",
            },
            {"LOWER": "longer"}, {"LOWER": "than"}, {**gap, "OP": "{0,3}"},
            {"NORM": {"IN": needs}},
        ]  # fmt: skip
        self.pairs.add("other|strong", [pattern, keeping], greedy="FIRST")

    def _qualifies_system(self, cue: Span) -> bool:
        """'Its computer system', 'the computer network': a device object qualifying a word of
        `device_not_before` names no device that could be lost."""
        if cue.label_ != "loss_or_theft_of_device" or cue.kb_id_ != "objects":
            return False
        doc = cue.doc
        if cue.end >= len(doc):
            return False
        nxt = doc[cue.end]
        return nxt.norm_ in self.device_not_before or nxt.lower_ in self.device_not_before

    def _visited(self, cue: Span, media: set[int]) -> bool:
        """'Officers went to the wrong address', 'raided the wrong house', 'turned up at the
        wrong home': a posting cue that is where people went (a `visit_verbs` verb, only
        `visit_links` words between; people sent or given it, `_people_sent`; a visit named
        right after it, `_visit_named_after`), no data sent -- unless a letter or an email
        before the verb in its sentence is what went ('the letter went to the wrong address')."""
        posting = cue.label_ == "posted_to_incorrect_recipient" and cue.kb_id_ == "strong"
        if not posting and cue.label_ != "_misdirected":
            return False
        doc = cue.doc
        if self._visit_named_after(cue):
            return True  # "a 'wrong address' raid": where officers went
        k = cue.start - 1
        while k >= 0 and cue.start - k <= _VISIT_REACH and doc[k].lower_ in self.visit_links:
            k -= 1
        if self._people_went(doc, cue.start, cue.end):
            k = cue.start  # "Officer Sent to the Wrong Address": the phrase opens on the verb
        elif k < 0 or not (doc[k].norm_ in self.visit_verbs or self._people_sent(doc, k, cue.end)):
            return False
        opening = k
        while opening > 0 and not doc[opening].is_sent_start:
            opening -= 1
        return not any(opening <= m < k for m in media)

    def _visit_named_after(self, cue: Span) -> bool:
        """The place is a visit's ('a wrong-address raid', "'Wrong House' search"): a
        `visit_nouns` word right after the posting cue, only quotes or a hyphen between."""
        doc = cue.doc
        k = cue.end
        while k < len(doc) and k - cue.end < 2 and doc[k].text in _QUOTES_AND_DASHES:
            k += 1
        return k < len(doc) and doc[k].norm_ in self.visit_nouns

    def _people_went(self, doc: Doc, k: int, place_end: int) -> bool:
        """A send verb at `k` with 'to' right after it -- nothing sent named -- whose subject is
        people ('Officer Sent to the Wrong Address', 'officers were sent to the wrong house',
        'Police Scotland sent to wrong address'), not 'a letter was sent to ...'."""
        return (
            doc[k].norm_ in self.dispatch_verbs
            and k + 1 < len(doc)
            and doc[k + 1].lower_ == "to"
            and self._people_sent(doc, k, place_end)
        )

    def _people_sent(self, doc: Doc, k: int, place_end: int) -> bool:
        """People sent or given the address, no data ('officers were sent to the wrong
        house', 'Officer Sent to the Wrong Address', 'Police Scotland sent to wrong address',
        'sent two officers to the wrong home', 'officers were given the wrong address'): a
        `dispatched` word or a force right before a send or give verb in the passive (a form
        of 'be' between, 'have' allowed: 'had been sent'), or in the active only opening a
        headline with nothing sent named after the place (`_sender_opens_headline`; not 'the
        statement, which officers sent to the wrong address', 'the report Kent Police sent to
        ...', 'Essex Police sent to the wrong address the case file'), or right after a send
        verb as its object."""
        if doc[k].lower_ == "with" and k > 0 and doc[k - 1].norm_ in self.given_verbs:
            k -= 1  # "were provided with the wrong address"
        if doc[k].norm_ in self.dispatched:
            j = k - 1
            while j >= 0 and (doc[j].lower_ in self.dets or doc[j].lower_.isdigit()):
                j -= 1
            return j >= 0 and doc[j].norm_ in self.dispatch_verbs
        if doc[k].norm_ not in self.dispatch_verbs | self.given_verbs:
            return False
        j = k - 1
        passive = False
        while (
            j >= 0
            and k - j <= _BE_REACH
            and (
                doc[j].norm_ in {"be", "have"}
                or doc[j].lower_.endswith("ly")
                or doc[j].lower_ in _ADVERBS
            )
        ):
            passive = passive or doc[j].norm_ == "be"
            j -= 1
        if j < 0:
            return False
        forces = {m.end - 1: m.start for m in doc.spans.get("forces", [])}
        if not (doc[j].norm_ in self.dispatched or j in forces):
            return False
        return passive or self._sender_opens_headline(doc, forces.get(j, j), place_end)

    def _sender_opens_headline(self, doc: Doc, first: int, place_end: int) -> bool:
        """'Officer Sent to the Wrong Address', 'Police Scotland sent to wrong address 40
        times': the people sent open the page's first line (or its part after a colon), only
        determiners or numbers before them, and no noun phrase follows the place (not 'Police
        sent to wrong address the file of ...')."""
        if place_end < len(doc) and doc[place_end].lower_ in self.dets - _NUMBER_WORDS:
            return False
        j = first - 1
        while j >= 0 and (doc[j].lower_ in self.dets or doc[j].like_num):
            j -= 1
        if j >= 0 and not doc[j].is_space and doc[j].text not in {":", "-", "–", "—"}:
            return False
        return not any(doc[i].is_sent_start for i in range(1, first + 1) if not doc[i].is_space)

    def _mail_system(self, cue: Span) -> bool:
        """'Its email system', 'an email server', 'staff email accounts': an email word
        qualifying a word of `shown_not_after` names the system that carries messages, not a
        message sent (no weak emailing cue, no email medium)."""
        if cue.label_ not in _MAIL_CODES or cue.kb_id_ not in {"weak", "email_media"}:
            return False
        doc = cue.doc
        return cue.end < len(doc) and doc[cue.end].lower_ in self.shown_not_after

    def _modifier(self, doc: Doc, end: int) -> bool:
        """A pair's object (of `head_objects`) that only qualifies the noun after it ("its
        network policy", "the server room"): a word follows it that is no `object_enders`
        word (a preposition, a conjunction, an auxiliary), no punctuation and no
        possessive."""
        if end >= len(doc):
            return False
        nxt = doc[end]
        if nxt.lower_ == "of" and doc[end - 1].norm_ in self.of_heads:
            # "breached its system of checks": a system of rules, no computer; "the computer
            # system of Cleveland Police", "the system of the force" are the body's computer
            after = doc[end + 1] if end + 1 < len(doc) else None
            return after is None or not (after.text[:1].isupper() or after.lower_ in self.dets)
        return nxt.is_alpha and nxt.lower_ not in self.enders and nxt.norm_ not in self.enders

    def _qualifier(self, doc: Doc, end: int) -> bool:
        """A pair's recipient word (`qualifier_objects`) that only qualifies the noun after
        it, one of `qualified_nouns` ("given criminal convictions", "the pressing need"): no
        one was given anything ("to criminal associates" keeps its people)."""
        if doc[end - 1].norm_ not in self.qualifiers or end >= len(doc):
            return False
        nxt = doc[end]
        return nxt.is_lower and (nxt.norm_ in self.qualified or nxt.lower_ in self.qualified)

    def _add_handed_out(self, cues: dict[str, list[str]]) -> None:
        """A thing holding people's data handed to a stranger: "handed a memory stick holding
        interviews to a member of the public" -- a giving verb (`handing_verbs`), a data
        thing (`handed_things`) at most four words on, then within one clause "to a member
        of the public" (one person, indefinite: "members of the public" are an appeal's
        audience) as strong `inappropriate_disclosure`."""
        verbs = cues.get("handing_verbs", [])
        things = cues.get("handed_things", [])
        if not (verbs and things):
            return
        gap: dict[str, Any] = {"NORM": {"NOT_IN": _CLAUSE_BREAKS}}
        pattern: list[dict[str, Any]] = [
            {"NORM": {"IN": verbs}}, {**gap, "OP": "{0,4}"}, {"NORM": {"IN": things}},
            {**gap, "OP": "{0,8}"}, {"LOWER": "to"}, {"LOWER": {"IN": ["a", "one"]}},
            {"LOWER": "member"}, {"LOWER": "of"}, {"LOWER": "the"}, {"LOWER": "public"},
        ]  # fmt: skip
        self.pairs.add(_HANDED_OUT, [pattern], greedy="FIRST")

    def _add_passed_data(self, cues: dict[str, list[str]]) -> None:
        """Information handed over to someone, whoever they are: "passed confidential
        information to embassy staff", "leaked intelligence about a raid to a local dealer"
        -- a passing verb (`passing_verbs`), a word for data (`passed_data`) at most three
        words on, then within one clause (at most eight more words) "to", as strong
        `inappropriate_disclosure`; who got it is checked after the match
        (`_passed_recipient`), and the police, prosecutors or a regulator as recipients
        make no disclosure (`_to_officials`, `_to_regulator`)."""
        verbs = cues.get("passing_verbs", [])
        things = cues.get("passed_data", [])
        if not (verbs and things):
            return
        gap: dict[str, Any] = {"NORM": {"NOT_IN": _CLAUSE_BREAKS}}
        pattern: list[dict[str, Any]] = [
            {"NORM": {"IN": verbs}}, {**gap, "OP": "{0,3}"}, {"NORM": {"IN": things}},
            {**gap, "OP": "{0,8}"}, {"LOWER": "to"},
        ]  # fmt: skip
        self.pairs.add(_PASSED_DATA, [pattern], greedy="FIRST")

    def _passed_recipient(self, span: Span) -> bool:
        """Someone after the "to" of a passing (`_add_passed_data`): an article, possessive
        or pronoun (`passed_openers`: "to a friend", "to you"), a name ("to The Sun"), a
        group of people at most two words on (`passed_groups`: "to embassy staff", "to local
        crime bosses"), or a plural right after it ("to journalists") -- not a verb
        ("passed information to help the inquiry"); after "the" (`passed_definite`) only a
        name or a group of people ("to the crime desk" is a desk of the force's). The force's
        own passing ("Kent Police passed ...") is its sharing, a present "passes" its
        practice, and a body given it (`passed_bodies`: "to a partner agency") one whose work
        it is: none is a leak."""
        doc = span.doc
        k = span.end
        verb = span[0]
        if k >= len(doc) or verb.lower_ != verb.norm_ and verb.lower_.endswith("s"):
            return False  # "it passes the details of victims to a charity": a practice
        if _body_gives([t.lower_ for t in doc[max(0, verb.i - 4) : verb.i + 1]], min(verb.i, 4)):
            return False  # "the force passed the information to the council": its sharing
        nxt = doc[k]
        for t in doc[k : k + 4]:
            if t.norm_ in _CLAUSE_BREAKS:
                break
            if t.norm_ in self.passed_bodies or t.lower_ in self.passed_bodies:
                return False  # "to a partner agency", "to the council": a body's work
        data = next((t for t in span[1:] if t.norm_ in self.passed_data), None)
        if data is not None and data.i >= 2 and data.text[:1].isupper():
            before = doc[data.i - 1]
            if before.lower_ == "of" and doc[data.i - 2].text[:1].isupper():
                return False  # "... under the Freedom of Information Act to": a name's word
        if nxt.lower_ in self.passed_definite:
            # "the" names a body as often as a person ("to the crime desk", "to the
            # council"): a name or a group of people after it ("to the Sun", "to the gang")
            k += 1
            after = doc[k : k + 3]
            return any(t.is_alpha and (t.text[:1].isupper() or t.norm_ in self.passed_groups)
                       for t in after)  # fmt: skip
        if nxt.lower_ in self.passed_openers or nxt.norm_ in self.passed_groups:
            return True
        if nxt.text[:1].isupper() and nxt.is_alpha:
            return True
        if nxt.lower_ != nxt.norm_ and nxt.lower_.endswith("s") and nxt.norm_ not in _VERB_S:
            return True  # a plural: "to journalists"
        # a group of people a word or two on: "to embassy staff", "to local crime bosses"
        return any(t.norm_ in self.passed_groups for t in doc[k + 1 : k + 3] if t.is_alpha)

    def _handed_back(self, span: Span) -> bool:
        """The member of the public given the record is the one it came from or is about
        ('... who had reported the theft', '... who asked for it': `handed_owner_verbs` after
        "who" and auxiliaries), or the record is a search's picture ('a photograph of the
        missing teenager': `handed_appeal_words`) -- no stranger given people's data."""
        if any(t.lower_ in self.handed_appeal for t in span):
            return True
        doc = span.doc
        k = span.end
        if k < len(doc) and doc[k].text == ",":
            k += 1  # "..., who had asked for it"
        if k >= len(doc) or doc[k].lower_ != "who":
            return False
        k += 1
        while k < len(doc) and doc[k].norm_ in {"have", "be"}:
            k += 1
        return k < len(doc) and doc[k].norm_ in self.handed_owners

    def _add_told_who(self, cues: dict[str, list[str]]) -> None:
        """Telling someone who reported them or where a person is: "told the suspect who had
        made the complaint", "told the man which neighbour had called", "revealed to her ex
        where she was living", "told him which address she had moved to" -- a telling verb
        (`told_who_verbs`), a question word (`told_who_words`) at most six words on (an
        "ex-partner" is three), and after it, in one clause, a word of reporting
        (`told_who_reports`, at most six words on), a verb of dwelling after "where"
        (`told_where_verbs`) or a place of one's own right after "which"
        (`told_which_places`): a strong `verbal_disclosure` cue ("told the man who was
        arrested", "told reporters what happened" report nothing)."""
        verbs = cues.get("told_who_verbs", [])
        reports = cues.get("told_who_reports", [])
        words = cues.get("told_who_words", [])
        if not (verbs and reports and words):
            return
        asks = [*words, "where"]
        gap: dict[str, Any] = {"NORM": {"NOT_IN": [b for b in _CLAUSE_BREAKS if b not in asks]}}
        told: list[dict[str, Any]] = [{"NORM": {"IN": verbs}}, {**gap, "OP": "{0,6}"}]
        patterns: list[list[dict[str, Any]]] = [
            [*told, {"LOWER": {"IN": words}}, {**gap, "OP": "{0,6}"}, {"NORM": {"IN": reports}}],
            [*told, {"LOWER": "where"}, {**gap, "OP": "{0,6}"},
             {"NORM": {"IN": cues.get("told_where_verbs", [])}}],
            [*told, {"LOWER": "which"}, {"NORM": {"IN": cues.get("told_which_places", [])}}],
        ]  # fmt: skip
        # its own key: the reporting verb's "-ed" form is the point ("who had reported him"),
        # not a verb taken for a noun (`_no_thing`)
        self.pairs.add(_TOLD_WHO, patterns, greedy="FIRST")

    def _add_shown_addresses(self, cues: dict[str, list[str]]) -> None:
        """An email showing its recipients' addresses: "an email to victims exposed their email
        addresses" -- a message word (`shown_media`), a verb of showing (`shown_verbs`) at most
        eight words on and "email address" at most four words after it, in one clause: a
        strong `failure_to_use_bcc` cue. The message must be the one showing them: "hackers
        exposed the email addresses" names none; "an attack on its email system exposed ..."
        names a system (`shown_not_after` right after the message word)."""
        media = cues.get("shown_media", [])
        verbs = cues.get("shown_verbs", [])
        if not (media and verbs):
            return
        gap: dict[str, Any] = {"NORM": {"NOT_IN": _CLAUSE_BREAKS}}
        pattern: list[dict[str, Any]] = [
            {"LOWER": {"IN": media}}, {**gap, "OP": "{0,8}"}, {"NORM": {"IN": verbs}},
            {**gap, "OP": "{0,4}"}, {"LOWER": {"IN": ["email", "e-mail"]}},
            {"NORM": "address"},
        ]  # fmt: skip
        self.pairs.add(_SHOWN, [pattern], greedy="FIRST")
        # The message told further back, past a relative clause: "an email to dozens of people
        # who had complained revealed all their email addresses" -- the showing and the
        # addresses alone, kept only with a message word earlier in the sentence
        # (`_message_before`).
        self.pairs.add(_SHOWN_LATE, [pattern[2:]], greedy="FIRST")
        self.shown_media = {w.lower() for w in media}

    def _message_before(self, doc: Doc, start: int) -> bool:
        """A message word (`shown_media`) before token `start` in its sentence, naming a
        message, not a system ("its email system") nor an address ("the email addresses")."""
        sent_start = doc[start].sent.start
        for k in range(start - 1, sent_start - 1, -1):
            if doc[k].lower_ not in self.shown_media:
                continue
            nxt = doc[k + 1]
            if nxt.lower_ in self.shown_not_after or nxt.norm_ == "address":
                continue
            return True
        return False

    def _add_viewed_by(self, cues: dict[str, list[str]]) -> None:
        """Records looked at by an insider, told passively: "her record was looked at by a
        constable", "the files were viewed by an officer" -- a record word (`viewed_things`),
        a viewing verb's participle (`viewed_forms`) at most four words on, "by", at most two
        determiners, at most `doer_modifiers` words of its own ("by unknown criminals", "by a
        rogue officer") and a police worker (`individuals`): a strong `unauthorised_access` cue
        -- or by an outsider (`outsiders`: "accessed by criminals", which types.py makes an
        attack)."""
        reach = cues.get("doer_modifiers", 2)  # a number among the word lists
        self.doer_modifiers = reach if isinstance(reach, int) else 2
        things = cues.get("viewed_things", [])
        forms = cues.get("viewed_forms", [])
        people = [*cues.get("individuals", []), *cues.get("outsiders", [])]
        if not (things and forms and people):
            return
        gap: dict[str, Any] = {"NORM": {"NOT_IN": _CLAUSE_BREAKS}}
        pattern: list[dict[str, Any]] = [
            {"NORM": {"IN": things}}, {**gap, "OP": "{0,4}"}, {"LOWER": {"IN": forms}},
            {"LOWER": {"IN": ["at", "through"]}, "OP": "?"}, {"LOWER": "by"},
            {"LOWER": {"IN": sorted(self.dets)}, "OP": "{0,2}"},
            # the doer's own words before it: "by unknown criminals", "by a rogue officer"
            {"IS_ALPHA": True, "IS_LOWER": True, "NORM": {"NOT_IN": _CLAUSE_BREAKS},
             "OP": f"{{0,{self.doer_modifiers}}}"},
            {"NORM": {"IN": people}},
        ]  # fmt: skip
        # the doer as written too: `outsiders` are word forms ("criminals")
        written = [*pattern[:-1], {"LOWER": {"IN": people}}]
        self.pairs.add(_VIEWED_BY, [pattern, written], greedy="FIRST")

    def _add_phoned(self, cues: dict[str, list[str]]) -> None:
        """Someone's details given out to a caller: "her ex-partner rang the force and was
        read her new address", "he phoned the station and a call handler told him where she
        lived", "gave her address to a man who telephoned the control room" -- a phoning verb
        (`phoned_forms`, word forms), then a telling verb (`phoned_telling`) told passively or
        with the caller as its object (`phoned_told`) and an identifying thing
        (`phoned_things`) at most three words on; or the telling, the thing, "to" someone and
        a `phoned_links` word before the phoning verb: a strong `verbal_disclosure` cue. One
        telling their own details when they call ("she rang police and gave her name") is
        neither passive nor told to the caller."""
        forms = cues.get("phoned_forms", [])
        telling = cues.get("phoned_telling", [])
        things = cues.get("phoned_things", [])
        told = cues.get("phoned_told", [])
        links = cues.get("phoned_links", [])
        if not (forms and telling and things):
            return
        # one sentence, the call and what followed it: "rang the force and was read ..."
        gap: dict[str, Any] = {"NORM": {"NOT_IN": [b for b in _CLAUSE_BREAKS if b != "and"]}}
        near: dict[str, Any] = {"NORM": {"NOT_IN": _CLAUSE_BREAKS}, "OP": "{0,3}"}
        call = {"LOWER": {"IN": forms}}
        thing = {"NORM": {"IN": things}}
        passive: list[dict[str, Any]] = [
            call, {**gap, "OP": "{0,6}"}, {"NORM": "be"}, {"IS_ALPHA": True, "OP": "?"},
            {"NORM": {"IN": telling}}, near, thing,
        ]  # fmt: skip
        to_caller: list[dict[str, Any]] = [
            call, {**gap, "OP": "{0,8}"}, {"NORM": {"IN": telling}}, {"LOWER": {"IN": told}},
            near, thing,
        ]  # fmt: skip
        patterns = [passive, to_caller]
        if links:
            patterns.append([
                {"NORM": {"IN": telling}}, near, thing, {"LOWER": "to"},
                {"NORM": {"NOT_IN": _CLAUSE_BREAKS}, "OP": "{0,4}"}, {"LOWER": {"IN": links}},
                {"NORM": {"NOT_IN": _CLAUSE_BREAKS}, "OP": "{0,2}"}, call,
            ])  # fmt: skip
        self.pairs.add(_PHONED, patterns, greedy="FIRST")

    def _add_put_out(self, cues: dict[str, list[str]]) -> None:
        """Someone's details put where anyone can see them, told with the details between:
        "put the names of 200 officers online", "made the list of informants public", "posted
        the home addresses of victims online" -- a putting verb (`put_out_verbs`), a thing
        that identifies people (`put_out_things`) at most four words on and `put_out_ends` at
        most six words after it, in one clause: a strong `published_in_error` cue. Not with a
        word of routine police naming between (`put_out_not`: "posted the names of two men
        charged with burglary online")."""
        verbs = cues.get("put_out_verbs", [])
        things = cues.get("put_out_things", [])
        ends = cues.get("put_out_ends", [])
        self.put_out_heads = {w.lower() for w in [*things, *ends]}
        if not (verbs and things and ends):
            return
        unwanted = [*_CLAUSE_BREAKS, *cues.get("put_out_not", [])]
        gap: dict[str, Any] = {"NORM": {"NOT_IN": unwanted}}
        # more things after the first: "the names and addresses of victims"
        after: dict[str, Any] = {"NORM": {"NOT_IN": [w for w in unwanted if w not in _LISTING]}}
        pattern: list[dict[str, Any]] = [
            {"NORM": {"IN": verbs}}, {**gap, "OP": "{0,4}"}, {"NORM": {"IN": things}},
            {**after, "OP": "{0,6}"}, {"LOWER": {"IN": ends}},
        ]  # fmt: skip
        self.pairs.add(_PUT_OUT, [pattern], greedy="FIRST")
        # Told by where they turned up, the things first: "the names and roles of every
        # employee mistakenly appeared online", "victims' addresses surfaced on the internet"
        # (`surfaced_verbs`, `surfaced_ends`; not "the chief constable appeared online": no
        # thing that identifies people)
        risen = cues.get("surfaced_verbs", [])
        places = cues.get("surfaced_ends", [])
        if risen and places:
            near: dict[str, Any] = {"NORM": {"NOT_IN": [*_CLAUSE_BREAKS, *places]}}
            # a list of things may run on with commas: "the surname, initial and rank of"
            listed = {"NORM": {"NOT_IN": [w for w in unwanted if w not in {*_LISTING, ","}]}}
            surfaced: list[dict[str, Any]] = [
                {"NORM": {"IN": things}}, {**listed, "OP": "{0,16}"}, {"NORM": {"IN": risen}},
                {**near, "OP": "{0,2}"}, {"LOWER": {"IN": places}},
            ]  # fmt: skip
            self.pairs.add(_SURFACED, [surfaced], greedy="FIRST")
        # Carried out in an answer under the Freedom of Information Act: "the personal data of
        # 900 people was included in files released under the Freedom of Information Act",
        # "its responses to FOI requests included victims' names", "an answer to an FOI
        # request carried a tab listing every officer's name" -- a thing that identifies
        # people (`carried_things`) and a verb of carrying (`carried_verbs`) on one side of
        # the request's name, in one clause, no word of a finding between ("an FOI request
        # revealed the force holds the names ..." is where news came from). A strong
        # `published_in_error` cue, as "hidden tab" is; "the response included figures for
        # each year" names no one's data.
        carried = cues.get("carried_verbs", [])
        carried_things = cues.get("carried_things", [])
        requests = cues.get("carried_requests", [])
        if carried and carried_things and requests:
            found = cues.get("news_source_verbs", [])
            plain: dict[str, Any] = {"NORM": {"NOT_IN": [*_CLAUSE_BREAKS, *found]}}
            listed_ = {
                "NORM": {
                    "NOT_IN": [w for w in [*_CLAUSE_BREAKS, *found] if w not in {*_LISTING, ","}]
                }
            }
            first: list[dict[str, Any]] = [
                {"NORM": {"IN": carried_things}}, {**listed_, "OP": "{0,12}"},
                {"NORM": {"IN": carried}}, {**plain, "OP": "{0,9}"},
                {"LOWER": {"IN": requests}},
            ]  # fmt: skip
            last: list[dict[str, Any]] = [
                {"LOWER": {"IN": requests}}, {**plain, "OP": "{0,9}"},
                {"NORM": {"IN": carried}}, {**plain, "OP": "{0,5}"},
                {"NORM": {"IN": carried_things}},
            ]  # fmt: skip
            self.pairs.add(_CARRIED, [first, last], greedy="FIRST")
            # ... or made open to all on a website: "the personal details of 200 officers
            # were made available on the force's website", "victims' names were left
            # accessible online" (`opened_verbs`, `opened_states`, `opened_places`; "reports
            # are made available on the website" names no one's data)
            opened = cues.get("opened_verbs", [])
            states = cues.get("opened_states", [])
            places = cues.get("opened_places", [])
            if opened and states and places:
                shown: list[dict[str, Any]] = [
                    {"NORM": {"IN": carried_things}}, {**listed_, "OP": "{0,16}"},
                    {"NORM": {"IN": opened}}, {"LOWER": {"IN": states}},
                    {**plain, "OP": "{0,5}"}, {"LOWER": {"IN": places}},
                ]  # fmt: skip
                self.pairs.add(_CARRIED, [shown], greedy="FIRST")

    def _things_named(self, span: Span) -> bool:
        """A put-out pair's thing heading its phrase ("the names of officers", "names and
        addresses"), not qualifying another noun ("its data protection policy"): a thing
        followed by punctuation, an `object_enders` word, another thing or the end word."""
        doc = span.doc
        heads = self.put_out_heads
        for tok in span[1:-1]:
            if tok.norm_ not in heads:
                continue
            nxt = doc[tok.i + 1]
            if (
                not nxt.is_alpha
                or nxt.lower_ in self.enders
                or nxt.norm_ in self.enders
                or nxt.norm_ in heads
                or nxt.lower_ in heads
            ):
                return True
        return False

    def _add_kept_uncharged(self, cues: dict[str, list[str]]) -> None:
        """Kept although the people were cleared: "kept the records of people who were never
        charged", "retained photos of those not convicted" -- a keeping verb
        (`uncharged_keeping`), "never" or "not" at most nine words on ("who" may stand
        between), "be" at most and a verb of charging (`uncharged_verbs`): a strong `other`
        cue ("kept his job and was never charged" has its "and")."""
        keeping = cues.get("uncharged_keeping", [])
        charged = cues.get("uncharged_verbs", [])
        if not (keeping and charged):
            return
        gap: dict[str, Any] = {"NORM": {"NOT_IN": [b for b in _CLAUSE_BREAKS if b != "who"]}}
        pattern: list[dict[str, Any]] = [
            {"NORM": {"IN": keeping}}, {**gap, "OP": "{0,9}"},
            {"LOWER": {"IN": ["never", "not"]}}, {"NORM": "be", "OP": "?"},
            {"NORM": {"IN": charged}},
        ]  # fmt: skip
        patterns = [pattern]
        cleared = cues.get("cleared_forms", [])
        if cleared:
            apart = [b for b in _CLAUSE_BREAKS if b != "who"] + ["that"]
            patterns.append(
                [
                    {"NORM": {"IN": keeping}},
                    {"NORM": {"NOT_IN": apart}, "OP": "{0,8}"},
                    {"LOWER": "who"},
                    {"NORM": "have", "OP": "?"},
                    {"NORM": "be"},
                    {"LOWER": {"IN": ["later", "subsequently", "eventually", "all"]}, "OP": "?"},
                    {"LOWER": {"IN": cleared}},
                ]
            )
        self.pairs.add(_KEPT_UNCHARGED, patterns, greedy="FIRST")

    def _vehicle_traced(self, doc: Doc, start: int, end: int) -> bool:
        """A system used to find a vehicle ('used the PNC to trace the stolen car'), not a
        person ('to trace the car's owner'): the finding verb's object is a vehicle word."""
        if doc[end - 1].norm_ in self.finding and doc[start].norm_ != doc[end - 1].norm_:
            verb = end - 1  # "used the PNC to trace" + what follows
        elif doc[start].norm_ in self.finding:
            verb = start  # "traced the stolen car to an address"
        else:
            return False
        for j in range(verb + 1, min(len(doc), verb + self.traced_reach + 2)):
            if doc[j].norm_ in _CLAUSE_BREAKS:
                return False
            if doc[j].norm_ in self.traced_things:
                after = doc[j + 1].lower_ if j + 1 < len(doc) else ""
                return after not in self.vehicle_people
        return False

    def _add_no_purpose(self, cues: dict[str, list[str]]) -> None:
        """A look-up done for no reason of the job, however the reporter words it: "no
        obvious policing purpose", "without any lawful reason", "with no valid work reason"
        -- a negation (`purpose_negations`), at most three lower-case words, then a word of
        the job or the law (`purpose_qualifiers`) right before "purpose" or "reason" -- as
        strong `unauthorised_access`; "no reason to believe" names no job, "for a policing
        purpose" no lack of one."""
        negations = cues.get("purpose_negations", [])
        qualifiers = cues.get("purpose_qualifiers", [])
        if not (negations and qualifiers):
            return
        gap: dict[str, Any] = {
            "NORM": {"NOT_IN": _CLAUSE_BREAKS},
            "IS_LOWER": True,
            "IS_ALPHA": True,
            "OP": "{0,3}",
        }
        pattern: list[dict[str, Any]] = [
            {"LOWER": {"IN": negations}}, gap, {"LOWER": {"IN": qualifiers}},
            {"NORM": {"IN": ["purpose", "reason"]}},
        ]  # fmt: skip
        self.pairs.add("unauthorised_access|strong", [pattern], greedy="FIRST")

    def _add_used_to_find(self, cues: dict[str, list[str]]) -> None:
        """A police system used to find someone: "used police computers to find her address",
        "used the database to trace her new home", "used the PNC and downloaded details of
        his neighbours" -- a use verb, a system (`searched_systems`, at most four words after
        it) and, right after "to" or "and" (`system_use_links`), a verb of finding
        (`finding_verbs`) as strong `unauthorised_access`; a system merely named ("a new
        database to track offenders") has no user."""
        users = cues.get("system_use_verbs", [])
        systems = cues.get("searched_systems", [])
        finding = cues.get("finding_verbs", [])
        links = [w.lower() for w in cues.get("system_use_links", ["to"])]
        if not (users and systems and finding and links):
            return
        gap: dict[str, Any] = {"NORM": {"NOT_IN": _CLAUSE_BREAKS}, "OP": "{0,4}"}
        pattern: list[dict[str, Any]] = [
            {"NORM": {"IN": users}}, gap, {"NORM": {"IN": systems}}, {"LOWER": {"IN": links}},
            {"NORM": {"IN": finding}},
        ]  # fmt: skip
        self.pairs.add("unauthorised_access|strong", [pattern], greedy="FIRST")

    def __call__(self, doc: Doc) -> Doc:
        by_code: dict[str, list[Span]] = {}
        for match_id, start, end in self.cues(doc):
            code, strength = doc.vocab.strings[match_id].split("|")
            by_code.setdefault(code, []).append(Span(doc, start, end, label=code, kb_id=strength))
        # "usb stick" must not also count as "usb": longest match per code. A pair is one more
        # cue beside them (once per action word), never hiding the phrases inside it.
        # Offences the police deal with, named with a cue word ("cyber crime", "hacking
        # offences"): no cue starts inside the name.
        crime = self._crime(doc)
        regulators = {r.start for r in doc.spans.get("regulators", [])}
        media = {s.start for code in _MEDIA_CODES for s in by_code.get(code, [])}
        cues = [
            s
            for spans in by_code.values()
            for s in filter_spans(spans)
            if s.start not in crime
            and not _to_regulator(s, regulators)
            and not _to_officials(s, self.official)
            and not self._attributive(s)
            and not self._qualifies_system(s)
            and not self._mail_system(s)
            and not self._visited(s, media)
        ]
        strong_starts = {(c.label_, c.start) for c in cues if c.kb_id_ == "strong"}
        paired: set[tuple[str, int]] = set(strong_starts)  # a phrase already says it
        from_pairs: list[Span] = []
        found = []
        police_work = {i for _, s, e in self.not_actions(doc) for i in range(s, e)}
        matches = [(doc.vocab.strings[m], s, e) for m, s, e in self.pairs(doc)]
        for n, (key, start, end) in enumerate([*matches, *self._linked_pairs(doc)]):
            most = self._most.get(key)
            span = doc[start:end]
            between = _words_between(span) - (self._inserted(span) if n >= len(matches) else 0)
            if _dashed(span) or (most is not None and between > most):
                continue
            if any(t.is_sent_start for t in span[1:]):
                continue  # an action and an object in two sentences are no pair
            if n < len(matches) and self._owner_named(key, doc, end):
                continue  # "showed a whiteboard with suspects' names": whose, not to whom
            if start in police_work or start in crime:
                continue  # "stop and search data"
            if (
                key.startswith("verbal_disclosure|")
                and span[0].norm_ in self.audience_verbs
                and self._told_audience(span)
            ):
                continue  # "told the court where she lived"
            if (
                key.startswith("verbal_disclosure|")
                and span[-1].norm_ in self.told_about
                and all(t.lower_ in self.dets for t in span[1:-1])
            ):
                continue  # "told the caller an officer would attend": the caller is told
            if key.startswith("inappropriate_disclosure|") and self._place(
                [t.lower_ if t.lower_ in _POSSESSIVE else t.norm_ for t in doc[end - 1 : end + 2]],
                0,
            ):
                continue  # "officers were sent to the family home"
            if key == _PASSED_DATA and (
                not self._passed_recipient(span)
                or _to_officials(span, self.official)
                or _to_regulator(span, regulators)
            ):
                continue  # "passed the details to help the inquiry": no one given them
            if key == _HANDED_OUT and self._handed_back(span):
                continue  # a copy of a report given to the person who made it
            if key == _PUT_OUT and not self._things_named(span):
                continue  # "published its data protection policy online": a policy
            if key == _SHOWN_LATE:
                if not self._message_before(doc, start):
                    continue  # "hackers exposed the email addresses": no message shows them
                key = _SHOWN
            if key == _SHOWN and span[1].lower_ in self.shown_not_after:
                continue  # "an attack on its email system exposed ...": no message
            if _object_acts(span):
                continue  # "supplied by a software company": the company is the supplier
            if key.startswith("_misdirected|") and self._people_went(doc, start, end):
                continue  # "officers were sent to the wrong house": people went, no data
            if end < len(doc) and doc[end].lower_ in self.field_after:
                continue  # "to get data protection training": a field named, no data
            if key.startswith("unauthorised_access|") and self._vehicle_traced(doc, start, end):
                continue  # "used the PNC to trace the stolen car"
            if key.startswith("_loss|") and span[-2].lower_ in _PLACE_LINKS:
                continue  # "case files left on trains": a kind of loss, as figures tell it
            heads = self.cyber_heads if key.startswith("cyber_attack|") else self.head_objects
            computer = key.startswith("cyber_attack|") and end < len(doc)
            if computer and doc[end].norm_ in self.cyber_heads:
                pass  # "an attack on its email system": a computer qualifying a computer
            elif doc[end - 1].norm_ in heads and self._modifier(doc, end):
                continue  # "breached its network policy": the policy was breached
            if self._qualifier(doc, end):
                continue  # "were given criminal convictions": no criminal given anything
            if key.split("|")[0] in self.participle_codes:
                if not _participle(span[-1]):
                    continue  # "wrongly deleted records": the adverb is the deleting's
            elif key not in _OWN_PATTERNS and _no_thing(span, self.verb_like):
                continue  # "figures obtained by the paper show the force recorded ..."
            if key not in _OWN_PATTERNS and _in_name(doc, end - 1, self.cyber_heads):
                continue  # "obtained under the Freedom of Information Act": a name's word
            found.append(("|".join(key.split("|")[:2]), start, end))
        # Same span, two codes: the label decides the order, not the matcher's.
        # A strong pair before a weak one on the same action word ("held the fingerprints of
        # innocent people": the keeping of the innocent's, not only of fingerprints).
        ordered = sorted(
            _first_matches(found), key=lambda m: (m[1], m[0].endswith("|weak"), m[2], m[0])
        )
        for label, start, end in ordered:
            code, strength = label.split("|")
            # a misdirection already spelt out by a phrase ("sent to the wrong address")
            spelt = code == "_misdirected" and any(s == start for _, s in strong_starts)
            if (code, start) not in paired and not spelt:
                paired.add((code, start))
                from_pairs.append(Span(doc, start, end, label=code, kb_id=strength))
        # A break-in into a computer ("broke into its network") is the attack's, no loss.
        attacks = {s.start for s in from_pairs if s.label_ == "cyber_attack"}
        # The pair's action word is no extra weak cue of its own ("disclosed ... to a friend").
        cues = [
            c
            for c in cues
            if not (c.kb_id_ == "weak" and (c.label_, c.start) in paired - strong_starts)
            and not (c.label_ == "_loss" and c.start in attacks)
        ] + from_pairs
        doc.spans[CUES_KEY] = sorted(cues, key=lambda s: s.start)
        doc.spans[TERMS_KEY] = filter_spans(
            [Span(doc, s, e, label=m) for m, s, e in self.terms(doc)]
        )
        return doc


_RECIPIENT_LINKS = {"to", "with"}
_BODY_WORDS = {"police", "force", "forces", "constabulary", "constabularies", "service"}
_GIVER_AUX = {"has", "have", "had", "also", "then", "later"}


def _body_gives(lowers: list[str], i: int) -> bool:
    """The verb at i has the force itself as its subject ('Kent Police gave', 'the force
    has given'), not one of its people ('a Kent Police detective passed')."""
    k = i - 1
    while k >= 0 and lowers[k] in _GIVER_AUX:
        k -= 1
    return k >= 0 and lowers[k] in _BODY_WORDS


_RELATIVES = {"who"}  # a person the data is about; "records that were not needed" is no hand-over
_RELATIVE_AUX = 3  # "who had since been", "who was"
_PARTICIPLE_ENDS = ("ed", "en")  # "arrested", "stolen", "taken"; the pipeline tags no POS
_MEDIA_CODES = ("_post_media", "_email_media")  # what goes astray: "the letter went to ..."
_VISIT_REACH = 4  # "turned up at the wrong address": the link words between verb and place
_BE_REACH = 3  # "officers were then sent", "officers had been sent"
_QUOTES_AND_DASHES = {"'", "’", '"', "”", "-", "–"}
_ADVERBS = {"then", "also", "later", "instead"}  # "officers were then sent"
_NUMBER_WORDS = {"one", "two", "three"}  # "sent to wrong address two times": no noun phrase
_MAIL_CODES = {"emailed_to_incorrect_recipient", "_email_media"}
_TOLD_WHO = "verbal_disclosure|strong|who"
_HANDED_OUT = "inappropriate_disclosure|strong|handed"
_PASSED_DATA = "inappropriate_disclosure|strong|passed_data"
_VERB_S = {"be", "have", "do"}  # "to is", "to has": no plural after "to"
_SHOWN = "failure_to_use_bcc|strong|shown"
_SHOWN_LATE = "failure_to_use_bcc|strong|shown_late"
_VIEWED_BY = "unauthorised_access|strong|viewed"
_KEPT_UNCHARGED = "other|strong|uncharged"
_PHONED = "verbal_disclosure|strong|phoned"
_PUT_OUT = "published_in_error|strong|put_out"
_SURFACED = "published_in_error|strong|surfaced"
_CARRIED = "published_in_error|strong|carried"
_LISTING = {"and", "or"}
# patterns whose last word may be a verb's "-ed" form (`_no_thing` asks the others)
_OWN_PATTERNS = {
    _TOLD_WHO, _SHOWN, _SHOWN_LATE, _VIEWED_BY, _KEPT_UNCHARGED, _PHONED, _PUT_OUT, _SURFACED,
    _CARRIED, _PASSED_DATA,
}  # fmt: skip
_POSSESSIVE = {"'s", "’s"}
_GLUE = {"-", *_POSSESSIVE}
_PLACE_LINKS = {"in", "on", "at"}


_OWNER_WORDS = 3  # capitalised words of an owner's name before its "'s"


def _owner_end(lowers: list[str], norms: list[str], k: int, capital: list[bool]) -> int | None:
    """'To Kent Police's network', 'to Greater Manchester Police's system': capitalised
    words from k up to a possessive "'s" name an owner and stand where a determiner would;
    the index of that "'s"."""
    m = k
    while m < len(norms) and m < k + _OWNER_WORDS and capital[m]:
        m += 1
    if m > k and m < len(norms) and lowers[m] in _POSSESSIVE:
        return m
    return None


def _names(norms: list[str], lowers: list[str], m: int, objects: set[str]) -> bool:
    """Token m is an object word (its lemma or as written), alone or as the end of a
    hyphenated one ("ex-partner", three tokens: "ex", "-", "partner")."""
    if norms[m] in objects or lowers[m] in objects:
        return True  # the written form too: the lemmatiser takes "stranger" for "strange"
    return m >= 2 and norms[m - 1] == "-" and f"{lowers[m - 2]}-{norms[m]}" in objects


def _in_name(doc: Doc, k: int, systems: set[str]) -> bool:
    """'Obtained through a Freedom of Information request', 'checked with the Information
    Commissioner': a capitalised object word inside a name, qualifying the capitalised word
    after it or after "of" in one, is a word of that name, not the thing the action is done
    to ('accessed the Police National Computer' ends its name: the computer itself)."""
    tok = doc[k]
    if not tok.text[:1].isupper() or tok.is_sent_start or tok.is_upper and len(tok) > 1:
        return False
    end = k + 1
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    if end > k + 1:
        # a system's name ("the Scottish Intelligence Database") is the thing looked in
        return doc[end - 1].norm_ not in systems
    return (
        k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].text[:1].isupper()
        and not doc[k - 2].is_sent_start
    )  # fmt: skip


def _object_acts(span: Span) -> bool:
    """'The system will be supplied by a software company': what is supplied by someone (a
    few words after 'by' at most, no 'to' or 'with' after it) names its supplier, not one it
    was given to ('supplied by the officer to a newspaper' still has its recipient)."""
    if span[0].norm_ != "supply":
        return False
    inside = [t.lower_ for t in span[1:-1] if not t.is_punct]
    if "by" not in inside:
        return False
    after = inside[len(inside) - inside[::-1].index("by") :]
    return len(after) <= 5 and not _RECIPIENT_LINKS & set(after)


def _no_thing(span: Span, verb_like: set[str]) -> bool:
    """A pair's object word that names no thing: the "-ed" or "-ing" form of a noun that is
    also a verb (`verb_like_objects`): 'figures obtained by the paper show the force recorded
    58 breaches' obtained no record."""
    obj = span[-1]
    if obj.lower_.endswith("ing") and obj.i > 0 and obj.doc[obj.i - 1].lower_ in _NOUN_DETS:
        return False  # "lost the recording of the call": a determiner makes it a noun
    return obj.norm_ in verb_like and obj.lower_ != obj.norm_ and obj.lower_.endswith(("ed", "ing"))


_NOUN_DETS = {"the", "a", "an", "its", "her", "his", "their", "our", "this", "that", "every"}


def _participle(tok: Token) -> bool:
    """A verb's "-ed" or "-ing" form ("recorded", "flagging"), not its noun ("records")."""
    return tok.lower_.endswith(("ed", "ing"))


_OFFICIAL_DETERMINERS = {"the", "its", "their", "other"}


def _to_officials(cue: Span, officials: set[str]) -> bool:
    """'Reports passed to the force by Action Fraud', 'the file was passed to prosecutors': a
    phrase ending in 'to' or 'with' right before the police or the prosecutors (breach_types
    .toml `official_recipients`) tells of data handed to those whose work it is, no
    disclosure."""
    if cue[-1].lower_ not in _RECIPIENT_LINKS:
        return False
    doc = cue.doc
    k = cue.end
    if k < len(doc) and doc[k].lower_ in _OFFICIAL_DETERMINERS:
        k += 1
    if not (k < len(doc) and (doc[k].lower_ in officials or doc[k].norm_ in officials)):
        return False
    # "uploaded to the force's website": a publication onto the body's own page is no handing
    # of data to the body (a place of it after the possessive)
    return not (
        cue.label_ == "published_in_error"
        and k + 1 < len(doc)
        and doc[k + 1].lower_ in {"'s", "’s", "'", "’"}
    )


def _to_regulator(cue: Span, regulators: set[int]) -> bool:
    """'An impact assessment was shared with the ICO', 'the file was passed to the IOPC': a
    phrase ending in 'to' or 'with' right before a regulator tells what the regulator was
    given to do its work, no disclosure."""
    if cue[-1].lower_ not in _RECIPIENT_LINKS:
        return False
    doc = cue.doc
    k = cue.end + 1 if cue.end < len(doc) and doc[cue.end].lower_ == "the" else cue.end
    return k in regulators
