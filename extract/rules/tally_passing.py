"""A force named in passing on a page of figures: only as one person's employer or in one
case's sentence ("In one case an officer from Kent ..."), never as the page's subject. A
figure naming no force after all forces' figures is not that force's (tallies)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from extract.datafiles import load_toml
from extract.sentences import Sent, data_dir_of

# words joining a person to the force employing them: "an officer from/at/in/of/with Kent Police"
_OF_FORCE = {"from", "at", "of", "with", "in"}
# force_anaphor cues that name the force itself, not one of its people
_NOT_PEOPLE = ("force", "constabulary")


def _person(span: Span) -> bool:
    """One of a force's people, singular ("officer", "constable"; not "officers")."""
    text = span.text.lower()
    if any(w in text for w in _NOT_PEOPLE) or text == "the police":
        return False
    return not span[-1].lower_.endswith("s")


def one_persons_employer(sent: Sent, force: Span) -> bool:
    """The force is named as one person's employer: "a Kent Police constable", "an officer
    from Avon and Somerset Police"."""
    doc = sent.span.doc
    for p in sent.cues.get("roles.force_anaphor", []):
        if not _person(p):
            continue
        if p.start == force.end:
            return True  # "a Durham Constabulary officer"
        gap = [t.lower_ for t in doc[p.end : force.start]]
        if 1 <= len(gap) <= 2 and gap[0] in _OF_FORCE and gap[1:] in ([], ["the"]):
            return True  # "an officer from Kent Police", "a detective at the Met"
    return False


def tells_one_case(sent: Sent) -> bool:
    """The sentence opens or tells one case ("In one case ...", "a constable was sacked
    after searching ...")."""
    # attribution reads tallies: imported here, when called, to keep the import order
    from extract.rules.attribution import is_case, one_person_case

    return is_case(sent) or one_person_case(sent) or _one_case_told(sent)


def _one_case_told(sent: Sent) -> bool:
    """One case told by a clause on its noun: "named over a case in which a file was leaked",
    "an incident where an officer ..."."""
    nouns = load_toml("cues.toml", data_dir_of(sent))["passing"]["one_case_nouns"]
    told = r"\b(?:a|an|one)\s+(?:" + "|".join(nouns) + r")\s+(?:in\s+which|where|when)\b"
    return re.search(told, sent.text, re.I) is not None


# The most breaches one person's story counts ("three breaches by officers", "on two
# occasions"); a larger figure is a tally even beside a person.
_CASE_MOST = 9


def sufferers_breaches(sent: Sent, at: int, value: int, repeats: bool) -> bool:
    """The count at `at` (an offset in the sentence's text) is of breaches one person
    suffered, the story's own: "damages for a client who was harmed by three data breaches by
    officers", "A man was paid £3,000 after four privacy breaches" -- one person named before
    the count (a singular person word after a determiner, tallies.toml [measures]
    sufferer_determiners; cues.toml [passing] sufferer) -- or repeats ("on two occasions",
    "three times") of what was done to a person named by title or pronoun anywhere in the
    sentence ("... our client, Miss A", "her address"; [passing] sufferer_titles,
    sufferer_pronouns). A handful at most; "Four breaches involved a victim's address" counts
    breaches of a kind and stays a tally, and so does "staff gave details to a member of the
    public six times"."""
    if value > _CASE_MOST:
        return False
    if any(p.start_char - sent.start < at for p in _sufferers(sent)):
        return True
    return repeats and bool(sent.cues.get("passing.sufferer_pronouns") or _titled(sent))


def _sufferers(sent: Sent) -> list[Span]:
    """One person named by a word for them: 'a client', 'our client', 'the young woman' (a
    title, 'Mr Jones said ...', is as often a speaker's)."""
    found: list[Span] = []
    doc = sent.span.doc
    determiners = set(
        load_toml("tallies.toml", data_dir_of(sent))["measures"]["sufferer_determiners"]
    )
    for p in sent.cues.get("passing.sufferer", []):
        head = p[-1]
        if head.lower_ != head.norm_:
            continue  # "victims", "men": the word's lemma is its singular
        before = [t.lower_ for t in doc[max(sent.span.start, p.start - 2) : p.start]]
        if before and (before[-1] in determiners or before[0] in determiners):
            found.append(p)
    return found


def _titled(sent: Sent) -> list[Span]:
    """A title before a name: "Miss A", "Mr Jones"."""
    doc = sent.span.doc
    return [
        t
        for t in sent.cues.get("passing.sufferer_titles", [])
        if t[0].text[:1].isupper() and t.end < sent.span.end and doc[t.end].text[:1].isupper()
    ]
