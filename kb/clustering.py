"""Greedy clustering of one force's facts with cannot-links, near-linear in their number.

The clusters are those of the plain algorithm: every linking pair (kb.linkage) sorted from the
strongest link down, ties by fact key, each merging two clusters unless a pair across them is
forbidden (complete linkage on conflicts). Comparing all n² pairs takes minutes at 20,000
facts, and most of what it finds needs no comparison: two facts that agree on two of year,
type and fine with nothing disagreeing link whatever their descriptions say, so in a large
force each year and type is a clique of hundreds of facts. Here:

- Facts equal on the fields the rule reads form a class; they compare alike on fields with any
  fact, so the links fields alone decide ("bare" links, scoring the number of agreeing fields)
  hold between classes and are never listed pair by pair. They are processed level by level
  (3, 2, then 1 agreeing field) in their exact place in the order: each fact meets each
  cluster holding a later partner once, at the first such partner; the partners after it in
  that cluster would find it merged or still forbidden (clusters only grow, and a conflict
  between two clusters stays when either grows).
- Links that need the descriptions are found by blocking on description tokens (key terms,
  evidence words) that at most RARE_TOKEN facts share, and by MinHash-LSH, which finds facts
  whose descriptions are alike even when every token in them is common. A pair whose overlap
  is only in common tokens, and not enough for LSH, is not compared: the one approximation.
  A pair it misses may still link bare, but at its fields' score, below where its description
  would have put it.
- Whether two clusters may merge is checked class pair by class pair: facts of classes that
  disagree on no field conflict only when they come from one article (one set test), so only
  facts of disagreeing classes are compared.
"""

from __future__ import annotations

import math
from bisect import bisect_right, insort
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass, field, fields

from kb.dictionary import related_types
from kb.linkage import (
    EARLY_PAYMENT_RATIO,
    FactView,
    compare,
    field_agreement,
    forbids,
    judge,
    links,
    types_related,
)

RARE_TOKEN = 100  # a description token shared by more facts than this blocks nothing alone
LEVELS = (3, 2, 1)  # scores of bare links: the number of agreeing fields
# MinHash-LSH over each fact's tokens (a dozen, so the estimate is coarse: LSH proposes pairs,
# compare() decides). Only facts at least half of whose tokens are common can be alike without
# sharing a rare token, so only those are indexed.
LSH_THRESHOLD = 0.5
LSH_PERM = 32
LSH_SEED = 11
FINE_BUCKET = math.log(1 / EARLY_PAYMENT_RATIO)  # amounts within the ratio: same or next bucket

Candidate = tuple[float, str, str, int, int]  # -score, key of i, key of j, i, j (i < j)


@dataclass
class Stats:
    """What clustering cost: pairs compared, and the links classes stood for."""

    facts: int = 0
    candidate_pairs: int = 0  # pairs proposed by the description blocks (or all pairs)
    compared: int = 0  # compare() calls: candidates whose fields allow a link, conflict checks
    classes: int = 0
    class_links: int = 0  # pairs of classes whose facts all link by fields alone
    bare_links: int = 0  # pairs of facts those class links stand for
    merges: int = 0
    conflicts: int = 0  # merges refused

    def add(self, other: Stats) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


def field_key(f: FactView) -> Hashable:
    """Everything kb.linkage.field_agreement reads."""
    return (
        f.breach_year,
        f.breach_type or None,
        f.fine_amount,
        f.fine_paid,
        f.fine_year,
        f.regulator_id,
    )


def description_key(f: FactView) -> Hashable:
    """The fields, and which parts of a description the fact has (a link on one agreeing
    field needs the pair to have no description part in common)."""
    return field_key(f), bool(f.terms), bool(f.words)


def cluster_indices(facts: Sequence[FactView], exhaustive: bool) -> tuple[list[int], Stats]:
    """The cluster of each fact, named by its first fact (`facts` in resolution order: sorted
    by key, then tiebreak). `exhaustive` compares every pair: what small forces do, and the
    reference the blocked path is tested against."""
    run = _Greedy(facts, blocked=not exhaustive)
    candidates = run.explicit_links(_all_pairs(len(facts)) if exhaustive else _blocked(facts))
    at = 0
    for level in LEVELS if run.blocked else ():
        while at < len(candidates) and -candidates[at][0] > level:
            run.attempt(candidates[at][3], candidates[at][4])
            at += 1
        tied = []
        while at < len(candidates) and -candidates[at][0] == level:
            tied.append(candidates[at])
            at += 1
        run.bare_level(level, tied)
    for *_, i, j in candidates[at:]:
        run.attempt(i, j)
    return [run.find(i) for i in range(len(facts))], run.stats


def _all_pairs(n: int) -> Iterator[tuple[int, list[int]]]:
    for i in range(n):
        yield i, list(range(i + 1, n))


def _blocked(facts: Sequence[FactView]) -> Iterator[tuple[int, list[int]]]:
    """For each fact, the later facts sharing a rare description token or alike by LSH."""
    tokens = [[f"t:{t}" for t in f.terms] + list(f.words) for f in facts]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, toks in enumerate(tokens):
        for token in toks:
            postings[token].append(i)
    mostly_common = [
        i
        for i, toks in enumerate(tokens)
        if toks and 2 * sum(len(postings[t]) > RARE_TOKEN for t in toks) >= len(toks)
    ]
    alike = _alike(tokens, mostly_common)
    for i, toks in enumerate(tokens):
        later: set[int] = set(alike.get(i, ()))
        for token in toks:
            members = postings[token]
            if len(members) <= RARE_TOKEN:
                later.update(members[bisect_right(members, i) :])
        if later:
            yield i, sorted(later)


def _alike(tokens: list[list[str]], indexed: list[int]) -> dict[int, list[int]]:
    """Pairs (i < j) of the `indexed` facts whose token sets LSH finds alike, by i."""
    # Imported here: datasketch's package imports scipy and redis.asyncio, and most forces
    # never need it (kb.neardup says the same).
    from datasketch import MinHash, MinHashLSH

    hashes = MinHash.bulk(
        ([t.encode() for t in tokens[i]] for i in indexed), num_perm=LSH_PERM, seed=LSH_SEED
    )
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=LSH_PERM)
    found: dict[int, list[int]] = defaultdict(list)
    for j, mh in zip(indexed, hashes, strict=True):
        for i in lsh.query(mh):
            found[i].append(j)
        lsh.insert(j, mh, check_duplication=False)
    return found


@dataclass
class _Classes:
    """Facts grouped by a key; per cluster, its facts of each class; the class pairs linked
    bare at each level."""

    of: list[int]  # fact -> class
    reps: list[FactView]  # class -> one of its facts
    parts: dict[int, dict[int, list[int]]]  # root -> class -> the root's facts of it, ascending
    linked: dict[int, dict[int, list[int]]] = field(default_factory=dict)
    live: dict[int, set[int]] | None = None  # class -> roots with facts ahead (during a level)

    @classmethod
    def of_facts(cls, facts: Sequence[FactView], key: Callable[[FactView], Hashable]) -> _Classes:
        ids: dict[Hashable, int] = {}
        of: list[int] = []
        reps: list[FactView] = []
        for f in facts:
            c = ids.setdefault(key(f), len(ids))
            if c == len(reps):
                reps.append(f)
            of.append(c)
        return cls(of, reps, {i: {c: [i]} for i, c in enumerate(of)})

    def merge(self, keep: int, gone: int) -> None:
        mine, theirs = self.parts[keep], self.parts.pop(gone)
        for c, ys in theirs.items():
            xs = mine.get(c)
            mine[c] = ys if xs is None else _merged(xs, ys)
            if self.live is not None:
                roots = self.live[c]
                roots.discard(gone)
                roots.add(keep)

    def link(self, pairs: set[tuple[int, int]], level_of: Callable[[int, int], int]) -> Stats:
        sizes = Counter(self.of)
        linked: dict[int, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
        stats = Stats()
        for ca, cb in pairs:
            level = level_of(ca, cb)
            if level:
                linked[level][ca].add(cb)
                linked[level][cb].add(ca)
                stats.class_links += 1
                size = sizes[ca]
                stats.bare_links += size * (size - 1) // 2 if ca == cb else size * sizes[cb]
        self.linked = {
            level: {c: sorted(others) for c, others in by_class.items()}
            for level, by_class in linked.items()
        }
        return stats


class _Greedy:
    """Union-find over the facts, with what the merge check and the bare levels need."""

    def __init__(self, facts: Sequence[FactView], blocked: bool) -> None:
        n = len(facts)
        self.facts, self.blocked = facts, blocked
        self.stats = Stats(facts=n)
        self.parent = list(range(n))
        self.articles: dict[int, set[int]] = {i: {f.article_id} for i, f in enumerate(facts)}
        self.forbidden: dict[int, bool] = {}  # i * n + j (i < j) -> the pair must not merge
        self.conflicting: set[tuple[int, int]] = set()  # root pairs that can never merge
        self.agreement: dict[tuple[int, int], tuple[int, int, bool]] = {}  # class pair -> fields
        # All facts in one class when every pair is compared: the merge check compares them all.
        self.by_fields = _Classes.of_facts(facts, field_key if blocked else lambda f: 0)
        self.by_description: _Classes | None = None
        if blocked:
            self.stats.classes = len(self.by_fields.reps)
            self.stats.add(self.by_fields.link(self._two_field_pairs(), self._level))
            if any(not f.words for f in facts):
                self.by_description = _Classes.of_facts(facts, description_key)
                self.stats.add(self.by_description.link(self._one_field_pairs(), self._level_one))
                if not self.by_description.linked:
                    self.by_description = None

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Explicit pairs: compared one by one.

    def explicit_links(self, pairs: Iterator[tuple[int, list[int]]]) -> list[Candidate]:
        """Compare the proposed pairs; the linking ones, strongest first, ties by key."""
        facts, n = self.facts, len(self.facts)
        candidates = []
        for i, later in pairs:
            a = facts[i]
            self.stats.candidate_pairs += len(later)
            for j in later:
                b = facts[j]
                if a.article_id == b.article_id:
                    self.forbidden[i * n + j] = True
                    continue
                agreement = field_agreement(a, b)
                if self.blocked and agreement[1] >= 2:
                    continue  # two fields disagree: never a link (a conflict, checked if needed)
                c = judge(a, b, agreement)
                self.stats.compared += 1
                no = self.forbidden[i * n + j] = forbids(c)
                if not no and links(c):
                    candidates.append((-c.score, a.key, b.key, i, j))
        candidates.sort()
        return candidates

    def is_forbidden(self, x: int, y: int) -> bool:
        i, j = (x, y) if x < y else (y, x)
        pair = i * len(self.facts) + j
        verdict = self.forbidden.get(pair)
        if verdict is None:
            a, b = self.facts[i], self.facts[j]
            self.stats.compared += 1
            verdict = self.forbidden[pair] = a.article_id == b.article_id or forbids(compare(a, b))
        return verdict

    # Merging.

    def attempt(self, i: int, j: int) -> None:
        """Merge the clusters of i and j unless a pair across them is forbidden."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return
        key = (ri, rj) if ri < rj else (rj, ri)
        if key in self.conflicting:
            return
        if self._conflict(ri, rj):
            self.conflicting.add(key)
            self.stats.conflicts += 1
            return
        keep, gone = key
        self.stats.merges += 1
        self.parent[gone] = keep
        small, big = sorted((self.articles.pop(gone), self.articles[keep]), key=len)
        big |= small
        self.articles[keep] = big
        self.by_fields.merge(keep, gone)
        if self.by_description is not None:
            self.by_description.merge(keep, gone)

    def _conflict(self, ra: int, rb: int) -> bool:
        if not self.articles[ra].isdisjoint(self.articles[rb]):
            return True
        parts = self.by_fields.parts
        for ca, xs in parts[ra].items():
            for cb, ys in parts[rb].items():
                if (not self.blocked or self._may_differ(ca, cb)) and any(
                    self.is_forbidden(x, y) for x in xs for y in ys
                ):
                    return True
        return False

    def _fields(self, ca: int, cb: int) -> tuple[int, int, bool]:
        """kb.linkage.field_agreement of any fact of class ca with any fact of class cb."""
        key = (ca, cb) if ca < cb else (cb, ca)
        found = self.agreement.get(key)
        if found is None:
            reps = self.by_fields.reps
            found = self.agreement[key] = field_agreement(reps[ca], reps[cb])
        return found

    def _may_differ(self, ca: int, cb: int) -> bool:
        """Facts of classes ca and cb may be forbidden: a field disagrees, or their types are
        related ones, which disagree when the descriptions differ (kb.linkage.judge)."""
        reps = self.by_fields.reps
        return bool(self._fields(ca, cb)[1]) or types_related(reps[ca], reps[cb])

    # Bare links: decided by fields alone, between classes.

    def _two_field_pairs(self) -> set[tuple[int, int]]:
        """Class pairs that may agree on two fields: those sharing two values."""
        blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
        for c, f in enumerate(self.by_fields.reps):
            values = _values(f)
            for x, v in enumerate(values):
                for w in values[x + 1 :]:
                    if v[0] != w[0]:
                        blocks[(v, w)].append(c)
        pairs: set[tuple[int, int]] = set()
        for members in blocks.values():
            for x, a in enumerate(members):
                pairs.update((a, b) for b in members[x:])
        return pairs

    def _level(self, ca: int, cb: int) -> int:
        """Two or three agreeing fields and none disagreeing: a link at that score."""
        agree, disagree, _ = self._fields(ca, cb)
        return agree if agree >= 2 and not disagree else 0

    def _one_field_pairs(self) -> set[tuple[int, int]]:
        """Class pairs sharing a value where one class has no evidence words: a link on one
        field needs no description part in common, so one side without words."""
        assert self.by_description is not None
        reps = self.by_description.reps
        blocks: dict[tuple[str, object], list[int]] = defaultdict(list)
        for c, f in enumerate(reps):
            for v in _values(f):
                blocks[v].append(c)
        pairs: set[tuple[int, int]] = set()
        for members in blocks.values():
            for a in (c for c in members if not reps[c].words):
                pairs.update((min(a, b), max(a, b)) for b in members)
        return pairs

    def _level_one(self, ca: int, cb: int) -> int:
        assert self.by_description is not None
        a, b = self.by_description.reps[ca], self.by_description.reps[cb]
        agree, disagree, _ = field_agreement(a, b)
        no_description = not (a.terms and b.terms) and not (a.words and b.words)
        return 1 if agree == 1 and not disagree and no_description else 0

    def bare_level(self, level: int, tied: list[Candidate]) -> None:
        """Process the bare links scoring `level`, and the explicit links scoring exactly the
        same, in the order all pairs sorted would take: by (key of i, key of j, i, j)."""
        classes = self.by_description if level == 1 else self.by_fields
        linked = classes.linked.get(level, {}) if classes is not None else {}
        if not linked:
            for *_, i, j in tied:
                self.attempt(i, j)
            return
        assert classes is not None
        extra: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
        for _, _, key_j, i, j in tied:
            extra[i].append((key_j, i, j))
        facts, of, parts, n = self.facts, classes.of, classes.parts, len(self.facts)
        live: dict[int, set[int]] = defaultdict(set)
        for root, by_class in parts.items():
            for c in by_class:
                if c in linked:
                    live[c].add(root)
        classes.live = live
        start = 0
        while start < n:
            end = start + 1  # exact copies share a key: their links interleave by j's key
            while end < n and facts[end].key == facts[start].key:
                end += 1
            items: list[tuple[str, int, int]] = []
            for i in range(start, end):
                items += extra.get(i, ())
                own = self.find(i)
                first: dict[int, int] = {}  # cluster -> its first partner of i after i
                for c in linked.get(of[i], ()):
                    roots = live[c]
                    done = []
                    for root in roots:
                        members = parts[root][c]
                        if members[-1] <= i:
                            done.append(root)  # nothing after i, nor after any later fact
                        elif root != own:
                            j = members[bisect_right(members, i)]
                            if j < first.get(root, n):
                                first[root] = j
                    roots.difference_update(done)
                items += [(facts[j].key, i, j) for j in first.values()]
            items.sort()
            for _, i, j in items:
                self.attempt(i, j)
            start = end
        classes.live = None


def _values(f: FactView) -> list[tuple[str, object]]:
    """The field values a fact can agree on: year, type (or the related pairs it is in), and
    its fine's buckets."""
    values: list[tuple[str, object]] = []
    if f.breach_year is not None:
        values.append(("year", f.breach_year))
    if f.breach_type:
        # related types agree (kb.linkage), so each related pair is a value both share
        pairs = sorted(tuple(sorted(p)) for p in related_types() if f.breach_type in p)
        values += [("type", p) for p in pairs] or [("type", f.breach_type)]
    for amount in sorted({f.fine_amount, f.fine_paid} - {None}):  # type: ignore[type-var]
        assert amount is not None
        if amount <= 0:
            values.append(("fine", -1))  # only an equal amount matches a zero fine
            continue
        bucket = int(math.log(amount) / FINE_BUCKET)  # each with the next: any two amounts
        values += [("fine", bucket), ("fine", bucket + 1)]  # within the ratio share one
    return values


def _merged(xs: list[int], ys: list[int]) -> list[int]:
    small, big = (xs, ys) if len(xs) < len(ys) else (ys, xs)
    if len(small) * 16 < len(big):
        for y in small:
            insort(big, y)
        return big
    return sorted(big + small)
