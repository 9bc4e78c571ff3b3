"""An earlier breach of the story's force that a line frames as what came before the story
("It comes a week after ...", "The incident follows two recent breaches, ...", "hot on the
heels of ..."). Reporters tell such a breach in a clause of its own, usually with no year: the
clause is another incident, not more words about the story's breach."""

from __future__ import annotations

from extract.datafiles import load_toml
from extract.rules.attribution import follows_earlier
from extract.sentences import Sent, data_dir_of

_SPAN_REACH = 3  # "just a few days after", "two weeks after": words from the span to 'after'


def framed_start(sent: Sent) -> int | None:
    """The first token of the clause the line frames as an earlier occasion, or None
    (`frame`)."""
    found = frame(sent)
    return None if found is None else found[0]


def frame(sent: Sent) -> tuple[int, bool] | None:
    """(the first token of the framed clause, whether the frame itself dates that clause
    before the story), or None. The clause starts after the verb of following of an
    opening pointer ("It follows", "The incident comes after"), after a span of time before
    "after" ("a week after", "days after"), or after one of cues.toml [passing]
    `framing_phrases` ("on the heels of"). A bare "It comes after ..." dates nothing
    (False) unless its clause names an earlier time ("... last month"); neither does a
    frame opened on what answered a breach ("The fine comes two years after ...": the
    breach fined, most often the story's own)."""
    cues = load_toml("cues.toml", data_dir_of(sent))["passing"]
    toks = [t for t in sent.span if not (t.is_punct or t.is_space)]
    words = [t.lower_ for t in toks]
    start: int | None = None
    timed = True
    if not _opens_on_story(words, cues):
        # "Victims remain anxious five years after their addresses were passed
        # ...", "The force apologised after papers were left on a train last month", "The
        # figures come two months after the ICO fined ...": an "after" not said of the
        # story's own event ("It", "The incident", "The loss") tells how the story came
        # about, or frames a page of figures -- no earlier occasion of the story's
        return None
    if follows_earlier(sent):
        at = next((k for k, t in enumerate(toks) if t.lemma_ in cues["earlier_story_verbs"]), None)
        if at is not None:
            after = next((k for k in range(at, min(len(toks), at + 6)) if words[k] == "after"), at)
            start = toks[after].i + 1
            # "a week after ...", or a clause dating itself before ("... online last month")
            rest = " " + " ".join(words[after + 1 :]) + " "
            timed = any(w in cues["time_spans"] for w in words[at:after]) or any(
                f" {m} " in rest for m in cues["earlier_times"]
            )
    if start is None:
        for k, w in enumerate(words):
            if w == "after" and set(words[max(0, k - _SPAN_REACH) : k]) & set(cues["time_spans"]):
                start = toks[k].i + 1
                break
    if start is None:
        # "being investigated after names were published in error last week": the clause
        # after "after" dates itself before the story
        for k, w in enumerate(words):
            rest = " " + " ".join(words[k + 1 :]) + " "
            if w == "after" and any(f" {m} " in rest for m in cues["earlier_times"]):
                start = toks[k].i + 1
                break
    if start is None:
        text = " ".join(words)
        for phrase in cues["framing_phrases"]:
            at = text.find(f" {phrase} ")
            if at >= 0:
                start = toks[text[: at + 1].count(" ") + len(phrase.split())].i
                break
    if start is None or start >= sent.span.end - 2:
        return None
    # "The fine comes two years after ...": a span from what answered a breach dates the
    # breach answered, not an earlier one
    answered = bool(set(words[:3]) & set(cues["answer_nouns"]))
    return start, timed and not answered


def _opens_on_story(words: list[str], cues: dict) -> bool:
    """The line opens on the story's own event: a pointer back ("It comes ...", "This
    follows ..."), or one of cues.toml [passing] `story_nouns` first or after "the" ("The
    loss was reported weeks after ...", "The latest incident follows ...")."""
    if not words:
        return False
    if words[0] in cues["back_pointers"] or words[0] in cues["story_nouns"]:
        return True
    return words[0] in {"the", "this", "that"} and bool(set(words[1:3]) & set(cues["story_nouns"]))


_SEVERAL_REACH = 3  # "a second data breach", "two recent police data breaches"


def tells_several(sents: list[Sent]) -> bool:
    """The page tells of more than one breach: one of cues.toml [passing] `several_words`
    a few words before one of its `several_nouns` ("the second data breach in a week",
    "the latest incident", "follows two recent breaches"). A reporter framing an earlier
    breach says so; a page without it retells its own breach after "It comes after"."""
    if not sents:
        return False
    cues = load_toml("cues.toml", data_dir_of(sents[0]))["passing"]
    several, nouns = set(cues["several_words"]), set(cues["several_nouns"])
    for sent in sents:
        words = [t.lower_ for t in sent.span if not (t.is_punct or t.is_space)]
        for k, w in enumerate(words):
            if w in nouns and several & set(words[max(0, k - _SEVERAL_REACH) : k]):
                return True
    return False
