"""Round 33b (r33b-short): short single-incident stories that never say "data breach".

- A force's own message that showed its recipients to one another ('Kent Police emailed 60
  victims without using blind copy') describes a breach: a strong cue of a failure to use bcc
  after a force that opens the sentence or a clause -- the sender -- with no speaker or other
  body between ('Kent Police said a school had emailed parents without bcc' is the school's),
  and not in a sentence of advice ('police urged firms to use blind copy').
- A force named by one of its own internal units ('investigated by Kent Police's professional
  standards department') investigates its own people: where no other force is at fault, the
  breach the story tells is that force's, not an outside enforcer's.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract.pipeline import process


def _relevant(text: str) -> bool:
    return process(text.encode(), path="story.txt")[1].relevant


def _incident_forces(text: str) -> list[str | None]:
    return [i.force for i in process(text.encode(), path="story.txt")[1].incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Victims emailed in group message\n\nNorfolk Constabulary emailed 65 victims of "
        "fraud without using blind copy. Each person could see who else had been sent it.",
        "Survey went out to burglary victims\n\nOn Monday, Dyfed-Powys Police sent a "
        "questionnaire to 120 burglary victims with every address visible. The force said "
        "sorry.",
        "Witnesses see each other's emails\n\nThe Police Service of Northern Ireland emailed "
        "dozens of witnesses using the cc field instead of bcc. It has apologised.",
    ],
)
def test_force_message_showing_recipients_is_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _relevant(text)


@pytest.mark.parametrize(
    "text",
    [
        "Parents see each other's emails\n\nLincolnshire Police said a primary school had "
        "emailed 150 parents without using blind copy. The school apologised to families.",
        "Firms told to take care with group emails\n\nWest Midlands Police urged shops to "
        "use blind copy when emailing their customers. The force said it protected privacy.",
        "Officers see each other's addresses\n\nA county council emailed 40 Essex Police "
        "officers without using blind copy. The council said it regretted the mistake.",
    ],
)
def test_bcc_failure_of_another_sender_is_not_the_forces(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not _relevant(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officer accused of checking records\n\nThe watchdog decided the case should be "
        "investigated by Suffolk Constabulary's professional standards department. It follows "
        "claims that an officer searched police systems for details of a former girlfriend "
        "without a policing purpose.",
        "Referral over shared address\n\nThe case has been referred to Avon and Somerset "
        "Police's professional standards department after an officer shared a victim's address "
        "in a WhatsApp group.",
    ],
)
def test_force_investigating_through_its_own_unit_is_at_fault(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _relevant(text)


@pytest.mark.parametrize(
    "text",
    [
        "Complaint over arrest referred\n\nThe IOPC said the matter should be investigated by "
        "Gwent Police's professional standards department. An officer is accused of pushing "
        "a man to the ground during an arrest.",
        "Crash complaint to be looked at\n\nA complaint about the speed of a patrol car will "
        "be investigated by Cleveland Police's professional standards department.",
    ],
)
def test_own_unit_investigating_no_data_matter_is_not_relevant(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not _relevant(text)


def test_own_unit_of_one_force_and_another_force_at_fault(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Notebook lost on train\n\nThe matter will be investigated by Kent Police's professional "
        "standards department after a Metropolitan Police officer lost a notebook holding "
        "witness details on a train."
    )
    assert _incident_forces(text) == ["Metropolitan Police Service"]


@pytest.mark.parametrize(
    "text",
    [
        "Force sorry over appeal\n\nCumbria Constabulary has apologised after an appeal for "
        "dashcam footage accidentally identified a victim of stalking. The appeal was taken "
        "down.",
        "Appeal named victim\n\nA police appeal mistakenly identified a teenage victim of an "
        "assault, Humberside Police has admitted. The force said sorry to the family.",
        "Witness named in error\n\nA witness appeal issued by Lincolnshire Police "
        "inadvertently identified the victim of a robbery. The force apologised.",
    ],
)
def test_an_appeal_that_itself_erred_is_no_advice(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _relevant(text)


@pytest.mark.parametrize(
    "text",
    [
        "Force warns over card scam\n\nWiltshire Police warned residents after several "
        "people mistakenly handed their cards to a caller posing as a detective. The force "
        "said officers would never ask for a PIN.",
        "Scam victims urged to call bank\n\nGloucestershire Police has urged victims who "
        "accidentally gave their bank details to fraudsters to call their bank at once.",
    ],
)
def test_advice_about_the_publics_own_mistakes_stays_advice(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not _relevant(text)
