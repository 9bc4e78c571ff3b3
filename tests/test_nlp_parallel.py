"""extract.parallel.process_many: worker processes give what `pipeline.process` gives, in order."""

from __future__ import annotations

from pathlib import Path

from extract.errors import RejectedDocument
from extract.parallel import RawInput, process_many
from extract.pipeline import process

DATA = Path(__file__).parent / "data"


def _inputs() -> list[RawInput]:
    pages = sorted((DATA / "site" / "main" / "news").rglob("*.html"))
    texts = sorted((DATA / "dedup").glob("*.txt"))
    items = [RawInput(p.read_bytes(), path=str(p)) for p in [*pages, *texts]]
    items.insert(3, RawInput(b"", path="empty.txt"))  # rejected, and must keep its place
    items.insert(5, RawInput(b"%PDF-1.4 binary", path="file.pdf"))
    return items


def test_two_workers_match_the_single_process_path() -> None:
    items = _inputs()
    results = list(process_many(items, workers=2, chunksize=3))
    assert len(results) == len(items)
    for item, result in zip(items, results, strict=True):
        try:
            expected = process(item.raw, path=item.path)
        except RejectedDocument as exc:
            assert isinstance(result, RejectedDocument)
            assert (result.reason, result.path) == (exc.reason, exc.path)
            continue
        assert not isinstance(result, RejectedDocument)
        doc, ex = result
        assert doc == expected[0] and ex == expected[1]
        assert doc.raw == item.raw


def test_one_worker_runs_in_process_and_accepts_bare_bytes() -> None:
    raw = (DATA / "dedup" / "a1_northwest_daily.txt").read_bytes()
    [result] = list(process_many([raw], workers=1))
    assert not isinstance(result, RejectedDocument)
    assert result[1] == process(raw)[1]
