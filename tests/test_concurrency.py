"""Ingests running at the same time as other ingests, taggers and readers on one database: nothing
lost, nothing doubled, every article whole, and never "database is locked" in front of the user.
(Tagging against tagging is covered in test_concurrency_tags.py.)"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.corpus import Corpus

ROOT = Path(__file__).resolve().parent.parent
_TABLES = ("mentions", "quotes", "claims", "dates", "cites")
_BAD = ("locked", "busy", "Traceback")

READER = r"""
import sys, time
from db.errors import StoreError
from db.store import Store

store = Store.open(sys.argv[1])
stop = sys.argv[2]
reads = 0
import os
while not os.path.exists(stop):
    store.article_count()
    store.articles_page(0, 50)
    try:
        store.search_ids("forces")
    except StoreError as exc:
        raise SystemExit(f"search failed: {exc}")
    reads += 1
store.close()
print(reads)
"""

TAGGER = r"""
import json, random, sys
from db.store import Store

path, user, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(user)
store = Store.open(path)
ids = [a["id"] for a in store.all_articles()][:5]
last, changes = {}, 0
for i in range(n):
    article = ids[i % len(ids)]
    value = rng.choice("ABCDEF")
    change = store.set_tag(article, "reliability", value, user)
    changes += change.changed
    last[article] = value
store.close()
print(json.dumps({"changes": changes, "last": last}))
"""


def _env(db: Path) -> dict[str, str]:
    return {**os.environ, "DESK_DB": str(db)}


def _spawn(args: list[str], db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=_env(db))


def _ingest_args(db: Path, folder: Path) -> list[str]:
    return ["-m", "desk", "--db", str(db), "ingest", "--quiet", str(folder)]


def _finish(proc: subprocess.Popen[str], what: str) -> str:
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, f"{what} exited {proc.returncode}: {err[-1500:]}"
    for word in _BAD:
        assert word not in err, f"{what} said {word!r}: {err[-1500:]}"
    return out


def _contents(db: Path) -> dict[str, tuple]:
    """content hash → (status, rows per extraction table) for every article."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        fts = conn.execute("SELECT COUNT(*) FROM articles_fts_docsize").fetchone()[0]
        assert fts == conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        out = {}
        for article_id, content_hash, status in conn.execute("SELECT id, content_hash, status FROM articles"):
            counts = tuple(conn.execute(f"SELECT COUNT(*) FROM {t} WHERE article_id = ?", (article_id,)).fetchone()[0]
                           for t in _TABLES)
            in_event = conn.execute("SELECT COUNT(*) FROM event_articles WHERE article_id = ?", (article_id,)).fetchone()[0]
            out[content_hash] = (status, counts, in_event)
        return out
    finally:
        conn.close()


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """Two overlapping halves of a corpus, and the whole of it."""
    root = tmp_path_factory.mktemp("corpus")
    corpus = Corpus(seed=23, sentences=(3, 8))
    a, b, both = root / "a", root / "b", root / "both"
    corpus.write(a, 70)
    corpus.write(b, 70, start=35)
    corpus.write(both, 105)
    return a, b, both


@pytest.fixture(scope="module")
def reference(folders, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple]:
    db = tmp_path_factory.mktemp("ref") / "ref.db"
    _finish(_spawn(_ingest_args(db, folders[2]), db), "reference ingest")
    return _contents(db)


def test_two_ingests_and_a_reader_at_once(folders, reference, tmp_path: Path) -> None:
    a, b, _ = folders
    db = tmp_path / "desk.db"
    _finish(_spawn(["-m", "desk", "--db", str(db), "ingest", "--quiet", str(ROOT / "seeds")], db), "seed ingest")
    stop = tmp_path / "stop"
    reader = _spawn(["-c", READER, str(db), str(stop)], db)
    first, second = _spawn(_ingest_args(db, a), db), _spawn(_ingest_args(db, b), db)
    _finish(first, "first ingest")
    _finish(second, "second ingest")
    stop.touch()
    assert int(_finish(reader, "reader")) > 0

    got = _contents(db)
    for content_hash, expected in reference.items():
        assert got.get(content_hash) == expected, "an article differs from a one-process ingest"
    assert len(got) == len(reference) + 5  # the five seeds, and nothing doubled


def test_ingest_while_tagging(folders, tmp_path: Path, desk) -> None:
    db = tmp_path / "desk.db"
    _finish(_spawn(["-m", "desk", "--db", str(db), "ingest", "--quiet", str(ROOT / "seeds")], db), "seed ingest")
    ingest = _spawn(_ingest_args(db, folders[0]), db)
    tagger = _spawn(["-c", TAGGER, str(db), "ana", "150"], db)
    cli = []
    for i in range(6):  # the command a journalist types, while both of the others write
        proc = desk("--db", str(db), "tag", str(i % 5 + 1), "--credibility", str(i % 6 + 1), "--user", "ben")
        cli.append(proc)
    _finish(ingest, "ingest")
    result = json.loads(_finish(tagger, "tagger"))
    for proc in cli:
        assert proc.returncode == 0, proc.stderr
        assert not any(word in proc.stderr for word in _BAD), proc.stderr

    conn = sqlite3.connect(db)
    try:
        history = conn.execute("SELECT COUNT(*) FROM tag_history WHERE user = 'ana'").fetchone()[0]
        assert history == result["changes"]
        current = dict(conn.execute(
            "SELECT article_id, value FROM tags WHERE field = 'reliability' AND user = 'ana'").fetchall())
        assert {str(k): v for k, v in current.items()} == result["last"]
        credibility = dict(conn.execute("SELECT article_id, value FROM tags WHERE field = 'credibility'").fetchall())
        assert credibility == {1: "1", 2: "2", 3: "3", 4: "4", 5: "5"} | {1: "6"}
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] >= 70
    finally:
        conn.close()


def test_first_open_by_several_processes_at_once(tmp_path: Path) -> None:
    """Three ingests racing to create and migrate one new database: each migration lands once."""
    db = tmp_path / "new.db"
    files = []
    for i in range(3):
        path = tmp_path / f"a{i}.txt"
        path.write_text(f"Bridge {i} reopens. The bridge number {i} reopened on Monday after repairs, the city said.")
        files.append(path)
    procs = [_spawn(["-m", "desk", "--db", str(db), "ingest", "--quiet", str(f)], db) for f in files]
    for i, proc in enumerate(procs):
        _finish(proc, f"ingest {i}")
    conn = sqlite3.connect(db)
    try:
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY version")]
        assert versions == sorted(set(versions)) and versions
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 3
    finally:
        conn.close()


def test_database_from_a_newer_desk_is_refused_with_a_message(tmp_path: Path, desk) -> None:
    db = tmp_path / "newer.db"
    _finish(_spawn(["-m", "desk", "--db", str(db), "ingest", "--quiet", str(ROOT / "seeds")], db), "seed ingest")
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO schema_version(version, name) VALUES (9999, 'from_the_future')")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    proc = desk("--db", str(db), "ingest", "--quiet", str(ROOT / "seeds"))
    assert proc.returncode == 1
    assert "newer" in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == before
