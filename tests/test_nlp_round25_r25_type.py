"""Round 25, branch r25-type: the breach type from everyday wording. A figure told as a part
of a total ("Of those, 40 were ...") types the figure, not the incident; more of someone's
data than was needed is excessive processing; the act named as a noun ("the misdirection of
a letter", "the accidental publication of", "the improper disposal of"); a server left
unsecured is data exposed online; a sending with no encryption is an insecure transmission;
a network breached is an attack; telling someone who reported them is a verbal disclosure;
a hyphenated recipient ("ex-partner", three tokens) is one word, and a recipient word
matches as written too; recipients not hidden, a telling in a conversation, data made
available by mistake and data kept longer than needed.
Every sentence here was written for these tests. Each positive case, and each negative case
for wording that scored before, fails on the code before this branch; the other negatives
guard the new cues' reach and pass on both."""

from __future__ import annotations

import pytest
from type_probe import best_type_of

_LEAD = "Police have been criticised over a data breach. "


def breach_type(nlp, text: str) -> str | None:  # type: ignore[no-untyped-def]
    return best_type_of(nlp, _LEAD + text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # more data than was needed
        ("Police collected far more personal data from her phone than was necessary.", "other"),
        ("The force shared much more of his information with the council than it needed to.",
         "other"),
        # the act named as a noun
        ("The misdirection of a letter about a domestic abuse case led to a reprimand.",
         "posted_to_incorrect_recipient"),
        ("The accidental publication of staff names on the website led to the fine.",
         "published_in_error"),
        ("The improper disposal of custody records came to light last year.",
         "insecure_disposal"),
        # a server left open
        ("A server left unsecured held the personal data of thousands of people.",
         "published_in_error"),
        ("An unprotected database listed the names of crime victims.", "published_in_error"),
        # sent with no encryption
        ("Unencrypted discs holding interviews were sent by post to a solicitor.",
         "insecure_transmission"),
        ("Officers transferred witness data on an unencrypted memory stick.",
         "insecure_transmission"),
        # a network broken into
        ("The force's computer network was breached by criminals.", "cyber_attack"),
        ("Criminals infiltrated the constabulary's servers.", "cyber_attack"),
        # who reported, told
        ("An officer told the suspect who had made the complaint against him.",
         "verbal_disclosure"),
        ("A PCSO informed the driver who had reported him for speeding.", "verbal_disclosure"),
        # a recipient word as written ("stranger", whose lemma the lemmatiser takes for
        # "strange")
        ("The letter naming the witness was posted to a stranger.",
         "posted_to_incorrect_recipient"),
        ("An officer told a stranger about the attack on the victim.", "verbal_disclosure"),
        # the recipients not hidden
        ("The force failed to hide recipients' addresses in an email to 90 informants.",
         "failure_to_use_bcc"),
        # told in a conversation
        ("An officer revealed the victim's name during a conversation with friends.",
         "verbal_disclosure"),
        # made open by mistake
        ("Staff names were inadvertently made available on the force's website.",
         "published_in_error"),
        # kept longer than needed
        ("The force kept the interview recordings far longer than it needed to.", "other"),
        # a hyphenated recipient is one word
        ("A letter naming the woman was posted to her ex-partner.",
         "posted_to_incorrect_recipient"),
        ("A PC leaked details of the case to the victim's ex-husband.",
         "inappropriate_disclosure"),
    ],
)  # fmt: skip
def test_everyday_wording_types_the_breach(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert breach_type(nlp, text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a part of a total counted: the figure's kind, not the incident's
        ("The force recorded 900 breaches. Of those, 120 involved emails sent to the wrong "
         "person. The regulator reprimanded it for keeping far more of a victim's data than "
         "was needed.", "other"),
        ("The force logged 300 breaches, and 45 of them were letters sent to the wrong "
         "address. It was reprimanded after it kept far more information than was required.",
         "other"),
        # a figure that is no part ("the names of those 40 victims")
        ("The names of those 40 victims were sent to the wrong address in a letter.",
         "posted_to_incorrect_recipient"),
        # people sent to a place, not data to a person
        ("Officers were sent to her ex-partner's home to arrest him.", None),
        # more force, no data
        ("The officer used more force than was necessary during the arrest.", None),
        # a man who was arrested: no reporting
        ("The force told the man who was arrested that he would be released.", None),
        # an unencrypted laptop lost is a loss, not a sending
        ("An unencrypted laptop holding victims' details was stolen from a car.",
         "loss_or_theft_of_device"),
        # data protection law breached names no network
        ("The constabulary breached its network policy on passwords.", None),
    ],
)  # fmt: skip
def test_the_new_cues_reach_no_further(nlp, text: str, code: str | None) -> None:  # type: ignore[no-untyped-def]
    assert breach_type(nlp, text) == code
