"""Round 41 (relevance): page structure and the scope of a penalty.

- A 'Latest news' list on a regulator's page gives each story a headline with its date and a
  one-line summary; the summary is a sentence, so the list used to end there and another
  organisation's fine ("We have fined a call centre £120,000") became the force's
  (`boilerplate._standfirst`).
- A real sentence about a newsletter, cookies or an advert ("its newsletter was emailed with
  every address visible") was dropped as a promotion (`boilerplate._told_event`).
- A force fined or reprimanded without its name ("A police force has been fined £150,000
  after ...") was no police breach at all (`relevance.unnamed_force_penalised`,
  `assemble._unnamed_force_story`, the raw scan's `[unnamed_penalised]`).
- The Police Complaints Authority (before 2004), the Police Complaints Board and the Police
  Complaints Commissioner for Scotland were no regulators.
- A quoted 'we' on a page naming no regulator ("Police replied: ... we will look into it")
  was read as the ICO's own inquiry (`actions._first_person`).

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.boilerplate import filter_lines
from extract.models import Document
from extract.pipeline import process
from extract.raw_scan import scan


def _run(text: str):
    return nlp.extract(Document(text=text))


def _processed(text: str):
    _, extraction = process(text.encode(), path="/tmp/round41.txt", url=None)
    return extraction


ICO = "Information Commissioner's Office"

# --- link lists: a dated item's summary -----------------------------------------------------


def test_a_dated_items_summary_stays_in_the_link_list() -> None:
    lines = [
        "Force reprimanded over lost files",
        "We have issued a reprimand to Kent Police after a folder of witness statements was"
        " left on a train.",
        "Latest News from",
        "Marketing firm fined for nuisance calls 12/03/2024 10:15:00",
        "We have fined a Leeds call centre £120,000 for making thousands of unwanted calls.",
        "New guidance on workplace monitoring 08/03/2024 09:00:00",
    ]
    kept, dropped = filter_lines(lines, headline=0)
    assert lines[4] not in kept
    assert (lines[4], "link_summary") in dropped
    assert lines[1] in kept


def test_the_article_resuming_after_an_undated_heading_is_kept() -> None:
    lines = [
        "Kent Police reprimanded",
        "The ICO has reprimanded Kent Police after a folder of case papers was left in a pub.",
        "Related",
        "The ICO later fined Kent Police £50,000 for the same loss after the folder was found"
        " to hold the details of 200 victims.",
    ]
    kept, _ = filter_lines(lines, headline=0)
    assert lines[3] in kept


def test_a_regulator_page_keeps_its_own_action_not_the_listed_fine() -> None:
    ex = _processed(
        "Information Commissioner's Office\nForce reprimanded over lost files\nWe have issued"
        " a reprimand to Kent Police after a folder of witness statements was left on a"
        " train.\nThe folder held the names and addresses of 14 witnesses.\n\nLatest News"
        " from\nInformation Commissioner's Office\nMarketing firm fined for nuisance calls"
        " 12/03/2024 10:15:00\nWe have fined a Leeds call centre £120,000 for making"
        " thousands of unwanted marketing calls.\n"
    )
    assert ex.relevant
    assert {i.action for i in ex.incidents} == {"reprimand"}
    assert not any(i.fine_amount for i in ex.incidents)


# --- promotions: a cue word inside a told event -----------------------------------------------

BODY = [
    "Force apologises over lost folder",
    "Kent Police has apologised after a folder of witness statements was left on a bus in"
    " Maidstone last week.",
    "The folder held the names and addresses of 14 people, the force said on Friday.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Cheshire Constabulary has apologised after its community newsletter was emailed with"
        " every subscriber's address visible to the other recipients.",
        "Sussex Police was criticised after its website placed tracking cookies on the devices"
        " of people reporting crimes online.",
    ],
)
def test_a_sentence_about_a_newsletter_or_cookies_is_kept(line: str) -> None:
    kept, _ = filter_lines([*BODY, line], headline=0)
    assert line in kept


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to our free crime newsletter and get the latest stories from Kent delivered"
        " to your inbox every morning.",
        "Subscribe to the Kentish Express newsletter, which was launched in 2019 and is read by"
        " 20,000 people.",
        "The BBC is not responsible for the content of external internet sites.",
        "This site uses cookies to give you the best experience, and by continuing you agree"
        " to our cookie policy.",
    ],
)
def test_calls_to_the_reader_are_still_promotions(line: str) -> None:
    kept, _ = filter_lines([*BODY, line], headline=0)
    assert line not in kept


# --- a force penalised without its name --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fine", "action"),
    [
        (
            "A police force has been fined £130,000 after an unencrypted laptop holding the"
            " details of informants was stolen from a detective's car.\nThe Information"
            " Commissioner's Office said the force had no rules on taking data home.\n",
            130000,
            "monetary_penalty",
        ),
        (
            "Legal update\nA police force has been fined £100,000 after sensitive case files"
            " were found in a skip outside a former station, and a housing association has been"
            " fined £40,000 after letters went to the wrong tenants.\nThe Information"
            " Commissioner's Office found the force had not checked the building.\n",
            100000,
            "monetary_penalty",
        ),
        (
            "The ICO has reprimanded a police force after officers emailed the names of 900"
            " crime victims to a local business group.\nThe force said it had retrained staff.\n",
            None,
            "reprimand",
        ),
    ],
)
def test_a_force_penalised_without_its_name_is_a_police_breach(
    text: str, fine: int | None, action: str
) -> None:
    ex = _processed(text)
    assert ex.relevant
    [incident] = ex.incidents
    assert incident.force is None
    assert incident.fine_amount == fine
    assert incident.action == action
    assert incident.regulator == ICO


@pytest.mark.parametrize(
    "text",
    [
        "Police forces could be fined up to £17m under new data protection laws, the"
        " Information Commissioner's Office has warned.\nThe regulator will publish guidance.\n",
        "A police officer has been fined £750 by magistrates for speeding on the motorway while"
        " off duty.\nThe officer admitted the offence.\n",
        "A charity has been fined £50,000 by the Information Commissioner's Office after it"
        " lost a laptop holding donors' bank details.\nThe police force investigated the theft"
        " but no one was charged.\n",
        "A police force has been fined £200,000 by a court after an officer was injured during"
        " training.\nThe Health and Safety Executive brought the prosecution.\n",
    ],
)
def test_no_unnamed_police_breach_without_a_force_penalised_for_data(text: str) -> None:
    assert not _processed(text).relevant


def test_the_raw_scan_keeps_a_page_of_an_unnamed_force_fined() -> None:
    kept = scan(b"<p>A police force has been fined after a memory stick was lost.</p>")
    assert kept.keep
    assert not scan(b"<p>A charity has been fined after a memory stick was lost.</p>").keep


# --- older police complaints bodies ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "regulator"),
    [
        (
            "Officers face charges over leaked records\n\nDetectives in Merseyside Police are"
            " investigating claims that officers sold information from police computers to"
            " private investigators.\nThe Police Complaints Authority is supervising the"
            " investigation into six officers.",
            "Police Complaints Authority",
        ),
        (
            "Complaint over police files\n\nThe Police Complaints Commissioner for Scotland has"
            " reviewed how Strathclyde Police handled a complaint that officers disclosed a"
            " man's criminal record to his employer.",
            "Police Investigations and Review Commissioner",
        ),
    ],
)
def test_older_complaints_bodies_are_regulators(text: str, regulator: str) -> None:
    ex = _run(text)
    assert ex.relevant
    assert regulator in {i.regulator for i in ex.incidents}


# --- a quoted 'we' on a page naming no regulator ---------------------------------------------


def test_a_forces_quoted_we_is_no_regulators_inquiry() -> None:
    ex = _run(
        "Officer emailed witness list to suspect\n\nA Norfolk Constabulary officer emailed a"
        " list of witnesses to a suspect's solicitor in error.\nThe force replied on social"
        ' media: "Thanks for raising this, we will look into it."'
    )
    assert ex.relevant
    assert not any(i.regulator or i.action for i in ex.incidents)


def test_a_regulators_unquoted_we_is_still_its_own() -> None:
    ex = _run(
        "Our investigation found that Cleveland Police kept the fingerprints of 2,000 people"
        " after it should have deleted them.\nWe have issued a reprimand to the force."
    )
    assert {i.action for i in ex.incidents} == {"reprimand"}
    assert {i.regulator for i in ex.incidents} == {ICO}


def test_a_skip_link_glued_to_the_next_menu_item_is_navigation() -> None:
    lines = [
        "Skip to main contentAccess keys help",
        "Force fined over lost files",
        "Kent Police was fined £80,000 after a folder of case papers was left on a train.",
    ]
    kept, dropped = filter_lines(lines)
    assert lines[0] not in kept
    assert (lines[0], "nav_heading") in dropped
