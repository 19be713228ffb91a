"""The search input: a one-line FTS5 query over titles and bodies."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class SearchScreen(ModalScreen[str | None]):
    """Asks for a search; dismisses with the query (\"\" clears) or None when cancelled."""

    BINDINGS: ClassVar = [Binding("escape", "cancel", "Cancel", id="search.cancel")]

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.query_text = query

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Static("Search titles and text (FTS5: words, \"exact phrase\", OR, NOT, prefix*)", id="search-hint")
            yield Input(value=self.query_text, placeholder="e.g. Rahmati", id="search-input")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
