"""Several processes tagging one database at once lose no tag and never report "database is locked"."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from db.store import Store
from desk.records import ArticleRecord
from tests.conftest import ROOT, run_desk

WORKER = r"""
import json, random, sys
from db.errors import StoreError
from db.store import Store

path, user, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)
store = Store.open(path)
ids = [a["id"] for a in store.all_articles()]
made = refused = 0
for i in range(n):
    if i % 7 == 6:
        try:
            made += store.undo_last(user) is not None
        except StoreError as exc:
            if "cannot undo" not in str(exc):
                raise
            refused += 1
        continue
    field = rng.choice(["reliability", "credibility", "starred"])
    value = {"reliability": rng.choice("ABCDEF"), "credibility": rng.choice("123456"),
             "starred": rng.choice([True, None])}[field]
    made += store.set_tag(rng.choice(ids), field, value, user).changed
store.close()
print(json.dumps({"made": made, "refused": refused}))
"""

READER = r"""
import sys, time
from db.store import Store

store = Store.open(sys.argv[1])
ids = [a["id"] for a in store.all_articles()]
reads = 0
deadline = time.monotonic() + float(sys.argv[2])
while time.monotonic() < deadline:
    store.tags_for_articles(ids)
    store.export_tags()
    reads += 1
store.close()
print(reads)
"""


def make_db(path: Path, articles: int) -> list[int]:
    with Store.open(path) as store:
        return [
            store.save_article(ArticleRecord(title=f"Article {i}", body=f"Body {i}.", outlet="Wire"), None).id
            for i in range(articles)
        ]


def check_history_is_one_unbroken_chain(path: Path) -> int:
    """Every change's `previous` is the value the change before it left, and `tags` holds the last one."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        last: dict[tuple[int, int, str], str | None] = {}
        rows = conn.execute("SELECT article_id, quote_id, field, value, previous FROM tag_history ORDER BY id")
        count = 0
        for article, quote, field, value, previous in rows:
            assert previous == last.get((article, quote, field)), "a change was lost between two writers"
            last[(article, quote, field)] = value
            count += 1
        current = {(a, q, f): v for a, q, f, v in conn.execute("SELECT article_id, quote_id, field, value FROM tags")}
        assert {k: v for k, v in current.items() if v is not None} == {k: v for k, v in last.items() if v is not None}
        return count
    finally:
        conn.close()


def test_four_processes_tagging_the_same_articles(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    make_db(path, 3)  # few articles: the writers collide on the same tags all the time
    workers = [
        subprocess.Popen([sys.executable, "-c", WORKER, str(path), f"user{i}", "120", str(i)],
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for i in range(4)
    ]
    reader = subprocess.Popen([sys.executable, "-c", READER, str(path), "3"], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    made = 0
    for proc in workers:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert "locked" not in err
        made += json.loads(out)["made"]
    out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0 and "locked" not in err, err
    assert int(out) > 0
    assert made > 100
    assert check_history_is_one_unbroken_chain(path) == made


def test_desk_tag_commands_in_parallel_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "cli.db"
    a, b = make_db(path, 2)
    plans = {
        "ana": [("--reliability", v) for v in "ABCDEF"],
        "ben": [("--credibility", v) for v in "123456"],
        "cai": [("--star",), ("--star",), ("--unstar",), ("--unstar",), ("--star",), ("--star",)],
    }
    results: list[subprocess.CompletedProcess[str]] = []

    def loop(user: str) -> None:
        for i, opts in enumerate(plans[user]):
            article = a if i % 2 == 0 else b
            results.append(run_desk("--db", str(path), "tag", str(article), *opts, "--user", user))

    threads = [threading.Thread(target=loop, args=(user,)) for user in plans]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert len(results) == 18
    for proc in results:
        assert proc.returncode == 0, proc.stderr
        assert "locked" not in proc.stderr
    assert check_history_is_one_unbroken_chain(path) == 18
    with Store.open(path) as store:
        tags_a, tags_b = store.article_tags(a), store.article_tags(b)
    assert (tags_a["reliability"], tags_b["reliability"]) == ("E", "F")
    assert (tags_a["credibility"], tags_b["credibility"]) == ("5", "6")
    assert (tags_a["starred"], tags_b["starred"]) == (True, True)


def test_a_write_waits_for_another_writer_instead_of_failing(tmp_path: Path) -> None:
    path = tmp_path / "held.db"
    [article] = make_db(path, 1)
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO sources(name) VALUES ('held')")
    release = threading.Timer(1.0, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        with Store.open(path) as store:
            started = time.monotonic()
            change = store.set_tag(article, "reliability", "B", "alice")
            waited = time.monotonic() - started
    finally:
        release.join()
        holder.close()
    assert change.changed
    assert waited >= 0.5  # it really waited for the lock, and then wrote


def test_tagging_in_the_tui_while_scripts_tag_the_same_articles(tmp_path: Path) -> None:
    """The TUI and four `Store` writers in other processes tag the same three articles: nothing is lost."""
    import asyncio

    from desk.tui.app import DeskApp
    from tests.tui_helpers import config, settle

    path = tmp_path / "shared.db"
    make_db(path, 3)
    workers = [
        subprocess.Popen([sys.executable, "-c", WORKER, str(path), f"user{i}", "150", str(i)],
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for i in range(4)
    ]
    app = DeskApp(str(path), config=config())

    async def tag_from_the_keyboard() -> None:
        async with app.run_test(size=(160, 40)) as pilot:
            await settle(pilot, app)
            for i in range(30):
                await pilot.press("ABCDEF"[i % 6], "123456"[i % 6], "s", "j" if i % 2 else "k")
            await settle(pilot, app)

    asyncio.run(tag_from_the_keyboard())
    for proc in workers:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0 and "locked" not in err, err
    problems = [n.message for n in app._notifications if n.severity == "error"]
    assert not problems, problems
    assert check_history_is_one_unbroken_chain(path) > 90
    conn = sqlite3.connect(path)
    tui_changes = conn.execute("SELECT COUNT(*) FROM tag_history WHERE user = 'tester'").fetchone()[0]
    conn.close()
    assert tui_changes >= 60, "every key press reached the store"
