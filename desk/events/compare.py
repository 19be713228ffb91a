"""The cross-source comparison of one event: facts, quotes, citations, shared wire copy, timeline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from db.errors import StoreError
from desk.events import facts as facts_mod
from desk.events.citations import citation_map
from desk.events.quotes import group_quotes
from desk.events.sentences import build
from desk.events.timeline import anchors, timeline
from desk.events.wire import WireGroup, find_wire

if TYPE_CHECKING:
    from db.store import Store

ARTICLE_FIELDS = ("id", "path", "url", "outlet", "published", "title", "dateline")


MAX_COMPARED = 40


def compare_event(store: Store, event_id: int, focus: int | None = None, limit: int = MAX_COMPARED) -> dict[str, Any]:
    """Everything `desk compare EVENT --json` prints.

    An event of more than `limit` articles (0: no limit) is compared on `limit` of them: `focus` (the
    article the reader has selected), then the earliest article of each outlet, then the earliest
    others — so every outlet is heard once before any is heard twice. `summary.articles_total` and
    `summary.articles_compared` say how many there are and how many were read.
    """
    event = store.event_row(event_id)
    if event is None:
        raise StoreError(f"no event with id {event_id}")
    members = store.event_articles(event_id)
    articles = choose_articles(members, focus, limit)
    bodies = store.article_bodies([a["id"] for a in articles])
    for a in articles:
        a["body"] = bodies.get(a["id"]) or ""
    rows = store.event_extraction([a["id"] for a in articles])
    result = compare_articles(event, articles, rows)
    result["summary"]["articles_total"] = len(members)
    result["summary"]["articles_compared"] = len(articles)
    return result


def choose_articles(members: list[dict[str, Any]], focus: int | None, limit: int) -> list[dict[str, Any]]:
    """At most `limit` of an event's articles (earliest first): `focus`, one per outlet, then the earliest."""
    if limit <= 0 or len(members) <= limit:
        return list(members)
    chosen: dict[int, dict[str, Any]] = {}
    for a in members:
        if a["id"] == focus:
            chosen[a["id"]] = a
    seen: set[str] = {a.get("outlet") for a in chosen.values() if a.get("outlet")}
    for a in members:
        if len(chosen) >= limit:
            break
        outlet = a.get("outlet")
        if outlet and outlet not in seen:
            seen.add(outlet)
            chosen[a["id"]] = a
    for a in members:
        if len(chosen) >= limit:
            break
        chosen.setdefault(a["id"], a)
    order = {a["id"]: i for i, a in enumerate(members)}
    return sorted(chosen.values(), key=lambda a: order[a["id"]])


def compare_articles(event: dict[str, Any], articles: list[dict[str, Any]],
                     rows: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The comparison of a set of articles (with bodies) and their extraction rows."""
    outlets = {a["id"]: a.get("outlet") for a in articles}
    text = build(articles, rows.get("claims"), rows.get("cites"))
    wire = find_wire(text)
    aligned = facts_mod.align(text)
    wire_of = {(s.article, s.index): g for g in wire for s in g.sentences}
    cites, cited = citation_map(articles, rows.get("cites") or [])
    facts = [_fact(f, outlets, wire_of) for f in aligned]
    counts = {s: sum(1 for f in facts if f["status"] == s) for s in ("agree", "conflict", "unique")}
    quotes = group_quotes(rows.get("quotes") or [], outlets)
    return {
        "event": {"id": event["id"], "label": event["label"], "first_seen": event.get("first_seen"),
                  "last_seen": event.get("last_seen")},
        "event_id": event["id"],
        "articles": [{k: a.get(k) for k in ARTICLE_FIELDS} for a in articles],
        "summary": {**counts, "articles": len(articles), "outlets": len({o for o in outlets.values() if o}),
                    "shared_wire": len(wire), "shared_quotes": sum(1 for q in quotes if len(q["articles"]) > 1)},
        "facts": facts,
        "quotes": quotes,
        "cites": cites,
        "citation_map": cited,
        "wire": [_wire(g, outlets) for g in wire],
        "timeline": timeline(text, rows.get("dates") or [], outlets,
                             anchors(articles, rows.get("dates") or [], event.get("first_seen"))),
    }


def _fact(fact: facts_mod.Fact, outlets: dict[int, str | None], wire_of: dict[tuple[int, int], WireGroup]) -> dict[str, Any]:
    claims = []
    for item in fact.items:
        s, q = item.sentence, item.quantity
        claims.append({
            "article": s.article,
            "outlet": outlets.get(s.article),
            "text": s.text,
            "value": q.text if q else None,
            "number": q.value if q else None,
            "unit": q.unit if q else None,
            "hedge": q.hedge if q else None,
            "range": list(q.interval()) if q else None,
            "cites": s.names,
            "start": s.start + q.start if q else s.start,
            "end": s.start + q.end if q else s.end,
        })
    groups = {id(g): g for i in fact.items if (g := wire_of.get((i.sentence.article, i.sentence.index)))}
    wire = None
    for g in groups.values():
        shared = [a for a in g.articles() if a in fact.articles()]
        if len(shared) > 1:
            wire = {"agency": g.agency, "articles": shared}
            break
    return {
        "label": facts_mod.label(fact),
        "status": fact.status,
        "kind": "number" if fact.numeric else "statement",
        "sources": len(fact.articles()),
        "outlets": list(dict.fromkeys(outlets.get(a) for a in fact.articles())),
        "claims": claims,
        "shared_words": facts_mod.shared_words(fact),
        "wire": wire,
    }


def _wire(group: WireGroup, outlets: dict[int, str | None]) -> dict[str, Any]:
    return {
        "agency": group.agency,
        "similarity": group.similarity,
        "articles": group.articles(),
        "sentences": [{"article": s.article, "outlet": outlets.get(s.article), "text": s.text} for s in group.sentences],
    }
