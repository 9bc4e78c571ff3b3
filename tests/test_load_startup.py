"""What `breachkb load` pays for: no datasketch (scipy, redis.asyncio, a third of a second)
anywhere on its path, storing included (kb.neardup computes the same signatures and LSH
candidates itself: tests/test_neardup.py)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_loading_and_deduplicating_import_no_datasketch() -> None:
    script = (
        "import sys\n"
        "import kb.cli, kb.loader, kb.web_records, kb.store, kb.resolve\n"
        "from kb import neardup\n"
        "sig = neardup.signature('one two three four five six seven eight nine ten')\n"
        "index = neardup.SignatureIndex('x')\n"
        "index.add(1, sig)\n"
        "assert index.near(sig) == [1]\n"
        "print(sorted(m for m in ('datasketch', 'scipy', 'redis') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_load_command_knows_the_loaders_warc_names() -> None:
    from kb.cli.load import WARC_NAMES
    from kb.loader import WARC_SUFFIXES

    assert WARC_NAMES == WARC_SUFFIXES


def test_signatures_and_the_index_still_work_once_imported_lazily() -> None:
    from kb import neardup

    text = " ".join(f"word{n} sentence{n % 7} more text here." for n in range(60))
    sig = neardup.signature(text)
    assert len(sig) == neardup.NUM_PERM * 4
    index = neardup.SignatureIndex("test")
    index.add(1, sig)
    assert index.near(sig) == [1]
    index.discard(1)
    assert index.near(sig) == []


def test_the_head_read_from_the_migration_files_is_alembics() -> None:
    from kb.db import _simple_head, head_revision

    assert _simple_head() == head_revision()


def test_a_current_kb_opens_without_alembic(tmp_path: Path) -> None:
    from kb.db import upgrade

    url = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    upgrade(url)
    script = (
        "import sys\n"
        "from kb.db import open_database\n"
        f"open_database({url!r})\n"
        "print('alembic' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "False"


def test_an_outdated_or_empty_kb_is_still_refused(tmp_path: Path) -> None:
    import pytest

    from kb.db import open_database, upgrade
    from kb.errors import NotInitialised

    old = f"sqlite:///{tmp_path / 'old.sqlite'}"
    upgrade(old, "0005")
    with pytest.raises(NotInitialised, match="migration 0005"):
        open_database(old)
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).close()
    with pytest.raises(NotInitialised, match="is empty"):
        open_database(f"sqlite:///{empty}")


def test_the_command_table_is_what_the_command_modules_register() -> None:
    from kb import cli as cli_package

    cli_package._register_all()
    assert set(cli_package.cli.commands) == set(cli_package.COMMAND_MODULES)


def test_a_warc_load_imports_no_other_commands_text_repair_or_numpy(tmp_path: Path) -> None:
    """`breachkb load` of a WARC imports the load commands only (not the web server, the
    crawler, the queries), the reading process no ftfy (the workers repair text), and a load
    that stores nothing no near-duplicate index (numpy)."""
    from kb.db import upgrade

    url = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    upgrade(url)
    (tmp_path / "empty.warc").write_bytes(b"")
    unwanted = (
        "kb.cli.web", "kb.cli.crawl", "kb.cli.query", "kb.cli.counts", "kb.cli.eval",
        "kb.web", "kb.queries", "crawler", "scrapy", "ftfy", "extract.decode", "spacy",
        "kb.neardup", "numpy",
    )  # fmt: skip
    script = (
        "import atexit, sys\n"
        f"unwanted = {unwanted!r}\n"
        "atexit.register(lambda: print(sorted(m for m in unwanted if m in sys.modules)))\n"
        f"sys.argv = ['breachkb', 'load', {str(tmp_path / 'empty.warc')!r}, '--db', {url!r}]\n"
        "from kb.cli import main\n"
        "main()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 3, result.stderr  # the empty file is reported as skipped
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_a_typo_of_a_command_is_still_answered_with_the_nearest_one() -> None:
    from click.testing import CliRunner

    from kb.cli import cli

    result = CliRunner().invoke(cli, ["lod"])
    assert result.exit_code == 2
    assert "Did you mean 'load'?" in result.output
