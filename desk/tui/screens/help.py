"""The help screen, built from the live bindings (config remaps included)."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from desk.tagging import ATTRIBUTION, label
from desk.tui.keymap import GROUPS, HELP

NOTES = (
    "Tags are written at once, with your name and the time; u undoes your last one, even after a restart.\n"
    "y copies the selected quote with its source (in the articles pane: the article's first quote), "
    "Y as Markdown; the copy goes through the terminal (works over ssh and in tmux) and the system clipboard.\n"
    "ctrl+p opens the command palette with every action."
)


def key_label(app, binding: Binding) -> str:
    """The keys a binding answers to now, as the user types them."""
    keys = app.current_keymap().get(binding.id, binding.key) if binding.id else binding.key
    shown = []
    for key in keys.split(","):
        key = key.strip()
        shown.append(app.get_key_display(Binding(key, binding.action)))
    return " ".join(shown)


def _describe(binding: Binding) -> str:
    """The binding's description, with what a grade means (`Reliability B — usually reliable`)."""
    for field in ("reliability", "credibility"):
        if binding.action.startswith(f"{field}("):
            value = binding.action.split("'")[1]
            return f"{binding.description} — {label(field, value)}"
    return binding.description


class HelpScreen(ModalScreen[None]):
    """Every binding, by where it works."""

    BINDINGS: ClassVar = HELP

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("desk — keys", style="bold"), id="help-title")
            yield Static(self._table(), id="help-table")
            yield Static(Text(NOTES, style="dim"), id="help-notes")

    def _table(self) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for title, bindings in GROUPS.items():
            table.add_row(Text(title, style="bold underline"), "")
            for binding in bindings:
                table.add_row(key_label(self.app, binding), _describe(binding))
            if title == "Everywhere":
                table.add_row("^p", "Command palette (every action by name)")
            table.add_row("", "")
        table.add_row(Text("Attribution picker (a)", style="bold underline"), "")
        for term in ATTRIBUTION.values():
            table.add_row(term.key, term.label)
        table.add_row("0", "clear")
        return table

    def action_close(self) -> None:
        self.dismiss(None)
