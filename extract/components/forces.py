"""`breachkb_forces_v1`: mentions of UK police forces -> `doc.spans["forces"]`.

Each span's label is the force's canonical name; `kb_id` says how it was found (strong,
context, near_miss). Place-name references ("Gravesend Police") resolve through
`places.toml`; legacy forces keep their own name (their successor is in the data), save a
force only renamed ("Hampshire Constabulary", now "Hampshire and Isle of Wight
Constabulary") on a page that also names it by its new name: one force, called by both.
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from extract.aliases import CONTEXT, STRONG, Alias, force_aliases, regulator_aliases
from extract.components.gazetteer import GazetteerMatcher, acronyms
from extract.datafiles import load_jsonl, load_toml
from extract.typos import force_names

SPAN_KEY = "forces"
_AUTHORITY = {"authority"}  # "Lancashire Police Authority": a policing body of the area
_BE = {"was", "were", "is", "are", "has", "had", "been"}
_THAT_REACH = 5  # "was told on Tuesday that", "was informed last week that"
# "In Dorset, too, a member of police staff ...": words between the county
# opening a sentence and its people (`_scene_set`), and "member of" before the people
_SCENE_OPENERS = {"in", "at"}  # "In Merseyside, ...", "At Humberside, ..."
_SCENE_ASIDES = {",", "meanwhile", "too", "also", "though", "however"}
_SCENE_QUANTITY = {"a", "an", "one", "the", "two", "three", "combined", "further", "total",
                   "another", "some", "several", "more", "than", "over"}  # fmt: skip
_SCENE_QUANTITY_REACH = 3  # "a combined 208", "more than 40": words before the people
_MEMBER = {"member", "members"}
_ROUNDUP_FORCES = 2  # other forces a page names for its staff after a county to be a force's
_OTHERS_PEOPLE = {"at", "from", "of", "with", "for"}
_OWNERS = {"the", "its"}  # "the force", "its constables": the page speaks of a force
_POSSESSIVE_MARKS = {"'s", "\u2019s"}  # "Durham's case": a name's possessive
_FORCE_NOUNS = {"force", "constabulary"}
# Right before a police person word, whose person it is or how many: "an officer", "its
# constables", "a former detective" -- not another body's ("a probation officer").
_PERSON_BEFORE = {"a", "an", "its", "one", "the", "his", "her", "their", "two", "three",
                  "another", "police", "serving", "former", "senior", "junior", "off-duty",
                  "special"}  # fmt: skip
_SCENE_VERBS_IN_S = {"has", "is", "was", "does", "says"}  # "the force has": no plural noun
_MERGED_FROM = 2  # a force formed of several old ones (Police Scotland), not one renamed


def _sentence(span: Span) -> Span:
    """The span's sentence; the whole text where no sentences are set (a headline or URL
    recognised on its own)."""
    doc = span.doc
    return span.sent if doc.has_annotation("SENT_START") else doc[:]


# The small words between nations.toml [merger] `became` and a force's name: "now part of
# the", "merged into", "replaced by".
_BECAME_GLUE = {"the", "part", "of", "into", "by", "to", "as", "its", "a"}
_ASIDE_OPENERS = {",", "(", "–", "—", "-"}
_BECAME_REACH = 4  # "now | part | of | the" before the name


def _successor_aside(span: Span, became: set[str]) -> bool:
    """The name follows words saying an old force became it (`became`: 'the creation of',
    'merged into'); 'now' only opening an aside (', now part of', '(now'), not 'and now
    Police Scotland has been fined'."""
    doc = span.doc
    i = span.start - 1
    for _ in range(_BECAME_REACH):
        if i < 0:
            return False
        word = doc[i].lower_
        if word in became:
            return True
        if word == "now":
            return i > 0 and doc[i - 1].text in _ASIDE_OPENERS
        if word not in _BECAME_GLUE:
            return False
        i -= 1
    return False


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _years(sentence: Span) -> list[int]:
    """The years a sentence names ('in 2021', '2022/23' reads 2022)."""
    return [int(m.group(0)) for m in _YEAR.finditer(sentence.text)]


def _told_as_former(span: Span, former: set[str]) -> bool:
    """An old force told as history (`former`: 'the former Strathclyde Police', 'the then
    Tayside Police'): the page is written when the merged force exists."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in former


def _by_place(span: Span, places: set[str]) -> bool:
    """The mention calls the force by a place it polices ('Scottish police', 'Edinburgh
    police', "Scotland's national force", 'police in Glasgow'), not by a name of its own
    ('Police Scotland', 'Police Service of Scotland')."""
    words = [t.lower_ for t in span if t.lower_ != "the"]
    if len(words) > 2 and words[1] == "in":
        words = words[2:]  # "police in Glasgow"
    return bool(words) and words[0] in places


def _listed_parts(aliases: list[Alias]) -> list[Alias]:
    """A paired force's place name written as two parts of a list ("Devon, Cornwall and
    Dorset police", "Avon, Somerset and Wiltshire forces"): the pair with a comma for its
    "and", a context alias like the pair itself, so police words after the list support it."""
    return [
        Alias(alias.text.replace(" and ", ", ", 1), alias.canonical, CONTEXT)
        for alias in aliases
        if alias.kind == CONTEXT and alias.text.count(" and ") == 1
    ]


@Language.factory("breachkb_forces_v1", default_config={"data_dir": ""})
def make_forces(nlp: Language, name: str, data_dir: str) -> ForceRecognizer:
    return ForceRecognizer(nlp, data_dir or None)


class ForceRecognizer:
    def __init__(self, nlp: Language, data_dir: str | None) -> None:
        cues = load_toml("cues.toml", data_dir)
        self.matcher = GazetteerMatcher(
            nlp,
            [*force_aliases(data_dir), *_listed_parts(force_aliases(data_dir))],
            context_words=cues["roles"]["police_context"],
            blocked_suffixes=cues["roles"]["not_force_suffix"],
            blocked_prefixes=cues["roles"].get("not_force_prefix", []),
            foreign_suffixes=cues["roles"].get("foreign_force_suffix", []),
            definite_not_before=cues["roles"].get("definite_alias_not_before", []),
            not_typos=[*cues["acronyms"]["not_typos"], *acronyms(regulator_aliases(data_dir))],
            # a county's force misspelt ("Leicestshire Police"): its own names, not towns'
            fuzzy=True,
            fuzzy_only=set(force_names(data_dir)),
        )
        self.not_before = {w.lower() for w in cues["roles"].get("definite_alias_not_before", [])}
        self.onlooker_before = {w.lower() for w in cues["roles"]["authority_onlooker_before"]}
        # Bare place names of forces ("Norfolk", "Kent"), for a force named in full before.
        self.places = PhraseMatcher(nlp.vocab, attr="LOWER")
        for alias in force_aliases(data_dir):
            if alias.kind == CONTEXT and not alias.text.startswith(("the ", "Chief ")):
                self.places.add(alias.canonical, [nlp.make_doc(alias.text.lower())])
        roles = cues["roles"]
        self.acts = {w.lower() for w in roles.get("named_again_acts", [])}
        self.owned = {w.lower() for w in roles.get("named_again_owned", [])}
        self.owning_up = {w.lower() for w in roles.get("area_force_acts", [])}
        self.place_words = {w.lower() for w in roles.get("place_before", [])}
        self._init_described(nlp, data_dir)
        self.modifier_of = {
            text: row["name"]
            for row in load_jsonl("forces.jsonl", data_dir)
            for text in row.get("modifier_aliases", [])
        }
        modifiers = load_toml("nations.toml", data_dir).get("modifiers", {})
        self.modifier_nouns = {w.lower() for w in modifiers.get("nouns", [])}
        # the people of a force, as the subject after "In <county>,": its police words and
        # the nouns of its people ("staff", "employees"), one word each
        self.police_words = {w.lower() for w in cues["roles"]["police_context"] if " " not in w}
        self.scene_people = (self.police_words | self.modifier_nouns) - {"'s", "’s"}
        self.other_bodies = [
            w.lower().split() for w in cues["roles"]["organisation"] if not w.startswith("=")
        ]
        self.modifier_ranks = set(modifiers.get("ranks", []))
        self.renamed = {
            row["name"]: row["successor"]
            for row in load_jsonl("forces.jsonl", data_dir)
            if row.get("renamed") and row.get("successor")
        }
        self._init_merged(data_dir)

    def __call__(self, doc: Doc) -> Doc:
        spans = [s for s in self.matcher(doc) if s.kb_id_ != CONTEXT or self._names_a_force(s)]
        spans = sorted([*spans, *self._modifiers(doc, spans)], key=lambda s: s.start)
        spans = sorted([*spans, *self._scene_set(doc, spans)], key=lambda s: s.start)
        spans = sorted([*spans, *self._described(doc, spans)], key=lambda s: s.start)
        spans = sorted([*spans, *self._named_again(doc, spans)], key=lambda s: s.start)
        spans = self._old_force_by_place(self._without_successor_asides(self._new_names(spans)))
        doc.spans[SPAN_KEY] = spans or self._policing_bodies(doc)
        return doc

    def _init_merged(self, data_dir: str | None) -> None:
        """The forces merged into one (Police Scotland from eight in 2013) and the words that
        call the merged force by where it polices: the nation's adjective, possessive and
        name, its capital and the towns of places.toml."""
        # every old force's successor, not a renamed one's (`_new_names` reads those)
        self.successor_of = {
            row["name"]: row["successor"]
            for row in load_jsonl("forces.jsonl", data_dir)
            if row.get("kind") == "legacy" and row.get("successor") and not row.get("renamed")
        }
        olds_of: dict[str, list[str]] = {}
        for old, successor in self.successor_of.items():
            olds_of.setdefault(successor, []).append(old)
        self.merged = {k: v for k, v in olds_of.items() if len(v) >= _MERGED_FROM}
        data = load_toml("nations.toml", data_dir)
        towns = load_toml("places.toml", data_dir)
        merger = data.get("merger", {})
        self.became = {w.lower() for w in merger.get("became", [])}
        self.former = {w.lower() for w in merger.get("former", [])}
        since = data.get("single_force_since", {})
        self.merged_since = {k: since.get(self.nation_of.get(k) or "") for k in self.merged}
        self.place_words_of: dict[str, set[str]] = {}
        for successor in self.merged:
            nation = self.nation_of.get(successor) or ""
            words = [
                *data["adjectives"].get(nation, []),
                *data["possessives"].get(nation, []),
                *data.get("places", {}).get(nation, []),
                *data.get("capital_cities", {}).get(nation, []),
                *towns.get(successor, []),
            ]
            self.place_words_of[successor] = {w.lower() for w in words}

    def _without_successor_asides(self, spans: list[Span]) -> list[Span]:
        """The force several old ones merged into, named only to say so ('Lothian and Borders
        Police, now part of Police Scotland, lost ...', 'Before the creation of Police
        Scotland, Strathclyde Police ...'): no force of the story, on a page naming that old
        force (not a force only renamed: 'the RUC, now the PSNI' is one force). Named for
        itself ('... and now Police Scotland has been fined') it stays."""
        named = {s.label_ for s in spans}
        successors = {self.successor_of[n] for n in named if n in self.successor_of}
        successors &= set(self.merged)  # "the RUC, now the PSNI": one force renamed, kept
        return [
            s for s in spans if not (s.label_ in successors and _successor_aside(s, self.became))
        ]

    def _old_force_by_place(self, spans: list[Span]) -> list[Span]:
        """'Scottish police', 'Edinburgh police', 'police in Glasgow' on a page that names
        one of the old forces merged into Police Scotland (and Police Scotland by no name of
        its own): that old force, as 'the Scottish force' is (`_described`). A reporter of a
        breach by Lothian and Borders Police calls it by its nation or city; the merged force
        did not exist, or is named outright when it is meant. Not on a page naming a year
        since the merger ('Glasgow police lost a laptop in 2021'), nor on one telling the
        old force as history ('the former Strathclyde Police')."""
        out = list(spans)
        for successor, olds in self.merged.items():
            places = self.place_words_of[successor]
            by_place = [
                i for i, s in enumerate(spans) if s.label_ == successor and _by_place(s, places)
            ]
            if not by_place or len(by_place) < sum(s.label_ == successor for s in spans):
                continue  # none, or the merged force also named by its own name
            named = {s.label_ for s in spans if s.label_ in olds}
            if len(named) != 1 or any(
                _told_as_former(s, self.former) for s in spans if s.label_ in olds
            ):
                continue  # no old force named, several, or one told as history ("the former")
            since = self.merged_since.get(successor)
            if since is not None and any(y >= since for y in _years(spans[0].doc[:])):
                continue  # "Glasgow police lost a laptop in 2021": the merged force's
            old = named.pop()
            for i in by_place:
                s = spans[i]
                out[i] = Span(s.doc, s.start, s.end, label=old, kb_id=CONTEXT)
        return out

    def _policing_bodies(self, doc: Doc) -> list[Span]:
        """On a page naming no force, a police authority of a force's area ('Cumbria
        Police Authority emailed its list to the wrong councillor'): the policing body of that
        force, whose breach is a police breach, read as the area's force (the force's name is
        blocked by the word after it; the annotations name the force, or the authority as a
        lenient alternative)."""
        places = {end: (start, key) for key, start, end in self.places(doc)}
        out: list[Span] = []
        for tok in doc[1:-1]:
            if tok.lower_ != "police" or doc[tok.i + 1].lower_ not in _AUTHORITY:
                continue
            if tok.i not in places:
                continue
            start, key = places[tok.i]
            if self._authority_onlooks(doc, start, tok.i + 2):
                continue
            out.append(Span(doc, start, tok.i + 2, label=doc.vocab.strings[key], kb_id=STRONG))
        return out

    def _authority_onlooks(self, doc: Doc, start: int, end: int) -> bool:
        """The authority only hears of or reports another's breach: named after a preposition
        ('a report to Avon Police Authority shows', 'figures released by ...': cues.toml
        [roles] `authority_onlooker_before`, skipping 'the'), or the subject of a passive with
        a that-clause ('... Police Authority was told on Tuesday that the council had ...')."""
        before = start - 1
        if before >= 0 and doc[before].lower_ == "the":
            before -= 1
        if before >= 0 and doc[before].lower_ in self.onlooker_before:
            return True
        if end >= len(doc) or doc[end].lower_ not in _BE:
            return False
        for tok in doc[end + 1 : end + 1 + _THAT_REACH]:
            if tok.is_punct or tok.is_sent_start:
                return False
            if tok.lower_ == "that":
                return True
        return False

    def _init_described(self, nlp: Language, data_dir: str | None) -> None:
        """Phrases naming a force by the nation or capital it polices (nations.toml)."""
        data = load_toml("nations.toml", data_dir)
        words = data["words"]
        rows = load_jsonl("forces.jsonl", data_dir)
        self.nation_of = {r["name"]: r.get("nation") for r in rows}
        current: dict[str, list[str]] = {}
        for r in rows:
            if r.get("kind") == "territorial":
                current.setdefault(r.get("nation") or "", []).append(r["name"])
        # a nation policed by one force ("the Scottish force" on a page naming none of it)
        self.single = {n: names[0] for n, names in current.items() if len(names) == 1}
        self.capitals = data["capitals"]
        self.county = {
            r["name"]
            for r in rows
            if r.get("kind") == "territorial"
            and r["name"] not in words.get("not_county", [])
            and r["name"] not in self.single.values()
        }
        self.described = PhraseMatcher(nlp.vocab, attr="LOWER")
        nouns = words["nouns"]
        national = words["national"]

        def add(key: str, heads: list[str], article: bool) -> None:
            phrases = []
            for head in heads:
                for noun in nouns:
                    for mid in ["", *(f"{n} " for n in national)]:
                        text = f"{head} {mid}{noun}"
                        phrases.append(f"the {text}" if article else text)
            self.described.add(key, [nlp.make_doc(p) for p in phrases])

        for nation, adjectives in data["adjectives"].items():
            add(f"nation|{nation}", adjectives, True)
        for nation, possessives in data["possessives"].items():
            add(f"nation|{nation}", possessives, False)
        self.described.add(
            "national|", [nlp.make_doc(f"the {n} {noun}") for n in national for noun in nouns]
        )
        # "police in Northern Ireland", "the police service in Scotland", "police in London"
        heads = [*words.get("located", []), *nouns, *(f"the {n}" for n in nouns)]
        preps = words.get("located_preposition", [])

        def located(key: str, places: list[str]) -> None:
            phrases = [f"{h} {p} {place}" for h in heads for p in preps for place in places]
            self.described.add(key, [nlp.make_doc(p) for p in phrases])

        for nation, places in data.get("places", {}).items():
            located(f"nation|{nation}", places)
        for nation, cities in data.get("capital_cities", {}).items():
            located(f"city|{nation}", cities)
            add(f"city|{nation}", [f"{c}{s}" for c in cities for s in ("'s", "’s")], False)
        # "officers in Swansea", "detectives in Plymouth": the town's one force (places.toml;
        # "police in <town>" is already a strong alias); the people only when no other
        # body's noun makes them its own ("council officers in Leicester")
        self.people_heads = {h.split()[-1] for h in words.get("located", [])} - {"police"}
        for force, towns in load_toml("places.toml", data_dir).items():
            located(f"town|{force}", towns)
        add("capital|", words["capital"], True)
        add("county|", words["county"], True)

    def _described(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A force called by the nation it polices ('the Scottish force', 'Northern
        Ireland's police service'): the one force of that nation the page names, else the
        nation's only force; 'the national force': the only force of the one nation with a
        single force the page names; 'the capital's force': the force of the capital of the
        nation whose forces the page names (London's, the Met, else); 'the county force': the
        one county force the page names. Nothing where the page leaves a choice."""
        named = list(dict.fromkeys(s.label_ for s in spans))
        nations = {self.nation_of.get(n) for n in named} - {None, "UK"}
        taken = {i for s in spans for i in range(s.start, s.end)}
        out = []
        for match_id, start, end in self.described(doc):
            if any(i in taken for i in range(start, end)):
                continue
            if end < len(doc) and doc[end].lower_ in self.not_before:
                continue  # "the Scottish police service's federation": another body's
            kind, nation = doc.vocab.strings[match_id].split("|", 1)
            name = None
            if kind == "nation":
                mine = [n for n in named if self.nation_of.get(n) == nation]
                name = mine[0] if len(mine) == 1 else None if mine else self.single.get(nation)
            elif kind == "national":
                singles = {self.single[n] for n in nations if n in self.single}
                name = singles.pop() if len(singles) == 1 else None
            elif kind == "city":
                name = self.capitals.get(nation)
            elif kind == "capital":
                name = self.capitals.get(nations.pop() if len(nations) == 1 else "England")
            elif kind == "town":
                before = doc[start - 1] if start else None
                if (
                    doc[start].lower_ in self.people_heads
                    and before is not None
                    and before.is_alpha
                    and not (before.is_stop or before.lower_ == "police")
                ):
                    continue  # "council officers in Leicester": maybe another body's people
                name = nation
            elif kind == "county":
                counties = [n for n in named if n in self.county]
                name = counties[0] if len(counties) == 1 else None
            if name is None:
                continue
            if doc[start].lower_ == "the":
                start += 1
            out.append(Span(doc, start, end, label=name, kb_id=CONTEXT))
            taken.update(range(start, end))
        return out

    def _scene_set(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A force's county opening a sentence as the scene of what its people did ('In
        Dorset, 40 officers and staff were warned over ...', 'In Dorset, too, a
        civilian worker at the force was convicted of ...', 'At Durham, 12
        members of staff faced discipline ...'): a roundup's way of
        naming each force's case, the county's force, when the clause's subject -- after
        at most a number, an article or a word of quantity -- is a force's people: a police
        word, or staff or employees on a page already naming two other forces (a roundup's
        other items). Not another body's people ('In Kent, council staff ...', 'In Essex,
        staff at a hospital ...'), nor a longer name ('In Durham University, ...')."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        named = {s.label_ for s in spans}
        strong = {s.label_ for s in spans if s.kb_id_ == STRONG}
        out = []
        for match_id, start, end in self.places(doc):
            if start == 0 or any(i in taken for i in range(start, end)):
                continue
            opener = doc[start - 1]
            if opener.lower_ not in _SCENE_OPENERS or not (opener.i == 0 or opener.is_sent_start):
                continue
            if not doc[start].text[:1].isupper() or (end < len(doc) and doc[end].is_title):
                continue  # "in kent", "In Durham University": no county, or a longer name
            subject = self._scene_subject(doc, end)
            if not subject:
                continue
            label = doc.vocab.strings[match_id]
            police = any(w in self.police_words or w[:-1] in self.police_words for w in subject)
            if not police and not self._staff_of_force(doc, start, end, label, named, strong):
                continue
            out.append(Span(doc, start, end, label=label, kb_id=CONTEXT))
            taken.update(range(start, end))
        return out

    def _staff_of_force(
        self, doc: Doc, start: int, end: int, label: str, named: set[str], strong: set[str]
    ) -> bool:
        """Staff or employees after a county are its force's when the page names that force
        in full ('At Durham, 12 members of staff ...' beside 'Durham Constabulary'), or
        when 'In <county>,' opens an item of a roundup naming two other forces -- and
        neither their sentence nor the one before names another body ('In Kent, staff
        working for the county council', 'Universities have had similar problems. At Kent,
        staff ...': a university's, a council's)."""
        roundup = doc[start - 1].lower_ == "in" and len(named - {label}) >= _ROUNDUP_FORCES
        if label not in strong and not roundup:
            return False
        sentence = _sentence(doc[start:end])
        before = _sentence(doc[sentence.start - 1 : sentence.start]) if sentence.start else None
        return not any(self._names_other_body(s) for s in (sentence, before) if s is not None)

    def _names_other_body(self, sent: Span) -> bool:
        """The sentence names a body that is no police force (cues.toml [roles]
        `organisation`: 'council', 'hospital', 'company' ...)."""
        for words in ([t.lower_ for t in sent], [t.lemma_.lower() for t in sent]):
            if any(
                words[k : k + len(phrase)] == phrase
                for phrase in self.other_bodies
                for k in range(len(words) - len(phrase) + 1)
            ):
                return True  # "the county council", "Universities have had ..."
        return False

    def _scene_subject(self, doc: Doc, i: int) -> set[str]:
        """The people words opening the clause at `i` ('208 police officers and staff', 'one
        member of police staff'), past asides and words of quantity; none when they are
        another body's ('staff at a hospital') or the clause opens on no people."""
        while i < len(doc) and doc[i].lower_ in _SCENE_ASIDES:
            i += 1
        for _ in range(_SCENE_QUANTITY_REACH):
            if i < len(doc) and (doc[i].like_num or doc[i].lower_ in _SCENE_QUANTITY):
                i += 1
        if i + 1 < len(doc) and doc[i].lower_ in _MEMBER and doc[i + 1].lower_ == "of":
            i += 2  # "one member of police staff"
        words: set[str] = set()
        while i < len(doc) and (
            doc[i].lower_ in self.scene_people
            or doc[i].lower_ == "and"
            or (words and doc[i].lower_ in _MEMBER)  # "staff members"
        ):
            words.add(doc[i].lower_)
            i += 1
        if i < len(doc) and doc[i].lower_ in _OTHERS_PEOPLE:
            return set()  # "staff at a hospital", "officers from the council"
        after = doc[i] if i < len(doc) else None
        if (
            after is not None
            and after.is_lower
            and after.lower_.endswith("s")
            and after.lemma_ != after.lower_
            and after.lower_ not in _SCENE_VERBS_IN_S
        ):
            return set()  # "staff shortages", "officer numbers": a noun the people qualify
        return words - {"and"} - _MEMBER

    def _modifiers(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A force's bare short form, capitalised, before a lowercase noun of its people or
        a possessive ('Met officers', 'a Met spokeswoman', "Met's"): the force. Not the verb
        ('officers met residents'), not a sentence-opening or title-case 'Met' before a
        capitalised word ('Met Office', 'Police Chief Met Victims')."""
        if not self.modifier_of:
            return []
        taken = {i for s in spans for i in range(s.start, s.end)}
        out = []
        # The short forms' tokens found in the ORTH array: a Token per word costs more.
        wanted = {get_string_id(text) for text in self.modifier_of}
        orths = doc.to_array(ORTH).tolist()[:-1]
        for i in (i for i, orth in enumerate(orths) if orth in wanted):
            tok = doc[i]
            name = self.modifier_of.get(tok.text)
            if name is None or tok.i in taken:
                continue
            after = doc[tok.i + 1]
            if after.text in self.modifier_ranks:
                if not self._opens_phrase(doc, tok.i):
                    continue
            elif after.text != after.lower_ or after.lower_ not in self.modifier_nouns:
                continue
            out.append(Span(doc, tok.i, tok.i + 1, label=name, kb_id=CONTEXT))
        return out

    @staticmethod
    def _opens_phrase(doc: Doc, i: int) -> bool:
        """The short form at `i` opens its phrase: first in its sentence, or after a word
        written lowercase, a number or punctuation ('a Met PC', 'Two Met PCs', 'ex-Met PC'),
        not after a capitalised word inside a sentence (a title-case line)."""
        if i == 0 or doc[i].is_sent_start:
            return True
        before = doc[i - 1]
        return not (before.is_alpha and before.text[:1].isupper() and not before.is_sent_start)

    def _named_again(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A force named in full, and by its bare place name as the subject of what it did or
        had done to it ('Norfolk Constabulary ... Norfolk and Suffolk were both reprimanded',
        'Essex said ...'): the same force, no police word needed. Not a place ('in Norfolk',
        'East Kent', 'Norfolk County Council', 'Kent residents')."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        first: dict[str, int] = {}
        for s in spans:
            if s.kb_id_ == STRONG:
                first.setdefault(s.label_, s.start)
        found: dict[int, Span] = {}
        for match_id, start, end in self.places(doc):
            label = doc.vocab.strings[match_id]
            # named in full anywhere on the page, before or after ('Essex was reprimanded
            # ... Essex Police said')
            if any(i in taken for i in range(start, end)):
                continue
            if label not in first and not self._owns_up(doc, start, end):
                continue
            if not doc[start].text[:1].isupper():
                continue
            owned = label in first and self._case_owned(doc, end)
            if not owned and not self._bare_subject(doc, start):
                continue
            found.setdefault(start, Span(doc, start, end, label=label, kb_id=CONTEXT))
        candidates = sorted(found.values(), key=lambda s: s.start)
        return [
            s
            for s in candidates
            if self._acts_after(doc, s, candidates)
            or (s.label_ in first and self._case_owned(doc, s.end))
        ]

    def _case_owned(self, doc: Doc, end: int) -> bool:
        """The bare place name owns a case ("In Durham's case", "Cleveland's breach"): its
        "'s" and a word of `named_again_owned` right after it."""
        return (
            end + 1 < len(doc)
            and doc[end].text in _POSSESSIVE_MARKS
            and doc[end + 1].norm_ in self.owned
        )

    def _owns_up(self, doc: Doc, start: int, end: int) -> bool:
        """A force's bare place name, never named in full, opening a sentence before a verb
        of owning up (`area_force_acts`: 'Humberside has admitted that one of its constables
        ...', 'Suffolk apologised after an officer ...'): the force itself, as reporters
        shorten it, when that sentence speaks of a police person ('an officer', 'its
        constables') or the next speaks of "the force" -- and neither names another body
        ('..., the county council said': a council, a fire service or a club owning up)."""
        if not (start == 0 or doc[start].is_sent_start):
            return False
        i = end
        if i < len(doc) and doc[i].lower_ in _BE:
            i += 1
        if i >= len(doc) or doc[i].norm_ not in self.owning_up:
            return False
        sent = _sentence(doc[start:end])
        after = _sentence(doc[sent.end : sent.end + 1]) if sent.end < len(doc) else None
        if self._names_other_body(sent) or (after is not None and self._names_other_body(after)):
            return False
        people = self.police_words - _FORCE_NOUNS - {"police", "forces"}
        persons = [t for t in doc[i + 1 : sent.end] if t.lower_ in people or t.norm_ in people]
        if any(doc[t.i - 1].lower_ not in _PERSON_BEFORE for t in persons):
            return False  # "a housing officer", "its probation officers": another body's
        toks = list(doc[i + 1 : sent.end])
        words = [t.lower_ for t in toks]
        if any(
            words[k : k + 3] == ["one", "of", "its"]
            and not {toks[k + 3].lower_, toks[k + 3].norm_} & people
            for k in range(len(words) - 3)
        ):
            return False  # "one of its wardens", "one of its staff": whose, it does not say
        if persons:
            return True  # "one of its constables", "an officer"
        if after is None:
            return False
        return any(
            t.i > after.start and doc[t.i - 1].lower_ in _OWNERS and t.lower_ in _FORCE_NOUNS
            for t in after
        )

    def _bare_subject(self, doc: Doc, start: int) -> bool:
        """Not a place ('in Norfolk', 'across Kent') nor part of a longer name ('North
        Norfolk', 'Mid Suffolk'): the word before is a place word or a capitalised word
        inside the sentence."""
        if start == 0 or doc[start].is_sent_start:
            return True
        before = doc[start - 1]
        if before.lower_ in self.place_words:
            return False
        return not (before.is_alpha and before.text[:1].isupper() and not before.is_sent_start)

    def _acts_after(self, doc: Doc, span: Span, candidates: list[Span]) -> bool:
        """After the name, or the list of bare names it opens ('Norfolk and Suffolk'), comes
        a verb of what the force did or had done ('were', 'said', 'has recorded')."""
        starts = {c.start: c for c in candidates}
        i = span.end
        while i < len(doc):
            if i in starts:
                i = starts[i].end
            elif doc[i].lower_ in {",", "and", "&"} and i + 1 in starts:
                i += 1
            else:
                break
        # not "Kent's" ("West Yorkshire's Mayor"): whose, not who
        return (
            i < len(doc)
            and doc[i].norm_ in self.acts
            and not doc[i].text.startswith(("'", "\u2019"))
        )

    def _names_a_force(self, span: Span) -> bool:
        """A bare place name or short form is a force's name only as a proper noun, written
        with a capital ('Herts officers', not 'the beds officers slept in'), and not when the
        next word makes it another body's ('Met Office forecasters')."""
        words = [t for t in span if t.lower_ != "the"]
        if not words or not words[0].text[:1].isupper():
            return False
        after = span.doc[span.end] if span.end < len(span.doc) else None
        return after is None or after.lower_ not in self.not_before

    def _new_names(self, spans: list[Span]) -> list[Span]:
        """A renamed force's old name stands for its new one where the page also uses the new
        name ('the force, known as Hampshire Constabulary until 2022')."""
        named = {s.label_ for s in spans}
        return [
            Span(s.doc, s.start, s.end, label=self.renamed[s.label_], kb_id=s.kb_id_)
            if s.label_ in self.renamed and self.renamed[s.label_] in named
            else s
            for s in spans
        ]
