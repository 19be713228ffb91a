"""The header line: database path, counts, the current view, what the last refresh brought."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widget import Widget

from desk.tui.safe import one_line


class DeskHeader(Widget):
    """`desk · ~/desk.db · 5 articles · 3 unread · 1 event · 12 / 5 · search: Rahmati`.

    Drawn with `render` and refreshed in place (no layout pass), since it changes on every move.
    """

    def __init__(self, db_path: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.db_path = db_path
        self.counts: dict[str, int] | None = None
        self.view = ""
        self.status = ""
        self.position = ""

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self._draw()

    def set_view(self, view: str, shown: int | None = None) -> None:
        self.view = f"{view} ({shown} shown)" if view and shown is not None else view
        self._draw()

    def set_status(self, status: str) -> None:
        self.status = status
        self._draw()

    def set_position(self, index: int, total: int) -> None:
        """Where the selection is in the list (a scrollbar would say it less exactly)."""
        self.position = f"{index + 1:,} / {total:,}" if total else ""
        self._draw()

    def _draw(self) -> None:
        self.refresh()

    def render(self) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(" desk ", style="bold reverse")
        text.append(f" {one_line(self.db_path)}", style="bold")
        if self.counts is None:
            text.append("  · counting…", style="dim")
        else:
            c = self.counts
            text.append(f"  · {_n(c.get('articles', 0), 'article')} · {c.get('unread', 0):,} unread")
            text.append(f" · {_n(c.get('events', 0), 'event')}")
        if self.position:
            text.append(f"  · {self.position}", style="dim")
        if self.view:
            text.append(f"  · {one_line(self.view)}", style="italic")
        if self.status:
            text.append(f"  · {one_line(self.status)}", style="bold")
        return text


def _n(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"
