"""Round 39 (lead): a fact box's field naming the body is data, not a heading.

Regulators' registers, enforcement pages and case sheets name the organisation in a labelled
field above the story ("Organisation: Kent Police", "Data controller - Essex Police"), and the
story itself then says only "the force". Cleaning dropped such a line as a short title-case
heading outside the body (`edge_heading`), and with it the only force of the page. A field with
one of the labels of boilerplate.toml [fields] is kept, as a date line is; other labelled lines
("Tags: ...") are judged as before.

Every page here was written for these tests."""

from __future__ import annotations

import pytest

from extract import nlp
from extract.clean import clean

BODY = (
    "<p>Date: 9 February 2024</p>"
    "<p>The force lost a folder of witness statements after an officer left it on a bus."
    " The folder has not been found.</p>"
    "<p>We have issued a reprimand. The organisation has since changed how officers carry"
    " paper records.</p>"
)


def _page(field: str) -> bytes:
    return (
        "<html><head><title>Reprimand over lost statements</title></head><body><article>"
        f"<h1>Reprimand over lost statements</h1><p>{field}</p>{BODY}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "field",
    [
        "Organisation: Cumbria Constabulary",
        "Organization: Cumbria Constabulary",
        "Data controller - Cumbria Constabulary",
        "Who: Cumbria Constabulary",
    ],
)
def test_a_field_naming_the_force_is_kept_and_names_the_breacher(field: str) -> None:
    doc = clean(_page(field), url="https://example.org/action-we-have-taken/reprimand-9")
    assert field in (doc.text or "").splitlines()
    result = nlp.extract(doc)
    assert result.relevant, result.relevance_reason
    assert [(i.force, i.action) for i in result.incidents] == [
        ("Cumbria Constabulary", "reprimand")
    ]


def test_a_tag_line_is_still_no_field() -> None:
    doc = clean(
        _page("Tags: Cumbria Constabulary"), url="https://example.org/action-we-have-taken/r-9"
    )
    assert "Tags: Cumbria Constabulary" not in (doc.text or "")
    assert not nlp.extract(doc).relevant
