"""The desk TUI: articles | quotes and entities | comparison, with keyboard tagging and copying.

All database work happens on the Backend's worker thread (its own Store); this module only reacts
to keys and to the messages the worker posts back.
"""

from __future__ import annotations

import sys
import threading
import time
from functools import partial
from typing import Any, ClassVar

from textual import work
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Footer

from desk.tui import jobs
from desk.tui import messages as msg
from desk.tui.actions import ArticleActions
from desk.tui.backend import Backend
from desk.tui.components.articles import ArticleList, View
from desk.tui.components.compare import ComparePane
from desk.tui.components.detail import DetailPane
from desk.tui.components.header import DeskHeader
from desk.tui.copying import copy_system
from desk.tui.feed_actions import FeedActions
from desk.tui.keymap import APP, MAIN, keymap_from_config
from desk.tui.palette import DeskCommands
from desk.tui.themes import THEMES

DETAIL_DELAY = 0.1  # seconds the selection must rest before the middle and right panes follow

# Actions on the selected article: in the main view and the reader, off while a dialog is open.
ARTICLE_ACTIONS = {"reliability", "credibility", "attribution", "star", "archive", "toggle_read", "undo", "copy"}
# Actions on the list: in the main view only.
LIST_ACTIONS = {"search", "clear", "refresh_feeds", "full_text", "open", "toggle_group", "filter_entity"}


class DeskApp(ArticleActions, FeedActions, App[None]):
    """The news desk."""

    CSS_PATH = "desk.tcss"
    TITLE = "desk"
    BINDINGS: ClassVar = [*APP, *MAIN]
    COMMANDS: ClassVar = App.COMMANDS | {DeskCommands}

    def __init__(self, db_path: str, config: Any = None) -> None:
        super().__init__()
        from desk.config import load_config

        self.db_path = db_path
        self.config = config if config is not None else load_config()
        self.user = self.config.user
        self.backend = Backend(self, db_path)
        self.view = View()
        self.compare_cache: dict[int, dict[str, Any]] = {}
        self.started = time.perf_counter()
        self.started_cpu = time.process_time()
        self.first_screen: float | None = None  # seconds from start to the first rows painted
        self.first_screen_cpu: float | None = None  # CPU seconds (all threads) spent by then
        self._keymap_in_use: dict[str, str] = {}
        self._detail_timer: Timer | None = None
        self._panes: dict[str, Any] = {}
        self.cancel_network = threading.Event()  # set on quit: a running feed refresh stops

    def compose(self) -> ComposeResult:
        yield DeskHeader(self.db_path, id="header")
        with Horizontal(id="panes"):
            yield ArticleList(id="articles")
            yield DetailPane(id="detail")
            yield ComparePane(id="compare")
        yield Footer()

    def on_mount(self) -> None:
        # Database and comparison workers are Python threads: hand the interpreter back to the UI thread
        # every millisecond (not every 5) so a key press never waits behind a long comparison.
        sys.setswitchinterval(0.001)
        self._panes = {name: self.query_one(f"#{name}") for name in ("articles", "detail", "compare", "header")}
        for theme in THEMES:
            self.register_theme(theme)
        wanted = self.config.theme or "desk-dark"
        self.theme = wanted if wanted in self.available_themes else "desk-dark"
        keymap, unknown = keymap_from_config(self.config.keys)
        self._keymap_in_use = keymap
        self.set_keymap(keymap)
        if unknown:
            self.notify(f"[keys] in the config: no binding called {', '.join(unknown)}", severity="warning", markup=False)
        if self.config.warning:
            self.notify(self.config.warning, severity="warning", markup=False)
        self.articles.border_title = "Articles"
        self.detail.border_title = "Quotes & entities"
        self.compare.border_title = "Comparison"
        self.articles.focus()
        self.backend.start()
        view = self.view
        # The newest page first (the screen fills at once), then the whole ordered list.
        self.backend.submit(lambda s: jobs.first_page(s, view), what="loading articles")
        self.backend.submit(jobs.counts, key="counts", what="counting")
        self.backend.submit(lambda s: jobs.load_list(s, view), key="list", what="loading articles")

    def on_unmount(self) -> None:
        self.cancel_network.set()
        if self._detail_timer is not None:
            self._detail_timer.stop()
        self.backend.stop()

    # -- helpers ---------------------------------------------------------------------------------

    # The panes live on the main screen; these stay valid while a dialog or the reader is on top.

    @property
    def articles(self) -> ArticleList:
        return self._panes["articles"]  # type: ignore[return-value]

    @property
    def detail(self) -> DetailPane:
        return self._panes["detail"]  # type: ignore[return-value]

    @property
    def header(self) -> DeskHeader:
        return self._panes["header"]  # type: ignore[return-value]

    @property
    def compare(self) -> ComparePane:
        return self._panes["compare"]  # type: ignore[return-value]

    def _live(self) -> bool:
        """False while starting up or shutting down (worker messages may still arrive)."""
        return bool(self._panes) and self.articles.is_attached and self.compare.is_mounted

    def current_keymap(self) -> dict[str, str]:
        return dict(self._keymap_in_use)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in LIST_ACTIONS:
            return self.screen is self.screen_stack[0]
        return not (action in ARTICLE_ACTIONS and isinstance(self.screen, ModalScreen))

    def _load(self, view: View, select_first: bool = False) -> None:
        self.header.set_view(f"{view.describe() or 'all articles'}: loading…")
        self.backend.submit(lambda s: jobs.load_list(s, view, select_first), key="list", what="loading articles")

    # -- messages from the worker ---------------------------------------------------------------

    def on_list_loaded(self, message: msg.ListLoaded) -> None:
        if not self._live():
            return
        self.view = message.view
        self.articles.set_ids(message.ids, message.view, message.select, message.rows, message.events)
        if message.rows and self.first_screen is None:
            self.call_after_refresh(self._painted)
        described = message.view.describe()
        self.header.set_view(described, len([i for i in message.ids if i > 0]) if described else None)
        if message.select is None and not message.ids:
            self.detail.show(None, [], [])

    def on_rows_loaded(self, message: msg.RowsLoaded) -> None:
        if not self._live():
            return
        self.articles.add_rows(message.rows, message.events, message.generation)
        if self.first_screen is None:
            self.call_after_refresh(self._painted)

    def _painted(self) -> None:
        if self.first_screen is None:
            self.first_screen = time.perf_counter() - self.started
            self.first_screen_cpu = time.process_time() - self.started_cpu

    def on_counts(self, message: msg.Counts) -> None:
        if not self._live():
            return
        self.header.set_counts(message.counts)

    def on_notice(self, message: msg.Notice) -> None:
        if self._live() and self.header.view.endswith("loading…"):  # the list stayed (a bad search)
            described = self.view.describe()
            self.header.set_view(described, len([i for i in self.articles.ids if i > 0]) if described else None)
        self.notify(message.text, severity=message.severity, markup=False)  # type: ignore[arg-type]

    def on_detail_loaded(self, message: msg.DetailLoaded) -> None:
        if not self._live():
            return
        if message.article_id == self.articles.article_id:
            self.detail.show(message.article_id, message.quotes, message.entities)

    def on_compare_loaded(self, message: msg.CompareLoaded) -> None:
        if not self._live():
            return
        if message.article_id == self.articles.article_id:
            self.compare.show(message.comparison, message.article_id, message.note)

    def on_tag_changed(self, message: msg.TagChanged) -> None:
        if not self._live():
            return
        self.articles.update_row(message.article_id, message.row)
        if message.note:
            self.notify(message.note, severity=message.severity, markup=False)  # type: ignore[arg-type]

    def on_reader_loaded(self, message: msg.ReaderLoaded) -> None:
        if not self._live():
            return
        from desk.tui.screens.reader import ReaderScreen

        self.push_screen(ReaderScreen(message.article, message.quotes, message.mentions, message.row))

    def on_copied(self, message: msg.Copied) -> None:
        self.copy_to_clipboard(message.text)
        self._copy_system(message.text)
        preview = message.text if len(message.text) <= 160 else message.text[:157] + "…"
        self.notify(f"Copied {message.label}:\n{preview}", title="Copied", markup=False)

    @work(thread=True, group="clipboard")
    def _copy_system(self, text: str) -> None:
        copy_system(text)

    def on_refreshed(self, message: msg.Refreshed) -> None:
        if not self._live():
            return
        failed = f", {message.failed} feeds failed" if message.failed else ""
        self.header.set_status(f"refresh: {message.new} new, {message.updated} updated{failed}")
        self.compare_cache.clear()
        self._load(self.view)
        self.backend.submit(jobs.counts, key="counts")

    # -- messages from the panes ----------------------------------------------------------------

    def on_article_list_want_rows(self, message: ArticleList.WantRows) -> None:
        ids, generation = message.ids, message.generation
        self.backend.submit(lambda s: jobs.rows(s, ids, generation), what="loading rows")

    def on_article_list_highlighted(self, message: ArticleList.Highlighted) -> None:
        article_id = message.article_id
        self.header.set_position(self.articles.cursor, len(self.articles.ids))
        if article_id is None:
            self.detail.show(None, [], [])
            self.compare.show(None, None, "no article selected")
            return
        # Wait for the selection to rest, so holding j repaints only the list.
        if self._detail_timer is not None:
            self._detail_timer.stop()
        self._detail_timer = self.set_timer(DETAIL_DELAY, partial(self._load_detail, article_id))

    def _load_detail(self, article_id: int) -> None:
        if not self._live():
            return
        self._detail_timer = None
        if article_id != self.articles.article_id:
            return
        cache = self.compare_cache
        self.backend.submit(lambda s: jobs.detail(s, article_id), key="detail", what="loading quotes")
        self.backend.submit(lambda s: jobs.compare(s, article_id, cache), key="compare", what="comparing")

    def on_article_list_open_article(self, message: ArticleList.OpenArticle) -> None:
        self._open(message.article_id)

    def on_article_list_toggle_group(self, message: ArticleList.ToggleGroup) -> None:
        self.action_toggle_group()

    def on_detail_pane_filter_entity(self, message: DetailPane.FilterEntity) -> None:
        view = View(self.view.search, message.entity_id, message.name, self.view.group)
        self._load(view, select_first=True)
        self.articles.focus()

    def on_detail_pane_open_quote(self, message: DetailPane.OpenQuote) -> None:
        if self.articles.article_id is not None:
            self._open(self.articles.article_id)

    def _open(self, article_id: int) -> None:
        user = self.user
        self.backend.submit(lambda s: jobs.open_reader(s, article_id, user), what="opening the article")

    # -- list, views and screens ------------------------------------------------------------------

    def action_search(self) -> None:
        from desk.tui.screens.search import SearchScreen

        self.push_screen(SearchScreen(self.view.search or ""), self._search_chosen)

    def _search_chosen(self, query: str | None) -> None:
        if query is None:
            return
        view = View(query or None, self.view.entity_id, self.view.entity_name, self.view.group)
        self._load(view, select_first=bool(query))
        self.articles.focus()

    def action_clear(self) -> None:
        if self.view.search or self.view.entity_id is not None:
            self._load(View(group=self.view.group))
        self.articles.focus()

    def action_toggle_group(self) -> None:
        self._load(View(self.view.search, self.view.entity_id, self.view.entity_name, not self.view.group))

    def action_open(self) -> None:
        article_id = self._selected()
        if article_id is not None:
            self._open(article_id)

    def action_filter_entity(self) -> None:
        entity = self.detail.selected_entity
        if entity is None:
            self.notify("Highlight an entity in the middle pane first", severity="warning")
            return
        self.on_detail_pane_filter_entity(DetailPane.FilterEntity(entity["id"], entity["name"]))

    def action_help(self) -> None:
        from desk.tui.screens.help import HelpScreen

        if not isinstance(self.screen, ModalScreen):
            self.push_screen(HelpScreen())

    def action_toggle_dark(self) -> None:
        self.theme = "desk-light" if self.current_theme.dark else "desk-dark"
