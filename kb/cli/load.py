"""Commands that put documents into the KB (or just through the extractor): init, load,
extract, reextract."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy import select

from kb.cli.options import db_option, format_option, open_kb
from kb.cli.output import plain, render
from kb.config import database_url
from kb.db import check_url, make_engine, session_scope, upgrade

if TYPE_CHECKING:
    from extract.models import Document, Extraction
    from kb.loader import Skipped

# The extractor (spaCy) and the store (datasketch) are imported inside the commands that
# use them, so `breachkb --help` and the other commands start without loading them.

# Exit code when a run finished but skipped some input: scripts can tell "partial" from "failed".
EXIT_SKIPPED = 3
# File names `kb.loader` reads as WARC (its WARC_SUFFIXES, without importing the loader).
WARC_NAMES = (".warc", ".warc.gz")


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        transient=True,
        disable=not sys.stderr.isatty(),
        console=None,
    )


def _report_skips(skipped: list[Skipped]) -> None:
    """One line per skipped document, the only place a skip is printed."""
    for item in skipped:
        click.echo(f"skipped {plain(item.label)}: {plain(item.reason)}", err=True)


@click.command()
@db_option
def init(db: str | None) -> None:
    """Create the KB, or upgrade it to the latest migration, and seed forces and regulators.

    \b
    Example:
        breachkb init
        breachkb init --db postgresql+psycopg://user@localhost/breachkb
    """
    url = database_url(db)
    check_url(url, must_exist=False)
    upgrade(url)
    click.echo(f"Knowledge base ready at {make_engine(url).url.render_as_string()}")


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option(
    "--host",
    "hosts",
    multiple=True,
    metavar="HOST",
    help="WARC files: only records of this host or its subdomains (repeatable).",
)
@click.option(
    "--url-pattern",
    "url_patterns",
    multiple=True,
    metavar="REGEX",
    help="WARC files: only records whose URL matches (repeatable: all must match).",
)
@click.option(
    "--no-raw-scan",
    is_flag=True,
    help="WARC files: clean and extract every page (skip the cheap raw-page scan).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="WARC files: processes that clean and extract pages while this one reads and stores.",
)
def load(
    paths: tuple[Path, ...],
    db: str | None,
    hosts: tuple[str, ...],
    url_patterns: tuple[str, ...],
    no_raw_scan: bool,
    workers: int,
) -> None:
    """Load .txt, .html/.htm, .warc(.gz) and .jsonl files or folders into the KB.

    Each document is its own transaction; files that cannot be used are reported on stderr
    with the reason and skipped (exit code 3). Loading the same files again changes nothing.
    WARC files (a crawl, Common Crawl, CC-NEWS) are read as a stream and treated like a
    crawl: records are filtered on their headers (--host, --url-pattern) before their pages
    are read, pages that cannot name a police force are dropped before cleaning, only
    relevant pages are stored, and URLs decided by an earlier run are not read again.

    \b
    Examples:
        breachkb load seeds/ my-corpus/ crawl.warc.gz
        breachkb load CC-NEWS-20240501.warc.gz --host bbc.co.uk --host kentonline.co.uk
        breachkb load CC-NEWS-*.warc.gz --url-pattern '/(news|crime)/' --workers 2
    """
    import re

    for pattern in url_patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise click.BadParameter(f"{pattern!r}: {exc}", param_hint="--url-pattern") from None
    engine = open_kb(db, write=True)
    web = None
    if workers and any(path.name.lower().endswith(WARC_NAMES) for path in paths):
        from kb.web_records import WebRecords

        # Started before the loader is imported: the workers' forkserver (spaCy) boots meanwhile.
        web = WebRecords(engine, raw_scan=not no_raw_scan, workers=workers)
        web.start()

    from kb.loader import RecordFilter, expand_paths, load_paths

    keep = RecordFilter(tuple(hosts), tuple(url_patterns))
    total = sum(1 for _ in expand_paths(paths))
    with _progress() as progress:
        task = progress.add_task("loading", total=total or None)
        report = load_paths(
            engine,
            paths,
            on_document=lambda label, status: progress.advance(task),
            keep=keep,
            raw_scan=not no_raw_scan,
            workers=workers,
            web=web,
        )
    _report_skips(report.skipped)
    counts = ", ".join(f"{n} {status}" for status, n in sorted(report.statuses.items()))
    click.echo(
        f"Loaded {report.loaded} document(s)"
        + (f" ({counts})" if counts else "")
        + f", skipped {len(report.skipped)}."
    )
    if report.skipped:
        sys.exit(EXIT_SKIPPED)


def extraction_json(label: str, doc: Document, ex: Extraction) -> dict[str, Any]:
    """The documented per-document JSON of `breachkb extract --format json`."""
    return {
        "path": label,
        "url": doc.url,
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "text": doc.text,
        "relevant": ex.relevant,
        "relevance_reason": ex.relevance_reason,
        "forces": ex.forces,
        "regulators": ex.regulators,
        "incidents": [
            {
                key: value
                for key, value in fact.to_json().items()
                if key not in {"summary", "key_terms"}
            }
            | {"summary": fact.summary, "key_terms": fact.key_terms}
            for fact in ex.incidents
        ],
        "breach_counts": [bc.to_json() for bc in ex.breach_counts],
        "national_counts": [c.to_json() for c in ex.national_counts],
        "outcome_counts": [c.to_json() for c in ex.outcome_counts],
        "extractor_version": ex.extractor_version,
    }


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@format_option
def extract_cmd(paths: tuple[Path, ...], fmt: str) -> None:
    """Print what the extractor finds in documents, without touching the KB.

    `--format json` prints one JSON object per document (JSON Lines): path, title, text,
    relevant, incidents (force, breach_year, breach_type, regulator, action, fine_amount,
    fine_currency, fine_paid, fine_year, evidence), breach_counts, and the page's national
    figures and outcomes (national_counts, outcome_counts).

    \b
    Example:
        breachkb extract seeds/*.txt --format json | jq .incidents
    """
    from extract.errors import RejectedDocument
    from extract.pipeline import process
    from kb.loader import Skipped, documents

    skipped: list[Skipped] = []
    rows: list[dict[str, Any]] = []
    for item in documents(paths):
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        try:
            doc, ex = process(
                item.raw, path=item.path, url=item.url, content_type=item.content_type
            )
        except RejectedDocument as exc:
            skipped.append(Skipped(item.label, exc.reason))
            continue
        except Exception as exc:  # one document's failure is its own skip, not the run's end
            logging.getLogger(__name__).debug("failed on %s", item.label, exc_info=True)
            skipped.append(Skipped(item.label, f"internal error: {type(exc).__name__}: {exc}"))
            continue
        record = extraction_json(item.label, doc, ex)
        if fmt == "json":
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            rows.extend(_fact_rows(record))
    if fmt != "json":
        columns = ["path", "relevant", "force", "breach_year", "breach_type", "regulator"]
        render(rows, fmt, [*columns, "action", "fine_amount", "fine_paid", "count"])
    _report_skips(skipped)
    if skipped:
        sys.exit(EXIT_SKIPPED)


def _fact_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    base = {"path": record["path"], "relevant": record["relevant"]}
    rows = [base | fact for fact in record["incidents"]]
    rows += [base | bc for bc in record["breach_counts"]]
    return rows or [base]


@click.command()
@db_option
@click.option("--all", "everything", is_flag=True, help="Re-extract even unchanged articles.")
def reextract(db: str | None, everything: bool) -> None:
    """Re-run extraction over every stored article (after the pipeline changes).

    Articles whose text and extractor version are unchanged are skipped unless `--all`;
    incidents are then rebuilt from all stored facts.

    \b
    Example:
        breachkb reextract --all
    """
    from extract.errors import RejectedDocument
    from extract.pipeline import process
    from kb.loader import Skipped
    from kb.models import Article
    from kb.resolve import resolve_incidents
    from kb.store import raw_bytes, store_document

    engine = open_kb(db, write=True)
    with session_scope(engine) as session:
        ids = list(session.scalars(select(Article.id).order_by(Article.id)))
    changed, failed = 0, []
    with _progress() as progress:
        task = progress.add_task("re-extracting", total=len(ids))
        for article_id in ids:
            label = f"article {article_id}"
            try:
                with session_scope(engine) as session:
                    article = session.get(Article, article_id)
                    if article is None:  # deleted since the list was read
                        continue
                    label = article.url or article.path or label
                    doc, ex = process(
                        raw_bytes(article),
                        path=article.path,
                        url=article.url,
                        content_type=article.content_type,
                    )
                    result = store_document(
                        session, doc, ex, article_id=article_id, refresh=everything, resolve=False
                    )
                    changed += result.status != "unchanged"
            except RejectedDocument as exc:
                failed.append(Skipped(label, exc.reason))
            except Exception as exc:  # one article's failure is its own skip, not the run's end
                logging.getLogger(__name__).debug("failed on %s", label, exc_info=True)
                failed.append(Skipped(label, f"internal error: {type(exc).__name__}: {exc}"))
            finally:
                progress.advance(task)
    with session_scope(engine) as session:
        resolve_incidents(session, None)
    _report_skips(failed)
    click.echo(f"Re-extracted {len(ids)} article(s): {changed} changed, {len(failed)} failed.")
    if failed:
        sys.exit(EXIT_SKIPPED)


def register(cli: click.Group) -> None:
    for command in (init, load, extract_cmd, reextract):
        cli.add_command(command)
