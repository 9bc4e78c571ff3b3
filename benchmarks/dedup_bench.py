"""Near-duplicate detection at scale: synthetic articles through `kb.neardup` on a real SQLite KB.

For each size, a fresh migrated KB receives N generated articles, about `--dup-rate` of them
syndicated near-copies of an earlier one (new headline and page furniture, a few words edited).
Every article is stored the way `kb.store` does it: hash + signature, insert, flush, then
`find_duplicate` against everything stored before it. Prints wall time per stage, the scaling
exponent between sizes (1.0 = linear, 2.0 = quadratic), peak memory of the run (each size in
its own process) and the precision/recall of the detected (copy, original) pairs. The bare
datasketch baseline times MinHashLSH insert + query over the same signatures, without a database.

    .venv/bin/python benchmarks/dedup_bench.py                # 10k, 50k, 100k
    .venv/bin/python benchmarks/dedup_bench.py --sizes 2000 8000

`--resolve-facts N` instead times incident resolution (`kb.resolve.cluster`) of one force with
N generated facts: blocked candidate pairs at N, and all pairs (what every force did before
blocking) at smaller sizes, extrapolated to N by the measured exponent; at the sizes both run,
the incidents must be identical.

    .venv/bin/python benchmarks/dedup_bench.py --resolve-facts 20000
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import numpy as np
from datasketch import LeanMinHash, MinHashLSH
from sqlalchemy.orm import Session

from kb.db import make_engine, upgrade
from kb.models import Article
from kb.neardup import (
    LSH_BANDS,
    NUM_PERM,
    SCHEME,
    SEED,
    THRESHOLD,
    SignatureIndex,
    content_hash,
    find_duplicate,
    jaccard,
    shingles,
    signature,
)

# Pseudo-words from syllables: a 20k-word vocabulary with Zipf frequencies, like news text.
SYLLABLES = [c + v for c in "bdklmnrstv" for v in "aeiou"]


def vocabulary(rng: np.random.Generator, size: int = 20000) -> list[str]:
    words = {"".join(rng.choice(SYLLABLES, rng.integers(1, 4))) for _ in range(size * 2)}
    return sorted(words)[:size]


class Corpus:
    """Generated news-like articles with Zipf word frequencies and per-site page furniture."""

    def __init__(self, seed: int) -> None:
        self.rng = np.random.default_rng(seed)
        self.words = np.array(vocabulary(self.rng))
        ranks = np.arange(1, len(self.words) + 1)
        self.p = (1 / ranks**1.1) / (1 / ranks**1.1).sum()
        self.stream: list[str] = []
        self.at = 0
        self.sites = [
            [self.sentence(6, 10, end="") for _ in range(3)] + [self.sentence(8, 14)]
            for _ in range(50)
        ]

    def sentence(self, low: int, high: int, end: str = ".") -> str:
        n = int(self.rng.integers(low, high))
        if self.at + n > len(self.stream):  # words drawn in bulk: a weighted draw each is slow
            self.stream, self.at = list(self.rng.choice(self.words, 200_000, p=self.p)), 0
        self.at += n
        return " ".join(self.stream[self.at - n : self.at]).capitalize() + end

    def paragraphs(self) -> list[str]:
        return [
            " ".join(self.sentence(12, 25) for _ in range(int(self.rng.integers(2, 4))))
            for _ in range(int(self.rng.integers(4, 9)))
        ]

    def page(self, body: list[str]) -> str:
        site = self.sites[int(self.rng.integers(len(self.sites)))]
        return "\n\n".join([self.sentence(6, 12, end=""), site[0], *body, *site[1:]])

    def edited(self, body: list[str], rate: float) -> list[str]:
        out = []
        for para in body:
            words = para.split()
            for i in np.flatnonzero(self.rng.random(len(words)) < rate):
                words[i] = str(self.rng.choice(self.words))
            out.append(" ".join(words))
        return out


def generate(n: int, dup_rate: float, seed: int) -> tuple[list[str], dict[int, int]]:
    """`n` article texts and the truth: index of each copy -> index of its original."""
    corpus = Corpus(seed)
    rng = corpus.rng
    n_originals = n - int(n * dup_rate)
    bodies = [corpus.paragraphs() for _ in range(n_originals)]
    # (position key, text, original) ; a copy's key falls somewhere after its original's.
    items: list[tuple[float, str, int | None]] = [
        (float(i), corpus.page(b), None) for i, b in enumerate(bodies)
    ]
    for _ in range(n - n_originals):
        original = int(rng.integers(n_originals))
        copy = corpus.page(corpus.edited(bodies[original], rate=float(rng.uniform(0.0, 0.01))))
        items.append((float(rng.uniform(original + 0.5, n_originals)), copy, original))
    items.sort(key=lambda item: item[0])
    position = {int(k): i for i, (k, _, orig) in enumerate(items) if orig is None}
    truth = {i: position[orig] for i, (_, _, orig) in enumerate(items) if orig is not None}
    return [text for _, text, _ in items], truth


def _exact_jaccard(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 1.0


def detect_in_kb(texts: list[str], hashes: list[str], sigs: list[bytes]) -> dict[int, int]:
    """Store every article as kb.store does and ask `find_duplicate`: copy index -> original."""
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.sqlite"
        upgrade(url)
        engine = make_engine(url)
        ids: list[int] = []
        found: dict[int, int | None] = {}
        session = Session(engine)
        for i, (text, h, sig) in enumerate(zip(texts, hashes, sigs, strict=True)):
            article = Article(
                canonical_url=f"https://bench.example/{i}",
                fetched_at=datetime(2024, 1, 1),
                text=text,
                content_hash=h,
                minhash=sig,
                relevant=True,
                extractor_version="bench",
            )
            session.add(article)
            session.flush()
            article.duplicate_of = find_duplicate(session, h, sig, article.id)
            ids.append(article.id)
            found[i] = article.duplicate_of
            if i % 1000 == 999:
                session.commit()
        session.commit()
        session.close()
        engine.dispose()
    index_of = {article_id: i for i, article_id in enumerate(ids)}
    return {i: index_of[d] for i, d in found.items() if d is not None}


def detect_in_memory(hashes: list[str], sigs: list[bytes]) -> dict[int, int]:
    """The same index and verification as `find_duplicate`, without the database round trips."""
    index = SignatureIndex("bench")
    by_hash: dict[str, int] = {}
    root: dict[int, int] = {}
    for i, (h, sig) in enumerate(zip(hashes, sigs, strict=True)):
        matched = [c for c in index.query(sig) if jaccard(sig, sigs[c]) >= THRESHOLD]
        if h in by_hash:
            matched.append(by_hash[h])
        if matched:
            root[i] = min(root.get(c, c) for c in matched)
        by_hash.setdefault(h, i)
        index.add(i, sig)
    return root


def run_one(n: int, dup_rate: float, seed: int, kb: bool) -> dict[str, float]:
    t0 = time.perf_counter()
    texts, truth = generate(n, dup_rate, seed)
    gen_s = time.perf_counter() - t0

    t0, c0 = time.perf_counter(), time.process_time()
    hashes = [content_hash(t) for t in texts]
    sigs = [signature(t) for t in texts]
    sig_s, sig_cpu = time.perf_counter() - t0, time.process_time() - c0

    t0, c0 = time.perf_counter(), time.process_time()
    detected = detect_in_kb(texts, hashes, sigs) if kb else detect_in_memory(hashes, sigs)
    find_s, find_cpu = time.perf_counter() - t0, time.process_time() - c0

    correct = sum(1 for i, orig in detected.items() if truth.get(i) == orig)
    precision = correct / len(detected) if detected else 1.0
    recall = correct / len(truth) if truth else 1.0
    # Copies whose exact shingle Jaccard with their original reaches the threshold: what a
    # perfect detector must find (heavier edits make a copy a different text by definition).
    near = {i for i, orig in truth.items() if _exact_jaccard(texts[i], texts[orig]) >= THRESHOLD}
    recall_near = sum(1 for i in near if detected.get(i) == truth[i]) / len(near) if near else 1.0

    # The bare library: same signatures, no verification, no database. Its CPU time is the
    # floor our detection can reach, and its scaling the reference on a loaded machine.
    t0, c0 = time.perf_counter(), time.process_time()
    lsh = MinHashLSH(num_perm=NUM_PERM, params=LSH_BANDS)
    for i, sig in enumerate(sigs):
        mh = LeanMinHash(seed=SEED, hashvalues=np.frombuffer(sig, dtype="<u4"), scheme=SCHEME)
        lsh.query(mh)
        lsh.insert(i, mh)
    bare_s, bare_cpu = time.perf_counter() - t0, time.process_time() - c0

    return {
        "n": n,
        "copies": len(truth),
        "generate_s": gen_s,
        "signature_s": sig_s,
        "signature_cpu": sig_cpu,
        "find_s": find_s,
        "find_cpu": find_cpu,
        "bare_lsh_s": bare_s,
        "bare_lsh_cpu": bare_cpu,
        "precision": precision,
        "recall": recall,
        "recall_near": recall_near,
        "near_copies": len(near),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


BREACH_TYPES = [
    "emailed_to_incorrect_recipient", "posted_to_incorrect_recipient", "failure_to_redact",
    "failure_to_use_bcc", "loss_or_theft_of_device", "loss_or_theft_of_paperwork",
    "verbal_disclosure", "published_in_error", "insecure_disposal", "inappropriate_disclosure",
    "unauthorised_access", "insecure_transmission", "inaccurate_data", "cyber_attack", "other",
]  # fmt: skip


def generated_facts(n: int, seed: int) -> list:  # type: ignore[type-arg]
    """One force's facts: ~n/8 incidents, each reported by several outlets in their own words,
    some leaving out the year or type, some dating the breach by the fine."""
    from kb.resolve import FactView

    rng = np.random.default_rng(seed)
    vocab = vocabulary(rng, 30000)
    common = vocab[:300]
    facts = []
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
            facts.append(
                FactView(
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
            )
        incident += 1
    return facts[:n]


def resolve_bench(n: int, seed: int) -> None:
    from kb import resolve

    def timed(facts: list, exhaustive: bool) -> tuple[float, list]:  # type: ignore[type-arg]
        saved = resolve.EXHAUSTIVE_UP_TO
        resolve.EXHAUSTIVE_UP_TO = len(facts) if exhaustive else 0
        try:
            start = time.process_time()
            clusters = resolve.cluster(facts)
            return time.process_time() - start, clusters
        finally:
            resolve.EXHAUSTIVE_UP_TO = saved

    print(f"incident resolution of one force (kb.resolve.cluster), generated facts, seed {seed}")
    before: list[tuple[int, float]] = []
    for size in (500, 1000, 2000, 4000):
        if size >= n:
            break
        facts = generated_facts(size, seed)
        all_cpu, all_clusters = timed(facts, exhaustive=True)
        blocked_cpu, blocked_clusters = timed(facts, exhaustive=False)
        same = [[f.key for f in c] for c in all_clusters] == [
            [f.key for f in c] for c in blocked_clusters
        ]
        before.append((size, all_cpu))
        print(
            f"n={size:>6,}  all pairs {all_cpu:7.2f}s cpu   blocked {blocked_cpu:6.2f}s cpu   "
            f"{len(blocked_clusters):,} incidents, identical to all pairs: {same}",
            flush=True,
        )
    facts = generated_facts(n, seed)
    blocked_cpu, clusters = timed(facts, exhaustive=False)
    pairs = len(resolve.candidate_pairs(facts))
    print(
        f"n={n:>6,}  blocked {blocked_cpu:.2f}s cpu, {pairs:,} candidate pairs of "
        f"{n * (n - 1) // 2:,}, {len(clusters):,} incidents"
    )
    if len(before) >= 2:
        (a, ta), (b, tb) = before[-2], before[-1]
        k = math.log(tb / ta) / math.log(b / a)
        estimate = tb * (n / b) ** k
        print(
            f"all pairs at n={n:,} (not run): ~{estimate:,.0f}s cpu by the measured exponent "
            f"{k:.2f}; blocking is ~{estimate / blocked_cpu:,.0f}x faster"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 50000, 100000])
    parser.add_argument("--dup-rate", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--kb", action="store_true", help="store every article in a real SQLite KB (slower)"
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: one size
    parser.add_argument("--resolve-facts", type=int, metavar="N", help="time resolution instead")
    args = parser.parse_args()
    if args.resolve_facts:
        resolve_bench(args.resolve_facts, args.seed)
        return
    if args.one:
        print(json.dumps(run_one(args.one, args.dup_rate, args.seed, args.kb)))
        return

    where = "find_duplicate on a SQLite KB" if args.kb else "SignatureIndex in memory"
    print(f"near-duplicate detection, {where}; {args.dup_rate:.0%} syndicated copies", flush=True)
    rows = []
    for n in args.sizes:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--one", str(n)]
        cmd += ["--dup-rate", str(args.dup_rate), "--seed", str(args.seed)]
        cmd += ["--kb"] if args.kb else []
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        r = rows[-1]
        total, cpu = r["signature_s"] + r["find_s"], r["signature_cpu"] + r["find_cpu"]
        print(
            f"n={r['n']:>7,}  signatures {r['signature_s']:6.1f}s "
            f"(cpu {r['signature_cpu']:6.1f}s)  "
            f"find {r['find_s']:6.1f}s (cpu {r['find_cpu']:6.1f}s)  total {total:6.1f}s "
            f"(cpu {cpu:6.1f}s = {r['n'] / cpu:,.0f} articles per cpu-second)  "
            f"bare LSH {r['bare_lsh_s']:5.1f}s (cpu {r['bare_lsh_cpu']:5.1f}s)  "
            f"peak {r['peak_mb']:,.0f} MB\n"
            f"           precision {r['precision']:.4f}  recall {r['recall']:.4f} of "
            f"{r['copies']:,} injected copies, {r['recall_near']:.4f} of the "
            f"{r['near_copies']:,} with exact Jaccard >= {THRESHOLD}",
            flush=True,
        )
    for a, b in zip(rows, rows[1:], strict=False):
        ratio = math.log(b["n"] / a["n"])

        def exponent(key: str, a: dict = a, b: dict = b, ratio: float = ratio) -> float:
            return math.log(b[key] / a[key]) / ratio

        print(
            f"scaling {a['n']:,} -> {b['n']:,}: "
            f"exponent signatures {exponent('signature_cpu'):.2f}, "
            f"find {exponent('find_cpu'):.2f} (cpu), {exponent('find_s'):.2f} (wall); "
            f"bare datasketch LSH {exponent('bare_lsh_cpu'):.2f} (cpu)  (1.0 linear, 2.0 quadratic)"
        )
    last = rows[-1]
    print(
        f"find vs bare datasketch LSH insert+query at n={last['n']:,}: "
        f"{last['find_cpu'] / last['bare_lsh_cpu']:.1f}x cpu (verification"
        + (", SQLite insert/flush/queries)" if args.kb else ")")
    )


if __name__ == "__main__":
    main()
