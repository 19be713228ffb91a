"""Event clustering: incremental assignment, re-clustering, and the user's move/merge/split.

Two articles are *linked* when `desk.events.match` says they tell the same story; that decision
looks at the pair alone. An event is a connected group of linked articles, adjusted by the
user's decisions (`desk.events.decisions`). So the events are a function of the set of articles,
and ingesting in any order, or `rebuild`, gives the same events.

A new article finds its candidates through the key index (entity → articles, within a window of
days), never by scanning the store; the cost per article stays flat as the store grows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.errors import StoreError
from desk.events import features as feat
from desk.events import match
from desk.events.decisions import Constraints
from desk.events.unionfind import UnionFind

if TYPE_CHECKING:
    from db.store import Store


@dataclass(slots=True)
class RebuildReport:
    articles: int
    links: int
    events: int


def assign(store: Store, article_id: int) -> int:
    """Put one stored article into its event (joining, merging or starting events); returns the event id."""
    with store.transaction():
        return _assign(store, article_id)


def _assign(store: Store, article_id: int) -> int:
    previous = store.event_of(article_id)
    features = _save_features(store, article_id)
    constraints = Constraints.replay(store.event_decisions())
    links = {} if article_id in constraints.pinned else _links(store, article_id, features, constraints)
    store.replace_event_links(article_id, links)
    if previous is not None or constraints.touches(article_id):
        _recluster(store, {article_id, *links}, constraints)
        event = store.event_of(article_id)
        assert event is not None
        return event
    events = sorted(set(store.events_of(links).values()))
    if not events:
        event = store.create_event(article_id)
    else:
        event = _earliest_event(store, events)
        others = [e for e in events if e != event]
        store.move_event_members(others, event)
        store.delete_events(others)
    store.set_event_members(event, [article_id], {article_id: max(links.values(), default=None) or 0.0})
    store.refresh_event(event)
    return event


def _save_features(store: Store, article_id: int) -> feat.Features:
    data = store.event_inputs(article_id)
    features = feat.compute(data["article"], data["mentions"], data["claims"], data["dates"])
    store.save_event_features(article_id, features.day, features.to_json(), features.keys)
    return features


def _links(store: Store, article_id: int, features: feat.Features, constraints: Constraints,
           only_after: bool = False) -> dict[int, float]:
    """The articles this one is linked to, with scores (pinned articles take no links)."""
    # Without a shared name no pair reaches LINK_SCORE (see `match.score`), so only the name keys'
    # postings are read to find candidates; the title words then count towards the shared weight.
    candidates = store.event_candidates(
        article_id, features.keys, features.day, match.WINDOW_DAYS, match.MIN_SHARED, required=features.names
    )
    ids = [c for c, _ in candidates if c not in constraints.pinned and (not only_after or c > article_id)]
    out: dict[int, float] = {}
    for other, (day, data) in store.event_features(ids).items():
        ok, score = match.linked(features, feat.Features.from_json(day, data))
        if ok:
            out[other] = score
    return out


def _earliest_event(store: Store, events: list[int]) -> int:
    """The event whose anchor article is earliest (it keeps its id when events merge)."""
    anchors = store.event_anchors(events)
    order = store.article_order_keys([a for a in anchors.values() if a is not None])
    return min(events, key=lambda e: (order.get(anchors.get(e) or 0, ("9999", 1 << 62)), e))


# -- recomputing a region --------------------------------------------------------------------------


def _region(store: Store, seeds: set[int], constraints: Constraints) -> set[int]:
    """Every article whose event could change with `seeds`: closed under events, links and decisions."""
    region: set[int] = set()
    frontier = set(seeds)
    while frontier:
        region |= frontier
        grown: set[int] = set()
        for event in set(store.events_of(frontier).values()):
            grown.update(store.event_member_ids(event))
        for a, b, _ in store.event_links_of(frontier):
            grown.update((a, b))
        grown |= constraints.neighbours(frontier)
        frontier = grown - region
    return region


def _components(articles: Iterable[int], links: Iterable[tuple[int, int, float]],
                constraints: Constraints) -> list[list[int]]:
    articles = set(articles)
    uf = UnionFind(articles)
    for a, b, _ in links:
        if a in articles and b in articles and a not in constraints.pinned and b not in constraints.pinned:
            uf.union(a, b)
    for a, b in constraints.edges():
        if a in articles and b in articles:
            uf.union(a, b)
    return uf.groups()


def _recluster(store: Store, seeds: set[int], constraints: Constraints) -> None:
    region = _region(store, seeds, constraints)
    groups = _components(region, store.event_links_of(region), constraints)
    _write(store, groups, constraints, set(store.events_of(region).values()))


def _write(store: Store, groups: list[list[int]], constraints: Constraints, old_events: set[int]) -> None:
    """Store groups as events: each keeps the id of the old event anchored on its earliest article."""
    members = [a for g in groups for a in g]
    order = store.article_order_keys(members)
    anchors = store.event_anchors(old_events)
    by_anchor: dict[int, int] = {}
    for event, anchor in sorted(anchors.items()):
        if anchor is not None:
            by_anchor.setdefault(anchor, event)
    used: set[int] = set()
    for group in groups:
        ranked = sorted(group, key=lambda a: order.get(a, ("9999", a)))
        event = next((by_anchor[a] for a in ranked if a in by_anchor and by_anchor[a] not in used), None)
        if event is None:
            event = store.create_event(ranked[0])
        used.add(event)
        store.set_event_members(event, group)
        store.mark_pinned([a for a in group if a not in constraints.pinned], None, pinned=False)
        for a in group:
            if a in constraints.pinned:
                store.mark_pinned([a], constraints.pinned_by.get(a))
        store.refresh_event(event)
    store.delete_events(old_events - used)


# -- the whole store -------------------------------------------------------------------------------


def rebuild(store: Store) -> RebuildReport:
    """Re-cluster every article from scratch (user decisions kept); same result as incremental ingest."""
    with store.transaction():
        store.clear_event_index()
        ids = store.clusterable_article_ids()
        features = {a: _save_features(store, a) for a in ids}
        constraints = Constraints.replay(store.event_decisions())
        count = 0
        for a in ids:
            if a in constraints.pinned:
                continue
            links = _links(store, a, features[a], constraints, only_after=True)
            store.add_event_links(a, links)
            count += len(links)
        groups = _components(ids, store.all_event_links(), constraints)
        old = set(store.event_ids())
        _write(store, groups, constraints, old)
        store.delete_empty_events()
        for a in ids:
            store.set_article_status(a, "clustered")
        return RebuildReport(len(ids), count, len(groups))


# -- user decisions --------------------------------------------------------------------------------


def move(store: Store, article_id: int, event_id: int, user: str) -> int:
    """Put an article into another event; later ingests and rebuilds keep it there."""
    store.require_article(article_id)
    targets = [a for a in _ranked_members(store, event_id) if a != article_id]
    if not targets:
        raise StoreError(f"event {event_id} has no other article to join")
    with store.transaction():
        store.add_event_decision("move", article_id, targets[0], user)
        constraints = Constraints.replay(store.event_decisions())
        _recluster(store, {article_id, targets[0]}, constraints)
        return store.event_of(article_id) or event_id


def merge(store: Store, event_a: int, event_b: int, user: str) -> int:
    """Make two events one; returns the id of the merged event."""
    first, second = _ranked_members(store, event_a), _ranked_members(store, event_b)
    if event_a == event_b:
        raise StoreError(f"events {event_a} and {event_b} are the same event")
    with store.transaction():
        store.add_event_decision("merge", first[0], second[0], user)
        constraints = Constraints.replay(store.event_decisions())
        _recluster(store, {first[0], second[0]}, constraints)
        return store.event_of(first[0]) or event_a


def split(store: Store, event_id: int, article_ids: list[int], user: str) -> int:
    """Take articles out of an event into a new event of their own; returns the new event's id."""
    members = _ranked_members(store, event_id)
    missing = [a for a in article_ids if a not in members]
    if missing:
        raise StoreError(f"article {missing[0]} is not in event {event_id}")
    if not article_ids:
        raise StoreError("name at least one article to split off")
    moving = sorted(set(article_ids), key=members.index)
    rest = [a for a in members if a not in moving]
    with store.transaction():
        batch = store.next_decision_batch()
        root = moving[0]
        store.add_event_decision("split", root, None, user, batch)
        for a in moving[1:]:
            store.add_event_decision("split", a, root, user, batch)
        for a in rest[1:]:  # what stays behind stays together
            store.add_event_decision("merge", rest[0], a, user, batch)
        constraints = Constraints.replay(store.event_decisions())
        _recluster(store, set(members), constraints)
        return store.event_of(root) or event_id


def _ranked_members(store: Store, event_id: int) -> list[int]:
    if not store.event_exists(event_id):
        raise StoreError(f"no event with id {event_id}")
    members = store.event_member_ids(event_id)
    order = store.article_order_keys(members)
    return sorted(members, key=lambda a: order[a])
