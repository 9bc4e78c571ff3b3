"""Full-text search: query parsing, ranking, highlighting, the way back to incidents, the CLI."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session
from web_corpus import HOSTILE_TITLE, STORIES

from kb.errors import BadInput
from kb.search import fts5_query, parse_query, postgres_query, search


def _titles(hits) -> set[str]:  # type: ignore[no-untyped-def]
    return {hit.title for hit in hits}


def _stories_containing(*words: str) -> set[str]:
    return {s.title for s in STORIES if all(w.lower() in s.text.lower() for w in words)}


@pytest.mark.parametrize(
    "query, words",
    [
        ("USB stick", ("usb", "stick")),
        ("laptop", ("laptop",)),
        ("reprimand", ("reprimand",)),
        ("police systems", ("police", "systems")),
    ],
)
def test_search_finds_exactly_the_articles_containing_every_word(
    kb_session: Session, query: str, words: tuple[str, ...]
) -> None:
    hits = search(kb_session, query)
    assert hits
    assert _titles(hits) == _stories_containing(*words)


def test_matches_are_highlighted_in_the_snippet(kb_session: Session) -> None:
    hits = search(kb_session, "memory stick")
    assert hits
    for hit in hits:
        marked = re.findall(r"\*\*(.+?)\*\*", hit.snippet)
        assert {m.lower() for m in marked} >= {"memory", "stick"}


def test_custom_markers(kb_session: Session) -> None:
    hit = search(kb_session, "laptop", mark=("<<", ">>"))[0]
    assert "<<laptop>>" in hit.snippet.lower()


def test_stemming_finds_other_word_forms(kb_session: Session) -> None:
    # "sticks" and "emails" never occur; the porter tokenizer matches "stick" and "emailed".
    assert _titles(search(kb_session, "USB sticks")) == _stories_containing("usb stick")
    assert _titles(search(kb_session, "emails")) == _stories_containing("emailed")


def test_phrase_or_and_prefix(kb_session: Session) -> None:
    # Words of the phrase occur apart in no article, together in the USB story only.
    assert _titles(search(kb_session, '"memory stick"')) == _stories_containing("memory stick")
    assert _titles(search(kb_session, '"stick memory"')) == set()
    either = search(kb_session, "laptop OR reprimand")
    assert _titles(either) == _stories_containing("laptop") | _stories_containing("reprimand")
    assert _titles(search(kb_session, "unencrypt*")) == _stories_containing("unencrypted")


def test_title_matches_rank_above_text_matches(kb_session: Session) -> None:
    # "USB" is in the headline of the fine stories; the ranking weights titles higher.
    hits = search(kb_session, "stolen")
    assert hits[0].title == HOSTILE_TITLE  # the only headline saying "stolen"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_hits_lead_back_to_incidents_and_flag_copies(kb_session: Session) -> None:
    hits = search(kb_session, "unencrypted USB")
    assert len(hits) == 2
    linked = {
        row.incident_id
        for row in kb_session.execute(
            text("SELECT incident_id FROM incident_sources WHERE article_id IN (:a, :b)"),
            {"a": hits[0].article_id, "b": hits[1].article_id},
        )
    }
    assert all(hit.incident_ids and set(hit.incident_ids) <= linked for hit in hits)
    copies = [hit for hit in hits if hit.duplicate_of]
    assert len(copies) == 1
    assert copies[0].duplicate_of in {hit.article_id for hit in hits}


def test_limit(kb_session: Session) -> None:
    assert len(search(kb_session, "police", limit=2)) == 2
    with pytest.raises(BadInput):
        search(kb_session, "police", limit=0)


@pytest.mark.parametrize("query", ["GMP's \"USB", "e-mail NEAR(", "title:laptop", "a*b OR -c"])
def test_fts_syntax_typed_by_accident_never_breaks_the_query(
    kb_session: Session, query: str
) -> None:
    search(kb_session, query)  # must not raise sqlite3.OperationalError


@pytest.mark.parametrize("query", ["", "   ", '""', "*** --"])
def test_a_query_without_words_is_a_clear_error(kb_session: Session, query: str) -> None:
    with pytest.raises(BadInput, match="no words"):
        search(kb_session, query)


def test_query_translation() -> None:
    assert parse_query('usb "memory stick" OR lapt*') == [
        [("usb", False), ("memory stick", False)],
        [("lapt", True)],
    ]
    assert fts5_query('usb "memory stick" OR lapt*') == ('("usb" AND "memory stick") OR ("lapt"*)')
    assert postgres_query('usb "memory stick" OR lapt*') == 'usb "memory stick" or lapt'


# --- CLI -----------------------------------------------------------------------------------


def test_cli_table_shows_title_and_snippet(run_cli, web_kb: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("search", "laptop", "--db", str(web_kb))
    assert result.exit_code == 0, result.output
    assert "laptop" in result.output
    assert "<script>" in result.output  # hostile title printed as text, not interpreted
    assert "\x02" not in result.output and "**" not in result.output


def test_cli_json_is_stable_and_highlighted(run_cli, web_kb: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("search", "memory stick", "--db", str(web_kb), "--format", "json")
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)
    assert len(hits) == sum("memory stick" in s.text for s in STORIES)
    assert set(hits[0]) >= {"article_id", "title", "url", "published_at", "snippet", "score"}
    assert all("**memory**" in h["snippet"].lower() for h in hits)
    assert all(h["incident_ids"] for h in hits)


def test_cli_csv_opens_with_the_csv_module(run_cli, web_kb: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("search", "reprimand", "--db", str(web_kb), "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["title"] for r in rows] == sorted(_stories_containing("reprimand"))
    assert "**reprimand**" in rows[0]["snippet"]


def test_cli_bad_query_is_one_line_error(web_kb: Path) -> None:
    from click.testing import CliRunner

    from kb.cli import cli

    result = CliRunner().invoke(cli, ["search", "--db", str(web_kb), "--", "---"])
    assert result.exit_code != 0
    assert "no words" in result.output
    assert "Traceback" not in result.output


def test_cli_no_hits(run_cli, web_kb: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("search", "helicopter", "--db", str(web_kb))
    assert result.exit_code == 0
    assert "No article matches" in result.output


def test_broad_queries_rank_only_the_newest_matches(
    kb_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    every = {hit.article_id for hit in search(kb_session, "police", limit=100)}
    assert len(every) > 2
    monkeypatch.setattr("kb.search.RANK_WINDOW", 2)
    windowed = {hit.article_id for hit in search(kb_session, "police", limit=100)}
    assert windowed == set(sorted(every)[-2:])
    # A query with fewer matches than the window is ranked over all of them.
    assert len(search(kb_session, "unencrypted")) == 2
