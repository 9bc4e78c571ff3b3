"""Exact and near-duplicate detection over articles written for the tests (tests/data/dedup)."""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kb import neardup
from kb.models import Article
from kb.neardup import THRESHOLD, content_hash, find_duplicate, jaccard, signature

DATA = Path(__file__).parent / "data" / "dedup"


def text(name: str) -> str:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8")


def prose(name: str) -> list[str]:
    """The story paragraphs of a fixture (long lines after the headline)."""
    return [ln for ln in text(name).splitlines()[1:] if len(ln.split()) >= 12]


def add_article(session: Session, body: str, url: str, duplicate_of: int | None = None) -> int:
    article = Article(
        canonical_url=url,
        fetched_at=datetime(2024, 1, 1),
        text=body,
        content_hash=content_hash(body),
        minhash=signature(body),
        relevant=True,
        extractor_version="test",
        duplicate_of=duplicate_of,
    )
    session.add(article)
    session.flush()
    return article.id


@pytest.fixture(autouse=True)
def fresh_index() -> None:
    neardup.invalidate()


def test_content_hash_folds_case_whitespace_and_punctuation() -> None:
    a = "Cheshire Constabulary has been fined £120,000.\n\nThe ICO said so."
    b = "cheshire  constabulary has been fined £120 000 -- the ico said so"
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) != content_hash(a.replace("120,000", "12,000"))
    assert len(content_hash(a)) == 64


def test_signature_is_compact_and_deterministic() -> None:
    sig = signature(text("a1_northwest_daily"))
    assert isinstance(sig, bytes) and len(sig) == neardup.NUM_PERM * 4
    assert sig == signature(text("a1_northwest_daily"))
    assert jaccard(sig, sig) == 1.0


def test_same_text_with_other_headline_and_boilerplate_is_a_duplicate() -> None:
    original = text("a1_northwest_daily")
    reprint = "\n\n".join(
        [
            "Police force pays price for detective's lost memory stick",
            "Home | UK | World | Business | Politics | Tech | Sport",
            *prose("a1_northwest_daily"),
            "Follow us on X and Instagram",
            "Copyright 2017 Midlands Media Group. All rights reserved.",
        ]
    )
    assert content_hash(reprint) != content_hash(original)
    assert jaccard(signature(original), signature(reprint)) >= THRESHOLD


def test_lightly_edited_syndicated_copy_is_a_duplicate() -> None:
    similarity = jaccard(signature(text("a1_northwest_daily")), signature(text("a1_syndicated")))
    assert similarity >= THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("a1_northwest_daily", "a2_dp_wire"),  # same story in another outlet's own words
        ("a1_northwest_daily", "a4_misprint"),
        ("a1_northwest_daily", "d1_other_force"),  # same kind of breach, another force
        ("a1_northwest_daily", "b1_spreadsheet"),  # same force, another breach
        ("c1_new_fine", "a1_northwest_daily"),
    ],
)
def test_different_articles_are_not_duplicates(a: str, b: str) -> None:
    assert jaccard(signature(text(a)), signature(text(b))) < 0.5


def test_find_duplicate_returns_the_original(session: Session) -> None:
    original = add_article(session, text("a1_northwest_daily"), "https://a.example/1")
    other = add_article(session, text("d1_other_force"), "https://b.example/1")
    copy = text("a1_syndicated")
    assert find_duplicate(session, content_hash(copy), signature(copy), None) == original
    b1 = text("b1_spreadsheet")
    assert find_duplicate(session, content_hash(b1), signature(b1), None) is None
    d1 = text("d1_other_force")
    assert find_duplicate(session, content_hash(d1), signature(d1), None) == other


def test_exact_copy_found_by_hash_even_without_signature(session: Session) -> None:
    original = add_article(session, text("a2_dp_wire"), "https://a.example/2")
    session.get(Article, original).minhash = None  # type: ignore[union-attr]
    session.flush()
    neardup.invalidate()
    same = text("a2_dp_wire").upper()
    assert find_duplicate(session, content_hash(same), signature(same), None) == original


def test_follows_duplicate_of_to_the_smallest_original(session: Session) -> None:
    first = add_article(session, text("a1_northwest_daily"), "https://a.example/1")
    copy = add_article(session, text("a1_syndicated"), "https://c.example/1", duplicate_of=first)
    # Only the copy matches the new text exactly; the answer is still the original.
    session.get(Article, first).content_hash = "0" * 64  # type: ignore[union-attr]
    session.get(Article, first).minhash = signature("unrelated words " * 20)  # type: ignore[union-attr]
    session.flush()
    neardup.invalidate()
    again = text("a1_syndicated")
    assert find_duplicate(session, content_hash(again), signature(again), None) == first
    assert copy != first


def test_article_being_updated_is_not_its_own_original(session: Session) -> None:
    article = add_article(session, text("a1_northwest_daily"), "https://a.example/1")
    copy = add_article(session, text("a1_syndicated"), "https://c.example/1", duplicate_of=article)
    body = text("a1_northwest_daily")
    assert find_duplicate(session, content_hash(body), signature(body), article) is None
    assert find_duplicate(session, content_hash(body), signature(body), copy) == article


def test_index_follows_new_and_updated_articles(session: Session) -> None:
    add_article(session, text("b1_spreadsheet"), "https://a.example/b1")
    d1 = text("d1_other_force")
    assert find_duplicate(session, content_hash(d1), signature(d1), None) is None  # index built
    later = add_article(session, d1, "https://b.example/d1")
    assert find_duplicate(session, content_hash(d1), signature(d1), None) == later
    # The article's text is replaced in place; the index must forget its old signature.
    assert find_duplicate(session, content_hash(d1), signature(d1), later) is None
    row = session.get(Article, later)
    assert row is not None
    row.text = text("c1_new_fine")
    row.content_hash, row.minhash = content_hash(row.text), signature(row.text)
    session.flush()
    assert find_duplicate(session, content_hash(d1), signature(d1), None) is None
    c1 = text("c1_new_fine")
    assert find_duplicate(session, content_hash(c1), signature(c1), None) == later


def test_rolled_back_rows_never_become_originals(session: Session) -> None:
    add_article(session, text("b1_spreadsheet"), "https://a.example/b1")
    session.commit()
    add_article(session, text("a1_northwest_daily"), "https://a.example/a1")
    a1 = text("a1_northwest_daily")
    assert find_duplicate(session, content_hash(a1), signature(a1), None) is not None
    session.rollback()
    # SQLite hands the rolled-back id to the next row: the index must not confuse the two.
    reused = add_article(session, text("d1_other_force"), "https://b.example/d1")
    copy = text("a1_syndicated")
    assert find_duplicate(session, content_hash(copy), signature(copy), None) is None
    d1 = text("d1_other_force").replace("supermarket", "petrol station")  # not an exact copy
    assert find_duplicate(session, content_hash(d1), signature(d1), None) == reused


def test_empty_text_matches_only_by_hash(session: Session) -> None:
    add_article(session, "", "https://a.example/empty")
    other = "Short."
    assert find_duplicate(session, content_hash(other), signature(other), None) is None
    assert jaccard(signature(""), signature("")) == 0.0


def test_session_closed_without_commit_leaves_no_phantom(engine: Engine) -> None:
    with Session(engine) as first:
        add_article(first, text("b1_spreadsheet"), "https://a.example/b1")
        first.commit()
    with Session(engine) as second:  # flushed, seen by the index, never committed
        add_article(second, text("a1_northwest_daily"), "https://a.example/a1")
        a1 = text("a1_northwest_daily")
        assert find_duplicate(second, content_hash(a1), signature(a1), None) is not None
    with Session(engine) as third:
        reused = add_article(third, text("d1_other_force"), "https://b.example/d1")
        copy = text("a1_syndicated")
        assert find_duplicate(third, content_hash(copy), signature(copy), None) is None
        d1 = text("d1_other_force").replace("supermarket", "petrol station")
        assert find_duplicate(third, content_hash(d1), signature(d1), None) == reused


def test_similarities_in_one_pass_equal_pairwise_jaccard() -> None:
    texts = [text(p.stem) for p in sorted(DATA.glob("*.txt"))[:6]] + [""]
    sigs = [signature(t) for t in texts]
    for sig in sigs:
        assert list(neardup.similarities(sig, sigs)) == [jaccard(sig, other) for other in sigs]
    with pytest.raises(ValueError, match="signature of 3 values"):
        neardup.similarities(sigs[0], [sigs[1], b"\x00" * 12])


def _texts() -> list[str]:
    rng = random.Random(7)
    vocabulary = [f"w{n}" for n in range(300)]
    texts = ["", "one", "two words", "Kent Police fined over a data breach."]
    for size in (3, 4, 5, 40, 400, 3000):
        texts.append(" ".join(rng.choice(vocabulary) for _ in range(size)))
    return texts


def test_signature_is_datasketchs_minhash() -> None:
    """The signature computed here is the one datasketch's MinHash (affine32) gives: stored
    signatures stay comparable with those written before it was computed here."""
    from datasketch import MinHash

    for text in _texts():
        mh = MinHash(num_perm=neardup.NUM_PERM, seed=neardup.SEED, scheme=neardup.SCHEME)
        sh = neardup.shingles(text)
        if sh:
            mh.update_batch(list(sh))
        assert signature(text) == np.asarray(mh.hashvalues, dtype="<u4").tobytes(), text[:40]


def test_band_index_finds_datasketchs_lsh_candidates() -> None:
    from datasketch import LeanMinHash, MinHashLSH

    rng = np.random.default_rng(3)
    base = rng.integers(0, 2**32, size=(40, neardup.NUM_PERM), dtype=np.uint32)
    # Copies with some values changed: near duplicates that share some bands, not all.
    sigs = [row for row in base]
    for row in base[:20]:
        copy = row.copy()
        changed = rng.choice(neardup.NUM_PERM, size=int(rng.integers(1, 60)), replace=False)
        copy[changed] = rng.integers(0, 2**32, size=len(changed), dtype=np.uint32)
        sigs.append(copy)
    theirs = MinHashLSH(num_perm=neardup.NUM_PERM, params=neardup.LSH_BANDS)
    ours = neardup._Bands()
    for key, values in enumerate(sigs):
        theirs.insert(key, LeanMinHash(seed=neardup.SEED, hashvalues=values, scheme="affine32"))
        ours.insert(key, values)
    for key in (3, 25, 41):
        theirs.remove(key)
        ours.remove(key)
    for values in sigs:
        query = LeanMinHash(seed=neardup.SEED, hashvalues=values, scheme="affine32")
        assert ours.query(values) == set(theirs.query(query))


def test_original_of_a_copy_is_read_with_the_candidates(session: Session) -> None:
    """The copy's original comes back in the candidates' own statement (its `duplicate_of`
    joined), so following the copy to it asks the database nothing more."""
    from sqlalchemy import event

    first = add_article(session, text("a1_northwest_daily"), "https://a.example/1")
    add_article(session, text("a1_syndicated"), "https://c.example/1", duplicate_of=first)
    session.get(Article, first).content_hash = "0" * 64  # type: ignore[union-attr]
    session.get(Article, first).minhash = signature("unrelated words " * 20)  # type: ignore[union-attr]
    session.flush()
    neardup.invalidate()
    again = text("a1_syndicated")
    find_duplicate(session, content_hash(again), signature(again), None)  # index built
    statements: list[str] = []
    engine = session.get_bind()
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        assert find_duplicate(session, content_hash(again), signature(again), None) == first
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    reads = [s for s in statements if "duplicate_of" in s]  # (not the index's catch-up)
    assert len(reads) == 1, reads


def test_index_near_matches_the_signatures_it_holds() -> None:
    """Kept as rows of one matrix (reused after a discard, grown past its first size), the
    index's signatures give `near` what comparing each candidate's own signature gives."""
    rng = np.random.default_rng(5)
    base = rng.integers(0, 2**32, size=(90, neardup.NUM_PERM), dtype=np.uint32)
    sigs: dict[int, bytes] = {}
    for key, row in enumerate(base, start=1):
        copy = row.copy()
        changed = rng.choice(neardup.NUM_PERM, size=int(rng.integers(0, 40)), replace=False)
        copy[changed] = rng.integers(0, 2**32, size=len(changed), dtype=np.uint32)
        sigs[key] = row.astype("<u4").tobytes()
        sigs[key + 100] = copy.astype("<u4").tobytes()
    index = neardup.SignatureIndex("test")
    for key, sig in sigs.items():
        index.add(key, sig)
    index.add(500, neardup._EMPTY.tobytes())  # indexed, never a candidate
    for key in (3, 103, 40):
        index.discard(key)
        del sigs[key]
    sigs[40] = sigs[140]  # re-added (another row), now the copy's twin
    index.add(40, sigs[40])
    for sig in list(sigs.values()) + [base[3].astype("<u4").tobytes()]:
        candidates = sorted(index.lsh.query(np.frombuffer(sig, dtype="<u4")))
        similar = neardup.similarities(sig, [sigs[i] for i in candidates])
        expected = [i for i, s in zip(candidates, similar, strict=True) if s >= THRESHOLD]
        assert index.near(sig) == expected
    assert index.near(neardup._EMPTY.tobytes()) == []
