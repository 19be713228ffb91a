"""Network actions: refresh every feed (`R`) and fetch one article's full text (`T`).

Mixed into DeskApp. Each runs in its own thread worker on its own store connection, so network time
never holds up the panes; quitting sets a cancel event that the refresh checks between feeds.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from textual import work

from desk.tui import jobs
from desk.tui import messages as msg
from desk.tui.backend import open_store

if TYPE_CHECKING:
    from desk.tui.backend import Backend
    from desk.tui.components.articles import ArticleList
    from desk.tui.components.header import DeskHeader


class FeedActions:
    """`R` refresh feeds, `T` full text of the selected article."""

    db_path: str
    backend: Backend
    articles: ArticleList
    header: DeskHeader
    compare_cache: dict[int, dict[str, Any]]
    cancel_network: threading.Event

    def action_refresh_feeds(self) -> None:
        self.header.set_status("refreshing feeds…")
        self._refresh_feeds()

    @work(thread=True, exclusive=True, group="refresh")
    def _refresh_feeds(self) -> None:
        """Refresh every feed on its own connection."""
        from desk.feeds.refresh import refresh_all

        store = open_store(self.db_path)
        try:
            report = refresh_all(store, cancel=self.cancel_network)
        except Exception as exc:
            self.post_message(msg.Notice(f"Refresh failed: {exc}", "error"))  # type: ignore[attr-defined]
            return
        finally:
            store.close()
        self.post_message(msg.Refreshed(report.new, report.updated, len(report.failed)))  # type: ignore[attr-defined]

    def action_full_text(self) -> None:
        article_id = self.articles.article_id
        row = self.articles.row(article_id) if article_id is not None else None
        if article_id is None or row is None:
            self.notify("No article selected", severity="warning")  # type: ignore[attr-defined]
            return
        if not row.get("url"):
            self.notify("This article has no link to fetch its full text from", severity="warning")  # type: ignore[attr-defined]
            return
        self.header.set_status("fetching the full text…")
        self._fetch_full_text(article_id)

    @work(thread=True, group="full_text")
    def _fetch_full_text(self, article_id: int) -> None:
        """Fetch the article's page and store its text in place of the summary (kept on failure)."""
        from desk.feeds.fulltext import refresh_article_text

        store = open_store(self.db_path)
        try:
            done = refresh_article_text(store, article_id)
        except Exception as exc:
            self.post_message(msg.FullText(article_id, False, str(exc) or type(exc).__name__))  # type: ignore[attr-defined]
            return
        finally:
            store.close()
        self.post_message(msg.FullText(article_id, done.updated, done.reason))  # type: ignore[attr-defined]

    def on_full_text(self, message: msg.FullText) -> None:
        if message.updated:
            self.header.set_status("full text stored")
            self.compare_cache.clear()
            ids, generation = [message.article_id], self.articles.generation
            self.backend.submit(lambda s: jobs.rows(s, ids, generation), what="loading rows")
            if self.articles.article_id == message.article_id:
                self._load_detail(message.article_id)  # type: ignore[attr-defined]
        else:
            self.header.set_status("summary kept")
            self.notify(f"Full text not stored: {message.reason or 'unknown reason'}", severity="warning",  # type: ignore[attr-defined]
                        markup=False)
