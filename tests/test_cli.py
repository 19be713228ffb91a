"""The command-line contract: help, ingest, extract, entities, database selection."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path


def test_help_lists_every_command(desk) -> None:
    proc = desk("--help")
    assert proc.returncode == 0
    for command in ("ingest", "extract", "entities", "events", "compare", "tag", "export", "feeds", "refresh"):
        assert command in proc.stdout


def test_ingest_seeds_twice_gives_five_rows_in_wal(tmp_path: Path, seeds_dir: Path, desk) -> None:
    db = tmp_path / "x.db"
    for _ in range(2):
        proc = desk("--db", str(db), "ingest", str(seeds_dir))
        assert proc.returncode == 0, proc.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 5
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_ingest_quiet_prints_nothing(tmp_path: Path, seeds_dir: Path, desk) -> None:
    proc = desk("--db", str(tmp_path / "x.db"), "ingest", "--quiet", str(seeds_dir))
    assert proc.returncode == 0 and proc.stdout == "" and proc.stderr == ""


def test_extract_json_meta_of_first_seed(seeds_dir: Path, desk, tmp_path: Path) -> None:
    proc = desk("extract", str(next(seeds_dir.glob("000_*.txt"))), "--json", env={"DESK_DB": str(tmp_path / "no.db")})
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["meta"]["published"] == "2024-12-07"
    assert data["meta"]["outlet"] == "Shafaq News"
    for key in ("entities", "quotes", "dates", "claims", "cites"):
        assert isinstance(data[key], list)
    assert not (tmp_path / "no.db").exists()  # extract never touches a database


def test_extract_unknown_values_are_null(tmp_path: Path, desk) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Storm nears coast. Forecasters expect landfall soon.")
    data = json.loads(desk("extract", str(f), "--json").stdout)
    assert data["meta"]["published"] is None and data["meta"]["outlet"] is None


def test_extract_bad_file_is_one_line_and_exit_1(tmp_path: Path, desk) -> None:
    f = tmp_path / "e.txt"
    f.write_bytes(b"")
    proc = desk("extract", str(f), "--json")
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0 and "e.txt" in proc.stderr and "empty" in proc.stderr


def test_desk_db_environment_variable(tmp_path: Path, seeds_dir: Path, desk) -> None:
    db = tmp_path / "env.db"
    proc = desk("ingest", "-q", str(seeds_dir), env={"DESK_DB": str(db)})
    assert proc.returncode == 0 and db.exists()


def test_unreadable_database_is_one_line(tmp_path: Path, seeds_dir: Path, desk) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    proc = desk("--db", str(bad), "ingest", str(seeds_dir))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "bad.db" in proc.stderr


def test_entities_json_after_ingest(seeded_db: Path, desk) -> None:
    proc = desk("--db", str(seeded_db), "entities", "--json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert rows, "the seeds mention entities"
    for row in rows:
        assert {"id", "name", "kind", "aliases", "articles", "mentions"} <= set(row)


def test_ingesting_the_folder_that_holds_the_database_skips_the_database(tmp_path: Path, seeds_dir: Path, desk) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    for seed in seeds_dir.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    db = folder / "desk.db"
    assert desk("--db", str(db), "ingest", "--quiet", str(folder)).returncode == 0
    (folder / "other.db").write_bytes(db.read_bytes()[:4096])  # a database that is not this one is named
    proc = desk("--db", str(db), "ingest", str(folder))
    assert proc.returncode == 2, proc.stderr
    assert "other.db" in proc.stderr and "desk.db" not in proc.stderr
