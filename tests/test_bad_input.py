"""Bad input is skipped with one clear line naming the file; everything else still lands."""

from __future__ import annotations

import time
from pathlib import Path

from desk.ingest.sources import ingest_paths

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>x</title><item><title>&xxe;</title><description>d</description></item></channel></rss>"""


def _bad_folder(root: Path) -> Path:
    folder = root / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_text("Dam opens. The new dam on the Nile opened on Tuesday, officials said.")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 20)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "cut.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Half')
    (folder / "latin.txt").write_bytes("Économie: le café coûte plus cher à Montréal, selon l’institut.".encode("latin-1", "replace"))
    return folder


def test_acceptance_folder_exit_2_names_bad_files(tmp_path: Path, desk) -> None:
    folder = _bad_folder(tmp_path)
    db = tmp_path / "x.db"
    proc = desk("--db", str(db), "ingest", str(folder))
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    for name in ("photo.jpg", "empty.txt", "cut.rss"):
        lines = [ln for ln in proc.stderr.splitlines() if name in ln]
        assert len(lines) == 1, proc.stderr
        assert "skipped" in lines[0]
    assert "good.txt" not in proc.stderr and "latin.txt" not in proc.stderr
    from db.store import Store

    with Store.open(db) as store:
        titles = {a["title"] for a in store.all_articles()}
        assert "Dam opens." in titles
        assert any("Économie" in t for t in titles)


def test_billion_laughs_refused_fast(store, tmp_path: Path) -> None:
    (tmp_path / "lol.xml").write_text(LAUGHS)
    started = time.perf_counter()
    report = ingest_paths(store, [str(tmp_path)], quiet=True)
    assert time.perf_counter() - started < 5
    assert len(report.skipped) == 1 and "hostile XML" in report.skipped[0][1]
    assert store.article_count() == 0


def test_external_entity_refused(store, tmp_path: Path) -> None:
    (tmp_path / "xxe.rss").write_text(EXTERNAL)
    report = ingest_paths(store, [str(tmp_path)], quiet=True)
    assert report.skipped and "hostile XML" in report.skipped[0][1]
    assert store.article_count() == 0


def test_file_over_the_size_limit_is_skipped(store, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Long report. " + "word " * 300_000)
    (tmp_path / "small.txt").write_text("Short note. It is small.")
    report = ingest_paths(store, [str(tmp_path)], quiet=True, max_bytes=1024 * 1024)
    assert [(Path(p).name, "too large" in r) for p, r in report.skipped] == [("big.txt", True)]
    assert store.article_count() == 1


def test_max_size_flag(tmp_path: Path, desk) -> None:
    (tmp_path / "a.txt").write_text("Note. " + "x" * 5000)
    proc = desk("--db", str(tmp_path / "x.db"), "ingest", "--max-size", "2k", str(tmp_path / "a.txt"))
    assert proc.returncode == 2 and "too large" in proc.stderr


def test_missing_path_is_named(tmp_path: Path, desk) -> None:
    proc = desk("--db", str(tmp_path / "x.db"), "ingest", str(tmp_path / "nope.txt"))
    assert proc.returncode == 2
    assert "nope.txt" in proc.stderr and "no such file" in proc.stderr


def test_nul_bytes_and_huge_line(store, tmp_path: Path) -> None:
    (tmp_path / "nul.txt").write_bytes(b"Header line\x00\x00\x00 more \x00 binary")
    (tmp_path / "line.txt").write_text("One enormous line. " + "a" * 2_000_000)
    report = ingest_paths(store, [str(tmp_path)], quiet=True)
    assert [Path(p).name for p, _ in report.skipped] == ["nul.txt"]
    assert store.article_count() == 1
