"""Incident resolution of one large force: kb.clustering against comparing all pairs.

The force's facts are generated (`generated_facts`): about n/8 incidents over 16 years and 15
breach types, each reported by 2 to 14 outlets in their own words (five of the incident's
eight words, and six of 300 words every report uses), a tenth without year or type, fines on
some, some paid early. Each size runs in its own process and reports:

- blocked: CPU time of `kb.resolve.cluster` (the path of every force above EXHAUSTIVE_UP_TO
  facts), pairs compared (compare() calls: description candidates whose fields allow a link,
  and conflict checks), candidate pairs the description blocks proposed, the fact pairs that
  links between classes stood for (never compared), incidents, peak memory;
- all pairs, up to --all-pairs-up-to facts: CPU time, pairs compared, whether the clusters are
  identical, and the B-cubed precision/recall of blocked against all pairs;
- B-cubed of the clusters against the generated incidents (what the rules make of the data);
- with --kb, the whole `resolve_incidents` on a real SQLite KB holding the facts: the first
  resolution, then re-resolution after one more article, and the rows it wrote.

Between sizes, the scaling exponent of time and of pairs compared (1.0 linear, 2.0 quadratic).

    .venv/bin/python benchmarks/dedup_bench.py --resolve-facts 1000 5000 20000 50000
    .venv/bin/python benchmarks/dedup_bench.py --resolve-facts 1000 5000 20000 --kb
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
from dedup_bench import vocabulary
from sqlalchemy import event, insert, select
from sqlalchemy.orm import Session

from kb import resolve
from kb.clustering import Stats
from kb.db import make_engine, upgrade
from kb.linkage import FactView
from kb.models import Article, Force, Incident, IncidentSource, Regulator
from scoring.clustering import bcubed

BREACH_TYPES = [
    "emailed_to_incorrect_recipient", "posted_to_incorrect_recipient", "failure_to_redact",
    "failure_to_use_bcc", "loss_or_theft_of_device", "loss_or_theft_of_paperwork",
    "verbal_disclosure", "published_in_error", "insecure_disposal", "inappropriate_disclosure",
    "unauthorised_access", "insecure_transmission", "inaccurate_data", "cyber_attack", "other",
]  # fmt: skip


def generated_facts(n: int, seed: int) -> tuple[list[FactView], dict[str, int]]:
    """One force's facts, and the incident each one reports (by fact key)."""
    rng = np.random.default_rng(seed)
    vocab = vocabulary(rng, 30000)
    common = vocab[:300]
    facts: list[FactView] = []
    truth: dict[str, int] = {}
    incident = 0
    while len(facts) < n:
        year = int(rng.integers(2005, 2021))
        kind = BREACH_TYPES[int(rng.integers(len(BREACH_TYPES)))]
        fine = int(rng.choice([0, 0, 0, 0, 50000, 80000, 120000, 150000, 200000]))
        own = [str(w) for w in rng.choice(vocab[300:], 8, replace=False)]
        terms = [str(w) for w in rng.choice(vocab[300:3000], 2, replace=False)]
        for report in range(int(rng.integers(2, 15))):
            article = len(facts)
            words = set(rng.choice(own, 5, replace=False)) | set(rng.choice(common, 6))
            fact = FactView(
                key=f"{article:08d}:0000",
                tiebreak=f"https://news{report}.example/{incident}",
                row_id=article,
                article_id=article,
                group=f"{article}",
                force_id=1,
                breach_year=None if rng.random() < 0.1 else year,
                breach_type=None if rng.random() < 0.1 else kind,
                regulator_id=1 if fine else None,
                action="monetary_penalty" if fine else None,
                fine_amount=fine or None,
                fine_currency="GBP" if fine else None,
                fine_paid=int(fine * 0.8) if fine and rng.random() < 0.3 else None,
                fine_year=year + 1 if fine else None,
                primary=True,
                summary="",
                reported=None,
                terms=frozenset(terms[: int(rng.integers(0, 3))]),
                words=frozenset(str(w) for w in words),
            )
            facts.append(fact)
            truth[fact.key] = incident
        incident += 1
    return facts[:n], truth


def timed_cluster(facts: list[FactView], exhaustive: bool) -> tuple[float, Stats, dict[str, str]]:
    """CPU seconds, cost and clusters (fact key -> first key of its cluster) of one run."""
    saved = resolve.EXHAUSTIVE_UP_TO
    resolve.EXHAUSTIVE_UP_TO = len(facts) if exhaustive else 0
    try:
        stats = Stats()
        start = time.process_time()
        clusters = resolve.cluster(facts, stats)
        cpu = time.process_time() - start
    finally:
        resolve.EXHAUSTIVE_UP_TO = saved
    return cpu, stats, {f.key: c[0].key for c in clusters for f in c}


def run_size(n: int, seed: int, all_pairs: bool, kb: bool) -> dict[str, Any]:
    every, truth = generated_facts(n + 1, seed)  # the last one is the late article (--kb)
    facts = every[:n]
    truth = {f.key: truth[f.key] for f in facts}
    cpu, stats, labels = timed_cluster(facts, exhaustive=False)
    vs_truth = bcubed(truth, labels)
    row: dict[str, Any] = {
        "n": n,
        "cpu": cpu,
        "stats": asdict(stats),
        "incidents": len(set(labels.values())),
        "true_incidents": len(set(truth.values())),
        "truth_p": vs_truth.precision,
        "truth_r": vs_truth.recall,
    }
    if all_pairs:
        all_cpu, all_stats, all_labels = timed_cluster(facts, exhaustive=True)
        agreement = bcubed(all_labels, labels)
        row |= {
            "all_cpu": all_cpu,
            "all_compared": all_stats.compared,
            "all_incidents": len(set(all_labels.values())),
            "identical": all_labels == labels,
            "agree_p": agreement.precision,
            "agree_r": agreement.recall,
        }
    row["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if kb:
        row |= resolve_in_kb(every)
    return row


def resolve_in_kb(facts: list[FactView]) -> dict[str, Any]:
    """`resolve_incidents` over the facts stored as articles in a fresh SQLite KB; then once
    more after the last fact's article arrives."""
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.sqlite"
        upgrade(url)
        engine = make_engine(url)
        with Session(engine) as session:
            force = session.scalar(
                select(Force.id).where(Force.name == "Metropolitan Police Service")
            )
            regulator = session.scalar(select(Regulator.id).order_by(Regulator.id).limit(1))
            _store(session, facts[:-1], force, regulator)
            session.commit()
            wall, cpu = time.perf_counter(), time.process_time()
            resolve.resolve_incidents(session, {force})
            session.commit()
            first = (time.perf_counter() - wall, time.process_time() - cpu)
            incidents = len(session.scalars(select(Incident.id)).all())
            _store(session, facts[-1:], force, regulator)
            session.commit()
            writes: list[str] = []

            def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
                if statement.lstrip().split()[0].upper() in ("INSERT", "UPDATE", "DELETE"):
                    writes.append(statement)

            event.listen(engine, "before_cursor_execute", count)
            wall, cpu = time.perf_counter(), time.process_time()
            resolve.resolve_incidents(session, {force})
            session.commit()
            again = (time.perf_counter() - wall, time.process_time() - cpu)
            event.remove(engine, "before_cursor_execute", count)
        engine.dispose()
    return {
        "kb_first_s": first[0],
        "kb_first_cpu": first[1],
        "kb_incidents": incidents,
        "kb_again_s": again[0],
        "kb_again_cpu": again[1],
        "kb_again_writes": len(writes),
    }


def _store(session: Session, facts: Sequence[FactView], force: int, regulator: int) -> None:
    """Articles and their facts as kb.store leaves them, in bulk (the summary carries the words)."""
    session.execute(
        insert(Article),
        [
            dict(
                canonical_url=f"https://bench.example/{f.key}",
                fetched_at=datetime(2024, 1, 1),
                text=f.key,
                content_hash=f.key.split(":")[0],
                relevant=True,
                extractor_version="bench",
            )
            for f in facts
        ],
    )
    ids = dict(
        session.execute(
            select(Article.canonical_url, Article.id).where(
                Article.canonical_url.in_([f"https://bench.example/{f.key}" for f in facts])
            )
        ).all()
    )
    session.execute(
        insert(IncidentSource),
        [
            dict(
                article_id=ids[f"https://bench.example/{f.key}"],
                ordinal=0,
                force_id=force,
                breach_year=f.breach_year,
                breach_type=f.breach_type,
                regulator_id=regulator if f.regulator_id else None,
                action=f.action,
                fine_amount=f.fine_amount,
                fine_currency=f.fine_currency,
                fine_paid=f.fine_paid,
                fine_year=f.fine_year,
                mention="primary",
                summary=" ".join(sorted(f.words)),
                key_terms=sorted(f.terms),
            )
            for f in facts
        ],
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", type=int, nargs="*", metavar="N")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--all-pairs-up-to", type=int, default=5000, metavar="N")
    parser.add_argument("--kb", action="store_true", help="also resolve_incidents in SQLite")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: one size
    args = parser.parse_args(argv)
    if args.one:
        row = run_size(args.one, args.seed, args.one <= args.all_pairs_up_to, args.kb)
        print(json.dumps(row))
        return
    if not args.sizes:
        parser.error("give at least one size N")

    print(
        f"incident resolution of one force (kb.resolve.cluster), generated facts, seed "
        f"{args.seed}; CPU seconds (this machine: {_load()})",
        flush=True,
    )
    rows = []
    for n in args.sizes:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--one", str(n)]
        cmd += ["--seed", str(args.seed), "--all-pairs-up-to", str(args.all_pairs_up_to)]
        cmd += ["--kb"] if args.kb else []
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        _print_row(rows[-1])
    for a, b in zip(rows, rows[1:], strict=False):
        ratio = math.log(b["n"] / a["n"])
        line = (
            f"scaling {a['n']:,} -> {b['n']:,}: exponent blocked time "
            f"{math.log(b['cpu'] / a['cpu']) / ratio:.2f}, pairs compared "
            f"{math.log(b['stats']['compared'] / a['stats']['compared']) / ratio:.2f}, "
            f"links stood for by classes "
            f"{math.log(b['stats']['bare_links'] / a['stats']['bare_links']) / ratio:.2f}"
        )
        if "all_cpu" in a and "all_cpu" in b:
            line += f"; all pairs time {math.log(b['all_cpu'] / a['all_cpu']) / ratio:.2f}"
        if "kb_first_cpu" in a:
            line += (
                f"; resolve_incidents in SQLite "
                f"{math.log(b['kb_first_cpu'] / a['kb_first_cpu']) / ratio:.2f}"
            )
        print(line + "  (1.0 linear, 2.0 quadratic)")


def _print_row(r: dict[str, Any]) -> None:
    s, n = r["stats"], r["n"]
    print(
        f"n={n:>7,}  blocked {r['cpu']:7.2f}s  compared {s['compared']:>10,} of "
        f"{n * (n - 1) // 2:>13,} pairs ({s['candidate_pairs']:,} proposed by descriptions; "
        f"{s['class_links']:,} class links stood for {s['bare_links']:,} fact pairs)  "
        f"{r['incidents']:,} incidents  peak {r['peak_mb']:,.0f} MB",
        flush=True,
    )
    if "all_cpu" in r:
        same = "identical" if r["identical"] else "NOT identical"
        print(
            f"           all pairs {r['all_cpu']:7.2f}s  compared {r['all_compared']:>10,}  "
            f"{r['all_incidents']:,} incidents: {same}; B-cubed of blocked against all pairs "
            f"P {r['agree_p']:.4f} R {r['agree_r']:.4f}; blocked is "
            f"{r['all_cpu'] / r['cpu']:,.1f}x faster",
            flush=True,
        )
    print(
        f"           against the {r['true_incidents']:,} generated incidents: B-cubed "
        f"P {r['truth_p']:.3f} R {r['truth_r']:.3f}",
        flush=True,
    )
    if "kb_first_cpu" in r:
        print(
            f"           resolve_incidents in SQLite: {r['kb_first_s']:.1f}s "
            f"(cpu {r['kb_first_cpu']:.1f}s), {r['kb_incidents']:,} incidents; after one more "
            f"article {r['kb_again_s']:.1f}s (cpu {r['kb_again_cpu']:.1f}s), "
            f"{r['kb_again_writes']} rows written",
            flush=True,
        )


def _load() -> str:
    one, five, _ = (round(x, 1) for x in os.getloadavg())
    return f"load average {one}/{five} on {os.cpu_count()} cores"


if __name__ == "__main__":
    main()
