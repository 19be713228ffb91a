"""Odd and hostile files: huge lines, oversized files, NUL bytes, invalid UTF-8. Each is either
stored cleanly or skipped with one line naming it; no traceback, and the good files still land."""

from __future__ import annotations

import json
import time
from pathlib import Path

from desk.ingest.sources import ingest_paths

GOOD = "Water plant reopens. The water plant in the north reopened on Sunday, the utility said."


def _no_traceback(proc) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]


def test_huge_single_line_is_stored_in_bounded_time(store, tmp_path: Path) -> None:
    sentence = "Officials said the convoy of 40 trucks reached the city of Aleppo on Tuesday. "
    line = sentence * (1_000_000 // len(sentence))  # one 1 MB line, no newline anywhere
    (tmp_path / "line.txt").write_text(line)
    started = time.perf_counter()
    report = ingest_paths(store, [str(tmp_path)], quiet=True)
    assert time.perf_counter() - started < 60
    assert report.skipped == [] and report.added == 1
    article = store.all_articles()[0]
    assert len(article["title"]) <= 301  # the title is one sentence, never the whole line
    assert len(store.article(article["id"])["body"]) >= len(line.strip()) - 10


def test_huge_title_line_without_punctuation(store, tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("word " * 200_000 + "\n\n" + GOOD)
    report = ingest_paths(store, [str(tmp_path)], quiet=True)
    assert report.added == 1
    assert len(store.all_articles()[0]["title"]) <= 301


def test_file_over_the_limit_is_skipped_with_a_message(tmp_path: Path, desk) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    with open(folder / "huge.txt", "wb") as fh:  # 50 MB, sparse: nothing is written to disk
        fh.truncate(50 * 1024 * 1024)
    (folder / "good.txt").write_text(GOOD)
    started = time.perf_counter()
    proc = desk("--db", str(tmp_path / "x.db"), "ingest", "--quiet", str(folder))
    assert time.perf_counter() - started < 30
    _no_traceback(proc)
    assert proc.returncode == 2
    lines = [ln for ln in proc.stderr.splitlines() if "huge.txt" in ln]
    assert len(lines) == 1 and "too large" in lines[0] and "50.0 MB" in lines[0]
    assert "good.txt" not in proc.stderr


def test_limit_is_configurable(tmp_path: Path, desk) -> None:
    (tmp_path / "a.txt").write_text(GOOD + " " + "More text follows here. " * 100)
    proc = desk("--db", str(tmp_path / "x.db"), "ingest", "--quiet", "--max-size", "1k", str(tmp_path / "a.txt"))
    assert proc.returncode == 2 and "too large" in proc.stderr
    proc = desk("--db", str(tmp_path / "x.db"), "ingest", "--quiet", "--max-size", "1MB", str(tmp_path / "a.txt"))
    assert proc.returncode == 0, proc.stderr


def test_nul_bytes(store, tmp_path: Path) -> None:
    (tmp_path / "leading.txt").write_bytes(b"\x00\x00\x00\x00" * 100 + GOOD.encode())
    stray = ("Storm hits coast. " + "The storm reached the coast on Monday, forecasters said. " * 120).encode()
    (tmp_path / "stray.txt").write_bytes(stray[:5000] + b"\x00" + stray[5000:])
    (tmp_path / "items.jsonl").write_text(json.dumps({"title": "Nul\u0000title", "body": "Body with a \u0000 NUL."}) + "\n")
    report = ingest_paths(store, [str(tmp_path)], quiet=True)
    assert [Path(p).name for p, _ in report.skipped] == ["leading.txt"]
    assert "binary" in report.skipped[0][1]
    assert report.added == 2
    for row in store.all_articles():
        article = store.article(row["id"])
        assert "\x00" not in article["body"] and "\x00" not in article["title"]


def test_invalid_utf8_is_decoded_not_fatal(store, tmp_path: Path) -> None:
    good = "Minister resigns. The minister resigned on Friday after the vote, aides said. "
    (tmp_path / "bad.txt").write_bytes(good.encode() + b"caf\xe9 \xff\xfe broken \xc3\x28 bytes.")
    (tmp_path / "cut.txt").write_bytes((good * 3).encode() + "Zürich".encode()[:-1])
    (tmp_path / "bad.jsonl").write_bytes(b'{"title": "T\xff", "body": "Body \xfe here."}\n')
    report = ingest_paths(store, [str(tmp_path)], quiet=True)
    assert report.skipped == [], report.skipped
    assert report.added == 3
    bodies = [store.article(r["id"])["body"] for r in store.all_articles()]
    assert any("café" in b for b in bodies)


def test_hostile_file_names_are_reported(tmp_path: Path, desk) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty [bold red]x q ;--.txt").write_bytes(b"")
    (folder / "good.txt").write_text(GOOD)
    proc = desk("--db", str(tmp_path / "x.db"), "ingest", "--quiet", str(folder))
    _no_traceback(proc)
    assert proc.returncode == 2
    assert "[bold red]x q ;--.txt" in proc.stderr  # printed as it is, not read as markup
