"""The database side of the TUI: one worker thread with its own Store, running jobs in order.

The UI thread never touches SQLite. It submits jobs (functions of the store returning a Message);
the worker runs them one at a time, first in first out, so tag changes land in the order the keys
were pressed, and posts each result back to the app. A job submitted under a `key` is skipped if a
newer job with the same key is waiting (moving the selection quickly loads only the last article).
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desk.tui.messages import Notice

if TYPE_CHECKING:
    from textual.app import App
    from textual.message import Message

Job = Callable[[Any], "Message | list[Message] | None"]


@dataclass(slots=True)
class _Item:
    fn: Job
    key: str | None
    seq: int
    what: str


def open_store(path: str) -> Any:
    """A Store for the worker thread, with the browse queries the panes need."""
    from db.browse import BrowseMixin
    from db.store import Store

    cls = Store if issubclass(Store, BrowseMixin) else type("BrowseStore", (BrowseMixin, Store), {})
    return cls.open(path)


class Backend:
    """Runs store jobs on one worker thread and posts their messages to `app`."""

    def __init__(self, app: App, db_path: str) -> None:
        self.app = app
        self.db_path = db_path
        self._queue: queue.Queue[_Item | None] = queue.Queue()
        self._latest: dict[str, int] = {}
        self._seq = itertools.count(1)
        self._lock = threading.Lock()
        self._idle = threading.Event()
        self._idle.set()
        self.store: Any = None

    def start(self) -> None:
        self.app.run_worker(self._run, name="database", group="database", thread=True, exit_on_error=False)

    def stop(self) -> None:
        self._queue.put(None)

    def submit(self, fn: Job, key: str | None = None, what: str = "") -> None:
        """Queue `fn(store)`; its returned message (if any) is posted to the app."""
        seq = next(self._seq)
        with self._lock:
            if key:
                self._latest[key] = seq
            self._idle.clear()
        self._queue.put(_Item(fn, key, seq, what))

    @property
    def busy(self) -> bool:
        """True while jobs are waiting or running."""
        return not self._idle.is_set()

    def _run(self) -> None:
        try:
            self.store = open_store(self.db_path)
        except Exception as exc:
            self.app.post_message(Notice(f"cannot open the database: {exc}", "error"))
            return
        try:
            while True:
                item = self._queue.get()
                if item is None:
                    break
                self._one(item)
                with self._lock:
                    if self._queue.empty():
                        self._idle.set()
        finally:
            self.store.close()

    def _one(self, item: _Item) -> None:
        with self._lock:
            stale = item.key is not None and self._latest.get(item.key) != item.seq
        if stale:
            return
        try:
            message = item.fn(self.store)
        except Exception as exc:
            what = f"{item.what}: " if item.what else ""
            message = Notice(f"{what}{exc}", "error")
        for one in message if isinstance(message, list) else [message]:
            if one is not None:
                self.app.post_message(one)
