"""`desk compare` — where the sources of one event agree, differ, and whom they quote and cite."""

from __future__ import annotations

import argparse
import textwrap
from typing import Any

from desk.commands.common import error, open_store, print_json

WIDTH = 100


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "compare",
        help="compare the sources of one event: facts, conflicts, quotes, citations, timeline",
        description="Compare the articles of one event: facts they agree on, figures they disagree about "
        "(with who said what), statements only one source makes, shared wire copy, quotes carried by "
        "several outlets, whom each article cites, and the dated timeline.",
    )
    p.add_argument("event", type=int, nargs="?", metavar="EVENT", help="event id (see `desk events`)")
    p.add_argument("--article", type=int, metavar="ID", help="compare the event this article belongs to")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--all", action="store_true", help="text form: also list facts only one source states")
    p.add_argument("--limit", type=int, default=None, metavar="N",
                   help="compare at most N articles of a large event, every outlet first "
                        "(default 40; 0 compares them all, which takes long on events of thousands)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desk.events.compare import MAX_COMPARED, compare_event

    if (args.event is None) == (args.article is None):
        error("compare: give an EVENT id or --article ID (one of them)")
        return 1
    store = open_store(args)
    try:
        event = args.event
        if args.article is not None:
            store.require_article(args.article)
            event = store.event_of(args.article)
            if event is None:
                error(f"compare: article {args.article} is not in any event yet (try `desk events rebuild`)")
                return 1
        limit = MAX_COMPARED if args.limit is None else max(0, args.limit)
        result = compare_event(store, event, focus=args.article, limit=limit)
    finally:
        store.close()
    if args.json:
        print_json(result)
    else:
        print(render(result, show_unique=args.all))
    return 0


def render(result: dict[str, Any], show_unique: bool = False) -> str:
    """The comparison as text for a terminal."""
    names = {a["id"]: _name(a) for a in result["articles"]}
    out: list[str] = []
    ev = result["event"]
    out.append(f"Event {ev['id']}: {_clip(ev['label'], WIDTH - 10)}")
    s = result["summary"]
    if s.get("articles_total", s["articles"]) > s["articles"]:
        out.append(f"compared {s['articles']} of its {s['articles_total']} articles, every outlet first (--limit 0 for all)")
    out.append(f"{s['articles']} articles · {s['agree']} agreed · {s['conflict']} in conflict · "
               f"{s['unique']} single-source · {s['shared_wire']} shared wire · {s['shared_quotes']} shared quotes")
    out.append("")
    out.append("ARTICLES")
    for a in result["articles"]:
        out.append(f"  [{a['id']}] {names[a['id']]:<24} {a['published'] or '????-??-??'}  {_clip(a['title'], 60)}")
    for status, heading in (("conflict", "CONFLICTS"), ("agree", "AGREEMENT"), ("unique", "SINGLE SOURCE")):
        facts = [f for f in result["facts"] if f["status"] == status]
        if not facts or (status == "unique" and not show_unique):
            if status == "unique" and facts:
                out += ["", f"{heading}: {len(facts)} facts (--all lists them)"]
            continue
        out += ["", heading]
        for f in facts:
            out.append(f"  • {_clip(f['label'], WIDTH - 4)}")
            for c in f["claims"]:
                value = f"{c['value']}: " if c["value"] else ""
                cites = f" (citing {', '.join(c['cites'])})" if c["cites"] else ""
                out.append(f"      [{c['article']}] {names[c['article']]}{cites}")
                out.extend(textwrap.wrap(f"{value}“{c['text']}”", WIDTH, initial_indent="          ",
                                         subsequent_indent="          "))
            if f.get("wire"):
                agency = f["wire"]["agency"] or "an unnamed agency"
                out.append(f"      shared wire copy ({agency}) in articles {', '.join(map(str, f['wire']['articles']))}")
    if result["wire"]:
        out += ["", "SHARED WIRE COPY"]
        for w in result["wire"]:
            agency = w["agency"] or "agency not named"
            out.append(f"  • {agency} — articles {', '.join(map(str, w['articles']))} ({w['similarity']:.0f}% alike)")
            out.append(f"      “{_clip(w['sentences'][0]['text'], WIDTH - 8)}”")
    quotes = result["quotes"]
    if quotes:
        out += ["", "QUOTES"]
        for q in quotes:
            who = q["speaker"] or "unattributed"
            carried = ", ".join(names.get(a, str(a)) for a in q["articles"])
            out.append(f"  • {who} — carried by {carried}")
            for v in q["versions"]:
                out.append(f"      [{v['article']}] “{_clip(v['text'], WIDTH - 14)}”")
    out += ["", "CITATIONS"]
    for article_id, cited in result["cites"].items():
        label = names.get(int(article_id), article_id)
        out.append(f"  [{article_id}] {label}: {', '.join(cited) if cited else '(cites no one by name)'}")
    shared = [c for c in result["citation_map"] if c["count"] > 1]
    if shared:
        out.append("  relied on by several: " + ", ".join(f"{c['name']} ({c['count']})" for c in shared))
    if result["timeline"]:
        out += ["", "TIMELINE"]
        for t in result["timeline"]:
            sources = ", ".join(f"[{a}]" for a in t["articles"])
            out.append(f"  {t['date']}  {_clip(t['text'], WIDTH - 24)}  {sources}")
    return "\n".join(out)


def _name(article: dict[str, Any]) -> str:
    if article.get("outlet"):
        return article["outlet"]
    path = article.get("path") or article.get("url") or ""
    return path.rsplit("/", 1)[-1] or f"article {article['id']}"


def _clip(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"
