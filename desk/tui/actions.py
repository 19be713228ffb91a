"""Actions on the selected article (or quote): grading, flags, attribution, undo, copy.

Mixed into DeskApp; every write goes through the database worker, and the row's badge changes at
once (the worker's answer then confirms what the store holds).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from desk.tui import jobs

if TYPE_CHECKING:
    from desk.tui.backend import Backend
    from desk.tui.components.articles import ArticleList
    from desk.tui.components.detail import DetailPane


class ArticleActions:
    """Key actions on the selected article."""

    backend: Backend
    user: str
    config: Any
    articles: ArticleList
    detail: DetailPane
    focused: Any

    def _selected(self) -> int | None:
        article_id = self.articles.article_id
        if article_id is None:
            self.notify("No article selected", severity="warning")  # type: ignore[attr-defined]
        return article_id

    def _tag(self, field: str, value: Any, quote_id: int = 0) -> None:
        article_id = self._selected()
        if article_id is None:
            return
        row = self.articles.row(article_id)
        if row is not None and not quote_id:  # show the badge at once; the worker confirms it
            tags = dict(row.get("tags", {}))
            if value in (None, False, ""):
                tags.pop(field, None)
            else:
                tags[field] = "1" if value is True else str(value)
            self.articles.update_row(article_id, {**row, "tags": tags})
        user = self.user
        self.backend.submit(lambda s: jobs.set_tag(s, article_id, field, value, user, quote_id), what="tagging")

    def _flag(self, field: str) -> None:
        row = self.articles.row(self.articles.article_id) or {}
        on = row.get("tags", {}).get(field) == "1"
        self._tag(field, not on)

    def action_reliability(self, letter: str) -> None:
        self._tag("reliability", letter)

    def action_credibility(self, digit: str) -> None:
        self._tag("credibility", digit)

    def action_star(self) -> None:
        self._flag("starred")

    def action_archive(self) -> None:
        self._flag("archived")

    def action_toggle_read(self) -> None:
        self._flag("read")

    def action_undo(self) -> None:
        user = self.user
        self.backend.submit(lambda s: jobs.undo(s, user), what="undo")

    def action_attribution(self) -> None:
        from desk.tui.screens.attribution import AttributionScreen

        article_id = self._selected()
        if article_id is None:
            return
        quote = self.detail.selected_quote if self.focused is self.detail else None
        if quote is not None:
            target = f"the quote of {quote.get('speaker') or 'an unknown speaker'}"
            current = None
        else:
            row = self.articles.row(article_id) or {}
            target, current = "the article", row.get("tags", {}).get("attribution")
        quote_id = quote["id"] if quote else 0
        self.push_screen(AttributionScreen(target, current), partial(self._attribution_chosen, quote_id))

    def _attribution_chosen(self, quote_id: int, value: str | None) -> None:
        if value is not None:
            self._tag("attribution", value or None, quote_id)

    def action_copy(self, style: str = "plain") -> None:
        article_id = self._selected()
        if article_id is None:
            return
        quote = self.detail.selected_quote if self.focused is self.detail else None
        quote_id = quote["id"] if quote else None
        formats = dict(self.config.snippet)
        self.backend.submit(lambda s: jobs.copy(s, article_id, quote_id, style, formats), what="copying")
