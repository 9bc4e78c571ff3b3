"""What the page around the text says: its headline, URL and publisher.

Used when the text itself falls short: a story that names no force but says "the force"
takes the force named in its headline (when the cleaned text lacks it), then in its URL path,
then in its site's host ("kent.police.uk"); such evidence is weaker and says where it came
from. A regulator's own page ("we have reprimanded", "our investigation") is that regulator's
action: its host names it (`domains` in regulators.jsonl).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import unquote, urlsplit

from spacy.language import Language

from extract.aliases import CONTEXT, force_aliases
from extract.datafiles import load_jsonl

_SLUG_SPLIT_RE = re.compile(r"[-_/.+]+|%20")
_NOT_WORDS_RE = re.compile(r"\b(?:\d+|html?|php|aspx?|amp|www|index|news|article)\b", re.I)


@dataclass(frozen=True)
class PageHints:
    """Headline, URL and site name of a document (any of them may be missing)."""

    title: str | None = None
    url: str | None = None
    site: str | None = None

    def host(self) -> str:
        try:
            return (urlsplit(self.url).hostname or "") if self.url else ""
        except ValueError:
            return ""

    def own_voice(self) -> bool:
        """A force's own page (its host is under police.uk): its "we" is the force."""
        return self.host().lower().endswith(".police.uk")

    def police_host_label(self) -> str:
        """The force's label in a police.uk host ('kent' of www.kent.police.uk), or ''."""
        host = self.host().lower()
        return host.removesuffix(".police.uk").split(".")[-1] if host.endswith(".police.uk") else ""

    def police_host_words(self) -> str:
        """The host's label read as a force's name ('devon cornwall police'), or ''."""
        label = self.police_host_label()
        return f"{label.replace('-', ' ')} police" if label else ""

    def sources(self) -> list[tuple[str, str]]:
        """(where, text to look for a force in), strongest first."""
        out: list[tuple[str, str]] = []
        if self.title:
            out.append(("headline", self.title))
        if self.url:
            try:
                path = unquote(urlsplit(self.url).path)
            except ValueError:
                path = ""
            words = _NOT_WORDS_RE.sub(" ", _SLUG_SPLIT_RE.sub(" ", path)).strip()
            if words:
                out.append(("URL", words))
        if words := self.police_host_words():
            out.append(("site", words))
        if self.site:
            out.append(("site", self.site))
        return out


@cache
def _pipeline(data_dir: str | None) -> Language:
    from extract.nlp import build_nlp, get_nlp  # the pipeline imports this module

    return get_nlp() if data_dir is None else build_nlp(data_dir)


def hinted_force(hints: PageHints, data_dir: str | None = None) -> tuple[str, str, str] | None:
    """(force, where, the words it was found in) from the headline, URL or site, or None."""
    nlp = _pipeline(data_dir)
    recognise = nlp.get_pipe("breachkb_forces_v1")
    host_words = hints.police_host_words()
    for where, text in hints.sources():
        doc = recognise(nlp.make_doc(text))
        names = list(dict.fromkeys(s.label_ for s in doc.spans.get("forces", [])))
        if len(names) == 1:
            return names[0], where, text
        if host_words and where == "site" and text == host_words:
            name = host_force(hints.police_host_label(), data_dir)
            if name is not None:
                return name, where, hints.host()
    return None


# A police.uk host runs a force's name together ("avonandsomerset", "thamesvalley",
# "devon-cornwall", "cityoflondon") or shortens it ("northyorks", "psni", "met"): compared
# with the force's names and aliases squashed the same way, police words left out.
_POLICE_WORDS_RE = re.compile(r"\b(?:police|constabulary|service|force)\b")
_LINK_WORDS_RE = re.compile(r"\b(?:and|of|the)\b")
_NOT_LETTERS_RE = re.compile(r"[^a-z]")
_HOST_PREFIX_MIN = 6  # "northyorks" of "North Yorkshire": a shortening long enough to be one


def _squashed(text: str) -> set[str]:
    bare = _POLICE_WORDS_RE.sub(" ", text.lower().replace("&", " and "))
    return {_NOT_LETTERS_RE.sub("", bare), _NOT_LETTERS_RE.sub("", _LINK_WORDS_RE.sub(" ", bare))}


@cache
def _host_names(data_dir: str | None) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for row in load_jsonl("forces.jsonl", data_dir):
        for text in [row["name"], *row.get("aliases", []), *row.get("context_aliases", [])]:
            for key in _squashed(text):
                if key:
                    table.setdefault(key, set()).add(row["name"])
    return {k: frozenset(v) for k, v in table.items()}


def host_force(label: str, data_dir: str | None = None) -> str | None:
    """The one force a police.uk host label names ('avonandsomerset', 'northyorks'), or None."""
    key = _NOT_LETTERS_RE.sub("", label.lower())
    table = _host_names(data_dir)
    names = set(table.get(key, ()))
    if not names and len(key) >= _HOST_PREFIX_MIN:
        names = {n for k, v in table.items() if k.startswith(key) for n in v}
    return next(iter(names)) if len(names) == 1 else None


@cache
def _regulator_domains(data_dir: str | None) -> dict[str, str]:
    return {
        domain: row["name"]
        for row in load_jsonl("regulators.jsonl", data_dir)
        for domain in row.get("domains", [])
    }


def publishing_regulator(hints: PageHints, data_dir: str | None = None) -> str | None:
    """The regulator whose own site published the page, if any."""
    host = hints.host().lower()
    for domain, name in _regulator_domains(data_dir).items():
        if host == domain or host.endswith("." + domain):
            return name
    return None


# The area a police and crime commissioner answers for: "the Police and Crime Commissioner for
# Dorset", "Essex's police, fire and crime commissioner", "the Kent PCC".
_COMMISSIONER = r"(?:police,?\s+(?:fire\s+)?and\s+crime\s+commissioner|PC?FCC|PCC)"


@cache
def _commissioner_re(data_dir: str | None) -> re.Pattern[str]:
    places = sorted(
        {a.text for a in force_aliases(data_dir) if a.kind == CONTEXT and a.text[:1].isupper()},
        key=len,
        reverse=True,
    )
    area = "|".join(re.escape(p) for p in places)
    return re.compile(
        rf"(?i:{_COMMISSIONER}\s+(?:for|of)\s+(?:the\s+)?)(?P<a>{area})\b"
        rf"|\b(?P<b>{area})(?:'s|\u2019s)?\s+(?i:{_COMMISSIONER})\b"
    )


def commissioner_force(text: str, data_dir: str | None = None) -> tuple[str, str, str] | None:
    """(force, 'commissioner', the words) where the text names the commissioner of one force
    area ('the police and crime commissioner for Dorset apologised after the force emailed
    ...') and no force: the force of that area, which 'the force' of the story is."""
    canonical = {a.text: a.canonical for a in force_aliases(data_dir) if a.kind == CONTEXT}
    found: dict[str, str] = {}
    for m in _commissioner_re(data_dir).finditer(text):
        place = m.group("a") or m.group("b")
        found.setdefault(canonical[place], m.group(0))
    if len(found) != 1:
        return None
    name, words = next(iter(found.items()))
    return name, "commissioner", words
