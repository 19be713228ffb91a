"""Who relies on whom: the agencies, outlets, monitors and papers each article of an event cites.

Five reports that all rest on one agency show up here as one source cited five times.
"""

from __future__ import annotations

from typing import Any


def citation_map(articles: list[dict[str, Any]], cites: list[dict[str, Any]]) -> tuple[dict[str, list[str]], list[dict[str, Any]]]:
    """(article id → names it cites, and one row per cited name with the articles citing it).

    When extraction stored no cites for any article of the event, the known outlets each article
    names stand in for them. An article never cites its own outlet.
    """
    own = {a["id"]: (a.get("outlet") or "").casefold() for a in articles}
    by_article: dict[int, list[str]] = {a["id"]: [] for a in articles}
    rows = cites
    if not rows:
        rows = _named_outlets(articles)
    for c in sorted(rows, key=lambda c: (c["article_id"], c["start"])):
        names = by_article.setdefault(c["article_id"], [])
        if c["name"] not in names and c["name"].casefold() != own.get(c["article_id"]):
            names.append(c["name"])
    outlets = {a["id"]: a.get("outlet") for a in articles}
    cited: dict[str, list[int]] = {}
    for article_id, names in by_article.items():
        for name in names:
            cited.setdefault(name, []).append(article_id)
    table = [
        {"name": name, "kind": _kind(name), "articles": ids, "outlets": [outlets.get(i) for i in ids],
         "count": len(ids)}
        for name, ids in cited.items()
    ]
    table.sort(key=lambda r: (-r["count"], r["name"]))
    return {str(k): v for k, v in by_article.items()}, table


def _named_outlets(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    try:
        from desk.extract.outlets import find_outlets
    except ImportError:
        return []
    return [
        {"article_id": a["id"], "name": name, "start": start}
        for a in articles for start, _end, name in find_outlets(a.get("body") or "")
    ]


def _kind(name: str) -> str | None:
    try:
        from desk.extract.outlets import outlet_kind
    except ImportError:
        return None
    return outlet_kind(name)
