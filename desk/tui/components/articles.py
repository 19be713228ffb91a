"""The articles pane: a Line API list over an ordered id list, rows fetched a window at a time.

Only the ordered ids live here (a few bytes each); rows are asked for in pages of PAGE ids as the
viewport reaches them and cached, so 100,000 articles cost no more to draw than 50. Negative ids
are event headings (the list grouped by event).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from desk.tui.badges import badges, is_read
from desk.tui.keymap import ARTICLES
from desk.tui.labels import source_label
from desk.tui.safe import one_line

PAGE = 200
OUTLET_W = 16
DATE_W = 10
BADGE_W = 8


@dataclass(slots=True)
class View:
    """What the list shows: a search, an entity filter, grouped by event or not."""

    search: str | None = None
    entity_id: int | None = None
    entity_name: str | None = None
    group: bool = False

    def describe(self) -> str:
        parts = []
        if self.search:
            parts.append(f"search: {self.search}")
        if self.entity_id is not None:
            parts.append(f"mentions: {self.entity_name or self.entity_id}")
        if self.group:
            parts.append("by event")
        return " · ".join(parts)


class ArticleList(ScrollView, can_focus=True):
    """Every article in the current view, newest first (or grouped by event)."""

    BINDINGS: ClassVar = ARTICLES
    COMPONENT_CLASSES: ClassVar = {
        "articles--cursor",
        "articles--cursor-blur",
        "articles--unread",
        "articles--read",
        "articles--event",
        "articles--dim",
        "articles--badge",
        "articles--inherited",
        "articles--star",
    }

    class Highlighted(Message):
        """The selected article changed (None: the list is empty)."""

        def __init__(self, article_id: int | None) -> None:
            super().__init__()
            self.article_id = article_id

    class WantRows(Message):
        """Rows for these ids are needed to draw the list."""

        def __init__(self, ids: list[int], generation: int) -> None:
            super().__init__()
            self.ids = ids
            self.generation = generation

    class OpenArticle(Message):
        def __init__(self, article_id: int) -> None:
            super().__init__()
            self.article_id = article_id

    class ToggleGroup(Message):
        pass

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.ids: list[int] = []
        self.rows: dict[int, dict[str, Any]] = {}
        self.events: dict[int, dict[str, Any]] = {}
        self.cursor = 0
        self.painted_cursor = -1  # the last cursor row drawn (for latency measurements)
        self.generation = 0
        self.loaded = False
        self.view = View()
        self._asked: set[int] = set()
        self._lines: dict[int, Strip] = {}  # drawn rows by index, until something they show changes

    # -- data ----------------------------------------------------------------------------------

    def set_ids(
        self,
        ids: list[int],
        view: View,
        select: int | None = None,
        rows: dict[int, dict[str, Any]] | None = None,
        events: dict[int, dict[str, Any]] | None = None,
    ) -> None:
        """Show a new ordered list (with the rows of its first page, when known).

        Keeps the selected article if it is still there.
        """
        previous = self.article_id
        self.generation += 1
        self.ids = ids
        self.view = view
        self.rows = dict(rows or {})
        self.events = dict(events or {})
        self._asked = {0} if rows else set()
        self._lines = {}
        self.loaded = True
        self.virtual_size = Size(self.size.width, len(ids))
        target = select if select is not None else previous
        index = self._index_of(target) if target is not None else None
        self.cursor = -1
        self.move_to(index if index is not None else 0, direction=1, force=True)
        self.scroll_to(y=max(self.cursor - self.size.height // 3, 0), animate=False, immediate=True)
        self.refresh()

    def add_rows(self, rows: dict[int, dict[str, Any]], events: dict[int, dict[str, Any]], generation: int) -> None:
        if generation != self.generation:
            return
        self.rows.update(rows)
        self.events.update(events)
        self._lines = {}
        self.refresh()

    def update_row(self, article_id: int, row: dict[str, Any] | None) -> None:
        """Replace one cached row (after a tag change) and redraw it."""
        if row is None or article_id not in self.rows:
            return
        self.rows[article_id] = row
        index = self._index_of(article_id)
        if index is not None:
            self._lines.pop(index, None)
            self.refresh_line(index)

    def row(self, article_id: int | None) -> dict[str, Any] | None:
        return self.rows.get(article_id) if article_id is not None else None

    @property
    def article_id(self) -> int | None:
        """The selected article (None when the list is empty)."""
        if 0 <= self.cursor < len(self.ids) and self.ids[self.cursor] > 0:
            return self.ids[self.cursor]
        return None

    def _index_of(self, article_id: int) -> int | None:
        try:
            return self.ids.index(article_id)
        except ValueError:
            return None

    def _ask(self, index: int) -> None:
        page = index // PAGE
        if page in self._asked:
            return
        self._asked.add(page)
        # Posted from this widget's own context (render runs in the screen's, which stops bubbling).
        self.call_later(self._want, page, self.generation)

    def _want(self, page: int, generation: int) -> None:
        if generation == self.generation:
            self.post_message(self.WantRows(self.ids[page * PAGE : (page + 1) * PAGE], generation))

    # -- moving --------------------------------------------------------------------------------

    def move_to(self, index: int, direction: int = 1, force: bool = False) -> None:
        """Select the row at `index` (skipping event headings in `direction`)."""
        if not self.ids:
            self.cursor = 0
            self.post_message(self.Highlighted(None))
            return
        index = max(0, min(index, len(self.ids) - 1))
        while 0 <= index < len(self.ids) and self.ids[index] < 0:
            index += direction
        if not 0 <= index < len(self.ids):
            index = max(0, min(index, len(self.ids) - 1))
            while 0 <= index < len(self.ids) and self.ids[index] < 0:
                index -= direction
        if index == self.cursor and not force:
            return
        old, self.cursor = self.cursor, index
        self._lines.pop(old, None)
        self._lines.pop(index, None)
        if old >= 0:
            self.refresh_line(old)
        self.refresh_line(index)
        self._keep_visible()
        self.post_message(self.Highlighted(self.article_id))

    def _keep_visible(self) -> None:
        self.scroll_to_region(Region(0, self.cursor, 1, 1), animate=False, immediate=True, force=True)

    def action_cursor(self, step: int) -> None:
        self.move_to(self.cursor + step, direction=1 if step > 0 else -1)

    def action_page(self, step: int) -> None:
        self.move_to(self.cursor + step * max(self.size.height - 1, 1), direction=1 if step > 0 else -1)

    def action_first(self) -> None:
        self.move_to(0, direction=1)

    def action_last(self) -> None:
        self.move_to(len(self.ids) - 1, direction=-1)

    def action_open(self) -> None:
        if self.article_id is not None:
            self.post_message(self.OpenArticle(self.article_id))

    def action_toggle_group(self) -> None:
        self.post_message(self.ToggleGroup())

    def on_click(self, event: Any) -> None:
        index = event.y + self.scroll_offset.y
        if 0 <= index < len(self.ids):
            self.move_to(index)

    def on_resize(self) -> None:
        self._lines = {}
        self.virtual_size = Size(self.size.width, len(self.ids))

    def notify_style_update(self) -> None:
        self._lines = {}
        super().notify_style_update()

    # -- drawing -------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        index = self.scroll_offset.y + y
        if index >= len(self.ids):
            if index == 0:
                note = "loading…" if not self.loaded else "no articles here"
                return Strip([Segment(f" {note}", self.get_component_rich_style("articles--dim"))]).adjust_cell_length(
                    width, self.rich_style
                )
            return Strip.blank(width, self.rich_style)
        cached = self._lines.get(index)
        if cached is not None and cached.cell_length == width:
            return cached
        item = self.ids[index]
        if item < 0:
            text = self._event_line(-item)
        else:
            row = self.rows.get(item)
            if row is None:
                self._ask(index)
                text = Text(" …", style=self.get_component_rich_style("articles--dim"))
            else:
                text = self._article_line(row, width)
        if index == self.cursor:
            self.painted_cursor = index
            name = "articles--cursor" if self.has_focus else "articles--cursor-blur"
            text.stylize(self.get_component_rich_style(name))
        text.truncate(width, overflow="ellipsis", pad=True)
        segments = list(text.render(self.app.console))
        strip = Strip(segments, width).apply_style(self.rich_style) if segments else Strip.blank(width)
        if item < 0 or item in self.rows:
            if len(self._lines) > 4 * PAGE:
                self._lines = {}
            self._lines[index] = strip
        return strip

    def _event_line(self, event_id: int) -> Text:
        event = self.events.get(event_id)
        style = self.get_component_rich_style("articles--event")
        if event is None:
            return Text(f"▸ event {event_id}", style=style)
        label = one_line(event.get("label")) or f"event {event_id}"
        return Text(f"▸ {label}  ({event.get('articles', 0)} articles)", style=style)

    def _article_line(self, row: dict[str, Any], width: int) -> Text:
        read = is_read(row)
        base: Style = self.get_component_rich_style("articles--read" if read else "articles--unread")
        text = Text(style=base, no_wrap=True, end="")
        text.append("  " if read else "● ")
        outlet = source_label(row)
        text.append_text(_fit(outlet, OUTLET_W, self.get_component_rich_style("articles--dim")))
        text.append(" ")
        text.append_text(_fit(row.get("published") or "", DATE_W, self.get_component_rich_style("articles--dim")))
        text.append(" ")
        title_w = max(width - 2 - OUTLET_W - DATE_W - 2 - BADGE_W - 1, 8)
        title = Text(one_line(row.get("title")), no_wrap=True)
        title.truncate(title_w, overflow="ellipsis", pad=True)
        text.append_text(title)
        text.append(" ")
        text.append_text(badges(row, self._badge_styles()))
        return text

    def _badge_styles(self) -> dict[str, Style]:
        return {
            "badge": self.get_component_rich_style("articles--badge"),
            "inherited": self.get_component_rich_style("articles--inherited"),
            "star": self.get_component_rich_style("articles--star"),
            "dim": self.get_component_rich_style("articles--dim"),
        }

    def on_focus(self) -> None:
        self._lines.pop(self.cursor, None)
        self.refresh_line(self.cursor)

    def on_blur(self) -> None:
        self._lines.pop(self.cursor, None)
        self.refresh_line(self.cursor)


def _fit(text: str, width: int, style: Style | str = "") -> Text:
    out = Text(text, style=style, no_wrap=True)
    out.truncate(width, overflow="ellipsis", pad=True)
    return out
