"""Exact and near-duplicate article detection: content hash + MinHash over word shingles + LSH.

A syndicated copy (a press release reprinted, a wire story with a new headline and boilerplate)
is kept as its own article but linked to the original through `articles.duplicate_of`.

The LSH index lives in a module cache keyed by engine URL, built once from `articles.minhash`
and then kept in step with the table on every `find_duplicate` call:
- rows with an id above the highest indexed id are added (new articles, other processes);
- an article being updated (`exclude_article_id`) is dropped and re-read on the next call;
- inside a transaction that holds the store's write lock (SQLite's BEGIN IMMEDIATE, kb.locks'
  store lock on PostgreSQL) no other writer can add rows: once caught up there, the index takes
  the transaction's own new articles as kb.store inserts them (`indexed`), without querying;
- a transaction that read the index and then rolled back or closed without committing, or a
  highest id below the highest indexed one (the newest rows were deleted), discards the index
  so it is rebuilt from the table on next use: SQLite hands a rolled-back or deleted top id to
  the next row.
Candidates from the index are always verified against the stored rows, so a stale entry (an
article deleted or edited by another process) can cost a missed duplicate, never a false link.
Call `invalidate()` after changing `articles` behind the index's back.
"""

from __future__ import annotations

import functools
import hashlib
import re
import threading
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import cast

import numpy as np
from sqlalchemy import Table, bindparam, event, func, or_, select
from sqlalchemy.orm import Session, SessionTransaction

from kb.locks import holds_store_lock
from kb.models import Article

NUM_PERM = 128
SHINGLE_SIZE = 4  # words; 4 keeps lightly edited copies above the threshold (see README)
SEED = 1
SCHEME = "affine32"  # datasketch >= 2: 32-bit hash values, so 4 bytes each
THRESHOLD = 0.8  # estimated Jaccard at or above which two texts are one story
# 20 bands of 6 rows: a pair at Jaccard 0.8 becomes a candidate with probability 0.998, one at
# 0.3 with 0.015 (datasketch's own choice for 0.8, 9x13, finds only 40% of pairs at 0.8).
LSH_BANDS = (20, 6)
_DTYPE = np.dtype("<u4")  # datasketch hash values are 32-bit; stored little-endian, 512 bytes
_EMPTY = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=_DTYPE)

BODY_MIN_WORDS = 8
BODY_MIN_TOTAL = 30

_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def normalise(text: str) -> str:
    """Fold case, Unicode forms, punctuation and whitespace: what a copy editor may change."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORD.findall(text.replace("_", " ")))


def content_hash(text: str) -> str:
    """sha256 (hex) of the normalised text: equal for copies differing only in form."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def body(text: str) -> str:
    """The running prose of an article: lines that are sentences, not headlines or page furniture.

    Syndicated copies differ mostly in headline, byline, navigation, share and cookie lines; on a
    300-word story those alone pull the Jaccard similarity of true copies below 0.7. A line is
    prose when it has at least BODY_MIN_WORDS words and ends like a sentence. Texts with too little
    prose (a brief, a one-line blob) are compared whole.
    """
    lines = [line.strip() for line in text.splitlines()]
    prose = [ln for ln in lines if len(ln.split()) >= BODY_MIN_WORDS and _SENTENCE_END.search(ln)]
    kept = " ".join(prose)
    return kept if len(kept.split()) >= BODY_MIN_TOTAL else text


def shingles(text: str, k: int = SHINGLE_SIZE) -> set[bytes]:
    """Word k-shingles of the article body (the whole text when it is shorter than k words)."""
    words = normalise(body(text)).split()
    if not words:
        return set()
    if len(words) < k:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's "affine32" permutations for SEED: h -> a * h + b modulo 2^32, `a` odd,
    drawn as `datasketch.MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")` draws them."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, which the affine32 scheme applies to each input hash."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def signature(text: str) -> bytes:
    """MinHash of the text's shingles, serialised as NUM_PERM little-endian uint32 values.

    The values of datasketch's MinHash (scheme "affine32", SHA-1's first 4 bytes as each
    shingle's hash; tests/test_neardup.py compares the two), computed here: importing the
    datasketch package costs a third of a second (scipy, redis.asyncio), more than a load
    that stores a few pages spends on them.
    """
    sh = shingles(text)
    if not sh:
        return _EMPTY.tobytes()
    hashes = np.array(
        [int.from_bytes(hashlib.sha1(s).digest()[:4], "little") for s in sh], dtype=np.uint32
    )
    a, b = _permutations()
    permuted = _fmix32(hashes).reshape(-1, 1) * a + b
    return permuted.min(axis=0).astype(_DTYPE).tobytes()


def _values(sig: bytes) -> np.ndarray:
    values = np.frombuffer(sig, dtype=_DTYPE)
    if values.size != NUM_PERM:
        raise ValueError(f"MinHash signature of {values.size} values, expected {NUM_PERM}")
    return values


def jaccard(sig_a: bytes, sig_b: bytes) -> float:
    """Estimated Jaccard similarity of two serialised signatures (0.0 when either is empty)."""
    a, b = _values(sig_a), _values(sig_b)
    if np.array_equal(a, _EMPTY) or np.array_equal(b, _EMPTY):
        return 0.0
    return float(np.count_nonzero(a == b)) / NUM_PERM


def similarities(sig: bytes, stored: list[bytes]) -> np.ndarray:
    """`jaccard(sig, s)` for every `s` in `stored`, in one pass (a story written from a press
    release can have hundreds of LSH candidates to verify)."""
    mine = _values(sig)
    if not stored or np.array_equal(mine, _EMPTY):
        return np.zeros(len(stored))
    if any(len(s) != len(sig) for s in stored):
        for s in stored:
            _values(s)  # raises, naming the odd size
    matrix = np.frombuffer(b"".join(stored), dtype=_DTYPE).reshape(len(stored), NUM_PERM)
    agree = np.count_nonzero(matrix == mine, axis=1) / NUM_PERM
    return np.where((matrix == _EMPTY).all(axis=1), 0.0, agree)


class _Bands:
    """LSH over signatures, LSH_BANDS = (bands, rows): two signatures are candidates when all
    the values of one band are equal. The candidates of datasketch's MinHashLSH with
    `params=LSH_BANDS` (tests/test_neardup.py compares the two), without importing it."""

    def __init__(self) -> None:
        bands, rows = LSH_BANDS
        self.ranges = [(i * rows, (i + 1) * rows) for i in range(bands)]
        self.tables: list[defaultdict[bytes, set[int]]] = [defaultdict(set) for _ in range(bands)]
        self.keys: dict[int, list[bytes]] = {}

    def _bands(self, values: np.ndarray) -> list[bytes]:
        return [values[start:end].tobytes() for start, end in self.ranges]

    def insert(self, key: int, values: np.ndarray) -> None:
        if key in self.keys:
            raise ValueError(f"{key} is already in the index")
        self.keys[key] = self._bands(values)
        for table, band in zip(self.tables, self.keys[key], strict=True):
            table[band].add(key)

    def remove(self, key: int) -> None:
        for table, band in zip(self.tables, self.keys.pop(key), strict=True):
            bucket = table[band]
            bucket.discard(key)
            if not bucket:
                del table[band]

    def query(self, values: np.ndarray) -> set[int]:
        found: set[int] = set()
        for table, band in zip(self.tables, self._bands(values), strict=True):
            if band in table:
                found |= table[band]
        return found


@dataclass
class SignatureIndex:
    """An LSH index over article signatures; `key` names the database it mirrors.

    The signatures are kept too (512 bytes an article), so LSH candidates below the threshold
    are dropped in memory: templated stories (press releases, court lists) give hundreds of
    candidates each, and reading them all back from the table cost more than storing.
    """

    key: str
    lsh: _Bands = field(default_factory=_Bands)
    ids: set[int] = field(default_factory=set)
    max_id: int = 0
    stale: set[int] = field(default_factory=set)  # updated articles to re-read
    # The signatures of the articles in `lsh`, one row each of `matrix` (`rows`: id -> row),
    # so that a query's candidates are compared in one fancy-indexed numpy pass rather than
    # joined from hundreds of separate byte strings first. Rows of discarded articles are
    # reused (`free`).
    matrix: np.ndarray = field(default_factory=lambda: np.empty((64, NUM_PERM), dtype=_DTYPE))
    rows: dict[int, int] = field(default_factory=dict)
    free: list[int] = field(default_factory=list)

    def add(self, article_id: int, sig: bytes | None) -> None:
        self.discard(article_id)
        self.ids.add(article_id)
        self.max_id = max(self.max_id, article_id)
        if sig is None:
            return
        values = _values(sig)
        if not np.array_equal(values, _EMPTY):
            self.lsh.insert(article_id, values)
            if self.free:
                row = self.free.pop()
            else:
                row = len(self.rows)
                if row == len(self.matrix):
                    grown = np.empty((2 * len(self.matrix), NUM_PERM), dtype=_DTYPE)
                    grown[:row] = self.matrix
                    self.matrix = grown
            self.matrix[row] = values
            self.rows[article_id] = row

    def discard(self, article_id: int) -> None:
        if article_id in self.ids:
            self.ids.discard(article_id)
            if article_id in self.lsh.keys:
                self.lsh.remove(article_id)
            row = self.rows.pop(article_id, None)
            if row is not None:
                self.free.append(row)

    def query(self, sig: bytes) -> list[int]:
        values = _values(sig)
        if np.array_equal(values, _EMPTY):
            return []
        return sorted(self.lsh.query(values))

    def near(self, sig: bytes) -> list[int]:
        """Indexed articles whose signature is at or above THRESHOLD (to verify against rows)."""
        values = _values(sig)
        if np.array_equal(values, _EMPTY):
            return []
        ids = sorted(self.lsh.query(values))
        if not ids:
            return []
        # `similarities(sig, their signatures)`: no candidate's signature is empty (the LSH
        # holds none), so the agreement is the whole of it.
        candidates = self.matrix[[self.rows[i] for i in ids]]
        similar = np.count_nonzero(candidates == values, axis=1) / NUM_PERM
        return [i for i, s in zip(ids, similar.tolist(), strict=True) if s >= THRESHOLD]


_indexes: dict[str, SignatureIndex] = {}
_lock = threading.Lock()


def _cache_key(session: Session) -> str:
    engine = session.get_bind().engine
    key = _url_key(engine.url)
    if engine.url.database in (None, "", ":memory:"):  # each in-memory engine is its own database
        key += f"#{id(engine)}"
    return key


@functools.lru_cache(maxsize=64)
def _url_key(url: object) -> str:
    return url.render_as_string(hide_password=False)  # type: ignore[attr-defined]


def invalidate(session: Session | None = None) -> None:
    """Forget the cached index of the session's database (all databases when None)."""
    with _lock:
        if session is None:
            _indexes.clear()
        else:
            _indexes.pop(_cache_key(session), None)


_DIRTY = "breachkb.neardup.dirty"  # session.info key: index caught up inside this transaction
# session.info key: the index caught up inside this transaction while it held the write lock,
# so that no row can appear but the transaction's own (see `indexed`)
_SYNCED = "breachkb.neardup.synced"


@event.listens_for(Session, "after_commit")
def _on_commit(session: Session) -> None:
    session.info.pop(_DIRTY, None)
    session.info.pop(_SYNCED, None)


@event.listens_for(Session, "after_soft_rollback")
def _on_rollback(session: Session, previous_transaction: object) -> None:
    _forget_uncommitted(session)


@event.listens_for(Session, "after_transaction_end")
def _on_transaction_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # closed without a commit: its rows never existed
        _forget_uncommitted(session)


def _forget_uncommitted(session: Session) -> None:
    """The index may hold rows of a transaction that did not commit: rebuild it on next use."""
    session.info.pop(_SYNCED, None)
    key = session.info.pop(_DIRTY, None)
    if key is not None:
        with _lock:
            _indexes.pop(key, None)


# Built once: statement construction costs more than these indexed lookups themselves.
_TOP_ID = select(func.max(Article.id))
_ROWS_AFTER = select(Article.id, Article.minhash).where(Article.id > bindparam("after"))
_ROWS_IN = select(Article.id, Article.minhash).where(
    Article.id.in_(bindparam("ids", expanding=True))
)
_TABLE = cast(Table, Article.__table__)  # Core: read on the session's connection, no ORM pass
_ORIGINAL = _TABLE.alias("original")
# Each candidate with its own original's `duplicate_of` (by primary key): an original is
# usually a root, so `_root` then needs no query of its own.
_CANDIDATES = select(
    _TABLE.c.id,
    _TABLE.c.content_hash,
    _TABLE.c.minhash,
    _TABLE.c.duplicate_of,
    _ORIGINAL.c.duplicate_of,
).select_from(_TABLE.outerjoin(_ORIGINAL, _ORIGINAL.c.id == _TABLE.c.duplicate_of))
# The rows of the same text, and of the LSH candidates, in one statement (SQLite answers the
# OR from both indexes, content_hash's and the primary key).
_SAME_HASH = _CANDIDATES.where(_TABLE.c.content_hash == bindparam("text_hash"))
_SAME_HASH_OR_IN = _CANDIDATES.where(
    or_(
        _TABLE.c.content_hash == bindparam("text_hash"),
        _TABLE.c.id.in_(bindparam("ids", expanding=True)),
    )
)
_PARENT = select(Article.duplicate_of).where(Article.id == bindparam("id"))


def _index_for(session: Session) -> tuple[SignatureIndex, int]:
    """The up-to-date index for the session's database, and the highest id it had before.

    Catching up costs two indexed queries (`max(id)`, rows above the last id seen), never a scan;
    none when this transaction caught up already under the write lock.
    """
    key = _cache_key(session)
    with _lock:
        index = _indexes.get(key)
        if index is not None and _synced(session, index):
            _reread_stale(session, index)
            return index, index.max_id  # (every row of this transaction's view is indexed)
        if index is not None:
            top = session.scalar(_TOP_ID) or 0
            if top < index.max_id:  # the newest rows were deleted: ids may be handed out again
                index = None
        if index is None:
            index = SignatureIndex(key)
            for article_id, sig in session.execute(select(Article.id, Article.minhash)):
                index.add(article_id, sig)
            _indexes[key] = index
            session.info[_DIRTY] = key
            _mark_synced(session, index)
            return index, index.max_id
        session.info[_DIRTY] = key
        before = index.max_id
        # Two queries, not one with OR: SQLite then keeps to the primary key, never a scan.
        for article_id, sig in session.execute(_ROWS_AFTER, {"after": before}).all():
            index.add(article_id, sig)
        _reread_stale(session, index)
        _mark_synced(session, index)
        return index, before


def _reread_stale(session: Session, index: SignatureIndex) -> None:
    if index.stale:
        ids = sorted(index.stale)
        index.stale.clear()
        for article_id in ids:
            index.discard(article_id)
        for article_id, sig in session.execute(_ROWS_IN, {"ids": ids}).all():
            index.add(article_id, sig)


def _synced(session: Session, index: SignatureIndex) -> bool:
    return session.info.get(_SYNCED) is index


def _mark_synced(session: Session, index: SignatureIndex) -> None:
    if holds_store_lock(session):
        session.info[_SYNCED] = index


def indexed(session: Session, article_id: int, sig: bytes | None) -> None:
    """kb.store inserted this article in the session's transaction. When the index caught up
    in this transaction under the write lock, it takes the row now (the next `find_duplicate`
    of the transaction then queries nothing); otherwise the next catch-up reads it."""
    with _lock:
        index: SignatureIndex | None = session.info.get(_SYNCED)
        if index is not None and _indexes.get(index.key) is index:
            if article_id > index.max_id:
                index.add(article_id, sig)
            else:  # not in id order (cannot happen under the lock): catch up by query instead
                session.info.pop(_SYNCED, None)


def find_duplicate(
    session: Session, text_hash: str, sig: bytes, exclude_article_id: int | None = None
) -> int | None:
    """The original (smallest root id) of an article whose text equals or nearly equals this one.

    `exclude_article_id` is the article being stored (new, or updated in place): neither it nor
    its own copies count as its original.
    """
    session.flush()  # (the reads below go to the connection: no autoflush of their own)
    index, indexed_before = _index_for(session)
    if exclude_article_id is not None and exclude_article_id <= indexed_before:
        # An existing article whose text may be changing: re-read its signature next time.
        index.discard(exclude_article_id)
        index.stale.add(exclude_article_id)
    near = index.near(sig)
    conn = session.connection()
    if near:
        found = conn.execute(_SAME_HASH_OR_IN, {"text_hash": text_hash, "ids": near})
    else:
        found = conn.execute(_SAME_HASH, {"text_hash": text_hash})
    rows = [row for row in found if row[0] != exclude_article_id]
    if not rows:
        return None
    parents = {article_id: parent for article_id, _, _, parent, _ in rows}
    for _, _, _, parent, grandparent in rows:
        if parent is not None:  # (the same reading a query of the parent's row would give)
            parents.setdefault(parent, grandparent)
    matched = [article_id for article_id, h, _, _, _ in rows if h == text_hash]
    others = [
        (article_id, stored) for article_id, h, stored, _, _ in rows if h != text_hash and stored
    ]
    if others:
        similar = similarities(sig, [stored for _, stored in others])
        matched += [i for (i, _), s in zip(others, similar, strict=True) if s >= THRESHOLD]
    roots = {_root(session, i, parents) for i in matched}
    roots.discard(exclude_article_id)
    return min(roots) if roots else None


def _root(session: Session, article_id: int, parents: dict[int, int | None]) -> int:
    """Follow `duplicate_of` to the original (cycle-safe). `parents` holds the `duplicate_of`
    of the candidates read in this transaction (`article_id` among them) and of their
    originals: an original is usually a root, so most chains need no query."""
    seen = {article_id}
    current = article_id
    parent = parents[article_id]
    while True:
        if parent is None or parent in seen:
            return current
        seen.add(parent)
        current = parent
        if current in parents:
            parent = parents[current]
        else:
            parent = session.scalar(_PARENT, {"id": current})
