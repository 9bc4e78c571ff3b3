"""The breach type of an incident, decided over its whole description.

Every sentence attributed to the incident adds the points of its type cues (weights in
extract/data/breach_types.toml): one strong phrase or several weak ones. The code with most
points wins, so a story that says "email" once but "unlawfully retained" throughout is
`other`. Cues in a negated scope ("no data was lost") do not count.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from spacy.tokens import Span, Token

from extract.datafiles import load_toml
from extract.rules.found import Found
from extract.sentences import Sent, clause_bounds, data_dir_of
from extract.type_model import span_scores

_TITLE_WEIGHT = 1.5  # a headline's cues weigh this much more than a sentence's


def _type_data(sents: list[Sent]) -> dict:
    return load_toml("breach_types.toml", data_dir_of(sents[0]) if sents else None)


def _specificity(data: dict, code: str, strength: str) -> float:
    """A type's multiplier; `strong_specificity` only for its strong cues, when its weak
    words are no sign of it ('incorrect sharing' is a disclosure, not inaccurate data)."""
    spec = data["types"].get(code, {})
    strong = float(spec.get("strong_specificity", 1.0)) if strength == "strong" else 1.0
    return float(spec.get("specificity", 1.0)) * strong


def _misdirected_code(sents: list[Sent]) -> str:
    """Emailed or posted to the wrong recipient: by the medium the description names."""
    data = _type_data(sents)["cues"] if sents else {}
    # a medium named in a remedy ("encrypt all emails") is not the one the thing went by
    labels = {c.label_ for s in sents for c in s.types if not _remedial(s, c, data)}
    if "_post_media" in labels and "_email_media" not in labels:
        return "posted_to_incorrect_recipient"
    return "emailed_to_incorrect_recipient"


def _breakdown(sent: Sent) -> bool:
    """'Of the total, 96 were emails sent to the wrong address and 58 involved officers
    accessing systems': counts of two or more kinds of breach, or of one kind as a part of a
    total (`_partitive`), which tell what kinds a figure holds, not how one incident
    happened."""
    if _tally_share(sent):
        return True  # "312 breaches, most of them emails sent to the wrong person"
    # A misdirection is a kind of its own ("29 were emails sent to the wrong person"),
    # whether told as a misdirection or as an emailed/posted phrase.
    codes = {
        "_misdirected" if c.label_ in _RECIPIENT_CODES else c.label_
        for c in sent.types
        if c.kb_id_ == "strong" and (not c.label_.startswith("_") or c.label_ == "_misdirected")
    }
    # Things lost are a kind too ("and 44 the loss of paperwork")
    if any(c.label_ == "_loss" for c in sent.types):
        codes |= {c.label_ for c in sent.types if c.kb_id_ == "objects"}
    if not codes:
        return False
    counts = _counts(sent)
    # One kind counted as a part of a total told before ("Of those, 40 were emails sent to
    # the wrong person", "12 of them involved letters"): the kind of some of the figures.
    if _partitive(sent, counts):
        return True
    return len(codes) >= 2 and len(counts) >= 2


def _tally_share(sent: Sent) -> bool:
    """'Dorset Police recorded 312 data breaches, most of them emails sent to the wrong
    person', 'the most common cause was letters posted to the wrong address': a type cue
    after a `tally_shares` word, in a sentence counting breaches (a figure with a
    `tally_nouns` lemma at most three words after it) or naming a `tally_commonness`
    phrase, tells the kinds a total holds."""
    data = _type_data([sent])["cues"]
    shares = set(data.get("tally_shares", []))
    if not shares:
        return False
    span = sent.span
    doc = span.doc
    # "the most serious of them" singles one out: a superlative, no share
    share_at = next(
        (
            t.i
            for t in span
            if t.lower_ in shares
            and not (t.i + 1 < span.end and doc[t.i + 1].pos_ in ("ADJ", "ADV"))
        ),
        None,
    )
    if share_at is None:
        return False
    # the cue in the share's own clause: "most were minor, but one letter went to the wrong
    # house" tells one incident after the share
    lo, hi = clause_bounds(sent, share_at)
    if not any(
        share_at < c.start and c.end <= hi
        and (not c.label_.startswith("_") or c.label_ == "_misdirected")
        for c in sent.types
    ):  # fmt: skip
        return False
    lowered = " " + " ".join(t.lower_ for t in doc[lo:hi]) + " "
    if any(f" {p} " in lowered for p in data.get("tally_commonness", [])):
        return True
    nouns = set(data.get("tally_nouns", []))
    for t in _counts(sent):
        if t.i >= share_at or t.i < lo:
            continue
        after = doc[t.i + 1 : min(t.i + 4, span.end)]
        if any(a.lemma_.lower() in nouns for a in after):
            return True
    return False


def _partitive(sent: Sent, counts: list[Token]) -> bool:
    """A figure that is a part of a total told before: a `partitives` phrase (word forms:
    "of those", "of which", "of the total") opening the sentence before a figure ("Of those,
    211 involved ...") or right after a figure ("40 of them were ..."); "the names of those
    40 victims" names no part."""
    if not counts:
        return False
    words = [t.lower_ for t in sent.span]
    base = sent.span.start
    after = {t.i - base + 1 for t in counts}
    for phrase in _type_data([sent])["cues"].get("partitives", []):
        parts = phrase.split()
        n = len(parts)
        if words[:n] == parts or any(words[k : k + n] == parts for k in after):
            return True
    return False


def _counts(sent: Sent) -> list[Token]:
    """Figures in the sentence: numbers written in digits, not years or sums of money."""
    doc = sent.span.doc
    return [
        t
        for t in sent.span
        if t.like_num
        and t.text[:1].isdigit()
        and not _YEAR.fullmatch(t.text)
        and not (t.i > 0 and doc[t.i - 1].text in _CURRENCY)
    ]


_YEAR = re.compile(r"(?:19|20)\d\d")
_CURRENCY = {"£", "$", "€"}


_RECIPIENT_CODES = frozenset({"emailed_to_incorrect_recipient", "posted_to_incorrect_recipient"})


def _medium_spelt(sent: Sent, cue: Span) -> bool:
    """'Papers were sent to the wrong address': a misdirection whose own phrase is a strong
    emailed/posted cue, in a sentence naming no medium, counts once, for the phrase's medium
    ('emails sent to the wrong address' names one: the medium decides as usual)."""
    if any(c.label_ in {"_email_media", "_post_media"} for c in sent.types):
        return False
    return any(
        c.label_ in _RECIPIENT_CODES and c.kb_id_ == "strong" and c.start < cue.end
        and cue.start < c.end
        for c in sent.types
    )  # fmt: skip


def _one_copied_in(cue: Span, cues: list[Span]) -> bool:
    """'Copied in the wrong person on an email', 'copied in a member of the public': a bcc cue
    whose object is a wrong recipient (a misdirection cue starting inside it or right after
    it, an article at most between) adds one person to a message -- a misdirection -- and
    shows no list of recipients' addresses."""
    if cue.label_ != "failure_to_use_bcc":
        return False
    return any(
        c.label_ == "_misdirected" and cue.start <= c.start <= cue.end + 1 and c.end > cue.end
        for c in cues
    )


def _mistake_of_sending(cue: Span, cues: list[Span]) -> bool:
    """'Mistakenly added a member of the public to an email chain': a mistake cue of
    inaccurate data sharing its words with a misdirection is the misdirection's mistake, not
    wrong data recorded."""
    return cue.label_ == "inaccurate_data" and _overlaps_misdirection(cue, cues)


def _sent_by_mistake(cue: Span, cues: list[Span]) -> bool:
    """'An email listing 1,000 names was sent to a journalist by mistake', 'her details were
    accidentally emailed to her abuser': a strong disclosure cue sharing its words with a
    misdirection is that misdirection's recipient -- one wrong recipient, counted once as
    the misdirection -- not a leak to them."""
    strong_disclosure = cue.label_ == "inappropriate_disclosure" and cue.kb_id_ == "strong"
    return strong_disclosure and _overlaps_misdirection(cue, cues)


def _overlaps_misdirection(cue: Span, cues: list[Span]) -> bool:
    return any(c.label_ == "_misdirected" and c.start < cue.end and cue.start < c.end for c in cues)


def _published_by_mistake(sent: Sent, cue: Span, cues: list[Span]) -> bool:
    """'Posted on its Facebook page in error', 'uploaded to the website by mistake', 'made
    the names and addresses of witnesses public by mistake': a mistake in a clause naming a
    place of publication, or with a strong publication cue, is a publication in error, not
    a letter or an email to the wrong person."""
    lo, hi = clause_bounds(sent, cue.start)
    places = set(_type_data([sent])["cues"]["publication_place"])
    return any(
        c.label_ == "published_in_error"
        and lo <= c.start < hi
        and (c.kb_id_ == "strong" or " ".join(t.norm_ for t in c) in places)
        for c in cues
    )


def _in_the_press(sent: Sent, cue: Span, data: dict) -> bool:
    """'The footage was published on a newspaper's website', 'the photos appeared online in
    a tabloid': a weak publication cue in a clause naming the press as the publisher is data
    that reached the press -- a leak, not a force publishing it in error."""
    if cue.label_ != "published_in_error" or cue.kb_id_ != "weak":
        return False
    lo, hi = clause_bounds(sent, cue.start)
    press = set(data["cues"].get("press", []))
    return any(t.lemma_.lower() in press for t in cue.doc[lo:hi])


def _announces_sanction(sent: Sent, cue: Span, codes: set[str]) -> bool:
    """'The regulator published the reprimands on its website', 'the notice was made public
    this week': a publication cue in a clause naming a sanction and no one's data tells where
    the sanction was announced, not how data went astray."""
    if cue.label_ not in codes:
        return False
    lo, hi = clause_bounds(sent, cue.start)
    inside = [c for c in sent.types if lo <= c.start < hi]
    personal = sent.cues.get("relevance.personal", [])
    return any(c.label_ == "_sanction_news" for c in inside) and not any(
        lo <= p.start < hi for p in personal
    )


_ROUTES = frozenset({"inappropriate_disclosure", "verbal_disclosure"})
# A look-up and a telling in one sentence about data passed on: both the disclosure's.
_PASSED_ON = frozenset({"unauthorised_access", "verbal_disclosure"})
_NEAR = 2  # words between a cue and the announcement it releases or shares
_ANNOUNCING_DETERMINERS = {"a", "an", "the", "its", "their", "this", "these", "new", "latest"}


def announcement(sent: Sent, cue: Span) -> bool:
    """'In a statement released on Friday', 'the force shared an update', 'figures released
    under FOI': a weak cue next to something a body puts out to tell the news (breach_types.toml
    `announcements`), in a clause naming no one's data, is the news told, not data going
    astray ('released the victim's statement' names whose it is and stays a disclosure)."""
    if cue.kb_id_ != "weak" or len(cue) > 2:
        return False
    return tells_news(sent, cue) or _announcement_named(sent, cue)


def _announcement_named(sent: Sent, cue: Span) -> bool:
    """'A news release', 'said in a press release': the cue word is the last of an
    announcement's own name (`announcements`), a document telling the news, no release."""
    doc = cue.doc
    if len(cue) != 1 or cue.start == 0:
        return False
    names = set(_type_data([sent])["cues"].get("announcements", []))
    return f"{doc[cue.start - 1].lower_} {cue[0].lower_}" in names


def tells_news(sent: Sent, cue: Span) -> bool:
    """A verb of putting out (`announcing_verbs`: released, shared, published) right next to an
    announcement, in a clause naming no one's data (`announcement`); dates.py asks it of its
    event verbs ('a statement released on Friday' dates no breach)."""
    doc = cue.doc
    cues = _type_data([sent])["cues"]
    if cue[0].norm_ not in set(cues.get("announcing_verbs", [])):
        return False
    names = set(cues.get("announcements", []))
    lo, hi = clause_bounds(sent, cue.start)
    near = doc[max(lo, cue.start - _NEAR - 1) : min(hi, cue.end + _NEAR + 1)]
    # the announcement itself, with an article or at the clause's start ('a statement', 'the
    # figures', 'Figures released ...'), not a kind of record ('witness statements')
    told = {
        t.i
        for t in near
        if t.norm_ in names and (t.i == lo or doc[t.i - 1].lower_ in _ANNOUNCING_DETERMINERS)
    }
    if not told:
        return False
    # whose data it is, other than the announcement itself ('a statement' is also a record)
    personal = sent.cues.get("relevance.personal", [])
    if any(lo <= p.start < hi and p.start not in told for p in personal):
        return False
    return not any(t.text in {"'s", "’s"} for t in near)


def _regulator_publishes(sent: Sent, cue: Span) -> bool:
    """'The case was published on the ICO website', 'details posted on the Information
    Commissioner's website', 'the notice was published by the regulator': a weak publication
    cue that is the regulator's own place (the regulator right before it, a possessive
    between at most) or whose doer is the regulator ("by" right after it) is the regulator
    making its notice public, not a force publishing data in error ('her address was
    published on the force's website', 'fined by the ICO for publishing' keep theirs)."""
    if cue.label_ != "published_in_error" or cue.kb_id_ != "weak":
        return False
    doc = cue.doc
    owned = cue.start > 0 and doc[cue.start - 1].text in {"'s", "’s", "'"}
    k = cue.start - 1 if owned else cue.start
    j = cue.end + 1 if cue.end < len(doc) and doc[cue.end].lower_ == "by" else None
    if j is not None and j < len(doc) and doc[j].lower_ == "the":
        j += 1
    return any(r.end == k or r.start == j for r in sent.regulators)


def _news_source(sent: Sent, cue: Span, codes: set[str]) -> bool:
    """'A freedom of information response has revealed that ...': the request or response
    the news came from, the subject of a revealing verb, tells nothing of the breach."""
    if cue.label_ not in codes:
        return False
    cues = _type_data([sent])["cues"]
    if " ".join(t.norm_ for t in cue).lower() not in set(cues.get("news_source", [])):
        return False
    start = cue.end
    if cue[-1].lower_ == "to":
        # "figures released in response to a freedom of information request show ...": the
        # request named after the cue, then what it showed
        named = set(cues.get("news_source_request_words", []))
        while start < sent.span.end and cue.doc[start].lower_ in named:
            start += 1
    after = [t for t in cue.doc[start : min(sent.span.end, start + 3)]]
    verbs = set(cues.get("news_source_verbs", []))
    for tok in after:
        if tok.norm_ in verbs:
            return True
        if tok.norm_ not in {"have", "has", "which", "that"}:
            return False
    return False


def _lost_no_thing(cue: Span, data: dict) -> bool:
    """'Lost her job', 'she has lost sleep', 'lost their home': a loss cue of one word whose
    object (after at most `lost_no_thing_openers` words) is one of `lost_no_things` tells a
    harm someone suffered, not a thing holding data that went missing."""
    if cue.label_ != "_loss" or len(cue) != 1 or cue[0].norm_ != "lose":
        return False
    doc = cue.doc
    openers = set(data.get("lost_no_thing_openers", []))
    things = set(data.get("lost_no_things", []))
    k = cue.end
    while k < len(doc) and k < cue.end + 2 and doc[k].lower_ in openers:
        k += 1
    return k < len(doc) and (doc[k].norm_ in things or doc[k].lower_ in things)


def _papers_beside_device(cue: Span, cues: list[Span], data: dict) -> bool:
    """'A tablet and a diary were taken from the car', 'documents together with a laptop
    were stolen': a paper object listed with a device (`carried_*`: a list word between, at
    most `carried_gap` words apart) is carried with it; the device names the loss."""
    papers, device = data.get("carried_papers"), data.get("carried_device")
    if cue.label_ != papers or cue.kb_id_ != "objects":
        return False
    joiners = set(data.get("carried_joiners", []))
    gap = int(data.get("carried_gap", 5))
    doc = cue.doc
    for c in cues:
        if c.label_ != device or c.kb_id_ != "objects":
            continue
        lo, hi = (cue.end, c.start) if cue.end <= c.start else (c.end, cue.start)
        if not 0 < hi - lo <= gap:
            continue
        between = doc[lo:hi]
        if any(t.lower_ in _CLAUSE_MARKS and t.lower_ != "," for t in between):
            continue
        if any(t.lower_ in joiners for t in between):
            return True
    return False


def _wrong_field(sent: Sent, data: dict) -> int | None:
    """'The email addresses were put in the wrong field', 'pasted into the wrong box': the
    token of "wrong" right before a field word (`wrong_field_words`), or before one naming
    the part of an email and then a field word ("the wrong address field"), in a sentence
    naming an email (`wrong_field_emails`) and several recipients (`wrong_field_many`); or
    right before a `wrong_field_of_email` word owned by an email ("the wrong part of the
    message", "the wrong line of the newsletter") -- every recipient saw the others (a bcc failure),
    no message went to a wrong person. A postal address alone ("typed her address into the
    wrong box"), "the wrong section" of a force, or "the wrong PO box" is no bulk email."""
    before = set(data.get("wrong_field_words_before", []))
    fields = set(data.get("wrong_field_words", []))
    parts = set(data.get("wrong_field_parts", []))
    emails = set(data.get("wrong_field_emails", []))
    many = set(data.get("wrong_field_many", []))
    owned = set(data.get("wrong_field_of_email", []))
    span = sent.span
    lowered = [t.lower_ for t in span]
    bulk = bool(emails.intersection(lowered)) and bool(many.intersection(lowered))
    doc = span.doc
    for t in span:
        if t.lower_ not in before:
            continue
        k = t.i + 1
        if k + 1 < span.end and doc[k].lower_ in owned and doc[k + 1].lower_ == "of":
            m = k + 2  # "the wrong box of a message", "the wrong line of the newsletter"
            if m < span.end and doc[m].lower_ in ("a", "an", "the", "its", "their", "that"):
                m += 1
            if m < span.end and doc[m].lower_ in emails:
                return t.i
        if not bulk:
            continue
        if k < span.end and doc[k].lower_ in parts:
            k += 1  # "the wrong address field", "the wrong email box"
        if k < span.end and doc[k].lower_ in fields:
            return t.i
    return None


def _list_sent(sent: Sent, cue: Span, data: dict) -> bool:
    """'Email addresses of 200 residents inadvertently sent', 'the email addresses of parents
    were shared in error': what went out by mistake is a list of addresses (`sent_lists`,
    word forms, inside the cue or at most `sent_list_reach` words before it) -- every
    recipient saw the others, a failure to use bcc, not a message to a wrong person. Unless
    the misdirection names one recipient ("a file of email addresses was sent to the wrong
    person", "emailed the list to a reporter": `_one_recipient`): a file went to a wrong
    person."""
    lists = [tuple(x.split()) for x in data.get("sent_lists", [])]
    reach = int(data.get("sent_list_reach", 12))
    doc = cue.doc
    lo = max(sent.span.start, cue.start - reach)
    words = [t.lower_ for t in doc[lo : cue.end]]
    return any(
        tuple(words[i : i + len(x)]) == x for x in lists for i in range(len(words) - len(x) + 1)
    ) and not _one_recipient(sent, cue, data)


def _one_recipient(sent: Sent, cue: Span, data: dict) -> bool:
    """The misdirection names one recipient: inside the cue or at most `one_recipient_reach`
    words after it, "to" and a `one_recipient_openers` word ("to the wrong person", "to a
    journalist"), whose noun -- the last word before a `one_recipient_stops` word, at most
    three words on -- is singular (its lemma its own form) and no `one_recipient_groups` word
    ("to the wrong people", "to a group of residents")."""
    reach = int(data.get("one_recipient_reach", 8))
    openers = set(data.get("one_recipient_openers", []))
    stops = set(data.get("one_recipient_stops", []))
    groups = set(data.get("one_recipient_groups", []))
    doc = cue.doc
    end = sent.span.end
    for t in doc[cue.start : min(end, cue.end + reach)]:
        if t.lower_ != "to" or t.i + 1 >= end or doc[t.i + 1].lower_ not in openers:
            continue
        head = None
        for u in doc[t.i + 2 : min(end, t.i + 5)]:
            if u.lower_ in stops or not u.is_alpha:
                break
            head = u
        if head is not None and head.lemma_.lower() == head.lower_ and head.lower_ not in groups:
            return True
    return False


def _shown_to_each_other(sent: Sent, data: dict) -> int | None:
    """'Named the victims to each other', 'revealed their details to one another', 'shared the
    email addresses with other victims': in a sentence naming email, a reciprocal with a
    showing word before it in its clause -- every recipient saw the others, a bcc failure.
    The showing word's index, or None. Not in a piece of a sentence (index -1: a tally's
    figure typed by the cues in its own stretch), where a reciprocal elsewhere in the
    sentence is another figure's."""
    channels = set(data.get("reciprocal_channels", []))
    doc = sent.span.doc
    mails = [c for c in sent.types if c.label_ == "_email_media"]
    if sent.idx < 0 or all(c.start > 0 and doc[c.start - 1].lower_ in channels for c in mails):
        return None  # no email, or only "by email": the sharers' channel, not a bulk email
    followers = set(data.get("reciprocal_followers", []))
    pairs = [tuple(x) for x in data.get("reciprocals", [])]
    groups = set(data.get("reciprocal_groups", []))
    showing = set(data.get("reciprocal_showing", []))
    reach = int(data.get("reciprocal_reach", 14))
    for t in sent.span[:-1]:
        nxt = doc[t.i + 1]
        pronoun = (t.lower_, nxt.lower_) in pairs
        told = pronoun or (
            t.lower_ in ("with", "to")
            and nxt.lower_ == "other"
            and t.i + 2 < sent.span.end
            and doc[t.i + 2].lower_ in groups
        )
        if not told:
            continue
        after = doc[t.i + 2] if t.i + 2 < len(doc) else None
        if pronoun and after is not None and after.is_alpha and after.lower_ not in followers:
            continue  # "each other member of the team": every other one, no reciprocal
        lo, _ = clause_bounds(sent, t.i)
        for u in doc[max(lo, t.i - reach) : t.i]:
            if u.lemma_.lower() in showing or u.lower_ in showing:
                return u.i
    return None


def _blind_sending(sent: Sent, cue: Span, data: dict) -> bool:
    """'The email was sent in error': a misdirection with no word of a wrong recipient
    (`wrong_recipient_words`) and no one recipient named -- a sending told only as a mistake."""
    words = set(data.get("wrong_recipient_words", []))
    if any(t.lower_ in words or t.lemma_.lower() in words for t in cue):
        return False
    return not _one_recipient(sent, cue, data)


def _data_inaccurate(sent: Sent, cue: Span, data: dict) -> bool:
    """'An inaccurate DBS certificate', 'the information on him was inaccurate': a weak
    "inaccurate" is a wrong record's strong cue unless told of a figure or a claim
    (`inaccuracy_claims` just after it or a few words before it, or a claim clause before it
    in its sentence: "reports that ... were inaccurate") -- not "inaccurate figures" given to
    a regulator."""
    if cue.label_ != "inaccurate_data" or cue.kb_id_ != "weak" or cue[0].lower_ != "inaccurate":
        return False
    claims = set(data.get("inaccuracy_claims", []))
    after = int(data.get("accuracy_after", 2))
    before = int(data.get("accuracy_before", 3))
    doc = cue.doc
    lo, hi = sent.span.start, sent.span.end
    near = [*doc[max(lo, cue.start - before) : cue.start], *doc[cue.end : min(hi, cue.end + after)]]
    if any(t.lower_ in claims or t.lemma_.lower() in claims for t in near):
        return False  # "inaccurate figures", "the account was inaccurate"
    for t in doc[lo : cue.start - 1]:
        if (t.lower_ in claims or t.lemma_.lower() in claims) and doc[t.i + 1].lower_ in (
            "that",
            "of",
        ):
            return False  # "reports that the data was stolen were inaccurate"
    return True


def _unshown(cue: Span, data: dict) -> bool:
    """'Could see each other's replies': a bcc cue followed by a message word
    (`unshown_objects`), told of the replies seen, not of the recipients' details."""
    words = set(data.get("unshown_objects", []))
    doc = cue.doc
    return any(t.lower_ in words for t in doc[cue.end : min(len(doc), cue.end + 2)])


def _medium_blunder(cue: Span, data: dict) -> bool:
    """'Email error', 'email mistake': a blunder named by its medium (`medium_blunders`), as
    often a bulk email showing every address as one sent to the wrong person."""
    return cue.text.lower() in set(data.get("medium_blunders", []))


def _losses_told_apart(sents: list[Sent]) -> dict[int, list[Span]]:
    """'The recordings were lost in 2021. Three boxes of DVDs and two hard drives ...': a
    loss told in one sentence with no object of its own, and the things in the sentence
    right before or after it with no loss of their own -- the loss is theirs (sentence
    index -> the loss cues that count for it)."""
    by_idx = {s.idx: s for s in sents}
    out: dict[int, list[Span]] = {}
    for sent in sents:
        no_things = _type_data([sent])["cues"]
        losses = [
            c
            for c in sent.types
            if c.label_ == "_loss" and sent.asserted(c) and not _lost_no_thing(c, no_things)
        ]
        if not losses or any(c.kb_id_ == "objects" for c in sent.types):
            continue
        for near in (by_idx.get(sent.idx - 1), by_idx.get(sent.idx + 1)):
            if near is None or any(c.label_ == "_loss" for c in near.types):
                continue
            if any(c.label_ in _DISPOSED and c.kb_id_ == "strong" for c in near.types):
                continue  # "... tapes left in a building it sold. Details of 157,000 were
                # stolen from a company's website": the tapes' own fate is told
            if any(c.kb_id_ == "objects" for c in near.types):
                out.setdefault(near.idx, losses)
    return out


_CLAUSE_MARKS = {",", ";", ":", "(", ")", ".", "!", "?"}
_DISPOSED = frozenset({"insecure_disposal"})


def _recipients_story(sent: Sent, cue: Span, data: dict) -> bool:
    """'A letter was sent to the man who had reported the burglary', 'sent a letter to the
    woman whose car had been stolen': a loss cue in a clause opened by a relative word
    (`recipient_relatives`) after "to" and the recipient's words tells who the recipient is,
    not that the thing sent was lost."""
    doc = cue.doc
    relatives = set(data.get("recipient_relatives", []))
    dets = set(data.get("link_determiners", []))
    most = int(data.get("recipient_words", 3))
    reach = int(data.get("recipient_clause_reach", 10))
    for r in range(cue.start - 1, max(sent.span.start, cue.start - reach) - 1, -1):
        if doc[r].lower_ in _CLAUSE_MARKS:
            return False
        if doc[r].lower_ not in relatives:
            continue
        # the recipient: "to", a determiner, at most `most` more words, then the relative
        for k in range(r - 2, max(sent.span.start, r - 2 - most) - 1, -1):
            if doc[k].lower_ == "to" and doc[k + 1].lower_ in dets:
                return all(t.is_alpha or t.lower_ in {"'s", "’s", "-"} for t in doc[k + 1 : r])
        return False
    return False


def _sent_by_force(sent: Sent, cue: Span, data: dict) -> bool:
    """'Kent Police emailed the list to a journalist', 'the force sent her file to her
    neighbour': a disclosure sent (`organisation_send_verbs`) by the force itself is a
    message to the wrong person -- a body does not leak by post on purpose -- not an
    officer's leak ('a constable emailed the photos to his friends')."""
    if cue.label_ != "inappropriate_disclosure" or cue.kb_id_ != "strong":
        return False
    if cue[0].norm_ not in set(data.get("organisation_send_verbs", [])):
        return False
    doc = cue.doc
    between = set(data.get("outsider_between", []))
    j = cue.start - 1
    while j >= sent.span.start and doc[j].lower_ in between:
        j -= 1
    if j < sent.span.start:
        return False
    # "a PCSO from Kent Police emailed ...": the force names where the doer works
    workplace = set(data.get("doer_of_force", []))
    if any(f.end == j + 1 and not (f.start > 0 and doc[f.start - 1].lower_ in workplace)
           for f in sent.forces):  # fmt: skip
        return True
    words = set(data.get("organisation_words", []))
    return doc[j].lower_ in words and j > 0 and doc[j - 1].lower_ in {"the", "its"}


def _sent_unattributed(sent: Sent, cue: Span, data: dict) -> bool:
    """'Her address was emailed to the neighbour', 'the statement was then forwarded to the
    man she had accused': a disclosure sent (`organisation_send_verbs`) in the passive with no
    individual named after "by" in its clause is a message that went to the wrong person --
    a leak is told with its leaker -- unless it went where leaks go (`leak_recipients`:
    'photos were sent to his friends', 'details were emailed to a journalist')."""
    if cue.label_ != "inappropriate_disclosure" or cue.kb_id_ != "strong":
        return False
    if cue[0].norm_ not in set(data.get("organisation_send_verbs", [])):
        return False
    recipients = set(data.get("leak_recipients", []))
    if cue[-1].norm_ in recipients or cue[-1].lower_ in recipients:
        return False
    if not _passive(sent, cue.start, data):
        return False
    lo, hi = clause_bounds(sent, cue.start)
    doc = cue.doc
    # the recipient told right after the cue: "was forwarded to members of a group chat"
    reach = min(hi, cue.end + int(data.get("leak_recipient_reach", 6)))
    for t in doc[cue.end : reach]:
        if t.lower_ == "by":
            break
        if t.norm_ in recipients or t.lower_ in recipients:
            return False
    people = set(data.get("individuals", []))
    for k in range(cue.start + 1, hi):
        if doc[k].lower_ == "by" and any(
            t.lemma_.lower() in people or t.lower_ in people for t in doc[k + 1 : min(hi, k + 6)]
        ):
            return False  # "was sent to a neighbour by a PCSO", "by a Kent Police officer"
    return True


def _passive(sent: Sent, verb: int, data: dict) -> bool:
    """A passive auxiliary (`passive_auxiliaries`) right before the verb, adverbs between at
    most (`passive_adverbs` or "-ly": 'was accidentally emailed', 'were later sent')."""
    doc = sent.span.doc
    auxiliaries = set(data.get("passive_auxiliaries", []))
    adverbs = set(data.get("passive_adverbs", []))
    j = verb - 1
    while j >= sent.span.start and (doc[j].lower_ in adverbs or doc[j].lower_.endswith("ly")):
        j -= 1
    return j >= sent.span.start and doc[j].lower_ in auxiliaries


def _looked_up_and_passed(sent: Sent, cues: list[Span], data: dict) -> bool:
    """'Looked up her new address and told her ex-partner where she lived', 'checked the
    database and passed the details to a friend': an insider's look-up (an
    `unauthorised_access` cue no outsider did) told with the data then passed on (a telling
    pair of `looked_up_tellings`, or a strong `inappropriate_disclosure` cue) is a
    disclosure, the look-up its means -- unless a call or a conversation is named (a
    `spoken_media` phrase or another verbal cue): what was said in one stays verbal."""
    if not any(c.label_ == "unauthorised_access" and not _by_outsider(sent, c, data) for c in cues):
        return False
    tellings = set(data.get("looked_up_tellings", []))
    things = set(data.get("looked_up_told", []))
    told = False
    for c in cues:
        if c.label_ == "_spoken_media":
            return False
        if c.label_ == "verbal_disclosure":
            if c.kb_id_ != "strong" or c[0].norm_ not in tellings:
                return False  # "during a conversation", "let slip"
            # what was looked up, told: "where she lived", "her new address" (anywhere in
            # the telling: "told him where she was living" runs on to the dwelling verb)
            told = told or any(t.norm_ in things or t.lower_ in things for t in c[1:])
    return told


def _shows_data(sent: Sent) -> bool:
    """'Posted a photo showing suspects' names on Twitter': someone's data named in the
    sentence and no plea for it ('posted an appeal for information on Facebook' asks for
    data, puts none out)."""
    return bool(sent.cues.get("relevance.personal")) and not sent.cues.get(
        "relevance.no_data_objects"
    )


def _platform(cue: Span, data: dict) -> bool:
    """A publication cue naming a platform people post on (`personal_platforms`)."""
    if cue.label_ != "published_in_error":
        return False
    return " ".join(t.norm_ for t in cue) in set(data.get("personal_platforms", []))


def _force_posted(sent: Sent, cues: list[Span], data: dict) -> bool:
    """'Merseyside Police posted a photo on Twitter which showed names on a whiteboard': a
    platform cue (`personal_platforms`) in a sentence whose posting verb (`posting_verbs`)
    has the force itself as its doer -- its name, or one of `organisation_words` after "the"
    or "its", right before the verb (`outsider_between` words allowed), or the force right
    after the verb's "by", or the platform the force's own -- is the force publishing, so
    what the post showed was published in error, not one person's leak; the platform cue
    itself is one when the sentence names someone's data (`_shows_data`)."""
    platforms = [c for c in cues if _platform(c, data)]
    if not platforms:
        return False
    if any(_force_owns(sent, c, data) for c in platforms):
        return True
    doc = sent.span.doc
    verbs = set(data.get("posting_verbs", []))
    between = set(data.get("outsider_between", []))
    words = set(data.get("organisation_words", []))
    for verb in sent.span:
        if verb.lemma_.lower() not in verbs:
            continue
        if _posted_by_force(sent, verb.i):
            return True
        j = verb.i - 1
        while j >= sent.span.start and doc[j].lower_ in between:
            j -= 1
        if j < sent.span.start:
            continue
        if any(f.end == j + 1 for f in sent.forces):
            return True
        if doc[j].lower_ in words and j > 0 and doc[j - 1].lower_ in {"the", "its"}:
            return True
    return False


def _force_owns(sent: Sent, cue: Span, data: dict) -> bool:
    """'Posted on Kent Police's Facebook page', 'on the force's Twitter account': a platform
    cue right after the force's possessive (its name, or one of `organisation_words` after
    "the") is the force's own account."""
    doc = sent.span.doc
    k = cue.start - 1
    if k <= sent.span.start or doc[k].text not in {"'s", "’s", "'"}:
        return False
    if any(f.end == k for f in sent.forces):
        return True
    words = set(data.get("organisation_words", []))
    return doc[k - 1].lower_ in words and k > 1 and doc[k - 2].lower_ == "the"


def _posted_by_force(sent: Sent, verb: int) -> bool:
    """'A photo was posted by Kent Police on Facebook', 'posted by the Metropolitan Police':
    the force named right after the posting verb's "by" (one word, an article, between at
    most) is the doer of a passive post."""
    doc = sent.span.doc
    k = verb + 1
    if k >= sent.span.end or doc[k].lower_ != "by":
        return False
    return any(f.start in {k + 1, k + 2} for f in sent.forces)


def _plans_sending(cue: Span, data: dict) -> bool:
    """'Was meant to send letters to every victim', 'this meant that every address was seen':
    a misdirection pair opened by an intention word (`intentions`) right before an
    `intention_breaks` word is a plan or a consequence, not a message meant for one person
    and sent to another."""
    doc = cue.doc
    breaks = set(data.get("intention_breaks", ["to"]))
    return (
        cue[0].lower_ in set(data.get("intentions", []))
        and cue.start + 1 < len(doc)
        and doc[cue.start + 1].lower_ in breaks
    )


def _told_the_press(sent: Sent, cue: Span, data: dict) -> bool:
    """'Documents passed to this newspaper', 'a statement sent to the newspaper': a
    disclosure cue ending in (or right before) a press word that is the reporter's own paper
    (`own_paper` right before it) or that carries what a body tells the press
    (`announcements`, `press_replies` just before or inside it) is the news told, not a leak
    ('sent the names of informants to a newspaper' stays one)."""
    if cue.label_ != "inappropriate_disclosure":
        return False
    press = set(data.get("press", [])) | {"medium"}
    doc = cue.doc
    lo, hi = clause_bounds(sent, cue.start)
    ends = [k for k in range(max(lo, cue.end - 1), min(hi, cue.end + 3)) if doc[k].norm_ in press]
    if not ends:
        return False
    own = set(data.get("own_paper", []))
    if any(doc[k - 1].lower_ in own for k in ends if k > lo):
        return True
    told = set(data.get("announcements", [])) | set(data.get("press_replies", []))
    return any(t.norm_ in told for t in doc[max(lo, cue.start - 3) : ends[0]])


def _own_post(sent: Sent, cue: Span, data: dict) -> bool:
    """'A PCSO posted a victim's address on Facebook', 'the photo was shared on Snapchat by a
    constable': a publication cue naming a platform people post on themselves
    (`personal_platforms`) whose posting verb has an individual as its doer (`individuals`)
    is that person's disclosure, not a body publishing in error -- unless the clause calls
    it a mistake (`mistakes`)."""
    if cue.label_ != "published_in_error":
        return False
    if " ".join(t.norm_ for t in cue) not in set(data.get("personal_platforms", [])):
        return False
    doc = cue.doc
    lo, hi = clause_bounds(sent, cue.start)
    clause = doc[lo:hi]
    verbs = set(data.get("posting_verbs", []))
    people = set(data.get("individuals", []))
    for verb in clause:
        if verb.lemma_.lower() not in verbs:
            continue
        # the doer: in the words before the verb ("a PCSO with the force posted"), or after
        # "by" ("was shared on Snapchat by a constable")
        before = list(doc[max(lo, verb.i - _DOER_REACH) : verb.i])
        # a relative clause's doer is the noun right before its "who": "an officer who
        # shared footage on social media"
        for w in doc[max(0, lo - 1) : verb.i]:
            if w.lower_ == "who" and w.i > 0:
                before.append(doc[w.i - 1])
        after = doc[verb.i + 1 : hi]
        by = [t.i for t in after if t.lower_ == "by"]
        agents = [doc[k] for b in by for k in range(b + 1, min(hi, b + 4))]
        if any(t.lemma_.lower() in people for t in [*before, *agents]):
            return True
    return False


def _posted_by_mistake(sent: Sent, cue: Span, data: dict) -> bool:
    """'Posted the picture on its Facebook page in error': a platform cue (`personal_platforms`)
    in a clause with a posting verb and a word of mistake (`mistakes`) is a publication in
    error, told as plainly as "published in error"."""
    if cue.label_ != "published_in_error":
        return False
    if " ".join(t.norm_ for t in cue) not in set(data.get("personal_platforms", [])):
        return False
    lo, hi = clause_bounds(sent, cue.start)
    clause = cue.doc[lo:hi]
    verbs = set(data.get("posting_verbs", []))
    mistakes = set(data.get("mistakes", []))
    return any(t.norm_ in verbs for t in clause) and any(t.lower_ in mistakes for t in clause)


def _individual_doer(doc, lo: int, start: int, end: int, hi: int, data: dict) -> bool:
    """A person (`individuals`) doing it: one before the cue from `lo` ("an officer accidentally
    revealed") not named as what went out ("the names of 300 officers"), or one right after a
    "by" between `end` and `hi` ("was leaked by a detective")."""
    doers = set(data.get("individuals", []))

    def person(t) -> bool:  # type: ignore[no-untyped-def]
        return t.lower_ in doers or t.lemma_.lower() in doers

    return any(
        person(t) and not any(doc[j].lower_ == "of" for j in range(max(lo, t.i - 2), t.i))
        for t in doc[lo:start]
    ) or any(
        doc[k].lower_ == "by" and any(person(t) for t in doc[k + 1 : min(hi, k + 4)])
        for k in range(end, hi)
    )


def _recipient_after(doc, start: int, hi: int, people: set, data: dict) -> bool:
    """A person it went to in the words after a "to" or "with" from `start` to `hi`, before any
    "of" ("to a member of the public", not "with details of 40 victims"); not a "to" of
    `slip_to_not_after` ("relating to 1,500 victims")."""
    skip = set(data.get("slip_to_not_after", []))
    for k in range(start, hi):
        if doc[k].lower_ not in {"to", "with"} or (k > 0 and doc[k - 1].lower_ in skip):
            continue
        for t in doc[k + 1 : min(hi, k + 5)]:
            if t.lower_ == "of":
                break
            if t.lower_ in people or t.lemma_.lower() in people:
                return True
    return False


def _let_out_by_mistake(sent: Sent, cue: Span, data: dict) -> bool:
    """'Mistakenly released a spreadsheet of staff names', 'an inadvertent disclosure of
    officers' details': a disclosure cue marked as a mistake (`slip_marks`) with no person it
    went to after "to" or "with" in its clause (`slip_recipients`, `leak_recipients`) and no
    person doing it (`individuals`) is a body letting data out to anyone -- a publication in
    error, not an insider's leak nor an officer's slip."""
    if cue.label_ != "inappropriate_disclosure":
        return False
    doc = cue.doc
    lo, hi = clause_bounds(sent, cue.start)
    reach = int(data.get("slip_reach", 3))
    near = doc[max(lo, cue.start - reach) : min(hi, cue.end + reach)]
    marks = set(data.get("slip_marks", []))
    if not any(t.lower_ in marks for t in near):
        return False
    if _individual_doer(doc, lo, cue.start, cue.end, hi, data):
        return False  # "an officer accidentally revealed the identity of an informant"
    people = set(data.get("slip_recipients", [])) | set(data.get("leak_recipients", []))
    return not _recipient_after(doc, cue.start, hi, people, data)


def _leak_named(sent: Sent, cue: Span, data: dict) -> bool:
    """'The leaked data', 'a leaked document', 'since the data leak': a weak disclosure cue that
    is the word "leak" naming the data or the breach (`leak_names` after a word or lemma of
    `leak_name_before`) with no person (`individuals`) doing it in the sentence -- any breach is
    called a leak, so the word only tips a balance, not "an officer sacked over the leak"
    ("leak to" is a cue of its own)."""
    if cue.label_ != "inappropriate_disclosure" or cue.kb_id_ != "weak" or len(cue) != 1:
        return False
    if cue[0].lower_ not in set(data.get("leak_names", [])) or cue.start == 0:
        return False
    before = cue.doc[cue.start - 1]
    words = set(data.get("leak_name_before", []))
    if before.lower_ not in words and before.lemma_.lower() not in words:
        return False
    _, hi = clause_bounds(sent, cue.start)
    # "an officer was sacked over the leak": the insider's leak
    return not _individual_doer(cue.doc, sent.span.start, cue.start, cue.end, hi, data)


_DOER_REACH = 8


def _denied(sent: Sent, cue: Span, data: dict) -> bool:
    """Denied as `Sent.denied` has it -- unless a verb of stopping or noticing stands
    between the negation and the cue: 'did not prevent the leak', 'failed to notice the
    loss' leave the leak and the loss standing ('no data was lost' still denies)."""
    if not sent.denied(cue):
        return _claim_denied(sent, cue, data)
    doc = cue.doc
    unprevented = set(data.get("unprevented", []))
    lo = clause_bounds(sent, cue.start)[0]
    for j in range(cue.start - 1, max(lo, cue.start - 4) - 1, -1):
        tok = doc[j]
        if tok.lemma_.lower() in unprevented and any(
            doc[k].lower_ in _NEGATIONS for k in range(max(lo, j - 3), j)
        ):
            return False  # the negation is the stopping verb's, not the cue's
    return True


def _claim_denied(sent: Sent, cue: Span, data: dict) -> bool:
    """'There is no evidence that records were accessed by hackers', 'none of its officers
    had shared the photos': a negated scope opened by a denied claim (`denied_claims`)
    denies every cue in it, however far on -- except past a noun, a clause of its own after
    a `denied_claim_breaks` word ('none of the victims were told that files had leaked')."""
    doc = cue.doc
    claims = [c.split() for c in data.get("denied_claims", [])]
    breaks = set(data.get("denied_claim_breaks", []))
    for s in sent.scopes:
        if s.label_ != "negated" or not (s.start <= cue.start < s.end):
            continue
        for words in claims:
            n = len(words)
            for at in range(s.start - n, s.start):  # the claim before or opening the scope
                if at < 0 or [t.lower_ for t in doc[at : at + n]] != words:
                    continue
                inside = doc[at + n : cue.start]
                # "no evidence that ...": its own "that" opens what is denied
                skip = 1 if len(inside) and inside[0].lower_ in breaks and words[0] != "none" else 0
                if not any(t.lower_ in breaks for t in inside[skip:]):
                    return True
    return False


_NEGATIONS = {"not", "n't", "never", "failed", "fail", "fails", "failing"}


def _something_told(sent: Sent, cues: list[Span], data: dict) -> bool:
    """'Revealed her address in a phone call', 'told the caller over the phone': a telephone
    (`spoken_media`) is a verbal disclosure only in a sentence that tells of something told or
    given away -- a disclosure cue or one of `telling_verbs` -- not 'was taking a phone call
    when he crashed'."""
    if any(c.label_ in {"inappropriate_disclosure", "verbal_disclosure"} for c in cues):
        return True
    verbs = set(data.get("telling_verbs", []))
    doc = sent.span.doc
    # "without telling them", "never informed callers": a telling not done tells nothing
    not_done = set(data.get("telling_not_done", []))
    return any(
        t.norm_ in verbs and not (t.i > 0 and doc[t.i - 1].lower_ in not_done) for t in sent.span
    )


_WRITTEN_MEDIA = frozenset({"_post_media", "_email_media"})


def _spoken_disclosure(sent: Sent, cues: list[Span], data: dict) -> bool:
    """A sentence telling a disclosure as words spoken: a verbal-disclosure cue holding a
    word of speech (`spoken_words`: "in a conversation", "let slip", "verbally"), or a
    telephone (`spoken_media`) with something told, stated as fact and not a remedy ("staff
    will be reminded not to discuss cases over the phone"). Its disclosure cues are that
    spoken telling -- not "told him where she lived", which may have gone by any means."""
    spoken = set(data.get("spoken_words", []))
    for c in cues:
        if _remedial(sent, c, data) or not sent.asserted(c):
            continue
        if c.label_ == "verbal_disclosure" and any(
            t.lower_ in spoken or t.lemma_.lower() in spoken for t in c
        ):
            return True
        if (
            c.label_ == "_spoken_media"
            and not _inside_strong(c, cues)
            and _something_told(sent, cues, data)
        ):
            return True
    return False


def _thing_sent(sent: Sent, cue: Span, cues: list[Span]) -> bool:
    """'Mistakenly emailed a spreadsheet to a company': a weak publication cue in a clause
    whose act is a strong emailing or posting cue is the thing sent, not a publication."""
    if cue.label_ != "published_in_error" or cue.kb_id_ != "weak":
        return False
    lo, hi = clause_bounds(sent, cue.start)
    return any(
        c.label_ in _RECIPIENT_CODES and c.kb_id_ == "strong" and lo <= c.start < hi for c in cues
    )


def _inside_strong(cue: Span, cues: list[Span]) -> bool:
    """A medium word inside a strong cue of a type other than a disclosure ('recorded phone
    calls without ...') is that cue's object, not the way something was told ('shared the
    address in a call with the suspect' is told in it)."""
    return any(
        c.kb_id_ == "strong" and not c.label_.startswith("_") and c.label_ not in _ROUTES
        and c.start <= cue.start
        and cue.end <= c.end
        for c in cues
    )  # fmt: skip


def _furniture(sent: Sent, data: dict) -> bool:
    """'Share this article', 'Follow us on Facebook': a line of the page around the story (an
    imperative of `furniture_verbs` first, no full stop at its end), not the story."""
    span = sent.span
    words = [t for t in span if not t.is_space]
    if sent.idx == 0 or not words or len(words) > 12:
        return False
    first = words[0]
    return (
        first.text[:1].isupper()
        and first.lower_ in set(data.get("furniture_verbs", []))
        and words[-1].text not in {".", "!", "?", '"', "”"}
    )


_LABEL_BEFORE = {"|", "-", "–", "—", "•", "·", "First", "Last", "first", "last"}


def _dateline(sent: Sent, cue: Span) -> bool:
    """'Published 19 November 2025', '| Updated: 3 May 2024': a weak publication word opening
    its line (or after a separator) right before a date (a colon between at most) dates the
    page, it publishes no one's data ('the names were published last year', 'found on a
    website last year' are told in a sentence; 'published on 3 May' has its "on")."""
    if cue.kb_id_ != "weak" or cue.label_ != "published_in_error" or len(cue) != 1:
        return False
    doc = cue.doc
    # the line's label: first on its line, or after a separator or "First"/"Last"
    before = doc[cue.start - 1] if cue.start > sent.span.start else None
    if before is not None and not (
        before.is_space or "\n" in before.whitespace_ or before.text in _LABEL_BEFORE
    ):
        return False
    k = cue.end + 1 if cue.end < len(doc) and doc[cue.end].text == ":" else cue.end
    return any(d.start == k for d in sent.dates)


def _by_outsider(sent: Sent, cue: Span, data: dict) -> bool:
    """'Hackers accessed the records', 'cyber criminals gained access to its network', 'the
    database was accessed by criminals': an access cue (`outsider_codes`) whose doer breaks in
    from outside (`outsiders`: right before it in its clause, or after "by" right after it)
    tells an attack, not an insider's misuse: only auxiliaries and verbs of getting in
    (`outsider_between`) between ('looked up criminals on the police national computer' names
    whom the officer looked up)."""
    if cue.label_ not in set(data.get("outsider_codes", [])):
        return False
    outsiders = set(data.get("outsiders", []))
    reach = int(data.get("outsider_reach", 4))
    doc = cue.doc
    by = len(cue) > 2 and any(t.lower_ == "by" for t in cue[1:-1])
    if by and cue[-1].lower_ in outsiders:
        # "the records were accessed by (unknown) criminals": the doer ends the cue
        return True
    lo, hi = clause_bounds(sent, cue.start)
    between = set(data.get("outsider_between", []))
    for j in range(cue.start - 1, max(lo, cue.start - reach) - 1, -1):
        if doc[j].lower_ in outsiders:
            return True
        if doc[j].lower_ not in between:
            break
    after = doc[cue.end : min(hi, cue.end + reach)]
    return any(
        t.lower_ == "by" and any(u.lower_ in outsiders for u in after[k + 1 : k + 4])
        for k, t in enumerate(after)
    )


def _attack_told(sent: Sent, data: dict) -> bool:
    """The sentence tells a cyber attack in its own words (an asserted strong cue of
    `outsider_code`: "after a ransomware attack on the firm", "the supplier was hacked")."""
    code = data.get("outsider_code")
    return any(c.label_ == code and c.kb_id_ == "strong" and sent.asserted(c) for c in sent.types)


def _access_by_nobody_inside(sent: Sent, cue: Span, data: dict) -> bool:
    """'There had been unauthorised access to the supplier's IT system after a cyber attack':
    an access cue (`outsider_codes`) in a sentence that tells the attack (`_attack_told`) and
    names no police worker (`individuals`) is the attack's own access, not an insider's
    look-up ('an officer accessed the records after a cyber attack' names one)."""
    if cue.label_ not in set(data.get("outsider_codes", [])):
        return False
    insiders = set(data.get("individuals", []))
    return not any(t.lower_ in insiders or t.lemma_.lower() in insiders for t in sent.span)


def _inside_loss(cue: Span, losses: list[Span], data: dict) -> bool:
    """'A memory stick was left behind in a pub': a cue of a `loss_part_codes` type whose words
    lie inside a loss cue that names where the thing went ("left behind in a pub") is part of
    that loss, not a disposal of its own."""
    if cue.label_ not in set(data.get("loss_part_codes", [])):
        return False
    return any(lo.start <= cue.start and cue.end <= lo.end and len(lo) > len(cue) for lo in losses)


def _data_sold(cue: Span, data: dict) -> bool:
    """'Sold data from the police computer to criminals', 'selling details held on the force's
    database': what was sold is the data (a `sold_data_things` word, lemmas, between the sale
    verb and the end of an `insecure_disposal` cue), the device or system only where it came
    from -- a disclosure to a buyer, no hardware got rid of ('sold old laptops at auction',
    'computers sold with the files still on them' stay disposals)."""
    if cue.label_ != "insecure_disposal":
        return False
    verbs = set(data.get("sale_verbs", []))
    things = set(data.get("sold_data_things", []))
    sale = next((t.i for t in cue if t.norm_ in verbs or t.lower_ in verbs), None)
    if sale is None:
        return False
    return any(t.norm_ in things or t.lower_ in things for t in cue.doc[sale + 1 : cue.end])


def _spread_by_outsider(sent: Sent, cues: list[Span], data: dict) -> bool:
    """'A gang stole the files and dumped them online', 'the files were leaked by thieves': a
    sentence whose doer is an outsider (`_outsider_doer`), or that tells data stolen (no device
    or paper in it), makes its publication, leak or dump cues the attackers' doing; a mistake
    told ('in error') keeps them the force's."""
    spread = [c for c in cues if c.label_ in set(data.get("spread_codes", []))]
    if not spread or any(t.lower_ in set(data.get("mistakes", [])) for t in sent.span):
        return False
    if _outsider_doer(sent, min(c.start for c in spread), data):
        return True
    thefts = set(data.get("theft_lemmas", []))
    things = any(c.kb_id_ == "objects" and not c.label_.startswith("_") for c in sent.types)
    return not things and any(
        c.label_ == "_loss" and c[0].lemma_.lower() in thefts for c in sent.types
    )


def _outsider_doer(sent: Sent, first: int, data: dict) -> bool:
    """An outsider (`outsiders`) that does the spreading: before the first spreading cue, or
    right after "by" ('dumped online by the gang'), and not a topic or recipient (after one of
    `outsider_topics`: 'details of a drugs gang', 'passed addresses to a gang')."""
    outsiders = set(data.get("outsiders", []))
    topics = set(data.get("outsider_topics", []))
    doc = sent.span.doc
    for t in sent.span:
        if t.lower_ not in outsiders:
            continue
        near = [doc[j].lower_ for j in range(max(sent.span.start, t.i - 3), t.i)]
        if any(w in topics for w in near):
            continue
        if t.i < first or "by" in near:
            return True
    return False


def words_in_reach(sent: Sent, cue: Span) -> Iterator[Token]:
    """The words before a cue that may tell how it is meant (a `future` word, an `enabling`
    verb): back through its clause, at most `capability_reach` of them, up to a finite verb
    or reporting word (breach_types.toml), nearest first."""
    data = _type_data([sent])["cues"]
    stops = set(data.get("finite", [])) | set(data.get("capability_breaks", []))
    doc = cue.doc
    lo, _ = clause_bounds(sent, cue.start)
    first = max(lo, cue.start - int(data.get("capability_reach", 6)))
    for j in range(cue.start - 1, first - 1, -1):
        tok = doc[j]
        if tok.lower_ in stops or tok.norm_ in stops:
            return
        yield tok


# What makes getting in only tried or foretold ("tried to break into", "could access").
ATTEMPT_WORDS = {
    "tried",
    "try",
    "trying",
    "attempted",
    "attempt",
    "attempting",
    "could",
    "would",
    "might",
    "may",
    "will",
    "can",
    "able",
    "failed",
}


TRYING_WORDS = {
    "trying",
    "try",
    "tries",
    "attempting",
    "attempt",
    "attempts",
    "seeking",
    "seek",
    "seeks",
}


def _attempted(sent: Sent, cue: Span) -> bool:
    """What someone is trying to do, not a deed ('spot emails from hackers trying to get into
    the force's network', 'criminals who seek to access police systems'): a present form of
    trying, then 'to', right before the cue."""
    doc = sent.span.doc
    j = cue.start
    return (
        j - 2 >= sent.span.start and doc[j - 1].lower_ == "to" and doc[j - 2].lower_ in TRYING_WORDS
    )


_GENERIC_PEOPLE = {
    "staff",
    "officers",
    "employees",
    "workers",
    "anyone",
    "those",
    "people",
    "users",
    "members",
    "constables",
    "personnel",
}
_PRACTICE_VERBS = {
    "logged",
    "audited",
    "monitored",
    "recorded",
    "checked",
    "restricted",
    "controlled",
    "reviewed",
    "tracked",
    "limited",
    "encrypted",
    "approved",
}


def _generic_present(sent: Sent, cue: Span) -> bool:
    """A cue told as what people generally do or how things are done, not a deed: in a
    relative clause in the present on a plural of people ('staff who look at records
    without a policing purpose face disciplinary action', 'officers who share data face
    the sack'), or as the subject of a present passive of checking ('access to files is
    logged and audited')."""
    doc = sent.span.doc
    first = cue[0]
    j = cue.start
    if (
        j - 2 >= sent.span.start
        and doc[j - 1].lower_ in {"who", "that"}
        and doc[j - 2].lower_ in _GENERIC_PEOPLE
        and first.lower_ == first.lemma_.lower()
        and not first.lower_.endswith("ed")
    ):
        return True
    k = cue.end
    if k + 1 < sent.span.end and doc[k].lower_ in {"is", "are"}:
        return doc[k + 1].lower_ in _PRACTICE_VERBS
    # a cue further on in such a clause ("staff who look at records without a policing
    # purpose"), no punctuation back to it
    for i in range(cue.start - 1, sent.span.start, -1):
        t = doc[i]
        if t.is_punct:
            return False
        if t.lower_ in {"who", "that"} and i + 1 < cue.start:
            verb = doc[i + 1]
            return (
                doc[i - 1].lower_ in _GENERIC_PEOPLE
                and verb.lower_ == verb.lemma_.lower()
                and not verb.lower_.endswith("ed")
            )
    return False


_CAN_FILLERS = {"now", "also", "soon", "already", "still", "easily", "quickly", "instantly"}
_CAN_SUBJECT_REACH = 7  # "Officers in Dyfed-Powys Police can", "Staff across the force can"


def _staff_can(sent: Sent, cue: Span) -> bool:
    """What the police's own people are able to do, a practice, not a deed ('Officers in
    Surrey Police can now access the records system from their phones'): 'can' right before
    the cue (a filler such as 'now' or 'also' between), and a police staff word (cues.toml
    `staff`) shortly before it, no punctuation between."""
    doc = sent.span.doc
    j = cue.start - 1
    while j > sent.span.start and doc[j].lower_ in _CAN_FILLERS:
        j -= 1
    if j < sent.span.start or doc[j].lower_ != "can":
        return False
    lo = max(sent.span.start, j - _CAN_SUBJECT_REACH)
    marks = [t.i for t in doc[lo:j] if t.is_punct and t.text != "-"]  # not "Dyfed-Powys"
    if marks:
        lo = max(marks) + 1
    return any(lo <= c.start < j for c in sent.cues.get("relevance.staff", []))


def practice_or_attempt(sent: Sent, cue: Span) -> bool:
    """A cue told as something tried, a practice of the police's own people, or what people
    generally do -- no deed (`_attempted`, `_staff_can`, `_generic_present`)."""
    return _attempted(sent, cue) or _staff_can(sent, cue) or _generic_present(sent, cue)


def capability(sent: Sent, cue: Span) -> bool:
    """What a system, plan or agreement will let people do, not an act done ('a phone that
    will let officers check records', 'officers will share data under the deal', 'a database
    to help officers track offenders'): a `future` word before the cue in its clause, or an
    `enabling` verb after "to" or a `future` or `conditional` word, with no finite verb or
    reporting word between (breach_types.toml). A past enabling verb ('a flaw allowed anyone
    to view the files') tells what happened."""
    data = _type_data([sent])["cues"]
    future = set(data.get("future", []))
    conditional = set(data.get("conditional", []))
    enabling = set(data.get("enabling", []))
    doc = cue.doc
    lo, _ = clause_bounds(sent, cue.start)
    for tok in words_in_reach(sent, cue):
        j = tok.i
        if tok.lower_ in future:
            return True
        if tok.norm_ in enabling:
            before = doc[j - 1] if j > lo else None
            after = doc[j + 1].lower_ if j + 1 < len(doc) else ""
            if before is not None and (
                before.lower_ == "to"
                or before.lower_ in future
                or (before.lower_ in conditional and after != "have")
            ):
                return True
            if tok.lower_.endswith("ed"):
                return False  # "allowed hackers to access": it happened
    return False


def _redaction_failed(sent: Sent, cue: Span, data: dict) -> bool:
    """'Badly redacted documents', 'redacted files ... but the names could be seen': an adverb
    of a poor job right before "redacted", or a showing word after it in its sentence -- the
    redaction failed, whatever thing it names."""
    doc = cue.doc
    if cue.start > 0 and doc[cue.start - 1].lower_ in set(data.get("redaction_failures", [])):
        return True
    shown = set(data.get("redaction_shown", []))
    return any(t.lemma_.lower() in shown or t.lower_ in shown for t in doc[cue.end : sent.span.end])


def _redacted_on_purpose(sent: Sent, cue: Span, data: dict) -> bool:
    """'A name redacted for legal reasons', 'redacted to protect the victim', 'a redacted copy':
    the bare verb "redact" right before a `redaction_purposes` phrase or a `redacted_things`
    word is a redaction made as meant."""
    if cue.label_ != "failure_to_redact" or len(cue) != 1 or cue[0].norm_ != "redact":
        return False
    if not cue[0].lower_.startswith("redact"):
        return False  # "unredacted"
    doc = cue.doc
    thing = cue.end < len(doc) and doc[cue.end].lower_ in set(data.get("redacted_things", []))
    if thing and cue[0].lower_ == "redacted":
        # "a redacted version of the spreadsheet" (not "failed to redact files"), unless
        # "badly redacted files", "redacted files ... but the names could be seen"
        return not _redaction_failed(sent, cue, data)
    for phrase in data.get("redaction_purposes", []):
        words = phrase.split()
        after = [t.lower_ for t in doc[cue.end : cue.end + len(words)]]
        if after == words:
            return True
    return False


def _person_attacked(sent: Sent, cue: Span, data: dict) -> bool:
    """'An officer was attacked in the street', 'attacked a woman outside her home': a weak
    "attack" cue in a clause naming nothing a computer attack hits or uses (`cyber_targets`)
    is violence, not a cyber attack."""
    if cue.label_ != "cyber_attack" or cue.kb_id_ != "weak" or cue[0].norm_ != "attack":
        return False
    targets = set(data.get("cyber_targets", []))
    lo, hi = clause_bounds(sent, cue.start)
    return not any(t.norm_ in targets or t.lower_ in targets for t in cue.doc[lo:hi])


def _found_state(cue: Span, data: dict) -> bool:
    """'Files were found dumped in a street', 'discovered abandoned by a road': a disposal
    word (`found_state_cues`) right after a finding verb (`found_state_verbs`) tells how the
    thing was found, not that its keeper got rid of it."""
    doc = cue.doc
    if cue.start == 0 or cue[0].norm_ not in set(data.get("found_state_cues", [])):
        return False
    verbs = set(data.get("found_state_verbs", []))
    before = doc[cue.start - 1]
    return before.norm_ in verbs or before.lower_ in verbs  # "found" is its own lemma too


def _planned(sent: Sent, cue: Span, data: dict) -> bool:
    """'All access to the system will be logged', 'any misuse of police systems will be dealt
    with': a cue opening its clause (after `planned_openers` words only) whose clause goes on
    to a `future` word, no `finite` word between, says what is to happen to any such act."""
    openers = set(data.get("planned_openers", []))
    if not openers:
        return False
    doc = cue.doc
    lo, hi = clause_bounds(sent, cue.start)
    before = doc[lo : cue.start]
    # the cue opens its clause, or comes after opener words only ("all access ...")
    if not all(t.lower_ in openers for t in before if not t.is_punct):
        return False
    future = set(data.get("future", [])) | set(data.get("planned_modals", []))
    finite = set(data.get("finite", []))
    for tok in doc[cue.end : min(hi, cue.end + int(data.get("planned_reach", 3)) + 1)]:
        if tok.lower_ in future:
            return not _deed_before_perfect_modal(sent, lo, tok)
        if tok.lower_ in finite:
            return False
    return False


def _deed_before_perfect_modal(sent: Sent, lo: int, modal: Token) -> bool:
    """'An officer who passed the file to her partner in 2019 would have been dismissed': the
    clause is a relative one (opened by a word of context.toml's `relative_openers` or
    `relative_that`) and the modal is a perfect one ("would have", "should have"), so the
    modal belongs to the main clause and looks back on the subject's past deed; nothing is
    planned for any such act."""
    doc = sent.span.doc
    nxt = modal.i + 1
    if nxt >= sent.span.end or doc[nxt].lower_ not in {"have", "'ve"}:
        return False
    scope = load_toml("context.toml", data_dir_of(sent))["scope"]
    relative = {w.lower() for w in [*scope["relative_openers"], *scope["relative_that"]]}
    return lo > sent.span.start and doc[lo - 1].lower_ in relative


def arrangement_name(sent: Sent, cue: Span) -> bool:
    """'A data-sharing agreement', 'information sharing protocols': a weak "-ing" cue right
    after a hyphen or right before a word of `arrangements` names a kind of arrangement, not
    an act ('officers were sharing photos' still is one)."""
    if cue.kb_id_ != "weak" or len(cue) != 1 or not cue[0].lower_.endswith("ing"):
        return False
    doc = cue.doc
    arrangements = set(_type_data([sent])["cues"].get("arrangements", []))
    hyphen = cue.start > 0 and doc[cue.start - 1].text in {"-", "‐", "‑"}
    named = cue.end < len(doc) and doc[cue.end].norm_ in arrangements
    return hyphen or named


def _generic_aside(sent: Sent, cue: Span, data: dict) -> bool:
    """'Data breaches can also happen when letters go to the wrong address', 'forces have been
    warned about the dangers of losing laptops', 'the law defines a data breach as the loss or
    unauthorised disclosure of data': a cue told as what may happen in general -- after a
    `generic_modals` word in its sentence (not "can have") or a `generic_definitions` word
    (lemmas), or a few words after a `generic_risks` noun and "of" -- in a sentence that names
    no force, regulator or date is an aside on breaches at large, not this incident's kind."""
    if sent.idx == 0 or sent.forces or sent.regulators or sent.dates:
        return False
    doc = cue.doc
    modals = set(data.get("generic_modals", []))
    risks = set(data.get("generic_risks", []))
    defining = set(data.get("generic_definitions", []))
    for tok in doc[sent.span.start : cue.start]:
        nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        if tok.lower_ in modals and nxt not in {"have", "'ve"}:
            return True
        if tok.norm_ in defining or tok.lower_ in defining:
            return True
    lo = max(sent.span.start, cue.start - 5)
    for j in range(lo, cue.start - 1):
        if doc[j].norm_ in risks and doc[j + 1].lower_ == "of":
            return True
    return False


def _remedial(sent: Sent, cue: Span, data: dict) -> bool:
    """'Officers have been reminded to encrypt devices', 'staff were retrained on using blind
    copy', 'the ICO recommended the force redact documents': a cue after a `remedies` word in
    its clause (cut also at `remedy_breaks`) tells what is to be done about such breaches, not
    what happened -- unless a `remedy_failures` word before the remedy word or after the cue
    tells a failing ('did not follow guidance on redaction', 'its policy on redaction was not
    followed')."""
    remedies = set(data.get("remedies", []))
    if not remedies:
        return False
    doc = cue.doc
    lo, hi = clause_bounds(sent, cue.start, data.get("remedy_breaks", []))
    words = doc[lo : cue.start]
    where = next((t.i for t in words if t.norm_ in remedies or t.lemma_.lower() in remedies), None)
    if where is None:
        return False
    failures = set(data.get("remedy_failures", []))
    told = [*doc[lo:where], *doc[cue.end : hi]]
    return not any(t.lower_ in failures or t.norm_ in failures for t in told)


def _told_finer(sents: list[Sent], code: str, other: str) -> bool:
    """The cues' code and the classifier's are two readings of one kind of breach
    (breach_types.toml `related` -- a bcc failure or a wrong recipient, a device or papers --
    and `learned_defers`: an insider's look-up, leak or telling): the cues tell those apart by
    words the classifier weighs no more than others ("replies" seen, not addresses; a
    notebook computer; told over the phone), so theirs stands."""
    if code == other:
        return False
    data = _type_data(sents)
    groups = [*data.get("related", []), *data["cues"].get("learned_defers", [])]
    return any(code in group and other in group for group in groups)


def _learned(sents: list[Sent], scores: dict[str, float]) -> dict[str, float]:
    """The rules' points with the sentence classifier's (`extract/type_model.py`) added: a
    code it gives at least `learned_threshold` earns that probability times `learned_weight`
    (times the headline's weight), sentence by sentence. Called only once the rules have found
    a mechanism: the classifier weighs which one, never whether there was one."""
    if not sents:
        return scores
    data = _type_data(sents)
    least = float(data["cues"].get("learned_threshold", 1.0))
    weight = float(data["cues"].get("learned_weight", 0.0))
    told = [s for s in sents if not _furniture(s, data["cues"])]
    if weight <= 0 or not told:
        return scores
    out = dict(scores)
    learned = span_scores([s.span for s in told], data_dir_of(told[0]))
    for sent, probs in zip(told, learned, strict=True):
        times = _TITLE_WEIGHT if sent.idx == 0 else 1.0  # a headline, as `type_scores` has it
        for code, p in probs.items():
            if p >= least:
                out[code] = out.get(code, 0.0) + weight * p * times
    return out


def type_scores(sents: list[Sent], title_weight: float = _TITLE_WEIGHT) -> dict[str, float]:
    """Points per taxonomy code; weights documented in breach_types.toml."""
    scores: dict[str, float] = defaultdict(float)
    things: dict[str, float] = defaultdict(float)  # points of objects nobody lost
    remedy: dict[str, float] = defaultdict(float)  # points of remedies told after (`_remedial`)
    data = _type_data(sents)
    misdirected = _misdirected_code(sents)
    news_codes = set(data["cues"].get("sanction_news_codes", []))
    lost_nearby = _losses_told_apart(sents)
    # Things got rid of in the story ("found in a skip"): "should have been destroyed" tells
    # how they should have gone, a failing of the disposal, not records kept too long
    disposed = any(c.label_ in _DISPOSED and c.kb_id_ == "strong" for s in sents for c in s.types)
    destroying = set(data["cues"].get("destroying_words", []))
    bcc = "failure_to_use_bcc"
    blind = 0.0  # points of sendings told only as mistakes (`_blind_sending`)
    unshown = 0.0  # strong bcc points told of replies, not of recipients' details
    for sent in sents:
        weight = title_weight if sent.idx == 0 else 1.0
        if _furniture(sent, data["cues"]):
            continue
        # points of asides on breaches at large only tip a balance, as objects nobody lost
        asides = [c for c in sent.types if _generic_aside(sent, c, data["cues"])]
        before = dict(scores) if asides else {}
        held = dict(things) if asides else {}
        cues = [
            c
            for c in sent.types
            if not _denied(sent, c, data["cues"])
            and not _dateline(sent, c)
            and not _told_the_press(sent, c, data["cues"])
            and not _announces_sanction(sent, c, news_codes)
            and not announcement(sent, c)
            and not _news_source(sent, c, news_codes)
            and not _regulator_publishes(sent, c)
            and not capability(sent, c)
            and not practice_or_attempt(sent, c)
            and not _planned(sent, c, data["cues"])
            and not _redacted_on_purpose(sent, c, data["cues"])
            and not arrangement_name(sent, c)
            and not _person_attacked(sent, c, data["cues"])
            and not _data_sold(c, data["cues"])
        ]
        losses = [
            c
            for c in cues
            if c.label_ == "_loss"
            and not _recipients_story(sent, c, data["cues"])
            and not _lost_no_thing(c, data["cues"])
        ] or lost_nearby.get(sent.idx, [])
        # A redaction failure told with the way the papers went out: the route is the
        # redaction's, not a disclosure of its own
        redacting = any(
            c.label_ == "failure_to_redact" and c.kb_id_ == "strong"
            and not _remedial(sent, c, data["cues"])
            for c in cues
        )  # fmt: skip
        force_posted = _force_posted(sent, cues, data["cues"])
        passed_on = not redacting and _looked_up_and_passed(sent, cues, data["cues"])
        told: list[Span] = []  # misdirections counted: one told twice over counts once
        # A disclosure told as spoken ("her identity was disclosed in a conversation with
        # him", "revealed the caller's name over the phone"): the telling is a verbal one
        spoken = _spoken_disclosure(sent, cues, data["cues"])
        # ... and one told by a letter or an email, with no word of speech ("sent a letter
        # to the suspect which revealed who had reported him"), is no verbal one
        written = not spoken and any(c.label_ in _WRITTEN_MEDIA for c in cues)
        spread = _spread_by_outsider(sent, cues, data["cues"])
        spread_codes = set(data["cues"].get("spread_codes", []))
        spread_told = False  # an attackers' spreading counts once a sentence
        # "revealed their names to one another" in an email: the showing word is the bcc
        # failure's, no disclosure or publication of its own
        shown_at = _shown_to_each_other(sent, data["cues"])
        if shown_at is not None:
            shown = sent.span.doc[shown_at : shown_at + 1]
            shown_tally = remedy if _remedial(sent, shown, data["cues"]) else scores
            shown_tally[bcc] += 3.0 * weight * _specificity(data, bcc, "strong")
            cues = [
                c
                for c in cues
                if c.label_ not in ("inappropriate_disclosure", "published_in_error")
                or not c.start <= shown_at < c.end
            ]
        field_at = _wrong_field(sent, data["cues"])
        if field_at is not None:
            # "reminded not to put email addresses in the wrong field": a remedy, as for a cue
            field = sent.span.doc[field_at : field_at + 1]
            field_tally = remedy if _remedial(sent, field, data["cues"]) else scores
            field_tally[bcc] += 3.0 * weight * _specificity(data, bcc, "strong")
        for cue in cues:
            tally = remedy if _remedial(sent, cue, data["cues"]) else scores
            if cue.label_ == "_misdirected":
                if field_at is not None and cue.start <= field_at < cue.end + 1:
                    continue  # "put in the wrong field": recipients shown, no wrong one
                if _plans_sending(cue, data["cues"]) or _medium_blunder(cue, data["cues"]):
                    continue  # "was meant to send letters to every victim", "email error"
                if any(t.start < cue.end and cue.start < t.end for t in told):
                    continue  # "emails sent to the wrong person": a pair and a phrase
                told.append(cue)
                if _list_sent(sent, cue, data["cues"]):
                    # "email addresses were shared in error"
                    tally[bcc] += 3.0 * weight * _specificity(data, bcc, "strong")
                elif _published_by_mistake(sent, cue, cues):
                    tally["published_in_error"] += 3.0 * weight
                elif not _medium_spelt(sent, cue):
                    tally[misdirected] += 3.0 * weight
                    if tally is scores and _blind_sending(sent, cue, data["cues"]):
                        blind += 3.0 * weight
                continue
            if cue.label_ == "_spoken_media":
                if _inside_strong(cue, cues):
                    continue  # "recorded phone calls without telling callers": the thing
                if _something_told(sent, cues, data["cues"]):
                    tally["verbal_disclosure"] += 3.0 * weight  # "revealed it in a phone call"
                continue
            if cue.label_.startswith("_"):
                continue
            if spread and cue.label_ in spread_codes:
                if not spread_told:
                    tally[data["cues"]["outsider_code"]] += 3.0 * weight
                spread_told = True
                continue  # "criminals dumped the stolen files online"
            if _inside_loss(cue, losses, data["cues"]):
                continue  # "left behind in a pub": the loss's own words, no disposal
            if cue.label_ == "inappropriate_disclosure" and any(
                d.label_ == "insecure_disposal" and d.start <= cue.start < d.end and d is not cue
                for d in cues
            ):
                continue  # "a building it sold to a developer": the sale is the disposal's
            if _one_copied_in(cue, cues):
                continue  # "copied in the wrong person": one wrong recipient, no list shown
            if _mistake_of_sending(cue, cues):
                continue  # "mistakenly added a member of the public to an email"
            if _posted_by_mistake(sent, cue, data["cues"]):
                tally["published_in_error"] += 3.0 * weight  # "posted on Facebook in error"
                continue
            if _own_post(sent, cue, data["cues"]):
                tally["inappropriate_disclosure"] += 3.0 * weight  # "posted it on Facebook"
                continue
            if force_posted and _platform(cue, data["cues"]) and _shows_data(sent):
                tally["published_in_error"] += 3.0 * weight  # "the force posted it on Twitter"
                continue
            if _sent_by_mistake(cue, cues):
                continue  # "sent to a journalist by mistake": the misdirection's recipient
            if _thing_sent(sent, cue, cues):
                continue  # "mistakenly emailed a spreadsheet to a company": what was sent
            if _in_the_press(sent, cue, data):
                tally["inappropriate_disclosure"] += weight  # a weak cue of a leak
                continue
            code = cue.label_
            if code in _ROUTES and redacting:
                code = "failure_to_redact"  # "the unredacted file was passed to the man"
            if _by_outsider(sent, cue, data["cues"]) or (
                _attack_told(sent, data["cues"])
                and _access_by_nobody_inside(sent, cue, data["cues"])
            ):
                code = data["cues"]["outsider_code"]  # "hackers accessed the records"
            elif _sent_by_force(sent, cue, data["cues"]):
                code = misdirected  # "the force emailed the list to a journalist"
            elif _sent_unattributed(sent, cue, data["cues"]):
                code = misdirected  # "her address was emailed to the neighbour"
            elif code == "inappropriate_disclosure" and force_posted:
                code = "published_in_error"  # "the force posted a photo showing names"
            elif _let_out_by_mistake(sent, cue, data["cues"]):
                code = "published_in_error"  # "mistakenly released a spreadsheet of names"
            elif passed_on and code in _PASSED_ON:
                code = "inappropriate_disclosure"  # "looked up her address and told him"
            if code == "other" and disposed and any(t.lemma_.lower() in destroying for t in cue):
                code = "insecure_disposal"  # "the papers should have been shredded"
            if code == "inappropriate_disclosure" and spoken:
                code = "verbal_disclosure"  # "disclosed her identity in a conversation"
            elif code == "verbal_disclosure" and written:
                code = "inappropriate_disclosure"  # "a letter revealed who had complained"
            strength = cue.kb_id_
            if strength == "weak" and _data_inaccurate(sent, cue, data["cues"]):
                strength = "strong"  # "the information held on him was inaccurate"
            if code == "inappropriate_disclosure" and _leak_named(sent, cue, data["cues"]):
                value = 0.5 * _specificity(data, code, "weak")
                tally[code] += value  # "the leaked data": a name for the breach, a tip
                continue
            if strength == "strong" and _found_state(cue, data["cues"]):
                strength = "weak"  # "files were found dumped in a street"
            points = 3.0 if strength == "strong" else 1.0 if strength == "weak" else 0.5
            if strength == "objects" and losses:
                if _papers_beside_device(cue, cues, data["cues"]):
                    continue  # "a tablet and a diary were taken": the device's loss
                points = 3.0
            # A headline's nouns ("lost witness files") are vaguer than its verbs.
            w = 1.0 if strength == "objects" else weight
            value = points * w * _specificity(data, code, strength)
            tally[code] += value
            if (
                code == bcc
                and strength == "strong"
                and tally is scores
                and _unshown(cue, data["cues"])
            ):
                unshown += value  # "staff could see each other's replies": no addresses shown
            if strength == "objects" and not losses:
                things[code] += value
        if asides:
            for code, total in list(scores.items()):
                things[code] = held.get(code, 0.0) + total - before.get(code, 0.0)
    # A sending told only as a mistake, in a story of recipients shown to one another (a
    # strong bcc cue's points), is the bulk email's own sending
    strong_bcc = 3.0 * _specificity(data, bcc, "strong")
    shown_bcc = scores[bcc] - unshown
    if blind and misdirected == "emailed_to_incorrect_recipient" and shown_bcc >= strong_bcc:
        scores[misdirected] -= blind
        scores[bcc] += blind
    # Objects nobody lost or stole ("cameras", "technology") only tip a balance: a code they
    # alone support is no breach type.
    kinds = {code: s for code, s in scores.items() if s > things[code]}
    # Remedies only tip a balance too, unless nothing else tells the kind
    enough = float(data["cues"].get("remedy_enough", 2.0))
    standing_in = max(kinds.values(), default=0.0) < enough
    for code, points in remedy.items():
        if standing_in:
            scores[code] += points
        elif code in kinds:
            kinds[code] += points
    if standing_in and remedy:
        return {code: s for code, s in scores.items() if s > things[code]}
    return kinds


def _processing_breach(sents: list[Sent]) -> Found | None:
    """A breach of data protection law with no security-incident mechanism: `other`. The
    law named alone ("to meet data protection law") is a breach of it only with a failure
    word in its clause ("fell short of data protection rules")."""
    if not sents:
        return None
    data = _type_data(sents)["cues"]
    laws = set(data.get("processing_laws", []))
    failures = set(data.get("processing_failures", []))
    accuracy = set(data.get("accuracy_principle", []))
    for sent in sents:
        for c in sent.types:
            if c.label_ != "_processing" or not sent.asserted(c):
                continue
            if c.text.lower() in laws or c.lemma_.lower() in laws:
                lo, hi = clause_bounds(sent, c.start)
                doc = sent.span.doc
                if not any(t.norm_ in failures or t.lower_ in failures for t in doc[lo:hi]):
                    continue
            # the principle broken named with it: "breached the fourth data protection
            # principle (accuracy)" -- data recorded wrongly, not unlawful processing
            if any(t.lower_ in accuracy for t in sent.span):
                return Found("inaccurate_data", sent)
            return Found("other", sent)
    return None


def best_type(sents: list[Sent], minimum: float = 2.0) -> Found | None:
    """The best-scoring code; a single weak cue ("website") is not enough by default. With no
    mechanism at all, a breach of data protection law itself is unlawful processing."""
    # A breakdown of figures by kind tells what kinds a total holds, not this incident's kind
    # (tallies type each figure with `type_scores` on the breakdown itself).
    told = [s for s in sents if not _breakdown(s)]
    scores = type_scores(told)
    best = max(scores.values(), default=0.0)
    if best < minimum:
        return _processing_breach(sents)
    order = list(_type_data(sents)["types"])
    code = min((c for c, s in scores.items() if s == best), key=order.index)
    mixed = _learned(told, scores)
    weighed = max(mixed.values(), default=0.0)
    learned = min((c for c, s in mixed.items() if s == weighed), key=order.index)
    if not _told_finer(sents, code, learned):
        code = learned  # the classifier weighs in, except between readings of one kind
    where = max(sents, key=lambda s: sum(1 for c in s.types if c.label_ == code))
    return Found(code, where)


def key_terms(sents: list[Sent], code: str | None, limit: int = 8) -> list[str]:
    """Normalised nouns of what happened, from the sentences that describe the breach
    (those with a cue of its type, or any breach cue when the type is unknown)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for sent in sents:
        if not any(
            c.label_ == code or code is None for c in sent.types if not c.label_.startswith("_")
        ):
            continue
        for span in sent.terms:
            counts[span.label_] += 1
            first.setdefault(span.label_, span.start)
    ranked = sorted(counts, key=lambda t: (-counts[t], first[t]))
    return ranked[:limit]
