"""Store jobs run on the database worker thread; each returns the message(s) to post back.

These run off the UI thread with the worker's own Store; they never touch widgets.
"""

from __future__ import annotations

from typing import Any

from desk.tui.components.articles import PAGE, View
from desk.tui.copying import first_quote, snippet
from desk.tui.messages import (
    CompareLoaded,
    Copied,
    Counts,
    DetailLoaded,
    ListLoaded,
    Notice,
    ReaderLoaded,
    RowsLoaded,
    TagChanged,
)


def counts(store: Any) -> Counts:
    return Counts(store.browse_counts())


def load_list(store: Any, view: View, select_first: bool = False) -> ListLoaded | Notice:
    """The ordered ids for a view; a bad search gives a notice and leaves the list alone."""
    from db.errors import StoreError

    ids: list[int] | None = None
    if view.search:
        try:
            ids = store.search_ids(view.search)
        except StoreError as exc:
            return Notice(f"Search: cannot read {view.search!r} — {_reason(exc)}", "warning")
        if view.entity_id is not None:
            allowed = set(store.browse_ids(view.entity_id))
            ids = [i for i in ids if i in allowed]
    elif view.entity_id is not None:
        ids = store.browse_ids(view.entity_id)
    if view.group:
        listed: list[int] = []
        current: int | None = -1
        for article_id, event_id in store.browse_by_event(ids):
            if event_id != current and event_id is not None:
                listed.append(-event_id)
            current = event_id
            listed.append(article_id)
    else:
        listed = ids if ids is not None else store.browse_ids()
    select = next((i for i in listed if i > 0), None) if select_first else None
    start = 0
    if select is not None:
        start = listed.index(select) // PAGE * PAGE
    first = rows(store, listed[start : start + PAGE], 0) if start == 0 else None
    return ListLoaded(listed, view, select, first.rows if first else None, first.events if first else None)


def first_page(store: Any, view: View) -> ListLoaded:
    """The newest PAGE articles with their rows: enough to paint the first screen at once."""
    ids = store.browse_ids(limit=PAGE)
    first = rows(store, ids, 0)
    return ListLoaded(ids, view, None, first.rows, first.events)


def rows(store: Any, ids: list[int], generation: int) -> RowsLoaded:
    article_ids = [i for i in ids if i > 0]
    event_ids = [-i for i in ids if i < 0]
    return RowsLoaded(store.browse_rows(article_ids), store.browse_events(event_ids), generation)


def detail(store: Any, article_id: int) -> DetailLoaded:
    return DetailLoaded(
        article_id, store.article(article_id), store.article_quotes(article_id), store.article_entities(article_id)
    )


def compare(store: Any, article_id: int, cache: dict[int, dict[str, Any]]) -> CompareLoaded:
    """The comparison of the article's event (cached per event until the store changes)."""
    article = store.article(article_id)
    event_id = article.get("event_id") if article else None
    if event_id is None:
        return CompareLoaded(article_id, None, None, "this article is in no event yet")
    if event_id in cache:
        # a large event is compared once, on the article first selected and every outlet's earliest
        return CompareLoaded(article_id, event_id, cache[event_id])
    try:
        from desk.events.compare import compare_event
    except ImportError:
        return CompareLoaded(article_id, event_id, None, f"event {event_id}: comparison not available in this desk")
    result = compare_event(store, event_id, focus=article_id)
    cache[event_id] = result
    return CompareLoaded(article_id, event_id, result)


def _row(store: Any, article_id: int) -> dict[str, Any] | None:
    return store.browse_rows([article_id]).get(article_id)


def set_tag(store: Any, article_id: int, field: str, value: Any, user: str, quote_id: int = 0) -> list:
    """Write one tag; the fresh row comes back so badges show what the store holds."""
    change = store.set_tag(article_id, field, value, user, quote_id=quote_id)
    note = _describe(field, change.value, quote_id)
    if not change.changed:
        note = f"{note} (already set)"
    severity = "information"
    if change.overwrote_message():
        note = f"{note} — {change.overwrote_message()}"
        severity = "warning"
    out: list = [TagChanged(article_id, _row(store, article_id), note, severity)]
    if field == "read":
        out.append(counts(store))
    return out


def undo(store: Any, user: str) -> list | Notice:
    from db.errors import StoreError

    try:
        change = store.undo_last(user)
    except StoreError as exc:
        return Notice(f"Undo: {exc}", "warning")
    if change is None:
        return Notice("Nothing to undo", "warning")
    note = "Undid: " + _describe(change.field, change.value, change.quote_id)
    return [TagChanged(change.article_id, _row(store, change.article_id), note), counts(store)]


def open_reader(store: Any, article_id: int, user: str) -> list:
    """Everything the reader needs; opening an article marks it read (an automatic tag)."""
    article = store.require_article(article_id)
    tags = store.browse_rows([article_id]).get(article_id, {}).get("tags", {})
    out: list = []
    if tags.get("read") != "1":
        store.set_tag(article_id, "read", True, user, automatic=True)
        out.append(counts(store))
    row = _row(store, article_id)
    reader = ReaderLoaded(article, store.article_quotes(article_id), store.article_mentions(article_id), row)
    return [reader, TagChanged(article_id, row, ""), *out]


def copy(store: Any, article_id: int, quote_id: int | None, style: str, formats: dict[str, str]) -> Copied | Notice:
    article = store.require_article(article_id)
    if quote_id is not None:
        quote = store.browse_quote(quote_id)
    else:
        quote = first_quote(store.article_quotes(article_id))
    text, label = snippet(quote, article, style, formats or None)
    if not text:
        return Notice("Nothing to copy", "warning")
    return Copied(text, label)


def _describe(field: str, value: str | None, quote_id: int = 0) -> str:
    from desk.tagging import label

    where = " on the quote" if quote_id else ""
    if value is None:
        return f"{field.capitalize()} cleared{where}"
    if field in ("starred", "read", "archived"):
        return f"{field.capitalize()}{where}"
    meaning = label(field, value)
    return f"{field.capitalize()} {value}{f' ({meaning})' if meaning else ''}{where}"


def _reason(exc: Exception) -> str:
    text = str(exc)
    return text.rsplit(": ", 1)[-1] if ": " in text else text
