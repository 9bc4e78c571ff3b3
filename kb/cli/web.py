"""Commands for reading the KB in bulk or in a browser: search, export, serve."""

from __future__ import annotations

import os
from pathlib import Path

import click
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from kb.cli.options import COUNT, db_option, format_option, open_kb
from kb.cli.output import console, plain, render, safe
from kb.config import database_url
from kb.db import check_url, open_database, read_only_immutable, read_scope
from kb.errors import BadInput
from kb.export import FORMATS, ExportedFile, export
from kb.search import MARK, search
from kb.web.server import DEFAULT_HOST, DEFAULT_PORT, listen, run, sqlite_path

# Private markers for the terminal table: they cannot occur in article text, so the
# highlighted spans are styled without ever parsing article text as rich markup.
_TERMINAL_MARK = ("\x02", "\x03")
SEARCH_COLUMNS = ["article_id", "published_at", "title", "snippet", "incident_ids", "url"]


@click.command("search")
@click.argument("text")
@click.option("--limit", type=COUNT, default=20, show_default=True, help="At most this many hits.")
@db_option
@format_option
def search_cmd(text: str, limit: int, db: str | None, fmt: str) -> None:
    """Full-text search over article titles and text, best matches first.

    Words must all match (any form: "stick" finds "sticks"); use "quotes" for a
    phrase, a trailing * for a prefix and OR between alternatives. CSV and JSON
    mark matches as **word**.

    \b
    Examples:
        breachkb search "USB stick"
        breachkb search 'laptop OR "memory stick"' --limit 50 --format csv > hits.csv
    """
    engine = open_kb(db)
    mark = _TERMINAL_MARK if fmt == "table" else MARK
    with read_scope(engine) as session:
        hits = search(session, text, limit, mark=mark)
    if fmt != "table":
        render([hit.to_json() for hit in hits], fmt, SEARCH_COLUMNS)
        return
    out = console()
    if not hits:
        out.print(safe(f"No article matches {text!r}."))
        return
    table = Table(title=safe(f"Articles matching {text!r}"), header_style="bold")
    for name in ("article", "published", "title / snippet", "incidents"):
        table.add_column(name, overflow="fold")
    for hit in hits:
        body = safe(hit.title or "(untitled)", "bold") + "\n" + highlighted(hit.snippet)
        body.append("\n" + plain(hit.url), style="dim")
        table.add_row(
            str(hit.article_id),
            hit.published_at.isoformat() if hit.published_at else "",
            body,
            ", ".join(map(str, hit.incident_ids)),
        )
    out.print(table)


def highlighted(snippet: str, mark: tuple[str, str] = _TERMINAL_MARK) -> Text:
    """A rich Text with the spans between `mark`s styled; the text is never parsed."""
    text = Text()
    rest = snippet
    while mark[0] in rest:
        before, _, after = rest.partition(mark[0])
        match, _, rest = after.partition(mark[1])
        text.append(plain(before))
        text.append(plain(match), style="bold yellow")
    text.append(plain(rest))
    return text


@click.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*FORMATS, "sqlite"]),
    default="csv",
    show_default=True,
    help="CSV (spreadsheets), JSON Lines, or one SQLite KB file (to `serve` a PostgreSQL KB).",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("export"),
    show_default=True,
    help="Folder to write into (created if missing; files in it are replaced); "
    "for sqlite, the file (.sqlite added when there is no suffix; replaced).",
)
@click.option("--with-raw", is_flag=True, help="Also export raw pages and signatures (base64).")
@db_option
def export_cmd(fmt: str, out_dir: Path, with_raw: bool, db: str | None) -> None:
    """Export every table as CSV or JSON Lines, plus README.md, a data dictionary.

    `--format sqlite` writes the whole KB as one SQLite file, read from one snapshot: how a
    PostgreSQL KB is served with Datasette (`breachkb serve --db FILE`).

    \b
    Examples:
        breachkb export --out kb-export
        breachkb export --format jsonl --out kb-jsonl
        breachkb export --format sqlite --out /srv/breachkb/kb.sqlite --db postgresql+psycopg://...
    """
    engine = open_kb(db)
    if fmt == "sqlite":
        from kb.snapshot import copy_to_sqlite

        target = out_dir if out_dir.suffix else out_dir.with_suffix(".sqlite")
        _require_writable_folder(target.parent)
        counts = copy_to_sqlite(engine, target)
        render(
            [{"table": name, "rows": rows} for name, rows in counts.items()],
            "table",
            title=f"Copied to {target}",
        )
        return
    _require_writable_folder(out_dir)
    out = console()
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=out,
        transient=True,
    ) as progress:
        task = progress.add_task("exporting", total=None)

        def done(file: ExportedFile) -> None:
            progress.update(task, description=f"exported {file.table} ({file.rows:,} rows)")

        result = export(engine, out_dir, fmt, with_raw=with_raw, on_table=done)
    render(
        [{"file": f.path.name, "rows": f.rows} for f in result.files]
        + [{"file": result.readme.name, "rows": None}],
        "table",
        title=f"Exported to {result.out_dir}",
    )


def _require_writable_folder(folder: Path) -> None:
    """Create `folder` if needed and make sure files can be written in it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BadInput(f"cannot create --out {folder}: {exc.strerror}") from None
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise BadInput(f"cannot write into --out {folder}: permission denied")


@click.command("serve")
@click.option(
    "--host",
    default=DEFAULT_HOST,
    show_default=True,
    help="Address to listen on; 0.0.0.0 exposes the KB to your network.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=DEFAULT_PORT,
    show_default=True,
    help="Port (0: any free port).",
)
@click.option(
    "--no-sql",
    is_flag=True,
    help="Refuse SQL written in the browser (tables, facets, canned queries and feeds stay).",
)
@db_option
def serve_cmd(host: str, port: int, no_sql: bool, db: str | None) -> None:
    """Browse the KB in Datasette (read-only): facets, search, charts, Atom feeds.

    Safe to run while a crawl writes to the same SQLite file. Queries are capped in time,
    value size and result size; --no-sql also turns off SQL written in the browser (for a
    server others can reach: see "Exposing serve" in the README).

    \b
    Examples:
        breachkb serve
        breachkb serve --port 8080
        breachkb serve --host 0.0.0.0 --no-sql
    Then open http://127.0.0.1:8001/ (incidents, search, charts), an incident at
    http://127.0.0.1:8001/breachkb/incident/ID, or subscribe to
    http://127.0.0.1:8001/breachkb/new_incidents.atom?force=GMP
    """
    url = database_url(db)
    check_url(url)
    path = sqlite_path(url)
    open_database(url, "read")
    sock = listen(host, port)
    port = sock.getsockname()[1]
    click.echo(f"Serving {path} read-only at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    settings = {"default_allow_sql": False} if no_sql else {}
    run(path, sock, immutable=read_only_immutable(path), **settings)


def register(cli: click.Group) -> None:
    for command in (search_cmd, export_cmd, serve_cmd):
        cli.add_command(command)
