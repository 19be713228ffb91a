"""Every key binding of the TUI, each with an id so `[keys]` in the config file can remap it.

    [keys]
    "desk.star" = "S"          # binding id = "key[,key…]"
    "articles.down" = "j,down,n"
"""

from __future__ import annotations

from textual.binding import Binding

_RELIABILITY = Binding.Group("reliability A–F", compact=True)
_CREDIBILITY = Binding.Group("credibility 1–6", compact=True)

APP = [
    Binding("q", "quit", "Quit", id="desk.quit"),
    Binding("question_mark", "help", "Help", id="desk.help"),
    Binding("ctrl+t", "toggle_dark", "Light/dark", show=False, id="desk.theme"),
]

MAIN = [
    *(
        Binding(k, f"reliability('{k}')", f"Reliability {k}", id=f"desk.reliability.{k}", group=_RELIABILITY)
        for k in "ABCDEF"
    ),
    *(
        Binding(k, f"credibility('{k}')", f"Credibility {k}", id=f"desk.credibility.{k}", group=_CREDIBILITY)
        for k in "123456"
    ),
    Binding("a", "attribution", "Attribution", id="desk.attribution"),
    Binding("s", "star", "Star", id="desk.star"),
    Binding("x", "archive", "Archive", id="desk.archive"),
    Binding("r", "toggle_read", "Read", id="desk.read"),
    Binding("u", "undo", "Undo", id="desk.undo"),
    Binding("y", "copy('plain')", "Copy", id="desk.copy"),
    Binding("Y", "copy('markdown')", "Copy MD", id="desk.copy_markdown"),
    Binding("slash", "search", "Search", id="desk.search"),
    Binding("escape", "clear", "Clear", show=False, id="desk.clear"),
    Binding("R", "refresh_feeds", "Refresh", id="desk.refresh"),
    Binding("T", "full_text", "Full text", id="desk.full_text"),
]

ARTICLES = [
    Binding("j,down", "cursor(1)", "Down", show=False, id="articles.down"),
    Binding("k,up", "cursor(-1)", "Up", show=False, id="articles.up"),
    Binding("pagedown,ctrl+d", "page(1)", "Page down", show=False, id="articles.page_down"),
    Binding("pageup,ctrl+u", "page(-1)", "Page up", show=False, id="articles.page_up"),
    Binding("home", "first", "First", show=False, id="articles.first"),
    Binding("end,G", "last", "Last", show=False, id="articles.last"),
    Binding("enter", "open", "Read", id="articles.open"),
    Binding("g", "toggle_group", "Group by event", id="articles.group"),
]

DETAIL = [
    Binding("j,down", "cursor_down", "Down", show=False, id="detail.down"),
    Binding("k,up", "cursor_up", "Up", show=False, id="detail.up"),
    Binding("enter", "select", "Filter by entity", id="detail.select"),
]

COMPARE = [
    Binding("j,down", "scroll_down", "Down", show=False, id="compare.down"),
    Binding("k,up", "scroll_up", "Up", show=False, id="compare.up"),
]

READER = [
    Binding("escape,q", "close", "Back", id="reader.close"),
    Binding("j,down", "scroll_down", "Down", show=False, id="reader.down"),
    Binding("k,up", "scroll_up", "Up", show=False, id="reader.up"),
    Binding("space,pagedown", "page_down", "Page down", show=False, id="reader.page_down"),
    Binding("b,pageup", "page_up", "Page up", show=False, id="reader.page_up"),
]

HELP = [Binding("escape,q,question_mark", "close", "Close", id="help.close")]

GROUPS: dict[str, list[Binding]] = {
    "Everywhere": APP,
    "Selected article": MAIN,
    "Articles pane": ARTICLES,
    "Quotes and entities pane": DETAIL,
    "Comparison pane": COMPARE,
    "Reader": READER,
}


def binding_ids() -> set[str]:
    return {b.id for group in GROUPS.values() for b in group if b.id} | {b.id for b in HELP if b.id}


def keymap_from_config(keys: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The config's `[keys]` as a Textual keymap, and the ids in it that no binding has."""
    known = binding_ids()
    keymap = {k: v for k, v in keys.items() if k in known}
    unknown = sorted(k for k in keys if k not in known)
    return keymap, unknown
