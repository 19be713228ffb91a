"""Event clustering end to end: the seeds, unrelated stories, order independence, user decisions."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from db.store import Store
from desk.events.cluster import merge, move, rebuild, split
from desk.ingest.pipeline import store_record
from desk.ingest.plaintext import parse_text
from tests.test_events_fixtures import UNRELATED

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# A synthetic stream: several stories on the same days, told by several outlets in shared wording,
# told apart only by who and where.
_STORIES = [
    ("Varnoka", "Tarek Olsvang", "Varnoka Relief Council", "flood", "2025-03-03"),
    ("Kellmar", "Idris Penhallow", "Kellmar Dockworkers Union", "strike", "2025-03-03"),
    ("Osterwyn", "Marta Quillfeather", "Osterwyn Electoral Commission", "vote recount", "2025-03-04"),
    ("Thessaly Ridge", "Bram Ostrowicz", "Ridge Mountain Rescue", "landslide", "2025-03-04"),
    ("Port Calvane", "Sefa Andrianov", "Calvane Harbour Authority", "fire", "2025-03-05"),
]
_TEMPLATES = [
    "date {date} {outlet}/ Governor {person} said on Monday that the {what} in {place} had forced {n} "
    "families from their homes.\n\nThe {org} opened shelters across {place} and asked for volunteers.\n\n"
    "\"We have never seen anything like this,\" {person} told reporters in {place}.",
    "date {date} {outlet}/ The {what} in {place} has displaced about {n} families, {person} said, as the "
    "{org} struggled to cope.\n\nOfficials in {place} said schools would stay closed this week.\n\n"
    "{person} promised help from the capital.",
    "date {date} {outlet}/ {place} officials led by {person} declared an emergency after the {what}.\n\n"
    "The {org} said more than {n} families needed shelter, and roads into {place} remained closed.",
    "date {date} {outlet}/ Residents of {place} began counting the cost of the {what} on Tuesday.\n\n"
    "{person}, who leads the response, said the {org} had registered {n} families so far.",
]
_OUTLETS = ["Northern Courier", "Daily Ledger", "Coastal Times", "Evening Wire"]


def synthetic_stream() -> dict[str, str]:
    """name → article text, four articles for each of five stories."""
    out = {}
    for s, (place, person, org, what, day) in enumerate(_STORIES):
        for t, template in enumerate(_TEMPLATES):
            out[f"story{s}_{t}.txt"] = template.format(
                place=place, person=person, org=org, what=what, date=day, outlet=_OUTLETS[t], n=120 + s * 40
            )
    return out


def seed_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def ingest(store: Store, texts: dict[str, str], order: list[str] | None = None) -> dict[str, int]:
    """Store articles one by one in the given order; returns name → article id."""
    ids = {}
    for name in order or list(texts):
        ids[name] = store_record(store, parse_text(texts[name], name)).id
    return ids


def partition(store: Store) -> set[frozenset[str]]:
    """The events as sets of article paths (ids differ between stores)."""
    return {frozenset(a["path"] for a in e["articles"]) for e in store.events_summary()}


def seeds_event(store: Store) -> frozenset[str]:
    groups = [g for g in partition(store) if any(p.startswith("000_") for p in g)]
    assert len(groups) == 1
    return groups[0]


def test_the_five_seeds_form_one_event_and_unrelated_articles_stay_out(store: Store) -> None:
    ingest(store, {**seed_texts(), **UNRELATED})
    assert seeds_event(store) == frozenset(seed_texts())
    groups = partition(store)
    assert frozenset({"korea_1.txt", "korea_2.txt"}) in groups
    for name in ("notre_dame.txt", "lebanon.txt", "earthquake.txt", "football.txt"):
        assert frozenset({name}) in groups


def test_every_article_gets_an_event_and_the_event_reads_well(store: Store) -> None:
    ids = ingest(store, seed_texts())
    events = {store.event_of(i) for i in ids.values()}
    assert len(events) == 1 and None not in events
    summary = store.events_summary()
    event = summary[0]
    assert set(event) >= {"id", "label", "first_seen", "last_seen", "articles"}
    assert event["label"].startswith("Syrian opposition factions announced")  # the earliest article names it
    assert event["first_seen"] == event["last_seen"] == "2024-12-07"
    assert set(event["articles"][0]) >= {"id", "path", "outlet", "published", "title"}


def test_a_synthetic_stream_of_interleaved_events(store: Store) -> None:
    texts = synthetic_stream()
    order = list(texts)
    random.Random(5).shuffle(order)
    ingest(store, texts, order)
    expected = {frozenset(n for n in texts if n.startswith(f"story{s}_")) for s in range(len(_STORIES))}
    assert partition(store) == expected


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_ingest_order_does_not_change_the_events(tmp_path: Path, seed: int) -> None:
    texts = {**seed_texts(), **UNRELATED, **synthetic_stream()}
    reference = Store.open(tmp_path / "ref.db")
    ingest(reference, texts)
    expected = partition(reference)
    reference.close()
    order = list(texts)
    random.Random(seed).shuffle(order)
    shuffled = Store.open(tmp_path / f"shuffled{seed}.db")
    ingest(shuffled, texts, order)
    assert partition(shuffled) == expected
    rebuild(shuffled)
    assert partition(shuffled) == expected
    shuffled.close()


def test_rebuild_keeps_event_ids(store: Store) -> None:
    ids = ingest(store, {**seed_texts(), **UNRELATED})
    before = {name: store.event_of(i) for name, i in ids.items()}
    report = rebuild(store)
    assert report.articles == len(ids)
    assert {name: store.event_of(i) for name, i in ids.items()} == before


def test_split_is_kept_by_later_ingests_and_rebuild(store: Store) -> None:
    seeds = seed_texts()
    names = sorted(seeds)
    ids = ingest(store, {n: seeds[n] for n in names[:4]})
    event = store.event_of(ids[names[0]])
    new = split(store, event, [ids[names[2]], ids[names[3]]], "ed")
    assert new != event
    assert store.event_of(ids[names[3]]) == new
    assert store.event_of(ids[names[1]]) == event
    ingest(store, {names[4]: seeds[names[4]]})  # matches articles on both sides of the split
    assert store.event_of(ids[names[2]]) == store.event_of(ids[names[3]]) == new
    assert store.event_of(ids[names[0]]) == store.event_of(ids[names[1]]) == event
    rebuild(store)
    assert store.event_of(ids[names[2]]) == store.event_of(ids[names[3]]) == new
    assert store.event_of(ids[names[0]]) == store.event_of(ids[names[1]]) == event


def test_move_is_kept_by_later_ingests_and_rebuild(store: Store) -> None:
    seeds = seed_texts()
    ids = ingest(store, {**{n: seeds[n] for n in sorted(seeds)[:3]}, "football.txt": UNRELATED["football.txt"]})
    daraa = store.event_of(ids[sorted(seeds)[0]])
    move(store, ids["football.txt"], daraa, "ed")
    assert store.event_of(ids["football.txt"]) == daraa
    assert store.article(ids["football.txt"])["event_id"] == daraa
    ingest(store, {n: seeds[n] for n in sorted(seeds)[3:]})
    rebuild(store)
    assert store.event_of(ids["football.txt"]) == store.event_of(ids[sorted(seeds)[0]])
    assert store.events_summary()[0]["articles"]


def test_merge_is_kept_by_rebuild(store: Store) -> None:
    ids = ingest(store, {"korea_1.txt": UNRELATED["korea_1.txt"], "notre_dame.txt": UNRELATED["notre_dame.txt"]})
    a, b = store.event_of(ids["korea_1.txt"]), store.event_of(ids["notre_dame.txt"])
    assert a != b
    merged = merge(store, a, b, "ed")
    assert store.event_of(ids["notre_dame.txt"]) == merged == store.event_of(ids["korea_1.txt"])
    ingest(store, {"korea_2.txt": UNRELATED["korea_2.txt"]})
    rebuild(store)
    assert len({store.event_of(i) for i in store.clusterable_article_ids()}) == 1


def test_an_updated_article_is_reclustered(store: Store) -> None:
    texts = {**seed_texts(), "korea_1.txt": UNRELATED["korea_1.txt"]}
    ids = ingest(store, texts)
    record = parse_text(UNRELATED["football.txt"], "korea_1.txt")  # same path, new text: an update
    assert store_record(store, record).action == "updated"
    assert store.event_of(ids["korea_1.txt"]) not in {store.event_of(ids[n]) for n in seed_texts()}
    record = parse_text(seed_texts()[sorted(seed_texts())[0]].replace("Saturday", "Sunday"), "korea_1.txt")
    store_record(store, record)
    assert store.event_of(ids["korea_1.txt"]) == store.event_of(ids[sorted(seed_texts())[0]])


def test_bad_decisions_are_refused(store: Store) -> None:
    from db.errors import StoreError

    ids = ingest(store, {"korea_1.txt": UNRELATED["korea_1.txt"], "football.txt": UNRELATED["football.txt"]})
    event = store.event_of(ids["korea_1.txt"])
    with pytest.raises(StoreError):
        split(store, event, [ids["football.txt"]], "ed")
    with pytest.raises(StoreError):
        merge(store, event, event, "ed")
    with pytest.raises(StoreError):
        move(store, ids["korea_1.txt"], 9999, "ed")


def test_an_undated_event_takes_its_days_from_the_text(store: Store) -> None:
    name = next(n for n in seed_texts() if n.startswith("004_"))  # no date line; says "December 6, 2024"
    ids = ingest(store, {name: seed_texts()[name]})
    assert store.article(ids[name])["published"] is None
    event = store.events_summary()[0]
    assert event["first_seen"] == event["last_seen"] == "2024-12-06"
