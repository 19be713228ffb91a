"""The command palette (ctrl+p): every desk action, searchable by name."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from desk.tui.keymap import APP, ARTICLES, DETAIL, MAIN

EXTRA = [
    ("Clear search and filters", "clear", "Show every article again"),
    ("Toggle light/dark theme", "toggle_dark", "Switch between desk-dark and desk-light"),
    ("Open the reader", "open", "Read the selected article in full"),
    ("Group by event", "toggle_group", "Group the article list by event (again: newest first)"),
    ("Filter by entity", "filter_entity", "Show only articles mentioning the highlighted entity"),
]

_SKIP = {"cursor", "page", "first", "last", "cursor_down", "cursor_up", "select"}


def actions() -> Iterator[tuple[str, str, str]]:
    """(title, app action, help) for every action the palette offers."""
    seen = set()
    for binding in [*MAIN, *APP, *ARTICLES, *DETAIL]:
        name = binding.action.split("(")[0]
        if name in _SKIP or binding.action in seen:
            continue
        seen.add(binding.action)
        yield binding.description, binding.action, f"key: {binding.key.split(',')[0]}"
    for title, action, help_text in EXTRA:
        if action not in seen:
            seen.add(action)
            yield title, action, help_text


class DeskCommands(Provider):
    """Every desk action."""

    async def discover(self) -> Hits:
        for title, action, help_text in actions():
            yield DiscoveryHit(title, partial(self.app.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, action, help_text in actions():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self.app.run_action, action), help=help_text)
