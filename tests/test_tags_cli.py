"""`desk tag`: set, show, undo, history; one-line errors with exit status 1."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from db.store import Store
from desk.extract.model import Extraction, Quote
from desk.records import ArticleRecord


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.db"
    with Store.open(path) as store:
        quotes = [Quote("We hold the city", "quote", None, "anonymous", "opposition leader", None, 0, 5)]
        store.save_article(ArticleRecord(title="Daraa taken", body="Daraa taken.", outlet="Shafaq News",
                                         published="2024-12-07"), Extraction(quotes=quotes))
        store.save_article(ArticleRecord(title="Homs", body="Homs.", outlet="Enab Baladi"), Extraction())
    return path


def history(db: Path) -> list[dict]:
    with Store.open(db) as store:
        return store.tag_history(1) + store.tag_history(2)


def test_tag_sets_and_shows(db: Path, desk) -> None:
    proc = desk("--db", str(db), "tag", "1", "--reliability", "b", "--credibility", "2", "--star", "--user", "alice")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["article 1: reliability B", "article 1: credibility 2", "article 1: starred 1"]
    shown = desk("--db", str(db), "tag", "1")
    assert "reliability  B  usually reliable (set by alice" in shown.stdout
    assert "status       starred" in shown.stdout
    data = json.loads(desk("--db", str(db), "tag", "1", "--json").stdout)
    assert (data["badge"], data["status"], data["reliability_inherited"]) == ("B2", "starred", False)


def test_replacing_someone_elses_tag_says_so(db: Path, desk) -> None:
    desk("--db", str(db), "tag", "1", "--reliability", "C", "--user", "alice")
    proc = desk("--db", str(db), "tag", "1", "--reliability", "B", "--user", "bob")
    assert proc.returncode == 0
    assert proc.stdout.strip() == "article 1: reliability B (was C)"
    assert "replaced reliability C set by alice at " in proc.stderr


def test_undo_then_nothing_left(db: Path, desk) -> None:
    desk("--db", str(db), "tag", "2", "--attribution", "official", "--user", "alice")
    proc = desk("--db", str(db), "tag", "--undo", "--user", "alice")
    assert proc.returncode == 0 and proc.stdout.strip() == "article 2: undid: attribution cleared (was official)"
    proc = desk("--db", str(db), "tag", "--undo", "--user", "alice")
    assert proc.returncode == 0 and proc.stdout.strip() == "nothing to undo"


def test_undo_refuses_to_clobber_a_colleague(db: Path, desk) -> None:
    desk("--db", str(db), "tag", "1", "--credibility", "3", "--user", "alice")
    desk("--db", str(db), "tag", "1", "--credibility", "1", "--user", "bob")
    proc = desk("--db", str(db), "tag", "--undo", "--user", "alice")
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "bob changed it to 1" in proc.stderr
    assert len(history(db)) == 2


def test_history_text_and_json(db: Path, desk) -> None:
    desk("--db", str(db), "tag", "1", "--read", "--user", "alice")
    desk("--db", str(db), "tag", "1", "--unread", "--user", "alice")
    desk("--db", str(db), "tag", "--undo", "--user", "alice")
    text = desk("--db", str(db), "tag", "1", "--history").stdout.splitlines()
    assert len(text) == 3
    assert "alice" in text[0] and "read 1" in text[0]
    assert "[undone by #3]" in text[1] and "[undoes #2]" in text[2]
    rows = json.loads(desk("--db", str(db), "tag", "1", "--history", "--json").stdout)
    assert [r["value"] for r in rows] == ["1", None, "1"]


def test_quote_attribution(db: Path, desk) -> None:
    with Store.open(db) as store:
        quote_id = store.article_quotes(1)[0]["id"]
    proc = desk("--db", str(db), "tag", "1", "--quote", str(quote_id), "--attribution", "a", "--user", "alice")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"article 1 quote {quote_id}: attribution anonymous"
    data = json.loads(desk("--db", str(db), "tag", "1", "--json").stdout)
    assert data["quotes"] == {str(quote_id): {"attribution": "anonymous"}} and data["attribution"] is None


def test_default_user_comes_from_the_config(db: Path, desk) -> None:
    Path(os.environ["DESK_CONFIG"]).write_text('user = "mlopez"\n', encoding="utf-8")
    assert desk("--db", str(db), "tag", "2", "--archive").returncode == 0
    assert history(db)[-1]["user"] == "mlopez"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["99", "--star"], "no article with id 99"),
        (["abc", "--star"], "no article with id 'abc'"),
        (["1", "--reliability", "Z"], "reliability must be one of A–F, not 'Z'"),
        (["1", "--credibility", "9"], "credibility must be one of 1–6, not '9'"),
        (["1", "--attribution", "gossip"], "attribution must be one of named, anonymous"),
        (["1", "--quote", "77", "--attribution", "anonymous"], "article 1 has no quote with id 77"),
        (["1", "--quote", "1", "--star"], "starred is set on articles, not on single quotes"),
        ([], "give an article id"),
        (["1", "--undo"], "--undo takes no article"),
    ],
)
def test_errors_are_one_line_with_exit_1_and_write_nothing(db: Path, desk, args: list[str], message: str) -> None:
    proc = desk("--db", str(db), "tag", *args, "--user", "alice")
    assert proc.returncode == 1
    assert proc.stderr.startswith("desk: ") and proc.stderr.count("\n") == 1 and message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert history(db) == []


def test_clearing_with_none(db: Path, desk) -> None:
    desk("--db", str(db), "tag", "1", "--reliability", "A", "--user", "alice")
    proc = desk("--db", str(db), "tag", "1", "--reliability", "none", "--user", "alice")
    assert proc.stdout.strip() == "article 1: reliability cleared (was A)"
