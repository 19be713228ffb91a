"""The attribution picker: one key per category (named on record, anonymous, official, …)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from desk.tagging import ATTRIBUTION

CLEAR_KEY = "0"


class AttributionScreen(ModalScreen[str | None]):
    """Dismisses with the chosen attribution value, "" to clear it, or None when cancelled."""

    BINDINGS: ClassVar = [Binding("escape", "cancel", "Cancel", id="attribution.cancel")]

    def __init__(self, target: str, current: str | None = None) -> None:
        super().__init__()
        self.target = target
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="attribution-box"):
            yield Static(Text(f"Attribution of {self.target}", style="bold"))
            options = []
            for term in ATTRIBUTION.values():
                label = Text(f" {term.key}  ", style="bold")
                label.append(term.label)
                if term.value == self.current:
                    label.append("  (current)", style="dim")
                options.append(Option(label, id=term.value))
            options.append(Option(Text(f" {CLEAR_KEY}  clear", style="dim"), id=""))
            yield OptionList(*options, id="attribution-options")

    def on_key(self, event: events.Key) -> None:
        if event.character == CLEAR_KEY:
            event.stop()
            self.dismiss("")
            return
        for term in ATTRIBUTION.values():
            if event.character == term.key:
                event.stop()
                self.dismiss(term.value)
                return

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id or "")

    def action_cancel(self) -> None:
        self.dismiss(None)
