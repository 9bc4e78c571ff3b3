"""Round 30, the lead's list of mechanism faults (extract/rules/dates.py, relevance.py,
types.py; extract/components/breach_types.py, lemmas.py; extract/data). A year inside the noun
phrase of the event ("2022's publication", "the force's 2018 data leak") is the event's year;
data a hacked supplier held for a force ("data relating to Essex Police", "records held by
Gwent Police") is the force's breach, a cyber attack, never another force's that only
investigates it; officers who went to or raided the wrong address sent no data; telling
someone which neighbour called or where a person lives is a verbal disclosure ("told
reporters what happened" is not); an article ("an", "these", "first") is no verb, so a clause
read after "reported an incident to the ICO" runs on to the regulator; an earlier warning told
in a relative clause splits no incident. Every sentence here was written for these tests."""

from __future__ import annotations

from incident_probe import incident_rows, per_force

from extract.rules.dates import _verb


def _types(nlp, text: str) -> set[object]:  # type: ignore[no-untyped-def]
    return {t for (t,) in incident_rows(nlp, text, "breach_type")}


def _cue_labels(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)  # kept alive while its spans are read
    return {c.label_ for c in doc.spans["breach_cues"]}


# 1. A year in the event's own noun phrase


def test_a_possessive_year_dates_the_event_it_owns(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sussex Police has been reprimanded by the Information Commissioner's Office over "
        "2022's accidental publication of victims' names on its website. The reprimand was "
        "announced in May 2024."
    )
    assert per_force(nlp, text, "breach_year") == {"Sussex Police": 2022}


def test_a_year_after_the_forces_possessive_dates_its_leak(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ICO issued a reprimand in 2024 over the force's 2018 data leak, which affected "
        "300 people, Gwent Police said."
    )
    assert per_force(nlp, text, "breach_year") == {"Gwent Police": 2018}


def test_a_year_before_a_modified_event_noun_after_a_possessive(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In 2024 the ICO reprimanded Nottinghamshire Police over the force's 2022 accidental "
        "release of a victim's statement to the suspect."
    )
    assert per_force(nlp, text, "breach_year") == {"Nottinghamshire Police": 2022}


def test_guard_a_documents_year_before_the_event_still_dates_no_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ICO's 2023 report said Kent Police lost a laptop in 2021."
    assert per_force(nlp, text, "breach_year") == {"Kent Police": 2021}


def test_guard_a_relative_dates_possessive_gives_no_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kent Police was fined in 2023 over last year's loss of a laptop."
    assert per_force(nlp, text, "breach_year") == {"Kent Police": None}


# 2. A supplier hacked: the forces whose data was taken


def test_every_force_whose_data_a_suppliers_hackers_took_is_affected(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hackers who attacked a software supplier stole data relating to Essex Police and "
        "Kent Police, the forces said in 2023."
    )
    assert incident_rows(nlp, text, "force", "breach_type") == {
        ("Essex Police", "cyber_attack"),
        ("Kent Police", "cyber_attack"),
    }


def test_a_force_investigating_the_hack_is_not_the_breacher(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hackers stole information relating to Hertfordshire Constabulary and Bedfordshire "
        "Police from a software company in 2022. Kent Police is investigating the attack."
    )
    assert incident_rows(nlp, text, "force", "breach_type") == {
        ("Hertfordshire Constabulary", "cyber_attack"),
        ("Bedfordshire Police", "cyber_attack"),
    }


def test_files_belonging_to_a_force_taken_by_criminals_are_its_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Criminals who breached the systems of an IT firm took files belonging to Avon and "
        "Somerset Police in 2021, and the ICO was informed."
    )
    assert incident_rows(nlp, text, "force", "breach_type") == {
        ("Avon and Somerset Police", "cyber_attack")
    }


def test_records_held_by_a_force_reached_through_a_hacked_contractor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Records held by Gwent Police were accessed by criminals who hacked a third-party "
        "contractor in 2024."
    )
    assert incident_rows(nlp, text, "force", "breach_type") == {("Gwent Police", "cyber_attack")}


def test_files_stolen_by_cyber_criminals_are_a_cyber_attack_not_lost_paper(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Files relating to Police Scotland were stolen when cyber criminals attacked a legal "
        "firm in 2022."
    )
    assert incident_rows(nlp, text, "force", "breach_type") == {("Police Scotland", "cyber_attack")}


def test_guard_outsiders_posting_officers_addresses_is_no_force_breach(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Protesters posted the addresses of Kent Police officers online in 2022."
    assert incident_rows(nlp, text, "force") == set()


# 3. The wrong house: a visit, no posting


def test_officers_who_went_to_the_wrong_address_posted_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Essex Police officers went to the wrong address to arrest a suspect in 2021, the "
        "force admitted."
    )
    assert "posted_to_incorrect_recipient" not in _types(nlp, text)


def test_detectives_who_turned_up_at_the_wrong_address_posted_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Durham Constabulary detectives turned up at the wrong address in 2019 looking for a "
        "burglar."
    )
    assert "posted_to_incorrect_recipient" not in _types(nlp, text)


def test_officers_who_attended_the_wrong_address_posted_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officers from Thames Valley Police attended the wrong address in 2024 after a 999 call."
    assert "posted_to_incorrect_recipient" not in _types(nlp, text)


def test_guard_letters_sent_to_the_wrong_address_stay_posted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police sent letters to the wrong address in 2022, revealing a victim's details, "
        "and was reprimanded by the ICO."
    )
    assert _types(nlp, text) == {"posted_to_incorrect_recipient"}


def test_guard_a_letter_that_went_to_the_wrong_address_stays_posted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A letter from Kent Police containing a victim's details went to the wrong address in "
        "2022, and the ICO reprimanded the force."
    )
    assert _types(nlp, text) == {"posted_to_incorrect_recipient"}


# 4. Told whom, which or where


def test_telling_the_suspect_which_neighbour_called_is_verbal(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Kent Police officer told the suspect which neighbour had called the police, and "
        "the ICO reprimanded the force in 2023."
    )
    assert _types(nlp, text) == {"verbal_disclosure"}


def test_revealing_where_an_ex_partner_lives_is_verbal(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A PC from Essex Police revealed to the man where his ex-partner was living."
    assert "verbal_disclosure" in _cue_labels(nlp, text)


def test_telling_which_address_a_victim_moved_to_is_verbal(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "An officer from Gwent Police revealed to the offender which address the victim had "
        "moved to, the force said in 2023."
    )
    assert _types(nlp, text) == {"verbal_disclosure"}


def test_telling_which_family_member_made_the_allegation_is_verbal(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Wiltshire Police officer told the accused which family member had made the "
        "allegation, the ICO found in 2023."
    )
    assert _types(nlp, text) == {"verbal_disclosure"}


def test_guard_telling_reporters_what_happened_is_no_disclosure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police told reporters what happened after the ICO reprimanded the force in "
        "2023 for emailing a file to the wrong person."
    )
    assert "verbal_disclosure" not in _types(nlp, text)


def test_guard_revealing_to_journalists_where_someone_lived_is_no_telling(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Sussex Police revealed to journalists where the victim had been living."
    assert "verbal_disclosure" not in _cue_labels(nlp, text)


# 5. An article is no verb


def test_articles_and_ordinals_are_no_verbs(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("They sent an email to these first officers.")
    assert [t.text for t in doc if _verb(t)] == ["sent"]


def test_a_report_of_an_error_to_the_regulator_dates_the_report(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hampshire Constabulary disclosed an error to the ICO in August 2022, and was "
        "reprimanded in 2023."
    )
    assert per_force(nlp, text, "breach_year") == {"Hampshire Constabulary": None}


# 6. An earlier warning in a relative clause


def test_guard_a_warning_in_a_relative_clause_splits_no_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police was reprimanded by the ICO in 2023. The force, which had previously been "
        "warned about its email system, sent the file to the wrong address in 2021."
    )
    assert incident_rows(nlp, text, "force", "breach_year", "mention") == {
        ("Kent Police", 2021, "primary")
    }


def test_guard_an_earlier_loss_in_its_own_sentence_is_its_own_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kent Police was reprimanded by the ICO in 2023 after it sent a file to the wrong "
        "address in 2021. The force had previously lost a laptop in 2019."
    )
    assert incident_rows(nlp, text, "force", "breach_year", "mention") == {
        ("Kent Police", 2021, "primary"),
        ("Kent Police", 2019, "passing"),
    }
