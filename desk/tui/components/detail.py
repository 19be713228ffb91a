"""The middle pane: the selected article's quotes (speaker, role, via) and entities by kind."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, ClassVar

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from desk.tui.keymap import DETAIL
from desk.tui.safe import clean, one_line

KIND_TITLES = {"person": "People", "organisation": "Organisations", "place": "Places", "other": "Other names"}
SPEECH = ("quote", "partial")


def quote_text(quote: dict[str, Any]) -> Text:
    """A quote as the pane shows it: the words, then who said it, in what role, via whom."""
    kind = quote.get("kind") or "quote"
    out = Text(end="")
    words = clean(quote.get("text"))
    out.append(f"“{words}”", style="italic" if kind == "term" else "")
    if kind != "quote":
        out.append(f"  {kind}", style="dim")
    speaker = one_line(quote.get("speaker"))
    if kind == "term" and not speaker:
        return out
    out.append("\n  — ")
    if speaker:
        out.append(speaker, style="bold")
    else:
        out.append(quote.get("speaker_kind") or "unknown speaker", style="dim")
    if quote.get("role"):
        out.append(", " + one_line(quote["role"]))
    if quote.get("via"):
        out.append("  via ", style="dim")
        out.append(one_line(quote["via"]), style="dim")
    return out


class DetailPane(OptionList):
    """Quotes and entities of one article; Enter on an entity filters the list by it."""

    BINDINGS: ClassVar = DETAIL

    class FilterEntity(Message):
        def __init__(self, entity_id: int, name: str) -> None:
            super().__init__()
            self.entity_id = entity_id
            self.name = name

    class OpenQuote(Message):
        def __init__(self, quote_id: int) -> None:
            super().__init__()
            self.quote_id = quote_id

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.article_id: int | None = None
        self.quotes: dict[int, dict[str, Any]] = {}
        self.entities: dict[int, dict[str, Any]] = {}

    def show(self, article_id: int | None, quotes: list[dict[str, Any]], entities: list[dict[str, Any]]) -> None:
        """Fill the pane for one article (keeping the highlighted item when it is the same article)."""
        same = article_id == self.article_id
        keep = self.highlighted_option.id if same and self.highlighted_option else None
        self.article_id = article_id
        self.quotes = {q["id"]: q for q in quotes}
        self.entities = {e["id"]: e for e in entities}
        options: list[Option | None] = []
        if article_id is None:
            options.append(Option(Text("no article selected", style="dim"), disabled=True))
        else:
            options.append(_heading(f"Quotes ({len(quotes)})"))
            if not quotes:
                options.append(Option(Text("no quotes found", style="dim"), disabled=True))
            for q in quotes:
                options.append(Option(quote_text(q), id=f"q:{q['id']}"))
            by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for e in entities:
                by_kind[e.get("kind") or "other"].append(e)
            for kind, title in KIND_TITLES.items():
                if by_kind.get(kind):
                    options.append(_heading(f"{title} ({len(by_kind[kind])})"))
                    for e in by_kind[kind]:
                        label = Text(one_line(e["name"]), end="")
                        label.append(f"  ×{e.get('mentions', 0)}", style="dim")
                        options.append(Option(label, id=f"e:{e['id']}"))
        self.set_options([o for o in options if o is not None])
        self._restore(keep)

    def _restore(self, option_id: str | None) -> None:
        if option_id is not None:
            try:
                self.highlighted = self.get_option_index(option_id)
                return
            except Exception:
                pass
        for index in range(self.option_count):
            if not self.get_option_at_index(index).disabled:
                self.highlighted = index
                return
        self.highlighted = None

    @property
    def selected_quote(self) -> dict[str, Any] | None:
        """The highlighted quote, if a quote is highlighted."""
        option = self.highlighted_option
        if option is None or not option.id or not option.id.startswith("q:"):
            return None
        return self.quotes.get(int(option.id[2:]))

    @property
    def selected_entity(self) -> dict[str, Any] | None:
        option = self.highlighted_option
        if option is None or not option.id or not option.id.startswith("e:"):
            return None
        return self.entities.get(int(option.id[2:]))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entity = self.selected_entity
        if entity is not None:
            self.post_message(self.FilterEntity(entity["id"], entity["name"]))
        elif self.selected_quote is not None:
            self.post_message(self.OpenQuote(self.selected_quote["id"]))


def _heading(title: str) -> Option:
    return Option(Text(title, style="bold underline"), disabled=True)
