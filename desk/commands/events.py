"""`desk events` — stories told by several articles; rebuild, move, merge and split them."""

from __future__ import annotations

import argparse

from desk.commands.common import open_store, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "events",
        help="list events (articles about the same story); rebuild, move, merge or split them",
        description="List events: groups of articles that tell the same story. `rebuild` re-clusters the "
        "whole store; `move`, `merge` and `split` correct it, and those corrections are kept when more "
        "articles arrive and when the store is rebuilt.",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--all", action="store_true", help="also list events of a single article")
    p.set_defaults(func=run_list)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    r = actions.add_parser("rebuild", help="re-cluster every article (corrections are kept)")
    r.set_defaults(func=run_rebuild)
    m = actions.add_parser("move", help="put ARTICLE into EVENT")
    m.add_argument("article", type=int, metavar="ARTICLE")
    m.add_argument("event", type=int, metavar="EVENT")
    _user_option(m)
    m.set_defaults(func=run_move)
    g = actions.add_parser("merge", help="make events A and B one event")
    g.add_argument("first", type=int, metavar="A")
    g.add_argument("second", type=int, metavar="B")
    _user_option(g)
    g.set_defaults(func=run_merge)
    s = actions.add_parser("split", help="take ARTICLEs out of EVENT into a new event")
    s.add_argument("event", type=int, metavar="EVENT")
    s.add_argument("articles", type=int, nargs="+", metavar="ARTICLE")
    _user_option(s)
    s.set_defaults(func=run_split)


def _user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", help="name recorded with the correction (default: config user or login name)")


def _user(args: argparse.Namespace) -> str:
    from desk.config import load_config

    return args.user or load_config().user


def run_list(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        events = store.events_summary()
    finally:
        store.close()
    if args.json:
        print_json(events)
        return 0
    shown = [e for e in events if args.all or e["size"] > 1]
    for e in shown:
        dates = e["first_seen"] or "?"
        if e["last_seen"] and e["last_seen"] != e["first_seen"]:
            dates += f" … {e['last_seen']}"
        print(f"event {e['id']}  ({e['size']} articles, {dates})  {_short(e['label'], 90)}")
        for a in e["articles"]:
            outlet = a["outlet"] or "unknown outlet"
            print(f"    {a['id']:>6}  {a['published'] or '????-??-??'}  {outlet:<22} {_short(a['title'], 70)}")
    hidden = len(events) - len(shown)
    if hidden:
        print(f"({hidden} single-article events not shown; --all lists them)")
    return 0


def run_rebuild(args: argparse.Namespace) -> int:
    from desk.events.cluster import rebuild

    store = open_store(args)
    try:
        report = rebuild(store)
    finally:
        store.close()
    print(f"{report.articles} articles, {report.links} links, {report.events} events")
    return 0


def run_move(args: argparse.Namespace) -> int:
    from desk.events.cluster import move

    store = open_store(args)
    try:
        event = move(store, args.article, args.event, _user(args))
    finally:
        store.close()
    print(f"article {args.article} is now in event {event}")
    return 0


def run_merge(args: argparse.Namespace) -> int:
    from desk.events.cluster import merge

    store = open_store(args)
    try:
        event = merge(store, args.first, args.second, _user(args))
    finally:
        store.close()
    print(f"events {args.first} and {args.second} are now event {event}")
    return 0


def run_split(args: argparse.Namespace) -> int:
    from desk.events.cluster import split

    store = open_store(args)
    try:
        event = split(store, args.event, args.articles, _user(args))
    finally:
        store.close()
    print(f"articles {', '.join(map(str, args.articles))} are now event {event}")
    return 0


def _short(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"
