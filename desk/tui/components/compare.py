"""The right pane: how the sources of the selected article's event agree, differ and cite.

Draws the `desk compare --json` shape: sources, facts (conflicts first, marked ✖ and coloured),
quotes carried by several outlets, the citation map and the timeline.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, ClassVar

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from desk.tui.keymap import COMPARE
from desk.tui.labels import source_label
from desk.tui.safe import one_line

STATUS = {
    "conflict": ("✖ conflict", "bold red"),
    "agree": ("✔ agree", "green"),
    "unique": ("· unique", "dim"),
}
_ORDER = {"conflict": 0, "agree": 1, "unique": 2}
# How much of a large comparison the pane draws (a pane of thousands of lines would slow every key);
# `desk compare EVENT` prints it all.
SHOW_FACTS = {"conflict": 30, "agree": 25, "unique": 10}
SHOW_CLAIMS = 8
SHOW_ROWS = 25
_MORE = "desk compare lists all"


class ComparePane(VerticalScroll, can_focus=True):
    """Scrollable comparison of one event."""

    BINDINGS: ClassVar = COMPARE

    def compose(self):
        yield Static(Text("select an article", style="dim"), id="compare-body")

    _shown: tuple[dict[str, Any], int | None] | None = None

    def show(self, comparison: dict[str, Any] | None, article_id: int | None, note: str = "") -> None:
        body = self.query_one("#compare-body", Static)
        if comparison is None:
            self._shown = None
            body.update(Text(note or "this article is in no event yet", style="dim"))
        else:
            marked = article_id if any(a.get("id") == article_id for a in comparison.get("articles") or []) else None
            if self._shown is not None and self._shown[0] is comparison and self._shown[1] == marked:
                return  # the same comparison with the same marker: nothing to redraw (a large event's next article)
            self._shown = (comparison, marked)
            body.update(render_comparison(comparison, article_id))
        self.scroll_home(animate=False)


def render_comparison(data: dict[str, Any], article_id: int | None = None) -> Text:
    """The comparison as one Rich Text (article text stays literal)."""
    out = Text(end="")
    outlets = _outlets(data)
    event = data.get("event")
    label = event.get("label") if isinstance(event, dict) else None
    out.append(_short(one_line(label), 120) or f"Event {event if event is not None else ''}".strip(), style="bold")
    shown = len(data.get("articles") or [])
    summary = data.get("summary") if isinstance(data.get("summary"), dict) else {}
    total = summary.get("articles_total") or shown
    if total > shown:
        out.append(f"\n{shown} of {total} sources (every outlet first)\n")
    else:
        out.append(f"\n{shown} sources\n")
    for art in data.get("articles") or []:
        mine = art.get("id") == article_id
        out.append("▶ " if mine else "  ", style="bold")
        out.append(source_label(art), style="bold" if mine else "")
        out.append(f"  {art.get('published') or ''}  ", style="dim")
        out.append(_short(one_line(art.get("title")), 60) + "\n", style="dim")
    _facts(out, data.get("facts") or [], outlets)
    _quotes(out, data.get("quotes") or [], outlets)
    _cites(out, data.get("cites") or {}, outlets)
    _timeline(out, data.get("timeline") or [], outlets)
    out.rstrip()
    return out


def _section(out: Text, title: str, count: int) -> None:
    out.append(f"\n{title} ({count})\n", style="bold underline")


def _facts(out: Text, facts: list[dict[str, Any]], outlets: dict[Any, str]) -> None:
    _section(out, "Facts", len(facts))
    counts = defaultdict(int)
    for fact in facts:
        counts[fact.get("status")] += 1
    if facts:
        out.append("  ".join(f"{counts[s]} {s}" for s in ("conflict", "agree", "unique") if counts[s]) + "\n", style="dim")
    shown: dict[Any, int] = defaultdict(int)
    for fact in sorted(facts, key=lambda f: _ORDER.get(f.get("status"), 3)):
        status = fact.get("status") or "?"
        shown[status] += 1
        cap = SHOW_FACTS.get(status, 10)
        if shown[status] > cap:
            if shown[status] == cap + 1:
                out.append(f"  … {counts[status] - cap} more {status} ({_MORE})\n", style="dim")
            continue
        mark, style = STATUS.get(status, (status, ""))
        out.append(f"{mark} ", style=style)
        out.append(one_line(fact.get("label")) + "\n", style=style if status == "conflict" else "")
        if status == "unique" and len(fact.get("claims") or []) <= 1:
            for claim in fact.get("claims") or []:
                out.append(f"    {_who(claim, outlets)}\n", style="dim")
            continue
        claims = fact.get("claims") or []
        for claim in claims[:SHOW_CLAIMS]:
            value = claim.get("value")
            out.append(f"    {_who(claim, outlets)}: ", style="bold" if status == "conflict" else "dim")
            if value not in (None, ""):
                out.append(f"{value}  ", style="red" if status == "conflict" else "")
            out.append(one_line(claim.get("text"))[:240] + "\n", style="dim")
        if len(claims) > SHOW_CLAIMS:
            out.append(f"    … and {len(claims) - SHOW_CLAIMS} more sources\n", style="dim")


def _quotes(out: Text, quotes: list[dict[str, Any]], outlets: dict[Any, str]) -> None:
    shared = [q for q in quotes if len(_carriers(q, outlets)) > 1]
    _section(out, "Quotes carried by several outlets", len(shared))
    if not shared:
        out.append(f"  none of the {len(quotes)} quotes is carried by more than one outlet\n", style="dim")
    for q in shared[:SHOW_ROWS]:
        out.append(f"“{one_line(q.get('text'))}”", style="italic")
        if q.get("speaker"):
            out.append(f" — {one_line(q['speaker'])}")
        carriers = _carriers(q, outlets)
        out.append(f"\n    {', '.join(carriers) or '—'}\n", style="dim")
    if len(shared) > SHOW_ROWS:
        out.append(f"  … {len(shared) - SHOW_ROWS} more ({_MORE})\n", style="dim")


def _cites(out: Text, cites: dict[Any, list[str]] | list[Any], outlets: dict[Any, str]) -> None:
    if isinstance(cites, list):  # tolerate a list of {article, names}
        cites = {c.get("article"): c.get("names") or [] for c in cites if isinstance(c, dict)}
    _section(out, "Citation map", len(cites))
    cited_by: dict[str, set[str]] = defaultdict(set)
    for article, names in cites.items():
        who = outlets.get(_key(article), f"article {article}")
        out.append(f"  {who} → ", style="bold")
        out.append(", ".join(one_line(n) for n in names) or "cites no one", style="" if names else "dim")
        out.append("\n")
        for name in names:
            cited_by[one_line(name)].add(who)
    common = sorted(((len(v), k) for k, v in cited_by.items() if len(v) > 1), reverse=True)
    for n, name in common:
        out.append(f"  {name} is cited by {n} outlets\n", style="yellow")


def _timeline(out: Text, items: list[dict[str, Any]], outlets: dict[Any, str]) -> None:
    _section(out, "Timeline", len(items))
    if len(items) > SHOW_ROWS:
        out.append(f"  the first {SHOW_ROWS} ({_MORE})\n", style="dim")
    for item in items[:SHOW_ROWS]:
        out.append(f"  {item.get('date') or '?':<10}  ", style="bold")
        out.append(one_line(item.get("text") or item.get("label"))[:200])
        carriers = _carriers(item, outlets)
        if carriers:
            out.append(f"  ({', '.join(carriers)})", style="dim")
        out.append("\n")


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _outlets(data: dict[str, Any]) -> dict[Any, str]:
    return {_key(a.get("id")): source_label(a) for a in data.get("articles") or []}


def _key(value: Any) -> Any:
    try:
        return int(value)
    except (TypeError, ValueError):
        return value


def _who(item: dict[str, Any], outlets: dict[Any, str]) -> str:
    if item.get("outlet"):
        return one_line(item["outlet"])
    return outlets.get(_key(item.get("article")), f"article {item.get('article')}")


def _carriers(item: dict[str, Any], outlets: dict[Any, str]) -> list[str]:
    """Outlets an item (quote, timeline entry) comes from, whatever key carries them."""
    names: list[str] = []
    for key in ("outlets", "sources", "articles", "carriers", "wordings"):
        for entry in item.get(key) or []:
            if isinstance(entry, dict):
                name = entry.get("outlet") or outlets.get(_key(entry.get("article") or entry.get("id")))
            elif isinstance(entry, str) and not entry.isdigit():
                name = entry
            else:
                name = outlets.get(_key(entry))
            if name and one_line(name) not in names:
                names.append(one_line(name))
    if not names and item.get("article") is not None:
        names.append(_who(item, outlets))
    return names
