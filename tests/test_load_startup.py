"""What `breachkb load` pays for: no datasketch (scipy, redis.asyncio, a third of a second)
anywhere on its path, storing included (kb.neardup computes the same signatures and LSH
candidates itself: tests/test_neardup.py)."""

from __future__ import annotations

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
