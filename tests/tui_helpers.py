"""A small fixed database for the TUI tests (hand-made extractions, so it never drifts), and helpers."""

from __future__ import annotations

import asyncio
import functools
import time
from pathlib import Path

from db.store import Store
from desk.config import Config
from desk.extract.model import Entity, Extraction, Quote
from desk.records import ArticleRecord

USER = "tester"

RAHMATI = (
    "Opposition factions said on Saturday they had captured Daraa, the \"cradle of the revolution\". "
    '"This changes the balance of the war," said Mehdi Rahmati, an Iranian analyst. '
    "Reuters could not verify the claims."
)
ARMY = (
    "The army said it was redeploying around Daraa and Sweida. "
    '"Our forces are repositioning," the Syrian army said in a statement carried by state media. '
    "The Syrian Observatory for Human Rights said more than 90 percent of Daraa province had fallen."
)
OTHER = "Rain is expected across the north of the country on Monday, the weather office said."
HOSTILE_TITLE = "[bold red]Markup[/] \x1b[31mred\x1b]52;c;ZXZpbA==\x07 title"
HOSTILE_BODY = "Body with [link=http://x]markup[/link] and \x1b[2J an escape and a bell \x07 here."


def _span(body: str, part: str) -> tuple[int, int]:
    start = body.index(part)
    return start, start + len(part)


def _quote(body: str, text: str, kind: str, speaker: str | None, speaker_kind: str, role: str | None = None,
           via: str | None = None) -> Quote:
    start, end = _span(body, text)
    return Quote(text, kind, speaker, speaker_kind, role, via, start, end)  # type: ignore[arg-type]


def _entity(body: str, name: str, kind: str) -> Entity:
    spans, at = [], 0
    while (i := body.find(name, at)) >= 0:
        spans.append((i, i + len(name)))
        at = i + len(name)
    return Entity(name, kind, [], spans)  # type: ignore[arg-type]


def build_db(path: Path) -> dict[str, int]:
    """Five articles: two in one event (with quotes and entities), one unrelated, one hostile, one bare."""
    store = Store.open(path)
    ids: dict[str, int] = {}
    rahmati = Extraction(
        entities=[_entity(RAHMATI, "Mehdi Rahmati", "person"), _entity(RAHMATI, "Daraa", "place"),
                  _entity(RAHMATI, "Reuters", "organisation")],
        quotes=[
            _quote(RAHMATI, "cradle of the revolution", "term", None, "unknown"),
            _quote(RAHMATI, "This changes the balance of the war,", "quote", "Mehdi Rahmati", "person",
                   "an Iranian analyst"),
        ],
    )
    army = Extraction(
        entities=[_entity(ARMY, "Daraa", "place"), _entity(ARMY, "Sweida", "place"),
                  _entity(ARMY, "Syrian Observatory for Human Rights", "organisation")],
        quotes=[_quote(ARMY, "Our forces are repositioning,", "quote", "the Syrian army", "organisation",
                       via="state media")],
    )
    items = [
        ("rahmati", ArticleRecord("Opposition takes Daraa", RAHMATI, "Shafaq News", "2024-12-07",
                                  url="https://shafaq.example/daraa"), rahmati),
        ("army", ArticleRecord("Army repositions around Daraa", ARMY, "Al Jazeera", "2024-12-06"), army),
        ("weather", ArticleRecord("Rain in the north", OTHER, "Weather Desk", "2024-12-05"), Extraction()),
        ("hostile", ArticleRecord(HOSTILE_TITLE, HOSTILE_BODY, "Evil [i]Outlet[/i]", "2024-12-04"), Extraction()),
        ("bare", ArticleRecord("Undated note", "A note without a date.", None, None), Extraction()),
    ]
    for name, record, extraction in items:
        ids[name] = store.save_article(record, extraction).id
    with store.transaction() as conn:
        event = conn.execute(
            "INSERT INTO events(label, first_seen, last_seen) VALUES ('Daraa falls', '2024-12-06', '2024-12-07')"
        ).lastrowid
        conn.executemany(
            "INSERT INTO event_articles(article_id, event_id, score) VALUES (?, ?, 1.0)",
            [(ids["rahmati"], event), (ids["army"], event)],
        )
    ids["event"] = event
    store.close()
    return ids


COMPARISON = {
    "event": {"id": 1, "label": "Daraa falls"},
    "articles": [
        {"id": 1, "outlet": "Shafaq News", "published": "2024-12-07", "title": "Opposition takes Daraa"},
        {"id": 2, "outlet": "Al Jazeera", "published": "2024-12-06", "title": "Army repositions around Daraa"},
    ],
    "facts": [
        {"label": "share of Daraa province taken", "status": "conflict",
         "claims": [{"article": 1, "text": "80% of the province", "value": "80%"},
                    {"article": 2, "text": "more than 90 percent of Daraa province", "value": ">90%"}]},
        {"label": "distance to Damascus", "status": "agree",
         "claims": [{"article": 1, "text": "about 100 km", "value": "100 km"},
                    {"article": 2, "text": "100km (60 miles)", "value": "100 km"}]},
        {"label": "Reuters could not verify", "status": "unique", "claims": [{"article": 1, "text": "x"}]},
    ],
    "quotes": [{"text": "Our forces are repositioning", "speaker": "the Syrian army", "articles": [1, 2]}],
    "cites": {"1": ["Reuters"], "2": ["Syrian Observatory for Human Rights", "Reuters"]},
    "timeline": [{"date": "2024-12-06", "text": "Rebels reach Daraa", "articles": [2]},
                 {"date": "2024-12-07", "text": "Daraa captured", "articles": [1, 2]}],
}


def config(**keys: str) -> Config:
    return Config(user=USER, theme="desk-dark", keys=dict(keys))


async def settle(pilot, app, timeout: float = 20.0) -> None:
    """Wait until the database worker is idle and every message queue of the app is empty."""
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline:
        await pilot.pause(0.02)
        quiet = quiet + 1 if _idle(app) else 0
        if quiet >= 4:
            return
    raise AssertionError("the app did not settle")


def _idle(app) -> bool:
    if app.backend.busy or app._detail_timer is not None:
        return False
    pumps = [app, *app.screen_stack]
    for screen in app.screen_stack:
        pumps.extend(screen.walk_children())
    return all(p._message_queue.empty() for p in pumps)


async def wait_for(pilot, predicate, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        await pilot.pause(0.02)
    raise AssertionError("condition not reached in time")


def sync(fn):
    """Run an async test function to completion (no asyncio plugin needed)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return asyncio.run(fn(*args, **kwargs))

    return wrapper
