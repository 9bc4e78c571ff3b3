"""Round 18 (r18-type): breach-type mechanisms, each with paraphrases of its own."""

from __future__ import annotations

from datetime import date

from extract.models import Document
from extract.nlp import extract

PUBLISHED = date(2024, 6, 10)


def cues(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(c.label_, c.kb_id_) for c in doc.spans["breach_cues"]]


def scores(nlp, text: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from extract.rules.types import type_scores
    from extract.sentences import split_sentences

    return dict(type_scores(split_sentences(nlp(text))))


def types_of(nlp, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    ex = extract(Document(text=text, published=PUBLISHED), nlp)
    return sorted({i.breach_type for i in ex.incidents}, key=str)


# --- someone breaking in from outside is an attack, not an insider's misuse

_OUTSIDERS = [
    "Dyfed-Powys Police said hackers had accessed the force's records of 2,000 witnesses.",
    "Gwent Police was reprimanded after criminals got into the systems of a contractor.",
    "Cleveland Police said cyber criminals gained access to its network last month.",
    "The force database was accessed remotely by fraudsters, Cleveland Police said.",
]
# negative: the criminals are whose records, or whom an officer looked up
_INSIDERS = [
    "Gwent Police was reprimanded after a constable accessed the force's files on known criminals.",
    "A detective searched for criminals on the police national computer for a friend, Gwent "
    "Police said.",
]


def test_an_outsider_getting_in_is_a_cyber_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in _OUTSIDERS:
        got = scores(nlp, text)
        assert got.get("cyber_attack", 0) > got.get("unauthorised_access", 0), text
    for text in _INSIDERS:
        got = scores(nlp, text)
        assert got.get("unauthorised_access", 0) > 0 and "cyber_attack" not in got, text


# --- data kept too long, or never deleted, is unlawful retention (`other`)

_KEPT = [
    "Merseyside Police was reprimanded after it failed to delete custody images of people "
    "who were never charged.",
    "Merseyside Police was reprimanded for holding DNA profiles that ought to have been destroyed.",
]
# weak, a point each: a long keeping, or a deletion that never happened
_KEPT_WEAK = [
    "The constabulary stored the interview tapes for several years.",
    "The images had never been checked or deleted, the regulator said.",
    "The force kept the photographs well beyond the period its policy sets.",
]
# negative: keeping a promise, holding a post, a deletion denied in another way
_NOT_KEPT = [
    "The chief constable has held the post for three years.",
    "Officers deleted the duplicate entries after the audit.",
]


def test_data_kept_too_long_is_retention(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in _KEPT:
        assert types_of(nlp, text) == ["other"], text
    for text in _KEPT_WEAK:
        assert ("other", "weak") in cues(nlp, text), text
    for text in _NOT_KEPT:
        assert ("other", "strong") not in cues(nlp, text), text
    assert ("other", "weak") not in cues(nlp, _NOT_KEPT[0])


# --- an adverb qualifies its own verb: "wrongly deleted records" recorded nothing wrongly

_WRONG_RECORD = [
    "A man was incorrectly flagged as a violent offender on the system.",
    "Her son was mistakenly recorded as a missing person.",
]
_WRONG_OTHER_VERB = [
    "A software update wrongly deleted records of 300 arrests.",
    "An officer mistakenly shared files with a charity.",
]


def test_an_adverb_pair_needs_the_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in _WRONG_RECORD:
        assert ("inaccurate_data", "strong") in cues(nlp, text), text
    for text in _WRONG_OTHER_VERB:
        assert ("inaccurate_data", "strong") not in cues(nlp, text), text


# --- a force sending data to someone is a misdirection; an officer sending it is a leak

_FORCE_SENT = [
    "Last year Avon and Somerset Police emailed a list of complainants to a local reporter.",
    "Norfolk Police said the force had sent a victim's statement to her neighbour.",
]
_OFFICER_SENT = [
    "Norfolk Police said a constable emailed pictures of the victim to his girlfriend.",
    "An officer sent photographs of a crime scene in Norwich to his girlfriend, Norfolk "
    "Police said.",
]


def test_a_force_sending_data_misdirects_it(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in _FORCE_SENT:
        got = scores(nlp, text)
        best = max(got, key=lambda k: got[k])
        assert best in {"emailed_to_incorrect_recipient", "posted_to_incorrect_recipient"}, text
    for text in _OFFICER_SENT:
        got = scores(nlp, text)
        assert max(got, key=lambda k: got[k]) == "inappropriate_disclosure", text


# --- the page around the story: share buttons and datelines give no cue

_FURNITURE = [
    "Norfolk Police apologised for the delay.\nShare this story",
    "Norfolk Police apologised for the delay.\nFollow us on Facebook",
    "Norfolk Police apologised for the delay.\nUpdated 4 March 2024",
    "Norfolk Police apologised for the delay.\nPublished: 2 March 2024",
]
_NOT_FURNITURE = [
    "Norfolk Police apologised.\nThe names were published last year.",
    "Norfolk Police apologised.\nA list was left on a website last year.",
    "Norfolk Police apologised for the delay.\nThe names were published on 2 March on a blog.",
    "Norfolk Police apologised.\nShare prices of the firm fell after its data was published.",
]


def test_page_furniture_gives_no_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in _FURNITURE:
        assert scores(nlp, text) == {}, text
    for text in _NOT_FURNITURE:
        assert scores(nlp, text).get("published_in_error", 0) > 0, text


# --- words with other senses in police news: "retention" (of officers, a policy), "profile"
# (a high-profile case), "excessive" (force) are no unlawful processing on their own

_PROCESSING = [
    "Humberside Police retained custody photographs of people who were never charged.",
    "The regulator criticised the retention of DNA profiles by Humberside Police.",
    "Humberside Police collected excessive personal data about protesters.",
]
_OTHER_SENSES = [
    "Humberside Police said officer recruitment and retention remained difficult.",
    "Humberside Police said retention follows its records management policy.",
    "An officer shared details of a high-profile case with a friend.",
    "The constable was cleared of using excessive force during the arrest.",
]


def test_processing_words_need_their_data(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in _PROCESSING:
        assert ("other", "strong") in cues(nlp, text), text
    for text in _OTHER_SENSES:
        assert ("other", "strong") not in cues(nlp, text), text


# --- "corrupt" and "abandon" have their police senses: a corrupt officer, an abandoned trial

_DISPOSED_OR_CORRUPTED = [
    (
        "Crates of witness statements were abandoned in an empty police station.",
        "insecure_disposal",
    ),
    ("The force abandoned computers still holding victims' details.", "insecure_disposal"),
    ("The database was corrupted and thousands of entries could not be restored.", "other"),
]
_POLICE_SENSES = [
    (
        "Thames Valley Police said the trial was abandoned after a juror fell ill.",
        "insecure_disposal",
    ),
    ("A corrupt detective was jailed for taking bribes, Thames Valley Police said.", "other"),
]


def test_corrupt_and_abandon_need_their_things(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, code in _DISPOSED_OR_CORRUPTED:
        assert (code, "strong") in cues(nlp, text), text
    for text, code in _POLICE_SENSES:
        assert (code, "strong") not in cues(nlp, text), text
