"""`kill -9` in the middle of a large ingest: the database stays sound, no article is half-stored,
and running the same ingest again completes it exactly."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.corpus import Corpus

ROOT = Path(__file__).resolve().parent.parent
N_FILES = 200
_EXTRACTION_TABLES = ("mentions", "quotes", "claims", "dates", "cites")


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    Corpus(seed=11, sentences=(3, 9)).write(folder, N_FILES)
    return folder


@pytest.fixture(scope="module")
def reference(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """What an uninterrupted ingest of the corpus stores."""
    db = tmp_path_factory.mktemp("ref") / "ref.db"
    proc = _ingest(db, corpus_dir)
    assert proc.returncode == 0, proc.stderr
    return _snapshot(db)


def _cmd(db: Path, folder: Path) -> list[str]:
    return [sys.executable, "-m", "desk", "--db", str(db), "ingest", "--quiet", str(folder)]


def _ingest(db: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_cmd(db, folder), capture_output=True, text=True, cwd=ROOT, timeout=300,
                          env={**os.environ, "DESK_DB": str(db)})


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _kill_after(db: Path, folder: Path, articles: int) -> int:
    """Start an ingest and SIGKILL it once `articles` rows are in; returns how many were in."""
    proc = subprocess.Popen(_cmd(db, folder), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "DESK_DB": str(db)})
    deadline = time.monotonic() + 240
    try:
        while _count(db) < articles:
            if proc.poll() is not None:
                pytest.fail(f"ingest ended before it could be killed: {proc.stderr.read().decode()[-500:]}")
            if time.monotonic() > deadline:
                pytest.fail("ingest too slow to reach the kill point")
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return _count(db)


def _snapshot(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        hashes = sorted(r[0] for r in conn.execute("SELECT content_hash FROM articles"))
        per_table = {
            t: dict(conn.execute(
                f"SELECT a.content_hash, COUNT(x.article_id) FROM articles a LEFT JOIN {t} x ON x.article_id = a.id"
                " GROUP BY a.id"
            ).fetchall())
            for t in _EXTRACTION_TABLES
        }
        statuses = dict(conn.execute("SELECT status, COUNT(*) FROM articles GROUP BY status").fetchall())
        clustered = conn.execute("SELECT COUNT(*) FROM event_articles").fetchone()[0]
    finally:
        conn.close()
    return {"hashes": hashes, "rows": per_table, "statuses": statuses, "clustered": clustered}


def _assert_sound(db: Path, reference: dict) -> None:
    """integrity_check ok; FTS in step with articles; every article whole, exactly as a clean run stores it."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        indexed = conn.execute("SELECT COUNT(*) FROM articles_fts_docsize").fetchone()[0]
        assert indexed == articles
        rows = conn.execute("SELECT id, content_hash, status FROM articles ORDER BY id").fetchall()
        for article_id, content_hash, status in rows:
            assert status in ("extracted", "clustered"), (article_id, status)
            stored = {t: conn.execute(f"SELECT COUNT(*) FROM {t} WHERE article_id = ?", (article_id,)).fetchone()[0]
                      for t in _EXTRACTION_TABLES}
            expected = {t: reference["rows"][t][content_hash] for t in _EXTRACTION_TABLES}
            assert stored == expected, f"article {article_id} half-stored: {stored} != {expected}"
            fts = conn.execute("SELECT COUNT(*) FROM articles_fts WHERE rowid = ?", (article_id,)).fetchone()[0]
            assert fts == 1
    finally:
        conn.close()


def test_reference_is_whole(reference: dict) -> None:
    """The clean run itself stored what extraction finds (so comparing against it means something)."""
    from desk.extract import extract

    assert len(reference["hashes"]) > N_FILES * 0.9
    assert sum(reference["rows"]["quotes"].values()) > 0 or not extract("“We are here,” he said.").quotes
    assert reference["statuses"].get("clustered", 0) + reference["statuses"].get("extracted", 0) == len(
        reference["hashes"])


def test_kill_9_mid_ingest_then_resume(corpus_dir: Path, reference: dict, tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    first = _kill_after(db, corpus_dir, N_FILES // 5)
    assert 0 < first < N_FILES
    _assert_sound(db, reference)
    second = _kill_after(db, corpus_dir, N_FILES // 2)  # a second crash, part way through the rerun
    assert second >= first
    _assert_sound(db, reference)

    proc = _ingest(db, corpus_dir)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr and "locked" not in proc.stderr
    _assert_sound(db, reference)
    after = _snapshot(db)
    assert after["hashes"] == reference["hashes"]
    assert after["rows"] == reference["rows"]
    assert after["statuses"] == reference["statuses"]
    assert after["clustered"] == reference["clustered"]

    again = _ingest(db, corpus_dir)  # and once more: nothing left to do, nothing doubled
    assert again.returncode == 0
    assert _snapshot(db) == after
