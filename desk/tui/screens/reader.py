"""The reader: one article in full, its entities and quotes highlighted."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from desk.tui.badges import describe
from desk.tui.keymap import READER
from desk.tui.safe import clean, one_line

ENTITY_STYLES = {
    "person": "bold cyan",
    "organisation": "bold magenta",
    "place": "bold green",
    "other": "bold",
}
QUOTE_STYLE = "italic yellow"


def article_text(article: dict[str, Any], quotes: list[dict[str, Any]], mentions: list[dict[str, Any]]) -> Text:
    """The body as Rich Text with spans for quotes and entity mentions (offsets into the body)."""
    body = clean(article.get("body"))
    text = Text(body, end="")
    size = len(body)
    for q in quotes:
        start, end = q.get("start"), q.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size:
            text.stylize(QUOTE_STYLE, start, end)
    for m in mentions:
        start, end = m.get("start"), m.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size:
            text.stylize(ENTITY_STYLES.get(m.get("kind") or "other", "bold"), start, end)
    return text


def heading(article: dict[str, Any], row: dict[str, Any] | None) -> Text:
    out = Text(end="")
    out.append(one_line(article.get("title")) or "(no title)", style="bold")
    out.append("\n")
    out.append(one_line(article.get("outlet")) or "unknown outlet")
    out.append(f" · {article.get('published') or 'no date'}")
    if article.get("dateline"):
        out.append(f" · {one_line(article['dateline'])}")
    if row:
        tags = describe(row)
        if tags:
            out.append(f" · {tags}", style="bold")
    if article.get("url"):
        out.append(f"\n{one_line(article['url'])}", style="dim")
    elif article.get("path"):
        out.append(f"\n{one_line(article['path'])}", style="dim")
    out.append("\n")
    legend = [("quote", QUOTE_STYLE)] + [(k, s) for k, s in ENTITY_STYLES.items() if k != "other"]
    for i, (name, style) in enumerate(legend):
        out.append("  " if i else "", style="dim")
        out.append(name, style=style)
    return out


class ReaderScreen(Screen[None]):
    """Full text of one article."""

    BINDINGS: ClassVar = READER

    def __init__(
        self,
        article: dict[str, Any],
        quotes: list[dict[str, Any]],
        mentions: list[dict[str, Any]],
        row: dict[str, Any] | None = None,
    ) -> None:
        super().__init__()
        self.article = article
        self.quotes = quotes
        self.mentions = mentions
        self.row = row

    def compose(self) -> ComposeResult:
        yield Static(heading(self.article, self.row), id="reader-heading")
        with VerticalScroll(id="reader-scroll"):
            yield Static(article_text(self.article, self.quotes, self.mentions), id="reader-body")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#reader-scroll").focus()

    def _scroll(self) -> VerticalScroll:
        return self.query_one("#reader-scroll", VerticalScroll)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll_down(self) -> None:
        self._scroll().scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self._scroll().scroll_up(animate=False)

    def action_page_down(self) -> None:
        self._scroll().scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self._scroll().scroll_page_up(animate=False)
