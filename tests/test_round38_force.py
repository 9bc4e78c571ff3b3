"""Round 38 (r38-force): forces named where real reporting puts them.

- A police.uk host runs a force's name together or shortens it ("avonandsomerset",
  "thamesvalley", "devon-cornwall", "northyorks", "psni"): the page's force is found from the
  host squashed like the force's names, so a force's own news page that says only "we",
  "our" or "the force" is that force's.
- Another body's "we are working with X" (a council's quote) makes X a helper, not at fault.
- A force's name inside a place abroad ("New York Police Department", "New South Wales
  Police Force") is no UK force.
- "Staff members of X" are the force's own people, not members another body represents.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from incident_probe import story_forces

from extract.rules.hints import PageHints, hinted_force

PUBLISHED = date(2024, 6, 10)


def forces(nlp, head: str, body: str) -> set[str]:  # type: ignore[no-untyped-def]
    return story_forces(nlp, head, body, PUBLISHED)


def page_forces(nlp, head: str, body: str, url: str) -> set[str]:  # type: ignore[no-untyped-def]
    return story_forces(nlp, head, body, PUBLISHED, url)


@pytest.mark.parametrize(
    ("host", "force"),
    [
        ("www.avonandsomerset.police.uk", "Avon and Somerset Police"),
        ("www.thamesvalley.police.uk", "Thames Valley Police"),
        ("www.devon-cornwall.police.uk", "Devon and Cornwall Police"),
        ("www.northyorks.police.uk", "North Yorkshire Police"),
        ("www.southyorks.police.uk", "South Yorkshire Police"),
        ("www.psni.police.uk", "Police Service of Northern Ireland"),
        ("www.gmp.police.uk", "Greater Manchester Police"),
        ("www.met.police.uk", "Metropolitan Police Service"),
        ("www.westmercia.police.uk", "West Mercia Police"),
        ("www.cityoflondon.police.uk", "City of London Police"),
        ("www.kent.police.uk", "Kent Police"),
        ("www.example.police.uk", None),
        ("www.college.police.uk", None),
        ("www.kent-news.co.uk", None),
    ],
)
def test_police_host_names_its_force(host: str, force: str | None) -> None:
    found = hinted_force(PageHints(url=f"https://{host}/news/2023/05/statement/"))
    assert (found[0] if found else None) == force


@pytest.mark.parametrize(
    ("url", "force"),
    [
        (
            "https://www.avonandsomerset.police.uk/news/2023/02/officer-dismissed/",
            {"Avon and Somerset Police"},
        ),
        (
            "https://www.westmercia.police.uk/news/2023/02/officer-dismissed/",
            {"West Mercia Police"},
        ),
        ("https://www.bristolpost.co.uk/news/2023/02/officer-dismissed/", set()),
    ],
)
def test_own_page_we_is_the_host_force(nlp, url: str, force: set[str]) -> None:  # type: ignore[no-untyped-def]
    head = "Constable dismissed after misconduct hearing"
    body = (
        "A constable has been dismissed without notice after looking up call logs about a"
        " neighbour while off duty in January 2023 and sharing details with a friend.\n\n"
        "The matter came to light after a complaint and was investigated by our Professional"
        " Standards Department."
    )
    assert page_forces(nlp, head, body, url) == force


def test_staff_members_of_a_force_are_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "A newspaper has found that 23 staff members of Derbyshire Constabulary looked at records"
        " they had no reason to see over three years.\n\n"
        "One officer searched the force database in 2019 for details of a neighbour and resigned."
    )
    assert forces(nlp, "Records snooping revealed", body) == {"Derbyshire Constabulary"}


def test_members_another_body_represents_stay_bystanders(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "A staff union has been reprimanded by the ICO after the home addresses of members"
        " working for Hampshire Constabulary were emailed to the wrong branch in 2022.\n\n"
        "The union said it had apologised."
    )
    assert forces(nlp, "Union reprimanded over members' addresses", body) == set()


@pytest.mark.parametrize(
    ("head", "body", "want"),
    [
        (
            "Council confirms tenants' data stolen",
            "A council has confirmed that the personal details of 2,000 tenants were stolen by"
            ' hackers in 2023.\n\n"We continue to work with the cyber crime unit at Kent Police'
            ' and the ICO," a council director said.',
            set(),
        ),
        (
            "Council confirms tenants' data stolen",
            "A council has confirmed that the personal details of 2,000 tenants were stolen by"
            ' hackers in 2023.\n\n"We are working closely with Kent Police," a spokesman said.',
            set(),
        ),
        (
            "Force reports laptop theft",
            "Essex Police has reported itself to the ICO after an officer's laptop holding witness"
            ' statements was stolen in 2023.\n\n"We are working with the Metropolitan Police, who'
            ' are investigating the theft," Essex Police said.',
            {"Essex Police"},
        ),
    ],
)
def test_we_work_with_the_force_helps(nlp, head: str, body: str, want: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, head, body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "The New York Police Department has apologised after it put the names of 200 officers"
            " online by mistake in 2021.",
            set(),
        ),
        (
            "The New South Wales Police Force emailed the details of 40 witnesses to the wrong"
            " address in 2022.",
            set(),
        ),
        (
            "South Wales Police emailed the details of 40 witnesses to the wrong address in 2022.",
            {"South Wales Police"},
        ),
        (
            "A new Kent Police unit emailed the details of 40 witnesses to the wrong address in"
            " 2022.",
            {"Kent Police"},
        ),
    ],
)
def test_a_force_inside_a_place_abroad_is_none(nlp, body: str, want: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert forces(nlp, "Police email error", body) == want
