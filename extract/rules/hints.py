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
        host = self.host()
        if host.endswith(".police.uk"):
            label = host.removesuffix(".police.uk").split(".")[-1].replace("-", " ")
            out.append(("site", f"{label} police"))
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
    for where, text in hints.sources():
        doc = recognise(nlp.make_doc(text))
        names = list(dict.fromkeys(s.label_ for s in doc.spans.get("forces", [])))
        if len(names) == 1:
            return names[0], where, text
    return None


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
