"""A cheap look at a raw page before cleaning: can it possibly be about a UK police force?

Backfills and Common Crawl files are almost all pages that are not about police data breaches,
and cleaning each with trafilatura costs tens of milliseconds. This scan reads the raw bytes
(HTML or text) and the URL, and rejects a page only when the full path (clean -> extract) could
not keep it (tests/test_raw_scan.py runs both over every fixture and evaluation document, and
over paraphrases at each edge of the condition). Why each rule is needed, from what the full
path requires of a page it keeps (extract/nlp.py, extract/assemble.py):

- a story of a breach needs a force in the cleaned text (the force gazetteer: an alias, or a
  context alias such as "Kent" with a police word of cues.toml next to it) or in the headline,
  URL or site name (`hinted_force`, the same gazetteer): so the page is kept when it has a
  force's name or alias ("Kent Police", "GMP", "Police Scotland"), or a place that stands for a
  force together with a police word ("officers", "cops");
- a force's own name with its long first word misspelt ("Leicestshire Police") is matched by
  the gazetteer fuzzily, so the scan keeps a page holding one (extract/typos.py: the same
  names, first letters and edits; on the raw page a word or two of markup may stand between);
- a page of per-force figures (`find_tallies`) may name forces by bare place names
  ("Merseyside (208)"), but the assembly keeps it only if the page has a police word of
  cues.toml as a whole word somewhere ("officers", "force"; not "workforce"): a place and a
  police word keep it, as for a story;
- a page of figures for all forces is kept by the assembly only if a national figure's
  sentence matches its police pattern ("police", "forces", "constabular...") on a page that
  names the police ("police", "constabular...": "forces" alone may be an army's), and the
  figure was read as national, which needs a phrase of tallies.toml's national list: such a
  phrase and "police" or "constabular..." keep it;
- a page naming no force may tell a UK police breach (`forceless.unnamed_police_breach`), which the
  assembly keeps only with a police word of cues.toml's police_context and a British police
  institution of nations.toml's [british] ("misconduct hearing", "Police National Computer",
  "PC Smith") in its text, headline or URL: such a word and such an institution keep it;
- nothing else can make a page relevant without one of these: a regulator with a police word
  (which the scan kept before this derivation) names no force, and the assembly gives up on a
  page without a force unless it holds figures (the two rules above).

The headline and site name may come from meta tags' attributes ("og:title"), which are read as
text here; JSON-LD ("headline", "publisher") is script text, which flattening keeps.
The cleaned text is a subset of the raw page's text, so each cue can only be there if it is in
the raw page; it is deliberately wider than the extractor. Not covered yet: a word split by
markup with no space ("Po<b>lice</b>", which the cleaned text joins) and letters written as
JSON escapes in JSON-LD ("\\u0050olice").

Everything is matched on a flattened copy of the page: tags and entities removed, every
character that is not an ASCII letter or digit turned into a space, case folded (acronyms keep
their case). So markup inside a name ("Kent</a> Police"), "&amp;" for "and" and curly
apostrophes do not hide it. Places are also matched inside the URL's host and path without word
boundaries ("kentonline.co.uk"), since a force may be known only from the publishing site.
The vocabulary comes from the gazetteers (`forces.jsonl`, `places.toml`), `tallies.toml`,
`cues.toml`'s police words and `raw_scan.toml`, so it follows the data.

Flattening a page costs more than all the rest, and nearly every page of a crawl file is
rejected, so a looser look comes first: one Aho-Corasick pass (ahocorasick-rs) over the raw bytes
with case folded and every byte but a letter read as a space. Flattening ends a word where a
letter meets a digit (a table glued to its figures, "Norfolk Constabulary9410188Suffolk
Constabulary77", names both forces), so every word of the flattened page is a whole run of
letters, or of digits, of the raw page (markup and entities begin and end with other
characters), and a phrase can be in the flattened page only if each of its words of letters is
a run of letters somewhere in the raw page: the first look reads digits as spaces, and looks
for no word of digits (the vocabulary has none; a phrase's word of digits would only be taken
as found). The page is flattened only when the phrases whose words are all there (acronyms as
written) could keep it; otherwise it is rejected, without a copy of its text. Words split by
invisible characters or letters written as entities are joined for a second look, only on a
page that has such bytes.

The same condition is checked a second time on the cleaned document (`scan_document`), after
trafilatura and before spaCy, by the NLP's gate on every path (`extract.nlp._gate`): the
headline, site name, URL and text the NLP is given, exactly.
There nothing is guessed about markup (no split words, no scripts, no meta tags: the text is
what extraction reads), so the argument above holds as it stands, and the page is not kept for
words that only the page's furniture had (a "Police" menu link, "police forces" in a sidebar).
A force's own page (`PageHints.own_voice`) is never rejected there: its "we" is the force.
A cleaned page kept only by the national route (no force name and no place anywhere in it or
its URL) has one more test there: the assembly keeps such a page only if its headline (the
title and the first three sentences) matches the police pattern, and the sentence starts come
from the tokenizer and the first two pipes alone, so that headline is read without the rest of
the NLP (foreign news with "security forces" and "riot police" deep in the text). The NLP's
gate leaves this test out (`headline=False`): the full path still lists the national figures
of such a page, relevant or not.

Checking the cues on the parsed tree instead, before trafilatura, was measured and not kept:
trafilatura's cascade (main extractor, readability, justext, the baseline's dump of the whole
body) may output any text of the tree but that of scripts, styles, templates and SVG, and its
removal of an element can join the text on either side of it into one word. What could safely
be left out there still kept 27 of the 33 distinct news pages that benchmarks/stream_bench.py's
WARC then kept by this scan ("forces" of an army was a national phrase and a police word at
once; "Cleveland" in Ohio news is a force's area): their cues are in the article text itself.
Narrowing what the extractor accepts did more: national figures need a page naming the police
and figures by bare place names a whole police word, which left 17 of those 33 pages.
"""

from __future__ import annotations

import html
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from extract.datafiles import load_toml
from extract.typos import names_misspelt_force

if TYPE_CHECKING:
    import ahocorasick_rs

    from extract.models import Document

STRONG, PLACE, POLICE = "force", "place", "police word"
# A phrase of a figure for all forces ("across the country", tallies.toml [context] national),
# and a word of `_TALLY_POLICE`: together they may make a page of national figures relevant.
NATIONAL, TALLY_POLICE = "national", "tally police word"
# A force penalised without its name ("a police force has been fined"): the assembly's
# `_unnamed_force_story` may make such a page relevant, so the scan keeps it.
UNNAMED = "a force penalised, unnamed"
# A British police institution ("misconduct hearing", "Police National Computer", "PC Smith"):
# with a police word, `forceless.unnamed_police_breach` may find a UK police breach on
# a page naming no force (nations.toml [british]), so the scan keeps such a page.
BRITISH = "british institution"
BRITISH_POLICE = "a police word and a British police institution"

# extract/assemble.py's `_POLICE` and `_NAMES_POLICE`: a national figure makes a page
# relevant only in a sentence that matches the first, on a page that matches the second
# somewhere (tests/test_raw_scan.py checks the patterns are the assembly's). The second is
# the narrower, so the scan needs only it.
TALLY_POLICE_PATTERN = r"\bpolice\b|\bforces\b|\bconstabular"
TALLY_NAMED_PATTERN = r"\bpolice\b|\bconstabular"
# The headline test of the same route (`_tally_page`: the title and first three sentences).
_HEADLINE_POLICE = re.compile(TALLY_POLICE_PATTERN, re.IGNORECASE)
# The pipes that set sentence starts, first in the pipeline (no later one changes them).
SENTENCE_PIPES = ("sentencizer", "breachkb_linebreaks_v1")
NATIONAL_ONLY = "police and a figure for all forces"
# Its words as the flattened page has them; "constabular" opens a word, so it is looked for
# as the start of one (" constabular").
_TALLY_POLICE_WORDS = ("police",)
_TALLY_POLICE_PREFIX = b" constabular"

_TAG = re.compile(rb"<[^>]*>")
# Meta tags carry the headline and site name of `page_metadata` ("og:title", "og:site_name")
# in attributes, which flattening would drop with the tag: their bytes are scanned as text.
# So is a Discourse forum's preloaded JSON (trafilatura's baseline reads its posts as text).
_META = re.compile(rb"<meta\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>?", re.IGNORECASE)
_PRELOADED = re.compile(rb"data-preloaded\s*=\s*(?:\"[^\"]*\"|'[^']*')")
_ENTITY = re.compile(rb"&(?:#x?[0-9a-f]+|[a-z][a-z0-9]*);", re.IGNORECASE)
# A numeric entity that spells an ASCII letter ("&#80;olice"): rare, so such pages are
# unescaped properly instead of having their entities dropped.
_LETTER_ENTITY = re.compile(
    rb"&#(?:0*(?:6[5-9]|[7-9][0-9]|1[01][0-9]|12[0-2])|[xX]0*(?:4[1-9a-fA-F]|5[0-9aA]|6[1-9a-fA-F]|7[0-9aA]));"
)
# "&shy;" or a letter entity, in one search (one pass over the page instead of three).
_ENTITY_SPLIT = re.compile(rb"&(?:shy;|" + _LETTER_ENTITY.pattern[1:] + rb")")
# Invisible characters a word may be split with (soft hyphen, zero-width space/joiners).
_INVISIBLE = (b"\xc2\xad", b"&shy;", b"\xe2\x80\x8b", b"\xe2\x80\x8c", b"\xe2\x80\x8d", b"\xad")
# A JSON escape glued to a letter or digit ("\\nKent", "\\u003eKent"): flattening would read
# "nkent". JSON-LD (headline, articleBody) and Discourse's JSON may become the page's text.
_JSON_GLUED = re.compile(rb"\\(?:[nrtbf]|u[0-9a-fA-F]{4})[A-Za-z0-9]")
# JSON-LD: read by page_metadata (headline, publisher) and trafilatura's baseline (articleBody).
_LD_JSON_TYPE = re.compile(rb"\+[jJ][sS][oO][nN]")  # a literal first byte: a fast search
_SCRIPT_END = re.compile(rb"</script", re.IGNORECASE)
_LD_JSON = re.compile(
    rb"<script\b[^>]*ld\+json[^>]*>(.*?)(?:</script|$)", re.IGNORECASE | re.DOTALL
)
_JSON_SHORT = (b"\\n", b"\\r", b"\\t", b"\\b", b"\\f", b'\\"', b"\\/")
_JSON_ALNUM = re.compile(rb"\\u00(3[0-9]|[46][1-9a-fA-F]|[57][0-9aA])")
_JSON_INVISIBLE = re.compile(rb"\\u(?:00[aA][dD]|200[bcdBCD])")
_JSON_OTHER = re.compile(rb"\\u[0-9a-fA-F]{4}")
# Every byte but an ASCII letter or digit becomes a space (case kept for acronyms).
_FLATTEN = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))
# A word is a run of letters or a run of digits: "constabulary9410188suffolk" is three, as
# flattening reads it (`_single_spaced`).
_WORDS = re.compile(r"[a-z]+|[0-9]+")


@dataclass(frozen=True)
class ScanResult:
    keep: bool
    reason: str
    # A rejected page has a phrase of a figure for all forces (tallies.toml's national list),
    # which the full path needs to list national figures, relevant or not ("forces across the
    # country" of an army): the NLP's gate parses such a page (`extract.nlp._gate`).
    national: bool = False


@dataclass(frozen=True)
class Vocabulary:
    """What the scan looks for, normalised like the flattened page (" kent police ")."""

    phrases: dict[str, frozenset[str]]  # folded phrase -> kinds (force, place, police word, ...)
    acronyms: dict[str, str]  # case-sensitive acronym -> kind ("GMP" -> force)
    url_places: tuple[str, ...]  # letters-only places, looked for inside the URL
    # Words too common to be worth looking for first ("the"): see `_Words`.
    everywhere: frozenset[str]


def _norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def _is_acronym(text: str) -> bool:
    return len(text) > 1 and text.isalpha() and text.isupper()


def _variants(alias: str) -> set[str]:
    """The flattened forms an alias may take: '&' for 'and' vanishes with the markup."""
    normal = _norm(alias)
    out = {normal}
    if " and " in f" {normal} ":
        out.add(" ".join(w for w in normal.split() if w != "and"))
    return {v for v in out if v}


@cache
def _modifier_aliases(data_dir: str | None) -> list[str]:
    """Forces' bare short forms ("Met"), which name them before their people."""
    from extract.datafiles import load_jsonl

    return [
        a
        for force in load_jsonl("forces.jsonl", data_dir)
        for a in force.get("modifier_aliases", [])
    ]


def vocabulary(data_dir: str | None = None) -> Vocabulary:
    """Built once from the gazetteers and word lists of extract/data/."""
    from extract.aliases import STRONG as STRONG_ALIAS
    from extract.aliases import force_aliases

    phrases: dict[str, set[str]] = {}
    acronyms: dict[str, str] = {}

    def add(text: str, kind: str) -> None:
        if _is_acronym(text):
            acronyms[text] = kind
            return
        for variant in _variants(text):
            phrases.setdefault(variant, set()).add(kind)

    places: set[str] = set()
    for alias in force_aliases(data_dir):
        add(alias.text, STRONG if alias.kind == STRONG_ALIAS else PLACE)
        if alias.kind != STRONG_ALIAS:
            places.add(alias.text)
    # Towns stand for a force as "<town> Police" (a strong alias above), as the publishing
    # site's name (the URL), and, like a nation or its capital, where its people are placed
    # ("officers in Swansea", "police in Scotland", "the force in Plymouth", "London's police
    # force", "the Scottish national force", "the capital's force"); a force's bare short form
    # names it before its people ("a Met PC"). The forces component reads each of these
    # (nations.toml; `_Forces.__init__`'s `described` phrases, built the same way here), so
    # each whole phrase is a force's name here: the place alone is not ("Continue reading" is
    # no town). Its "the national force" and "the county force" need a force the page names.
    nations = load_toml("nations.toml", data_dir)
    words_of = nations.get("words", {})
    towns: set[str] = set()
    for town_list in load_toml("places.toml", data_dir).values():
        places.update(town_list)
        towns.update(town_list)
    for table in ("places", "capital_cities"):
        for names in nations.get(table, {}).values():
            towns.update(names)
    nouns = words_of.get("nouns", [])
    # "the police service in Scotland" holds "police service in scotland": no article needed.
    heads = [*words_of.get("located", []), *nouns]
    for town in towns:
        for who in heads:
            for prep in words_of.get("located_preposition", []):
                add(f"{who} {prep} {town}", STRONG)
    owners = [n for names in nations.get("possessives", {}).values() for n in names]
    owners += [f"{c}'s" for names in nations.get("capital_cities", {}).values() for c in names]
    owners += [f"the {a}" for names in nations.get("adjectives", {}).values() for a in names]
    owners += [f"the {c}" for c in words_of.get("capital", [])]
    for owner in owners:
        for mid in ["", *(f"{n} " for n in words_of.get("national", []))]:
            for noun in nouns:
                add(f"{owner} {mid}{noun}", STRONG)
    modifiers = nations.get("modifiers", {})
    for short in _modifier_aliases(data_dir):
        for noun in [*modifiers.get("nouns", []), *modifiers.get("ranks", [])]:
            add(f"{short} {noun}", STRONG)
    words = load_toml("cues.toml", data_dir)["roles"]["police_context"]
    words += load_toml("raw_scan.toml", data_dir)["police_words"]
    for word in words:
        add(word, POLICE)
    for phrase in load_toml("tallies.toml", data_dir)["context"]["national"]:
        add(phrase, NATIONAL)
    for word in _TALLY_POLICE_WORDS:
        add(word, TALLY_POLICE)
    for phrase in _unnamed_penalised(load_toml("raw_scan.toml", data_dir)["unnamed_penalised"]):
        add(phrase, UNNAMED)
    british = nations.get("british", {})
    for phrase in [*british.get("institutions", []), *british.get("generic", [])] + british.get(
        "ranks", []
    ):
        add(phrase, BRITISH)
    # A phrase carries the kinds of the phrases inside it ("police ombudsman" is a police word
    # too), so a matcher that reports only the longest match at a position loses nothing.
    for phrase, kinds in phrases.items():
        words = phrase.split()
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                other = " ".join(words[start:end])
                if other != phrase and other in phrases:
                    kinds |= phrases[other]
    url_places = {"".join(_WORDS.findall(p.lower())) for p in places}
    # "the Met" -> "met" would be found in every URL ("metro", "methods"): hosts and paths
    # only count for places long enough to be specific.
    return Vocabulary(
        phrases={k: frozenset(v) for k, v in phrases.items()},
        acronyms=acronyms,
        url_places=tuple(sorted(p for p in url_places if len(p) >= 4)),
        everywhere=frozenset(load_toml("raw_scan.toml", data_dir)["everywhere"]),
    )


# ASCII letters lowered, every other byte (digits too) a space: a word of letters is then
# " word ", also where it meets a digit, as in the flattened page.
_FOLD = bytes(c | 0x20 if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256))


@dataclass(frozen=True)
class _Marks:
    """What a page holds of the few byte sequences the scan looks for before its words: split
    words (`_has_split_words`), Discourse's preloaded posts and a JSON-LD script type."""

    split: bool
    preloaded: bool
    # Where JSON-LD scripts can be: from the last ">" before the first "ld+json" to the first
    # "</script" after the last one (None: there is no "ld+json", nor any JSON-LD script).
    ld_json: tuple[int, int] | None


# The sequences `_marks` finds in one pass: each would otherwise cost a search of the whole
# page of its own (a substring or regex search runs at about the speed of this whole pass).
_INVISIBLE_UTF8 = (b"\xe2\x80\x8b", b"\xe2\x80\x8c", b"\xe2\x80\x8d")
_PRELOADED_NAME = b"data-preloaded"
_LD_JSON_TYPES = tuple(
    b"+" + bytes(letters) for letters in itertools.product(*((c, c ^ 0x20) for c in b"json"))
)
_MARKS = (*_INVISIBLE_UTF8, b"&shy;", b"&#", _PRELOADED_NAME, *_LD_JSON_TYPES)


@cache
def _marks_automaton() -> ahocorasick_rs.BytesAhoCorasick:
    import ahocorasick_rs

    # Leftmost-first, not overlapping: no mark can begin inside another (they share no byte
    # but "&", which only opens them), and this kind lets the search skip ahead between marks.
    return ahocorasick_rs.BytesAhoCorasick(
        list(_MARKS), matchkind=ahocorasick_rs.MatchKind.LeftmostFirst
    )


def _marks(page: bytes) -> _Marks:
    """`_has_split_words(page)`, `b"data-preloaded" in page` and `_LD_JSON_TYPE.search(page)`
    at once: one search for every mark (a letter entity is confirmed where its "&#" is found)
    and the soft hyphen's byte on its own (`find` of one byte is faster than any automaton)."""
    split = preloaded = False
    first_ld = last_ld = -1
    for index, start, _ in _marks_automaton().find_matches_as_indexes(page):
        mark = _MARKS[index]
        if mark == b"&#":
            split = split or _LETTER_ENTITY.match(page, start) is not None
        elif mark == _PRELOADED_NAME:
            preloaded = True
        elif mark[:1] == b"+":
            if page[max(start - 2, 0) : start].lower() == b"ld":
                first_ld = start if first_ld < 0 else first_ld
                last_ld = start
        else:  # an invisible character, or "&shy;"
            split = True
    return _Marks(
        split or _has_soft_hyphen_byte(page), preloaded, _ld_json_span(page, first_ld, last_ld)
    )


def _ld_json_span(page: bytes, first: int, last: int) -> tuple[int, int] | None:
    """The part of the page `_LD_JSON.findall` finds every match in, from the positions of
    the first and last "ld+json": a match's opening tag holds one and no ">", so no match
    starts before the last ">" ahead of the first; its text ends at the first "</script"
    after its tag (or the page's end), so none ends after the first one after the last tag.
    Searching only there, most of a long page is never read by that slow (case-blind) regex."""
    if first < 0:
        return None
    start = page.rfind(b">", 0, first) + 1
    close = page.find(b">", last)
    end = _SCRIPT_END.search(page, close) if close >= 0 else None
    return start, end.end() if end else len(page)


def _has_soft_hyphen_byte(raw: bytes) -> bool:
    """A byte 0xad only after an ASCII byte or 0xc2 (see `_has_split_words`)."""
    at = raw.find(b"\xad")
    while at != -1:
        if at == 0 or raw[at - 1] < 0x80 or raw[at - 1] == 0xC2:
            return True
        at = raw.find(b"\xad", at + 1)
    return False


def _has_split_words(raw: bytes) -> bool:
    """Whether `_join_split_words` could join or make letters: an invisible character (a byte
    0xad only after an ASCII byte or 0xc2: in UTF-8 after another byte it is part of a letter
    such as "í", and removing it joins nothing), or a letter written as an entity. Rare single
    bytes are looked for first, which is much faster than looking for the sequences."""
    at = raw.find(b"\xad")
    while at != -1:
        if at == 0 or raw[at - 1] < 0x80 or raw[at - 1] == 0xC2:
            return True
        at = raw.find(b"\xad", at + 1)
    for last in (b"\x8b", b"\x8c", b"\x8d"):  # zero-width space, non-joiner, joiner
        if last in raw and b"\xe2\x80" + last in raw:
            return True
    return _ENTITY_SPLIT.search(raw) is not None


class _Words:
    """The first, loose look: which kinds of term a page could contain, from the words found
    anywhere in it (see the module docstring). Phrases are filed under their rarest word (in
    the fewest phrases: "swansea" rather than "force" for "force in swansea"), so only those
    whose rarest word is there are checked. Only words of letters are looked for
    (digits read as spaces); a phrase with none is taken as found. A phrase's words of one
    letter ("d c police") are looked for on their own, only once its other words are found:
    with digits as spaces, the automaton would match them thousands of times on a page (SVG
    paths and hashes such as "c3.2,1.5")."""

    def __init__(self, vocab: Vocabulary) -> None:
        import ahocorasick_rs

        # By the longest word: (the other words needed, its one-letter words, its kinds).
        self.by_word: dict[str, list[tuple[frozenset[str], tuple[bytes, ...], frozenset[str]]]]
        self.by_word = {}
        self.always: set[str] = set()  # the kinds of phrases without a word of letters
        words: set[str] = set()
        entries = []
        for phrase, kinds in vocab.phrases.items():
            letters = frozenset(w for w in phrase.split() if w.isalpha())
            needed = letters - vocab.everywhere or letters
            if not needed:
                self.always |= kinds
                continue
            longer = frozenset(w for w in needed if len(w) > 1) or needed
            single = tuple(f" {w} ".encode() for w in sorted(needed - longer))
            entries.append((longer, single, kinds))
        in_phrases = Counter(word for longer, _, _ in entries for word in longer)
        for longer, single, kinds in entries:
            rarest = min(longer, key=lambda w: (in_phrases[w], -len(w), w))
            self.by_word.setdefault(rarest, []).append((longer, single, kinds))
            words |= longer
        self.acronyms: dict[str, dict[bytes, str]] = {}
        for acronym, kind in vocab.acronyms.items():
            self.acronyms.setdefault(acronym.lower(), {})[acronym.encode()] = kind
        self.words = sorted(words | set(self.acronyms))
        # Matches that may be an acronym as written ("ico" for "ICO"), by automaton index.
        self.acronym_at = {
            i: self.acronyms[w] for i, w in enumerate(self.words) if w in self.acronyms
        }
        self.automaton = ahocorasick_rs.BytesAhoCorasick(
            [f" {w} ".encode() for w in self.words],
            implementation=ahocorasick_rs.Implementation.DFA,
        )

    def kinds(self, page: bytes, vocab: Vocabulary, known: set[str] | None = None) -> set[str]:
        """`known`: kinds already found elsewhere (a place inside the URL), which the
        look inside words needs as much as those found here."""
        # `scan` hands over its page with a space at each end already (no copy made here).
        padded = page if page[:1] == b" " == page[-1:] else b" " + page + b" "
        folded = padded.translate(_FOLD)
        matches = self.automaton.find_matches_as_indexes(folded, overlapping=True)
        found = {self.words[index] for index, _, _ in matches}
        kinds: set[str] = set(known or ()) | self.always
        acronym_at = self.acronym_at
        for index, start, end in matches:
            if index in acronym_at and (kind := acronym_at[index].get(padded[start + 1 : end - 1])):
                kinds.add(kind)
        for word in found:
            for needed, single, more in self.by_word.get(word, ()):
                if needed <= found and all(letter in folded for letter in single):
                    kinds |= more
        if not _decided(kinds, last=False):
            kinds |= _substring_kinds(kinds, folded)
        return kinds


@cache
def _words(data_dir: str | None = None) -> _Words:
    return _Words(vocabulary(data_dir))


def _json_unescaped(raw: bytes) -> bytes:
    """The page with JSON escapes read: a letter or digit as itself, an invisible character
    as nothing, anything else as a space. Replacements of constants (fast) but for the rare
    letters; in "\\\\n" the second backslash is taken as the escape, which reads the same."""
    for escape in _JSON_SHORT:
        if escape in raw:
            raw = raw.replace(escape, b"  ")
    if b"\\u" in raw:
        if _JSON_ALNUM.search(raw):
            raw = _JSON_ALNUM.sub(lambda m: bytes([int(m.group(1), 16)]), raw)
        raw = _JSON_OTHER.sub(b" ", _JSON_INVISIBLE.sub(b"", raw))
    return raw


def _with_json_read(page: bytes, marks: _Marks | None = None) -> bytes:
    """The page, followed by a copy of the JSON the full path reads as text (JSON-LD scripts,
    Discourse's preloaded posts) with its escapes read. A copy rather than a replacement: the
    page as written still has every word it had. `marks`: the page's, if known already."""
    if marks is None:
        ld_json = (0, len(page)) if _LD_JSON_TYPE.search(page) else None
        preloaded = b"data-preloaded" in page
    else:
        ld_json, preloaded = marks.ld_json, marks.preloaded
    segments = _LD_JSON.findall(page, *ld_json) if ld_json else []
    if preloaded:
        segments += _PRELOADED.findall(page)
    glued = [s for s in segments if _JSON_GLUED.search(s)]
    if not glued:
        return page
    return page + b" " + b" ".join(_json_unescaped(s) for s in glued) + b" "


def _join_split_words(raw: bytes) -> bytes:
    """Undo what splits a word without a space: invisible characters, letters as entities."""
    for mark in _INVISIBLE:
        if mark in raw:
            raw = raw.replace(mark, b"")
    if b"&#" in raw and _LETTER_ENTITY.search(raw):
        raw = html.unescape(raw.decode("latin-1")).encode("latin-1", "replace")
    return raw


def flatten(raw: bytes) -> bytes:
    """Letters and digits of the page's text and markup, one space between words."""
    return _flatten_joined(_join_split_words(raw))


def _flatten_joined(raw: bytes, preloaded: bool | None = None) -> bytes:
    """`preloaded`: whether the page has Discourse's preloaded posts, if known already."""
    # The meta tags' bytes with their brackets gone survive the tag removal as text.
    kept = _META.findall(raw)
    if b"data-preloaded" in raw if preloaded is None else preloaded:
        kept += _PRELOADED.findall(raw)
    text = b" ".join(m.translate(None, b"<>") for m in kept)
    text = _ENTITY.sub(b" ", _TAG.sub(b" ", raw + b" " + text)).translate(_FLATTEN)
    return _single_spaced(text)


def _single_spaced(text: bytes) -> bytes:
    """`b" " + b" ".join(words) + b" "` for a text of letters, digits and spaces, where the
    words are its runs of letters and runs of digits ("Constabulary77" is two), in a few array
    operations: splitting a page into its words and joining them again cost more than the rest
    of flattening (a bytes object per word). A space goes in where a letter meets a digit; a
    space is kept unless the byte before it is one too."""
    import numpy as np

    spaced = np.frombuffer(b" " + text + b" ", dtype=np.uint8)
    letter = spaced >= 65  # the text's bytes are "A"-"Z", "a"-"z", "0"-"9" and " " only
    digit = ~letter & (spaced != 32)
    cut = np.flatnonzero((digit[:-1] & letter[1:]) | (letter[:-1] & digit[1:]))
    if cut.size:
        spaced = np.insert(spaced, cut + 1, 32)
    space = spaced == 32
    out = spaced[1:][~(space[1:] & space[:-1])].tobytes()
    return b" " + out if len(out) > 1 else b"  "  # no word: the two spaces of the join


class _Matcher:
    """Which kinds of term a flattened page contains (phrases folded, acronyms exact). The
    flattened page is ASCII letters, digits and spaces, so lowering its bytes folds it."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab

    def kinds(self, flat: bytes, *, complete: bool = False) -> set[str]:
        """`complete`: every kind, not only enough to decide the page."""
        raise NotImplementedError


def trie_pattern(words: list[str]) -> str:
    """A regex alternation factored as a trie: Python's `re` tries alternatives one by one,
    so 400 flat alternatives cost ~50x more than their common prefixes factored out."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


class RegexMatcher(_Matcher):
    """One compiled (trie-shaped) regex per case over the flattened page; the lookahead finds
    the longest phrase at every word start, overlapping ones included."""

    def __init__(self, vocab: Vocabulary) -> None:
        super().__init__(vocab)
        self.folded = re.compile(f" (?=({trie_pattern(list(vocab.phrases))}) )")
        self.exact = re.compile(f" (?=({trie_pattern(list(vocab.acronyms))}) )")

    def kinds(self, flat: bytes, *, complete: bool = False) -> set[str]:
        text = flat.decode("ascii")
        found = {self.vocab.acronyms[m.group(1)] for m in self.exact.finditer(text)}
        for match in self.folded.finditer(text.lower()):
            found |= self.vocab.phrases[match.group(1)]
            if not complete and _decided(found, last=False):
                break
        return found


class AhoCorasickMatcher(_Matcher):
    """One Aho-Corasick automaton (ahocorasick-rs, as in the first look) over the phrases and
    the acronyms, both lowered, overlapping matches found too; an acronym counts only where
    the page has it as written. On bytes, which it searches faster than text."""

    def __init__(self, vocab: Vocabulary) -> None:
        import ahocorasick_rs

        super().__init__(vocab)
        keys = list(dict.fromkeys([*vocab.phrases, *(a.lower() for a in vocab.acronyms)]))
        # By automaton index: the phrase's kinds (None if the key is only an acronym's), and
        # the acronyms that lower to the key, as written, with their kinds.
        self.phrase_kinds = [vocab.phrases.get(key) for key in keys]
        self.acronym_kinds: list[dict[bytes, str]] = [{} for _ in keys]
        for acronym, kind in vocab.acronyms.items():
            self.acronym_kinds[keys.index(acronym.lower())][acronym.encode()] = kind
        # A DFA searches about twice as fast as the default automaton (built in milliseconds).
        self.automaton = ahocorasick_rs.BytesAhoCorasick(
            [f" {key} ".encode() for key in keys],
            implementation=ahocorasick_rs.Implementation.DFA,
        )

    def kinds(self, flat: bytes, *, complete: bool = False) -> set[str]:
        matches = self.automaton.find_matches_as_indexes(flat.lower(), overlapping=True)
        # Every acronym first, then the phrases until the page is decided (the kinds, and so
        # the reason a page is kept, are those of a search for acronyms, then for phrases).
        found = set()
        for index, start, end in matches:
            if self.acronym_kinds[index] and (
                kind := self.acronym_kinds[index].get(flat[start + 1 : end - 1])
            ):
                found.add(kind)
        for index, _, _ in matches:
            if (kinds := self.phrase_kinds[index]) is not None:
                found |= kinds
                if not complete and _decided(found, last=False):
                    break
        return found


def _unnamed_penalised(table: dict) -> list[str]:
    """ "police force has been fined", "fined a police force": a force's words and a penalty
    word, joined both ways (raw_scan.toml [unnamed_penalised])."""
    out = [
        " ".join(w for w in (body, link, penalty) if w)  # "police force fined": a headline
        for body in table["bodies"]
        for link in table["links"]
        for penalty in table["penalties"]
    ]
    out += [f"{penalty} {body}" for penalty in table["penalties"] for body in table["objects"]]
    return out


def _decided(kinds: set[str], *, last: bool = True) -> bool:
    """The page is kept by what was found. A matcher stops early only on the other routes
    (`last=False`): a British institution keeps a page last, after a force, a place or a
    national figure, whose reasons the NLP's gate reads (`scan_document`)."""
    return (
        STRONG in kinds
        or UNNAMED in kinds
        or (POLICE in kinds and PLACE in kinds)
        or (NATIONAL in kinds and TALLY_POLICE in kinds)
        or (last and POLICE in kinds and BRITISH in kinds)
    )


def _substring_kinds(kinds: set[str], folded: bytes) -> set[str]:
    """ "constabular..." opening a word, looked for only where it could decide the page: with
    a national phrase. `folded` is the page with ASCII letters lowered (other bytes as spaces
    do not matter for a letters-only key)."""
    if NATIONAL in kinds and _TALLY_POLICE_PREFIX in folded:
        return {TALLY_POLICE}
    return set()


# Words of markup a raw page may hold between a misspelt name's two words ("</a>").
_MARKUP_SLACK = 2


def _misspelt_kinds(kinds: set[str], page: bytes, *, slack: int = 0) -> set[str]:
    """A force named with its first word misspelt ("Leicestshire Police"), which the force
    gazetteer matches fuzzily (extract/typos.py), looked for only on a page the scan would
    reject otherwise and that has the last word of such a name ("police", "yard")."""
    if _decided(kinds, last=False):
        return set()
    folded = page.translate(_FOLD).decode("ascii")
    return {STRONG} if names_misspelt_force(folded, slack=slack) else set()


@cache
def matcher(engine: str = "aho", data_dir: str | None = None) -> _Matcher:
    vocab = vocabulary(data_dir)
    return AhoCorasickMatcher(vocab) if engine == "aho" else RegexMatcher(vocab)


def _url_kinds(url: str | None, vocab: Vocabulary) -> tuple[str, set[str]]:
    """The URL's words (scanned with the page) and places found inside its host or path."""
    if not url:
        return "", set()
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    text = unquote(f"{host} {parts.path}")
    if host.endswith(".police.uk"):
        # a force's own site: the full path reads its label as the force's name
        # ('psni' of www.psni.police.uk: "psni police"), so the scan reads it too, an
        # initialism in capitals as the gazetteer writes it
        label = host.removesuffix(".police.uk").split(".")[-1]
        text += f" {label.replace('-', ' ')} police {label.upper()} "
    letters = "".join(_WORDS.findall(text.lower()))
    places = {PLACE} if _url_places(vocab.url_places).find_matches_as_indexes(letters) else set()
    return text, places


@cache
def _url_places(places: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick:
    """One automaton for the places looked for inside URLs (a test per place cost more)."""
    import ahocorasick_rs

    return ahocorasick_rs.AhoCorasick(list(places) or ["\x00"])


def scan(
    raw: bytes, url: str | None = None, *, engine: str = "aho", first_look: bool = True
) -> ScanResult:
    """Keep the page unless it certainly names no police force (see the module docstring).
    `first_look=False` flattens every page (what the first look must agree with)."""
    head = raw[:4096]
    if raw[:2] == b"\x1f\x8b":
        return ScanResult(True, "compressed: not scanned")
    if b"\x00" in head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ScanResult(True, "UTF-16/32 or binary: not scanned")
    match = matcher(engine)
    vocab = match.vocab
    url_text, kinds = _url_kinds(url, vocab)
    # One copy of the page, spaced at both ends as the first look reads it.
    page, marks = _page_and_marks(b" " + url_text.encode("latin-1", "replace") + b" " + raw + b" ")
    words = _words()
    loose = words.kinds(page, vocab, kinds) if first_look else {STRONG}
    split = marks.split if first_look else True
    joined = None  # the page with split words joined, made once
    if not _decided(loose):
        if split:
            joined = _join_split_words(page)
            loose = words.kinds(joined, vocab, kinds)
        loose |= _misspelt_kinds(loose, joined or page, slack=_MARKUP_SLACK)
        if not _decided(loose):
            return _rejected(loose)
    # Joined, then flattened (which joins again), as before there was a first look. Without
    # anything to join, joining only drops bytes that flattening makes spaces anyway.
    if split:
        flat = flatten(_join_split_words(page) if joined is None else joined)
    else:
        flat = _flatten_joined(page, marks.preloaded)
    kinds |= match.kinds(flat)
    if not _decided(kinds, last=False):
        kinds |= _substring_kinds(kinds, flat.lower())
    kinds |= _misspelt_kinds(kinds, flat)
    if STRONG in kinds:
        return ScanResult(True, "names a police force")
    if UNNAMED in kinds:
        return ScanResult(True, UNNAMED)
    if POLICE in kinds and PLACE in kinds:
        return ScanResult(True, "a police word and a force's area")
    if NATIONAL in kinds and TALLY_POLICE in kinds:
        return ScanResult(True, NATIONAL_ONLY)
    if POLICE in kinds and BRITISH in kinds:
        return ScanResult(True, BRITISH_POLICE)
    return _rejected(kinds)


def _page_and_marks(base: bytes) -> tuple[bytes, _Marks]:
    """The page as the scan reads it (`_with_json_read`) and its marks. The marks are found
    on the page as given; in the rare page with a copy of its JSON added, they are looked for
    again over the whole (the copy's read escapes may spell a mark)."""
    marks = _marks(base)
    page = _with_json_read(base, marks)
    if page is not base:
        marks = _Marks(
            _has_split_words(page),
            b"data-preloaded" in page,
            None,  # read already
        )
    return page, marks


def _rejected(kinds: set[str]) -> ScanResult:
    missing = "no police word" if POLICE not in kinds else "no force or area"
    return ScanResult(False, f"raw scan: {missing}", NATIONAL in kinds)


def scan_document(doc: Document, *, headline: bool = True) -> ScanResult:
    """The scan's condition over a cleaned document: its headline, site name and text (what
    the NLP reads, markup-escaped so that no "<" in the text reads as a tag) and its URL.
    A page kept only by the national route must also say "police" (or "forces",
    "constabular...") in its headline, as the assembly's route requires (`national_headline`).
    `headline=False` leaves that test out: such a page cannot be relevant, but the full path
    still lists the national figures it reads there (`Extraction.national_counts`), so the
    NLP's gate (`extract.nlp._gate`) lets it through."""
    from extract.rules.hints import PageHints

    if PageHints(url=doc.url).own_voice():
        return ScanResult(True, "a force's own page")
    text = "\n".join(part for part in (doc.title, doc.site_name, doc.text) if part)
    escaped = html.escape(text, quote=False).encode("utf-8", "replace")
    verdict = scan(escaped, doc.url)
    if not verdict.keep and verdict.national:
        # The first look's kinds are loose (each word anywhere): flattened, they are exact.
        verdict = scan(escaped, doc.url, first_look=False)
    if not verdict.keep:
        reason = verdict.reason.replace("raw scan:", "scan of the cleaned text:")
        return ScanResult(False, reason, verdict.national)
    if (
        headline
        and verdict.reason == NATIONAL_ONLY
        and not _names_a_force_or_place(escaped, doc.url)
    ):
        title_and_lead = national_headline(doc)
        if title_and_lead is not None and not _HEADLINE_POLICE.search(title_and_lead):
            return ScanResult(False, "scan of the cleaned text: national route, no police headline")
    return verdict


def _names_a_force_or_place(escaped: bytes, url: str | None) -> bool:
    """Any force name or place anywhere in the cleaned page or its URL (every kind found,
    where `scan` stops once the page is decided), with and without split words joined."""
    match = matcher()
    url_text, kinds = _url_kinds(url, match.vocab)
    page = _with_json_read(b" " + url_text.encode("latin-1", "replace") + b" " + escaped + b" ")
    for flat in (_flatten_joined(page), flatten(page)):
        kinds |= match.kinds(flat, complete=True)
    return STRONG in kinds or PLACE in kinds


def national_headline(doc: Document) -> str | None:
    """What the assembly reads as the headline of a page of figures for all forces: the
    title (unless the text opens with it) and the first three sentences. Without a force or a
    place the NLP finds no force and no per-force figure, so the national route is the only
    one left (`extract.assemble._tally_page`), and it needs the police in this headline.
    Only the tokenizer and the sentence pipes run, which set every sentence start (None if the
    pipeline does not open with them)."""
    from extract.nlp import get_nlp, hints_of
    from extract.sentences import split_sentences

    nlp = get_nlp()
    if tuple(nlp.pipe_names[: len(SENTENCE_PIPES)]) != SENTENCE_PIPES:
        return None
    parsed = nlp.make_doc(doc.text or "")
    for name in SENTENCE_PIPES:
        parsed = nlp.get_pipe(name)(parsed)
    sents = split_sentences(parsed)
    return " ".join([hints_of(doc).title or "", *(s.text for s in sents[:3])])
