"""What `breachkb serve`'s limits buy: latency of ordinary pages with and without attackers,
how fast hostile queries are refused, and what the same queries cost bare SQLite.

Builds a KB from seeds/ (or uses --db), starts the real `breachkb serve`, then:

1. ordinary page latency (incidents_view.json) alone, p50/p95;
2. the same while --attackers threads send hostile queries in a loop (a 1 GB randomblob, a
   result of many 7 MB values, a quadratic instr(), snippet() over 3,000 repeated terms),
   with how long each refusal or answer took and the server's peak RSS;
3. the same hostile queries on a bare sqlite3 connection (no limits), for comparison;
4. `breachkb search` with one word repeated 1, 1,000 and 3,000 times, against bare FTS5
   snippet() with the raw repeated terms.

    .venv/bin/python benchmarks/web_limits_bench.py [--db KB.sqlite] [--attackers 4]
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = {
    "1 GB randomblob": "select randomblob(1000000000)",
    "8 x 7 MB result": "select randomblob(7000000) from (select 1 union all select 2 "
    "union all select 3 union all select 4 union all select 5)",
    "quadratic instr": "select instr(hex(zeroblob(3000000)), hex(zeroblob(1000000)) || '1')",
    "snippet, 3000 terms": "select snippet(articles_fts, 1, '[', ']', '', 24) from articles_fts "
    "where articles_fts match '" + " ".join(["police"] * 3000) + "'",
}
BARE = {  # smaller than the hostile ones: bare SQLite would take minutes or gigabytes
    "randomblob(100 MB)": "select length(randomblob(100000000))",
    "instr, 600 KB x 200 KB": "select instr(hex(zeroblob(300000)), hex(zeroblob(100000)) || '1')",
    "snippet, 300 terms": HOSTILE["snippet, 3000 terms"].replace(
        " ".join(["police"] * 3000), " ".join(["police"] * 300)
    ),
}


def get(url: str) -> tuple[int, float]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        error.read()
        status = error.code
    return status, time.perf_counter() - started


def percentiles(samples: list[float]) -> str:
    cuts = statistics.quantiles(samples, n=20) if len(samples) > 1 else samples * 19
    return f"p50 {statistics.median(samples) * 1000:7.1f} ms  p95 {cuts[18] * 1000:7.1f} ms"


def build_kb(folder: Path) -> Path:
    from kb.db import make_engine, upgrade
    from kb.loader import load_paths

    path = folder / "kb.sqlite"
    upgrade(f"sqlite:///{path}")
    load_paths(make_engine(f"sqlite:///{path}"), [ROOT / "seeds"])
    return path


def serve(kb: Path) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    breachkb = shutil.which("breachkb", path=str(Path(sys.executable).parent)) or "breachkb"
    proc = subprocess.Popen(
        [breachkb, "serve", "--db", str(kb), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            get(f"{base}/-/versions.json")
            return proc, base
        except OSError:
            time.sleep(0.2)
    raise SystemExit("serve did not start")


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--attackers", type=int, default=4)
    parser.add_argument("--requests", type=int, default=60)
    args = parser.parse_args()
    kb = args.db or build_kb(Path(tempfile.mkdtemp(prefix="web-bench-")))
    proc, base = serve(kb)
    page = f"{base}/breachkb/incidents_view.json?_shape=array"
    try:
        alone = [get(page)[1] for _ in range(args.requests)]
        print(f"ordinary page alone:        {percentiles(alone)}")
        stop = threading.Event()
        refused: dict[str, list[tuple[int, float]]] = {name: [] for name in HOSTILE}

        def attack(name: str, query: str) -> None:
            url = f"{base}/breachkb.json?" + urllib.parse.urlencode({"sql": query})
            while not stop.is_set():
                refused[name].append(get(url))

        names = list(HOSTILE)
        threads = [
            threading.Thread(target=attack, args=(names[i % len(names)], HOSTILE[names[i % 4]]))
            for i in range(args.attackers)
        ]
        for thread in threads:
            thread.start()
        time.sleep(0.5)
        under = [get(page)[1] for _ in range(args.requests)]
        stop.set()
        for thread in threads:
            thread.join()
        print(f"ordinary page under attack: {percentiles(under)}  (worst {max(under):.3f}s)")
        for name, answers in refused.items():
            if answers:
                codes = sorted({code for code, _ in answers})
                worst = max(seconds for _, seconds in answers)
                print(f"  {name:<22} x{len(answers):<4} status {codes}  worst {worst:.3f}s")
        print(f"server peak RSS: {peak_rss_mb(proc.pid):.0f} MB")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    conn = sqlite3.connect(f"file:{kb}?mode=ro", uri=True)
    print("bare SQLite, no limits (smaller sizes):")
    for name, query in BARE.items():
        started = time.perf_counter()
        conn.execute(query).fetchall()
        print(f"  {name:<26} {time.perf_counter() - started:7.3f}s")
    from sqlalchemy.orm import Session

    from kb.db import make_engine
    from kb.search import search

    with Session(make_engine(f"sqlite:///{kb}")) as session:
        for repeats in (1, 1000, 3000):
            started = time.perf_counter()
            hits = search(session, " ".join(["police"] * repeats), 20)
            seconds = time.perf_counter() - started
            print(f"breachkb search, 'police' x{repeats:<5} {seconds:7.3f}s  {len(hits)} hits")
    print(json.dumps({"kb": str(kb)}))


if __name__ == "__main__":
    main()
