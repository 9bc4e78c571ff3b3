"""Breach types: one positive sentence per taxonomy code, and the mix-ups to avoid."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from extract.models import Document
from extract.nlp import extract

TAXONOMY = Path(__file__).resolve().parent.parent / "extract" / "data" / "breach_types.toml"

EXAMPLES = {
    "emailed_to_incorrect_recipient": "an email listing victims' details was sent to the wrong "
    "email address",
    "posted_to_incorrect_recipient": "letters with personal data were posted to the wrong address",
    "failure_to_redact": "a report was disclosed with unredacted names because redaction failed",
    "failure_to_use_bcc": "an email to 200 victims was sent without using bcc",
    "loss_or_theft_of_device": "an unencrypted laptop holding personal data was stolen",
    "loss_or_theft_of_paperwork": "a bag of paperwork with personal data was left on a train and "
    "lost",
    "verbal_disclosure": "an officer verbally disclosed a victim's address to a neighbour",
    "published_in_error": "a spreadsheet of personal data was published online in error",
    "insecure_disposal": "files of personal data were abandoned in a disused police station",
    "inappropriate_disclosure": "a victim's personal data was wrongly disclosed to a third party",
    "unauthorised_access": "an officer accessed records without a policing purpose, an "
    "unauthorised access to personal data",
    "insecure_transmission": "personal data was sent by insecure email over an insecure network",
    "inaccurate_data": "the force held inaccurate information about a victim in its personal data",
    "cyber_attack": "a ransomware attack by hackers exposed personal data",
    "other": "body-worn video with personal data was accidentally deleted",
}


def breach_type(nlp, what: str) -> str | None:
    text = f"Norfolk Constabulary was reprimanded by the ICO after {what}."
    ex = extract(Document(text=text), nlp)
    return ex.incidents[0].breach_type if ex.incidents else None


def test_every_taxonomy_code_has_an_example_and_patterns():
    data = tomllib.loads(TAXONOMY.read_text())
    assert set(data["types"]) == set(EXAMPLES)
    for code, spec in data["types"].items():
        assert spec["label"] and spec["ico_category"], code
        assert spec.get("strong") or spec.get("weak") or spec.get("objects"), code


@pytest.mark.parametrize(("code", "what"), sorted(EXAMPLES.items()))
def test_each_type(nlp, code, what):
    assert breach_type(nlp, what) == code


def test_lost_dvds_in_the_post_are_a_device_loss_not_misposting(nlp):
    assert breach_type(nlp, "DVDs of victim interviews were lost in the post") == (
        "loss_or_theft_of_device"
    )


def test_a_device_merely_mentioned_is_not_a_device_loss(nlp):
    assert breach_type(nlp, "a victim's phone data was wrongly given to a third party") == (
        "inappropriate_disclosure"
    )


def test_a_single_weak_cue_gives_no_type(nlp):
    assert breach_type(nlp, "a complaint about its website") is None


def test_key_terms_are_normalised_nouns_of_what_happened(nlp):
    text = (
        "Norfolk Constabulary was fined by the ICO after two USB sticks and a DVD holding "
        "personal data were stolen in a burglary."
    )
    terms = extract(Document(text=text), nlp).incidents[0].key_terms
    assert {"usb stick", "dvd", "burglary"} <= set(terms)


@pytest.mark.parametrize(
    ("what", "code"),
    [
        # unlawful processing: no security incident, the processing itself broke the law
        ("the force unlawfully retained custody photographs of people never charged", "other"),
        ("the force kept records of innocent people for longer than necessary", "other"),
        ("the database breached data protection law, the ICO found", "other"),
        # the medium decides where a misdirected message went
        ("a message about a victim was sent to the wrong person by email",
         "emailed_to_incorrect_recipient"),
        ("a letter about a victim was sent to the wrong person", "posted_to_incorrect_recipient"),
        # an action word and its object a few words apart
        ("an officer accessed a neighbour's police records for no reason", "unauthorised_access"),
        ("an officer shared crime scene photographs with his friends", "inappropriate_disclosure"),
    ],
)  # fmt: skip
def test_mechanisms_beyond_single_phrases(nlp, what: str, code: str) -> None:
    assert breach_type(nlp, what) == code


def test_a_denied_loss_is_no_loss(nlp) -> None:
    assert breach_type(nlp, "no laptop was lost, but letters were sent to the wrong address") == (
        "posted_to_incorrect_recipient"
    )


def test_objects_and_suggestive_words_alone_describe_no_breach(nlp) -> None:
    from extract.models import Document
    from extract.nlp import extract

    text = (
        "Norfolk Constabulary will use new cameras and tablets this year. The force has "
        "published its data protection policy online."
    )
    assert not extract(Document(text=text), nlp).relevant
    lost = "Norfolk Constabulary lost two tablets holding victims' details this year."
    assert extract(Document(text=lost), nlp).relevant


@pytest.mark.parametrize(
    ("what", "code"),
    [
        ("papers were served on the defence without removing the witness's phone number",
         "failure_to_redact"),
        ("a statement went to the suspect in which her home address had not been removed",
         "failure_to_redact"),
        ("staff failed to obscure the names of informants in a report sent to a solicitor",
         "failure_to_redact"),
        ("the victim's date of birth should have been blacked out before the file was sent",
         "failure_to_redact"),
        # Removing a person from duty is no redaction: the loss decides.
        ("the officer was not removed from duty after he lost a laptop with victims' details",
         "loss_or_theft_of_device"),
    ],
)  # fmt: skip
def test_redaction_in_other_words(nlp, what: str, code: str) -> None:
    assert breach_type(nlp, what) == code


def test_telling_someone_where_a_person_is_is_a_verbal_disclosure(nlp) -> None:
    assert (
        breach_type(nlp, "an officer told her former partner where she was living, a breach")
        == "verbal_disclosure"
    )
    assert (
        breach_type(nlp, "an officer told a neighbour the whereabouts of a witness, a data breach")
        == "verbal_disclosure"
    )
    # Telling someone what happened to the data is no disclosure of a person's whereabouts.
    assert breach_type(nlp, "the force told staff their details were stolen by hackers") != (
        "verbal_disclosure"
    )


def test_a_long_object_between_sending_and_the_wrong_recipient(nlp) -> None:
    assert (
        breach_type(nlp, "it posted a detained woman's custody record to the wrong solicitors")
        == "posted_to_incorrect_recipient"
    )
    # Another clause's "wrong" is no misdirection.
    assert breach_type(nlp, "it posted the report, which was wrong about the data") is None


def test_hiding_addresses_in_a_group_email_is_a_blind_copy_failure(nlp) -> None:
    assert (
        breach_type(nlp, "it emailed 200 victims without hiding their addresses in the bcc field")
        == "failure_to_use_bcc"
    )


def test_sent_to_one_person_instead_of_another_is_misdirected(nlp) -> None:
    assert (
        breach_type(
            nlp, "an officer emailed a witness's address to her neighbour instead of to a colleague"
        )
        == "emailed_to_incorrect_recipient"
    )


def test_a_domestic_abuse_victims_address_is_no_look_up(nlp) -> None:
    what = "a domestic abuse victim's new address was put in a shared folder, a data breach"
    assert breach_type(nlp, what) != "unauthorised_access"
    assert breach_type(nlp, "an officer accessed a domestic abuse victim's records") == (
        "unauthorised_access"
    )


def test_something_wrongly_recorded_about_a_person_is_inaccurate_data(nlp) -> None:
    assert (
        breach_type(nlp, "hundreds of people were wrongly flagged as gang members, a data breach")
        == "inaccurate_data"
    )
    assert breach_type(nlp, "a letter was wrongly sent to a neighbour") != "inaccurate_data"


@pytest.mark.parametrize(
    ("what", "code"),
    [
        ("an officer took photos of a dead man and sent them to friends on WhatsApp",
         "inappropriate_disclosure"),
        ("an officer discussed details of a rape case with friends in a pub", "verbal_disclosure"),
        ("a letter with a victim's details was sent to her old address where her abuser lived",
         "posted_to_incorrect_recipient"),
        # Sent to a colleague, as meant, is no disclosure to friends.
        ("an unencrypted laptop with victims' details was stolen after it was sent to a "
         "colleague", "loss_or_theft_of_device"),
        # Handed to someone with no business seeing it: the other side's team, an employer.
        ("a witness's medical notes were handed to the defence before the hearing",
         "inappropriate_disclosure"),
        ("details of a man's arrest were passed to his employer", "inappropriate_disclosure"),
        ("an officer gave a tenant's criminal record to her landlord", "inappropriate_disclosure"),
        # Handed to a colleague, or handing something out, is no disclosure.
        ("a bag of case files was handed to a colleague and then left on a bus and lost",
         "loss_or_theft_of_paperwork"),
    ],
)  # fmt: skip
def test_disclosures_in_everyday_words(nlp, what: str, code: str) -> None:
    assert breach_type(nlp, what) == code


@pytest.mark.parametrize(
    ("what", "code"),
    [
        ("an email to members of a residents' group showed every recipient's address",
         "failure_to_use_bcc"),
        ("a group email revealed the addresses of 80 victims to each other",
         "failure_to_use_bcc"),
        ("a test site holding victims' details could be accessed by anyone online",
         "published_in_error"),
        ("an officer identified an informant to the suspect he had reported",
         "inappropriate_disclosure"),
        ("an officer named an informant to the suspect he had reported",
         "inappropriate_disclosure"),
        ("a letter was sent to a victim's former home, where her attacker still lived",
         "posted_to_incorrect_recipient"),
        ("a misdirected email exposed a witness's personal details",
         "emailed_to_incorrect_recipient"),
        # Names removed from a list are no disclosure of names.
        ("it removed 300 names from a database of suspected gang members and kept them "
         "without a lawful basis", "other"),
    ],
)  # fmt: skip
def test_breach_mechanisms_in_reporters_words(nlp, what: str, code: str) -> None:
    assert breach_type(nlp, what) == code


def test_a_tip_off_is_no_disposal(nlp) -> None:
    assert breach_type(nlp, "an officer was tipping off a drug dealer about raids") != (
        "insecure_disposal"
    )
    assert breach_type(nlp, "boxes of case files were left at the council tip") == (
        "insecure_disposal"
    )


@pytest.mark.parametrize(
    ("what", "code"),
    [
        ("victims' statements on a staging server were indexed by search engines",
         "published_in_error"),
        ("a test website holding victims' reports was left publicly viewable",
         "published_in_error"),
        ("a database of crime reports was left exposed on the internet", "published_in_error"),
        ("an officer told a suspect the name of the person who had reported him",
         "verbal_disclosure"),
        ("an email with details of a rape victim was sent to a journalist by mistake",
         "emailed_to_incorrect_recipient"),
        # A mistake in another clause sends nothing astray.
        ("a laptop with victims' details was stolen after it was sent for repair, and the force "
         "admitted its mistake", "loss_or_theft_of_device"),
    ],
)  # fmt: skip
def test_open_to_anyone_and_sent_by_mistake(nlp, what: str, code: str) -> None:
    assert breach_type(nlp, what) == code


def test_passed_round_on_a_messaging_app_is_a_disclosure(nlp) -> None:
    assert (
        breach_type(nlp, "an officer searched police records and sent screenshots on Snapchat")
        == "inappropriate_disclosure"
    )
    text = "A Kent Police officer shared a video of a suspect's arrest on Snapchat."
    ex = extract(Document(text=text), nlp)
    assert ex.relevant and ex.incidents[0].breach_type == "inappropriate_disclosure"


@pytest.mark.parametrize(
    ("what", "code"),
    [
        # A hyphenated compound is one word, not a dash between clauses.
        ("a constable passed witnesses' addresses to a cocaine-dealing gang",
         "inappropriate_disclosure"),
        ("an officer fed intelligence to drug dealers", "inappropriate_disclosure"),
    ],
)  # fmt: skip
def test_a_hyphenated_compound_is_one_word(nlp, what: str, code: str) -> None:
    assert breach_type(nlp, what) == code


def test_a_spaced_dash_still_ends_a_pairs_clause(nlp) -> None:
    pairs = {"inappropriate_disclosure"}
    joined = nlp("An officer passed the papers to a well-known drug-dealing gang.")
    dashed = nlp("An officer passed the papers on - a gang later burgled the house.")
    assert pairs & {c.label_ for c in joined.spans["breach_cues"] if c.kb_id_ == "strong"}
    assert not pairs & {c.label_ for c in dashed.spans["breach_cues"] if c.kb_id_ == "strong"}


@pytest.mark.parametrize(
    ("what", "code"),
    [
        ("custody records were found in a desk sold off as surplus furniture",
         "insecure_disposal"),
        ("a member of the public bought an old police computer at auction and found victims' "
         "files on it", "insecure_disposal"),
        # Selling the data itself is a disclosure, not a disposal.
        ("an officer sold victims' details to a criminal gang", "inappropriate_disclosure"),
    ],
)  # fmt: skip
def test_sold_on_with_the_records_inside_is_a_disposal(nlp, what: str, code: str) -> None:
    assert breach_type(nlp, what) == code


@pytest.mark.parametrize(
    ("what", "code"),
    [
        ("bundles of witness statements were found in a bin outside the station",
         "insecure_disposal"),
        ("a neighbour discovered custody records among the rubbish behind the old office",
         "insecure_disposal"),
        # Found somewhere else, the records were lost, not thrown away.
        ("bundles of witness statements were found on a train", "loss_or_theft_of_paperwork"),
    ],
)  # fmt: skip
def test_records_found_with_the_rubbish_were_thrown_away(nlp, what: str, code: str) -> None:
    assert breach_type(nlp, what) == code


@pytest.mark.parametrize(
    ("what", "code"),
    [
        ("a newsletter went to 300 members of a residents' group without hiding their email "
         "addresses from one another", "failure_to_use_bcc"),
        ("every witness on the list could read each other's email addresses",
         "failure_to_use_bcc"),
        # Kept apart from each other is no address shown.
        ("an officer wrongly disclosed a victim's address to her abuser, though the two were "
         "meant to live apart from each other", "inappropriate_disclosure"),
    ],
)  # fmt: skip
def test_addresses_shown_to_one_another_is_a_bcc_failure(nlp, what: str, code: str) -> None:
    assert breach_type(nlp, what) == code


@pytest.mark.parametrize(
    ("what", "code"),
    [
        ("a fault in the force's online portal let users read statements filed by other users",
         "published_in_error"),
        ("after an update its website showed members of the public other people's complaints",
         "published_in_error"),
        # An insider looking up other people's records is still unauthorised access.
        ("an officer accessed other people's records without a policing purpose",
         "unauthorised_access"),
    ],
)  # fmt: skip
def test_a_portal_showing_other_users_data_is_published_in_error(nlp, what, code) -> None:
    assert breach_type(nlp, what) == code


def test_a_breakdown_of_figures_by_kind_types_no_incident(nlp) -> None:
    text = (
        "Cheshire Constabulary recorded 300 data breaches last year. Of these, 120 were emails "
        "sent to the wrong address and 40 involved officers accessing records without a "
        "policing purpose. The ICO reprimanded the force after an officer shared a victim's "
        "address with her ex-partner."
    )
    ex = extract(Document(text=text), nlp)
    assert [i.breach_type for i in ex.incidents if i.mention == "primary"] == [
        "inappropriate_disclosure"
    ]
    # One kind told with its numbers is the incident's own account.
    one = (
        "Cheshire Constabulary was reprimanded after 2 emails naming 30 victims were sent to "
        "the wrong address."
    )
    assert extract(Document(text=one), nlp).incidents[0].breach_type == (
        "emailed_to_incorrect_recipient"
    )


def test_announcing_a_sanction_is_no_publication_of_data(nlp) -> None:
    text = (
        "Norfolk force reprimanded\n\n"
        "Norfolk Constabulary was reprimanded by the ICO after an officer shared a victim's "
        "address with her ex-partner. The watchdog's decision was made public on Thursday and "
        "posted on its website."
    )
    ex = extract(Document(text=text), nlp)
    assert ex.incidents[0].breach_type == "inappropriate_disclosure"
    # Data put online in the same clause as the sanction is still data published.
    text = (
        "Norfolk Constabulary was reprimanded after the names of witnesses were published "
        "online, the ICO said."
    )
    ex = extract(Document(text=text), nlp)
    assert ex.incidents[0].breach_type == "published_in_error"
    # Something found online is no sanction's finding.
    text = (
        "Norfolk force reprimanded\n\nNorfolk Constabulary was reprimanded by the ICO. A "
        "spreadsheet was found on a public website last year."
    )
    ex = extract(Document(text=text), nlp)
    assert ex.incidents[0].breach_type == "published_in_error"


@pytest.mark.parametrize(
    ("what", "code"),
    [
        ("an officer's pocket notebook was stolen from his car", "loss_or_theft_of_paperwork"),
        ("a detective's pocket notebook went missing on a night out", "loss_or_theft_of_paperwork"),
        ("an officer's notebook computer was stolen from his car", "loss_or_theft_of_device"),
    ],
)
def test_a_pocket_notebook_is_paper(nlp, what: str, code: str) -> None:
    assert breach_type(nlp, what) == code


@pytest.mark.parametrize(
    ("what", "code"),
    [
        # the phrase names a postal address and nothing names another medium
        ("court papers were sent to the wrong address twice", "posted_to_incorrect_recipient"),
        # an email sent to the wrong address is still an email
        (
            "an email with victims' details was sent to the wrong address",
            "emailed_to_incorrect_recipient",
        ),
    ],
)
def test_a_wrong_address_is_postal_unless_an_email_went(nlp, what: str, code: str) -> None:
    assert breach_type(nlp, what) == code


@pytest.mark.parametrize(
    "what",
    [
        "staff mistakenly merged the records of two men with the same name",
        "an officer wrongly attributed a conviction to a woman with the same name as the offender",
        "a clerk erroneously combined two families' entries on the intelligence system",
    ],
)
def test_records_wrongly_merged_or_attributed_are_inaccurate(nlp, what: str) -> None:
    assert breach_type(nlp, what) == "inaccurate_data"


def test_merging_without_error_is_no_inaccuracy(nlp) -> None:
    assert breach_type(nlp, "officers merged two inquiries and emailed the file to the wrong "
                            "recipient") != "inaccurate_data"  # fmt: skip


@pytest.mark.parametrize(
    ("what", "code"),
    [
        ("a memory stick holding victims' personal data was found in the street by a passer-by",
         "loss_or_theft_of_device"),
        ("a bulk email with personal data went out with every recipient's address visible",
         "failure_to_use_bcc"),
        ("a portal let anyone view other people's personal data", "published_in_error"),
        ("an officer read out a victim's personal data in a crowded cafe",
         "verbal_disclosure"),
        # found in a skip is thrown out, not dropped in the street
        ("boxes of personal data were dumped in a skip outside a disused station",
         "insecure_disposal"),
    ],
)  # fmt: skip
def test_more_mechanisms_in_reporters_words(nlp, what: str, code: str) -> None:
    assert breach_type(nlp, what) == code


def test_posting_on_the_forces_social_media_as_meant_is_no_breach(nlp) -> None:
    text = "Norfolk Constabulary's Twitter account posted a road safety video on Monday."
    ex = extract(Document(text=text), nlp)
    assert not ex.relevant


@pytest.mark.parametrize(
    ("what", "code"),
    [
        ("a photo of a witness was posted on the force's Facebook page in error",
         "published_in_error"),
        ("a list of victims was posted on its website by mistake", "published_in_error"),
        # no place of publication: the mistake is a message to the wrong person
        ("a letter about a victim was posted to a neighbour in error",
         "posted_to_incorrect_recipient"),
        ("a spreadsheet of victims was emailed in error to a local charity",
         "emailed_to_incorrect_recipient"),
    ],
)  # fmt: skip
def test_a_mistake_where_things_are_published_is_a_publication(nlp, what, code) -> None:
    assert breach_type(nlp, what) == code


def _scores(nlp, text: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from extract.rules.types import type_scores
    from extract.sentences import split_sentences

    return type_scores(split_sentences(nlp(text)))


def test_one_misdirection_told_by_a_pair_and_a_phrase_counts_once(nlp) -> None:
    # "emails sent to the wrong" (a pair) and "sent to the wrong" (a phrase) are one cue
    lead = "Kent Police apologised. "
    once = _scores(nlp, lead + "Emails sent to the wrong recipient held victims' names.")
    assert once["emailed_to_incorrect_recipient"] == 4.0  # 3 for the misdirection, 1 "email"
    twice = _scores(
        nlp,
        lead + "Emails sent to the wrong recipient held victims' names, and a file was "
        "later forwarded in error.",
    )
    assert twice["emailed_to_incorrect_recipient"] == 7.0  # two misdirections told


def test_a_breakdown_naming_misdirected_emails_types_no_incident(nlp) -> None:
    text = (
        "Kent Police was reprimanded by the ICO after a detective lost a laptop. Last year 31 "
        "of its breaches were emails sent to the wrong person and 14 were files not redacted."
    )
    ex = extract(Document(text=text), nlp)
    assert [i.breach_type for i in ex.incidents if i.mention == "primary"] == [
        "loss_or_theft_of_device"
    ]
    from extract.rules.types import _breakdown
    from extract.sentences import split_sentences

    one = split_sentences(nlp("An email was sent to the wrong person and a file was not redacted."))
    assert not _breakdown(one[0])  # no figures: one incident's two failings


def test_published_by_mistake_in_other_words(nlp) -> None:
    what = "a list of informants was published on the force's intranet page by mistake"
    assert breach_type(nlp, what) == "published_in_error"
    plain = "a list of informants was published on the force's intranet page"
    assert breach_type(nlp, plain) is None


@pytest.mark.parametrize(
    ("what", "code"),
    [
        ("a newsletter email went to 80 residents with every address visible",
         "failure_to_use_bcc"),
        ("an invitation was emailed to 40 volunteers and all the addresses were visible",
         "failure_to_use_bcc"),
        # one person's address seen is no group email
        ("a letter with her address visible on the envelope was posted to the wrong house",
         "posted_to_incorrect_recipient"),
    ],
)  # fmt: skip
def test_every_address_visible_is_a_bcc_failure(nlp, what: str, code: str) -> None:
    assert breach_type(nlp, what) == code


@pytest.mark.parametrize(
    ("what", "code"),
    [
        # However long what was shared or handed over, the recipient after "with" or "to".
        ("an officer shared body-worn camera footage of a man being arrested in his own home "
         "with his neighbours", "inappropriate_disclosure"),
        ("an officer gave the new address of a woman at the centre of a harassment case to "
         "her ex-partner", "inappropriate_disclosure"),
    ],
)  # fmt: skip
def test_a_recipient_after_its_link_word_however_far(nlp, what: str, code: str) -> None:
    assert breach_type(nlp, what) == code


@pytest.mark.parametrize(
    "what",
    [
        # People sent somewhere are not data sent to someone.
        "it sent officers to visit the family after a laptop holding victims' details was lost",
        "it sent detectives to arrest the suspect after a laptop holding victims' details was lost",
    ],
)
def test_officers_sent_to_people_disclose_nothing(nlp, what: str) -> None:
    assert breach_type(nlp, what) == "loss_or_theft_of_device"


@pytest.mark.parametrize(
    ("what", "code"),
    [
        # Sent to the very person the data had to be kept from, however long the thing sent.
        ("it sent a letter naming a rape victim to her attacker", "posted_to_incorrect_recipient"),
        ("it emailed a victim's new address to the suspect", "emailed_to_incorrect_recipient"),
        # Sent on to friends on purpose stays a disclosure.
        ("an officer sent photos of the victim to his friends", "inappropriate_disclosure"),
    ],
)  # fmt: skip
def test_sent_to_the_person_it_had_to_be_kept_from(nlp, what: str, code: str) -> None:
    assert breach_type(nlp, what) == code


@pytest.mark.parametrize(
    ("what", "code"),
    [
        ("an email to 60 witnesses revealed all their addresses", "failure_to_use_bcc"),
        ("an email sent to a residents' group showed everyone's email address",
         "failure_to_use_bcc"),
        ("it emailed 60 witnesses without hiding their addresses", "failure_to_use_bcc"),
        ("an email was copied to 60 witnesses, exposing their addresses to each other",
         "failure_to_use_bcc"),
        # One person's address revealed to another is a disclosure, not a group email.
        ("an officer revealed a victim's address to her former partner",
         "inappropriate_disclosure"),
    ],
)  # fmt: skip
def test_every_recipients_address_shown_in_everyday_words(nlp, what: str, code: str) -> None:
    assert breach_type(nlp, what) == code


def test_left_on_a_website_is_published_in_error(nlp) -> None:
    text = "A list naming 200 informants was left on the Kent Police website from 2016 until 2019."
    ex = extract(Document(text=text), nlp)
    assert [(i.force, i.breach_type, i.breach_year) for i in ex.incidents] == [
        ("Kent Police", "published_in_error", 2016)
    ]
    text = "Kent Police posted the names of two men charged with burglary online."
    assert not extract(Document(text=text), nlp).relevant


def test_police_work_named_with_an_action_word_is_no_pair(nlp) -> None:
    dataset = (
        "Force publishes stop and search data\n\nKent Police has published data on every stop "
        "and search carried out in 2022 on its website, including the age of those searched."
    )
    assert not extract(Document(text=dataset), nlp).relevant
    misuse = "A Kent Police officer searched police data on his neighbours."
    ex = extract(Document(text=misuse), nlp)
    assert [i.breach_type for i in ex.incidents] == ["unauthorised_access"]


@pytest.mark.parametrize(
    "text",
    [
        "Reports of cyber crime made to Kent Police rose by a third last year.",
        "The force's cyber-enabled crime unit visited 40 schools.",
        "Officers recorded 300 computer misuse offences such as hacking and phishing in 2023.",
    ],
)
def test_offences_the_police_deal_with_are_no_breach_cues(nlp, text: str) -> None:
    assert [c.text for c in nlp(text).spans["breach_cues"] if c.label_ == "cyber_attack"] == []


def test_an_attack_on_the_force_keeps_its_cues_beside_a_crime_name(nlp) -> None:
    doc = nlp(
        "Hackers attacked the Kent Police network, the head of its cyber crime unit said, "
        "in a ransomware attack."
    )
    assert {c.text for c in doc.spans["breach_cues"] if c.label_ == "cyber_attack"} >= {
        "Hackers",
        "ransomware",
    }


@pytest.mark.parametrize(
    ("what", "code"),
    [
        ("the force fell short of data protection rules in keeping interview recordings",
         "other"),
        ("officers failed to follow data protection law when they kept the recordings",
         "other"),
        # The law named with no failure: no breach of it.
        ("an audit of how the force meets data protection law", None),
    ],
)  # fmt: skip
def test_the_law_named_alone_is_no_unlawful_processing(nlp, what: str, code: str | None) -> None:
    assert breach_type(nlp, what) == code


def test_a_system_bought_to_meet_the_law_is_no_breach(nlp) -> None:
    text = (
        "Surrey Police is to spend £4 million on a records system. The force said it would "
        "better protect sensitive personal data and meet data protection law."
    )
    assert not extract(Document(text=text), nlp).relevant


def test_sent_to_a_member_of_the_public_is_a_misdirection(nlp) -> None:
    sent = "Avon and Somerset Police posted a witness's statement to a member of the public."
    ex = extract(Document(text=sent), nlp)
    assert [i.breach_type for i in ex.incidents] == ["posted_to_incorrect_recipient"]
    # An appeal sent to the public carries no one's data: no breach.
    appeal = "Avon and Somerset Police sent a letter to members of the public asking for footage."
    assert not extract(Document(text=appeal), nlp).relevant
