"""`desk export articles|tags --format json|csv [--output FILE]`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from db.store import Store
from desk.commands.export import ARTICLE_COLUMNS, TAG_COLUMNS
from desk.records import ArticleRecord


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "export.db"
    with Store.open(path) as store:
        store.save_article(ArticleRecord(title="Daraa taken", body="Daraa.", outlet="Shafaq News",
                                         published="2024-12-07", path="/seeds/000.txt"), None)
        store.save_article(ArticleRecord(title="=HYPERLINK(\"http://evil\")", body="Evil.", outlet="Enab Baladi",
                                         url="https://enab.example/1"), None)
        store.save_article(ArticleRecord(title="دمشق بعد الأسد", body="نص.", outlet="Enab Baladi"), None)
        store.conn.execute("UPDATE sources SET default_reliability = 'C' WHERE name = 'Enab Baladi'")
        store.set_tag(1, "reliability", "B", "alice")
        store.set_tag(1, "credibility", "2", "alice")
        store.set_tag(1, "starred", True, "alice")
        store.set_tag(3, "read", True, "bob")
    return path


def test_export_tags_json_is_the_default(db: Path, desk) -> None:
    proc = desk("--db", str(db), "export", "tags")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert [r["article"] for r in rows] == [1, 3]
    first, third = rows
    assert {k: first[k] for k in ("path", "outlet", "reliability", "credibility", "attribution", "status")} == {
        "path": "/seeds/000.txt", "outlet": "Shafaq News", "reliability": "B", "credibility": "2",
        "attribution": None, "status": "starred"}
    assert (third["reliability"], third["reliability_inherited"], third["status"]) == ("C", True, "read")
    assert list(first) == list(TAG_COLUMNS)


def test_export_tags_csv_has_a_header_and_flags_as_numbers(db: Path, desk) -> None:
    proc = desk("--db", str(db), "export", "tags", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert tuple(rows[0]) == TAG_COLUMNS
    assert (rows[0]["reliability"], rows[0]["credibility"], rows[0]["starred"], rows[0]["read"]) == ("B", "2", "1", "0")
    assert rows[0]["attribution"] == ""
    assert rows[1]["title"] == "دمشق بعد الأسد"


def test_export_articles_has_every_article_with_its_tags(db: Path, desk) -> None:
    rows = json.loads(desk("--db", str(db), "export", "articles").stdout)
    assert [r["id"] for r in rows] == [1, 2, 3]
    assert list(rows[0]) == list(ARTICLE_COLUMNS)
    assert (rows[0]["status"], rows[0]["reliability"], rows[0]["published"]) == ("starred", "B", "2024-12-07")
    assert (rows[1]["status"], rows[1]["reliability"], rows[1]["reliability_inherited"]) == ("new", "C", True)
    assert rows[1]["url"] == "https://enab.example/1" and rows[1]["published"] is None


def test_csv_keeps_formulas_from_running_in_a_spreadsheet(db: Path, desk) -> None:
    proc = desk("--db", str(db), "export", "articles", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert rows[1]["title"] == "'=HYPERLINK(\"http://evil\")"


def test_output_file_is_utf8(db: Path, desk, tmp_path: Path) -> None:
    out = tmp_path / "tags.csv"
    proc = desk("--db", str(db), "export", "tags", "--format", "csv", "--output", str(out))
    assert proc.returncode == 0 and proc.stdout == ""
    assert "exported 2 tags" in proc.stderr
    text = out.read_bytes().decode("utf-8")
    assert text.startswith("article,path,outlet,reliability,credibility,attribution,status")
    assert "دمشق بعد الأسد" in text


def test_unwritable_output_is_one_line_and_exit_1(db: Path, desk, tmp_path: Path) -> None:
    proc = desk("--db", str(db), "export", "articles", "--output", str(tmp_path / "missing" / "x.json"))
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and "cannot write" in proc.stderr


def test_empty_store_exports_an_empty_list_or_just_the_header(tmp_path: Path, desk) -> None:
    db = tmp_path / "empty.db"
    assert json.loads(desk("--db", str(db), "export", "tags").stdout) == []
    assert desk("--db", str(db), "export", "tags", "--format", "csv").stdout.strip() == ",".join(TAG_COLUMNS)
