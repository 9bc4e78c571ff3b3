"""What bounded reading costs: kb.loader's readers against the bare libraries, same input.

Builds a gzipped WARC of N HTML responses (one gzip member per record, as crawlers write
them) and a gzipped JSONL file of the same pages, then times, best of --repeat runs:

- WARC: `kb.warc.warc_records` (our inflater with the bomb guard, capped header lines and
  record sizes, truncation checks) against bare warcio (`ArchiveIterator` +
  `content_stream().read()`), in MB/s of inflated content and the ratio;
- JSONL: `kb.loader._jsonl_documents` (capped lines, field checks) against
  `gzip.open` + `json.loads` per line;
- bombs: how long the loader takes to give up on a gigabyte-of-zeros `.warc.gz` and on a
  2 GiB WARC record, and the peak memory of this process afterwards.

    .venv/bin/python benchmarks/read_bench.py --records 5000
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "hostile"))
from hostile_inputs import GIB, warc_record, zeros_gzip  # noqa: E402

from kb.bounded_io import open_input  # noqa: E402
from kb.loader import _jsonl_documents, read_documents  # noqa: E402
from kb.warc import WarcDocument, warc_records  # noqa: E402

PARAGRAPH = (
    "<p>Officers at the force were told in {year} that the laptop, which held the names of "
    "witnesses and victims in {n} investigations, had not been encrypted before it was lost "
    "on a train; the regulator said the breach was serious and wholly avoidable.</p>"
)


def page(n: int) -> bytes:
    body = "".join(PARAGRAPH.format(year=2000 + n % 25, n=n + i) for i in range(12))
    return f"<html><head><title>Story {n}</title></head><body>{body}</body></html>".encode()


def best(repeat: int, work: Callable[[], int]) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        size = work()
        times.append(time.perf_counter() - started)
    return min(times), size


def bare_warc(path: Path) -> int:
    total = 0
    with path.open("rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type == "response":
                total += len(record.content_stream().read())
    return total


def bounded_warc(path: Path) -> int:
    total = 0
    with open_input(path) as handle:
        for found in warc_records(handle, str(path)):
            if isinstance(found, WarcDocument):
                total += len(found.body)
    return total


def bare_jsonl(path: Path) -> int:
    with gzip.open(path, "rb") as handle:
        return sum(len(json.loads(line)["html"]) for line in handle)


def bounded_jsonl(path: Path) -> int:
    from kb.bounded_io import DEFAULT_LIMITS

    return sum(len(d.raw) for d in _jsonl_documents(path, DEFAULT_LIMITS) if hasattr(d, "raw"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="read-bench-"))
    pages = [page(n) for n in range(args.records)]
    warc = folder / "pages.warc.gz"
    warc.write_bytes(
        b"".join(
            gzip.compress(warc_record(f"https://news.example/{n}", body), mtime=0)
            for n, body in enumerate(pages)
        )
    )
    jsonl = folder / "pages.jsonl.gz"
    jsonl.write_bytes(
        gzip.compress(b"".join(json.dumps({"html": p.decode()}).encode() + b"\n" for p in pages))
    )
    print(f"{args.records} pages, {sum(map(len, pages)) / 1e6:.1f} MB of HTML")
    print(f"{'reader':<34}{'MB/s':>9}{'vs bare':>10}")
    for name, bare, bounded, path in (
        ("WARC (.warc.gz)", bare_warc, bounded_warc, warc),
        ("JSONL (.jsonl.gz)", bare_jsonl, bounded_jsonl, jsonl),
    ):
        bare_s, bare_n = best(args.repeat, lambda b=bare, p=path: b(p))
        ours_s, ours_n = best(args.repeat, lambda f=bounded, p=path: f(p))
        assert ours_n == bare_n, (name, ours_n, bare_n)
        print(f"  bare {name:<28}{bare_n / bare_s / 1e6:>9.1f}{'1.00':>10}")
        print(f"  bounded {name:<25}{ours_n / ours_s / 1e6:>9.1f}{bare_s / ours_s:>10.2f}")
    bomb = folder / "zeros.warc.gz"
    bomb.write_bytes(zeros_gzip(GIB))
    record_bomb = folder / "record.warc.gz"
    head = warc_record("https://news.example/bomb", b"")[:-4].replace(
        b"Content-Length: ", b"Content-Length: 2147483648\r\nX-Old-Length: "
    )
    record_bomb.write_bytes(gzip.compress(head) + zeros_gzip(2 * GIB))
    for name, path in (("1 GiB of zeros as .warc.gz", bomb), ("a 2 GiB WARC record", record_bomb)):
        started = time.perf_counter()
        reasons = [getattr(found, "reason", "") for found in read_documents(path)]
        print(f"  {name:<30} given up in {time.perf_counter() - started:.3f}s: {reasons[-1]}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
