"""Messages the database worker posts back to the UI thread."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message


@dataclass
class Counts(Message):
    """Header figures: articles, unread, events (and new from the last refresh)."""

    counts: dict[str, int]


@dataclass
class ListLoaded(Message):
    """A new ordered list for the articles pane (ids; negative ids are event headings)."""

    ids: list[int]
    view: Any
    select: int | None = None
    rows: dict[int, dict[str, Any]] | None = None
    events: dict[int, dict[str, Any]] | None = None


@dataclass
class RowsLoaded(Message):
    """List rows (and event headings) for one window of the articles pane."""

    rows: dict[int, dict[str, Any]]
    events: dict[int, dict[str, Any]]
    generation: int


@dataclass
class DetailLoaded(Message):
    """Quotes and entities of the selected article."""

    article_id: int
    article: dict[str, Any] | None
    quotes: list[dict[str, Any]]
    entities: list[dict[str, Any]]


@dataclass
class CompareLoaded(Message):
    """The comparison of the selected article's event (None when it has no event)."""

    article_id: int
    event_id: int | None
    comparison: dict[str, Any] | None
    note: str = ""


@dataclass
class ReaderLoaded(Message):
    """Everything the reader shows for one article."""

    article: dict[str, Any]
    quotes: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    row: dict[str, Any] | None = None


@dataclass
class TagChanged(Message):
    """A tag was written (or undone); `row` is the article's fresh list row."""

    article_id: int
    row: dict[str, Any] | None
    note: str
    severity: str = "information"


@dataclass
class Notice(Message):
    """Something to tell the user (errors from the worker included)."""

    text: str
    severity: str = "information"


@dataclass
class Copied(Message):
    """A snippet ready to copy to the clipboards."""

    text: str
    label: str


@dataclass
class Refreshed(Message):
    """Feeds refreshed: how many articles are new."""

    new: int
    updated: int
    failed: int


@dataclass
class FullText(Message):
    """One article's full text fetched (`updated`) or not (`reason`)."""

    article_id: int
    updated: bool
    reason: str | None
