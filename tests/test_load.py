"""`breachkb load`: idempotent, one transaction per document, bad input reported and skipped."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

import kb.loader
from kb.cli import cli
from kb.db import make_engine, session_scope
from kb.loader import load_paths
from kb.models import Article, EnforcementAction, Incident, IncidentSource

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

ARTICLE = (
    "Kent Police fined over lost memory stick\n\n"
    "Kent Police has been fined {amount} by the Information Commissioner's Office after an "
    "unencrypted memory stick holding victims' details was lost in 2019.\n\n"
    "The ICO said the force had failed to protect sensitive personal data.\n"
)


def _counts(url: str) -> dict[str, int]:
    with session_scope(make_engine(url)) as s:
        return {
            "articles": s.scalar(select(func.count(Article.id))),
            "facts": s.scalar(select(func.count(IncidentSource.id))),
            "incidents": s.scalar(select(func.count(Incident.id))),
            "actions": s.scalar(select(func.count(EnforcementAction.id))),
        }


def _incident_tuples(url: str) -> set[tuple]:
    with session_scope(make_engine(url)) as s:
        rows = s.execute(select(Incident.force_id, Incident.breach_year, Incident.breach_type))
        return set(rows.all())


def test_loading_seeds_twice_changes_nothing(db_url: str) -> None:
    first = load_paths(make_engine(db_url), [SEEDS])
    assert first.loaded == 3 and not first.skipped
    assert first.statuses["new"] == 3
    after_first, tuples = _counts(db_url), _incident_tuples(db_url)
    assert after_first["incidents"] >= 3  # DVDs, the earlier USB stick, the test system

    second = load_paths(make_engine(db_url), [SEEDS])
    assert second.statuses == {"unchanged": 3}
    assert _counts(db_url) == after_first
    assert _incident_tuples(db_url) == tuples


def test_bad_files_are_skipped_with_reasons_and_good_ones_land(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (corpus / "latin1.txt").write_bytes(ARTICLE.format(amount="£100,000").encode("cp1252"))
    (corpus / "broken.html").write_text(
        "<html><head><title>Broken</title></head><body><article><h1>Kent Police fined</h1><p>"
        + ARTICLE.format(amount="£80,000").replace("\n\n", "</p><p>")
        + "<p>The force said it had since changed its procedures and retrained sta",
        encoding="utf-8",
    )
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04 not really")
    report = load_paths(make_engine(db_url), [corpus])

    reasons = {Path(s.label).name: s.reason for s in report.skipped}
    assert set(reasons) == {"empty.txt", "image.html", "notes.docx"}
    assert "empty" in reasons["empty.txt"].lower()
    assert "binary" in reasons["image.html"].lower()
    assert "unsupported" in reasons["notes.docx"]
    assert report.loaded == 2

    with session_scope(make_engine(db_url)) as s:
        texts = {Path(a.path).name: a for a in s.scalars(select(Article))}
        assert "£100,000" in texts["latin1.txt"].text and "Â" not in texts["latin1.txt"].text
        assert "unencrypted memory stick" in texts["broken.html"].text
        fines = set(s.scalars(select(IncidentSource.fine_amount)))
    assert {100_000, 80_000} <= fines


def test_a_crash_mid_load_keeps_earlier_documents_and_rolls_back_the_broken_one(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in sorted(p.name for p in SEEDS.iterdir()):
        shutil.copy(SEEDS / name, corpus / name)
    real_store = kb.loader.store_document

    def store_then_fail_on_dvd_article(session, doc, ex, **kw):  # type: ignore[no-untyped-def]
        result = real_store(session, doc, ex, **kw)
        if "DVD" in (doc.title or ""):
            raise RuntimeError("disk full")  # after rows were written in this transaction
        return result

    monkeypatch.setattr(kb.loader, "store_document", store_then_fail_on_dvd_article)
    report = load_paths(make_engine(db_url), [corpus])
    assert report.loaded == 2
    assert [s.reason for s in report.skipped] == ["internal error: RuntimeError: disk full"]
    with session_scope(make_engine(db_url)) as s:
        titles = list(s.scalars(select(Article.title)))
        assert not any("DVD" in (t or "") for t in titles)
        # nothing half-written: every fact belongs to a stored article
        assert (
            s.scalar(
                select(func.count(IncidentSource.id)).where(
                    IncidentSource.article_id.not_in(select(Article.id))
                )
            )
            == 0
        )

    monkeypatch.undo()
    rerun = load_paths(make_engine(db_url), [corpus])
    assert rerun.statuses == {"unchanged": 2, "new": 1}


def test_jsonl_records_load_and_bad_lines_are_reported(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text(
        json.dumps(
            {
                "url": "https://news.example.co.uk/kent?utm_source=x",
                "text": ARTICLE.format(amount="£90,000"),
            }
        )
        + "\n{not json\n"
        + json.dumps({"url": "https://news.example.co.uk/empty", "text": ""})
        + "\n",
        encoding="utf-8",
    )
    report = load_paths(make_engine(db_url), [corpus])
    assert report.loaded == 1
    assert sorted(s.label.rsplit("#", 1)[1] for s in report.skipped) == ["2", "3"]
    with session_scope(make_engine(db_url)) as s:
        article = s.scalar(select(Article))
        assert article is not None and "utm_source" not in article.canonical_url


def test_cli_load_reports_skips_on_stderr_and_exit_code(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    shutil.copy(next(SEEDS.glob("001_*.txt")), corpus / "good.txt")
    result = CliRunner().invoke(cli, ["load", str(corpus), "--db", db_url])
    assert result.exit_code == 3, result.output
    assert f"skipped {corpus / 'empty.txt'}: " in result.stderr
    assert "Loaded 1 document(s) (1 new), skipped 1." in result.stdout


def test_a_run_that_died_before_resolving_is_caught_up_by_the_next(db_url: str) -> None:
    from extract.pipeline import process
    from kb.store import pending_forces, store_document

    engine = make_engine(db_url)
    for path in sorted(SEEDS.glob("*.txt")):
        doc, ex = process(path.read_bytes(), path=str(path))
        with session_scope(engine) as s:
            store_document(s, doc, ex, resolve=False)  # the run dies before its resolution step
    with session_scope(engine) as s:
        assert pending_forces(s)
        assert s.scalar(select(func.count(Incident.id))) == 0

    load_paths(engine, [])  # any later run, even one with nothing new
    with session_scope(engine) as s:
        assert not pending_forces(s)
        assert s.scalar(select(func.count(Incident.id))) >= 3
        unlinked = select(func.count(IncidentSource.id)).where(
            IncidentSource.incident_id.is_(None), IncidentSource.force_id.is_not(None)
        )
        assert s.scalar(unlinked) == 0


def test_a_record_with_a_non_web_url_is_identified_by_its_bytes(
    db_url: str, tmp_path: Path
) -> None:
    corpus = tmp_path / "docs.jsonl"
    record = {"url": "file:///home/me/kent.txt", "text": ARTICLE.format(amount="£70,000")}
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert load_paths(make_engine(db_url), [corpus]).statuses == {"new": 1}
    assert load_paths(make_engine(db_url), [corpus]).statuses == {"unchanged": 1}
    with session_scope(make_engine(db_url)) as s:
        assert s.scalar(select(Article.canonical_url)).startswith("urn:sha256:")


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_warc_html_responses_load_with_their_urls(db_url: str, tmp_path: Path, suffix: str) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = (
        "<html><head><title>Kent Police fined</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in ARTICLE.format(amount="£60,000").split("\n\n"))
        + "</article></body></html>"
    ).encode()
    path = tmp_path / f"crawl{suffix}"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=suffix.endswith(".gz"))
        for url, ctype, body in (
            (
                "https://www.example.co.uk/news/kent-fined?utm_medium=rss",
                "text/html; charset=utf-8",
                page,
            ),
            ("https://www.example.co.uk/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=BytesIO(body), http_headers=headers
                )
            )
        writer.write_record(writer.create_warc_record("https://www.example.co.uk/x", "request"))

    report = load_paths(make_engine(db_url), [path])
    assert report.statuses == {"new": 1} and not report.skipped
    with session_scope(make_engine(db_url)) as s:
        article = s.scalar(select(Article))
        assert article is not None
        assert article.canonical_url == "https://example.co.uk/news/kent-fined"
        assert "£60,000" in article.text
        assert s.scalar(select(IncidentSource.fine_amount)) == 60_000
    assert load_paths(make_engine(db_url), [path]).statuses == {"unchanged": 1}


def test_a_corrupt_warc_is_reported_not_fatal(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00 definitely not a warc")
    report = load_paths(make_engine(db_url), [path])
    assert report.loaded == 0
    assert [s.label for s in report.skipped] == [str(path)]
    assert "WARC" in report.skipped[0].reason
