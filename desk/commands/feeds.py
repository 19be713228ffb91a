"""`desk feeds add|list|remove|import|export` — the outlets the desk follows."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desk.commands.common import error, open_store, print_json

RELIABILITY = ("A", "B", "C", "D", "E", "F")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "feeds",
        help="follow outlets: add, list, remove, import or export feed subscriptions",
        description="Manage feed subscriptions (RSS or Atom). `desk refresh` fetches them all.",
    )
    actions = p.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add", help="subscribe to a feed (or change a subscription's settings)",
        description="Subscribe to a feed URL. Given again for a feed already followed, it changes the settings "
        "named and leaves the others alone.",
    )
    add.add_argument("url", metavar="URL")
    add.add_argument("--outlet", metavar="NAME", help="outlet name (default: the feed's own title)")
    add.add_argument("--reliability", type=str.upper, choices=RELIABILITY, metavar="A-F",
                     help="the outlet's default source reliability; its articles start with it (inherited)")
    add.add_argument("--tag", action="append", default=[], metavar="TAG",
                     help="a tag for the feed, e.g. syria or wires (repeat for several)")
    add.add_argument("--full-text", action=argparse.BooleanOptionalAction, default=None,
                     help="fetch each item's page and keep its article text instead of the feed's summary")
    add.add_argument("--language", metavar="CODE", help="language of the items when the feed does not say (en, ar…)")
    add.set_defaults(func=run_add)

    ls = actions.add_parser("list", help="list subscriptions with their last refresh")
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(func=run_list)

    rm = actions.add_parser("remove", help="unsubscribe (the articles already stored stay)")
    rm.add_argument("ref", metavar="URL|ID")
    rm.set_defaults(func=run_remove)

    imp = actions.add_parser("import", help="subscribe to every feed in an OPML file (folders become tags)")
    imp.add_argument("file", metavar="FILE.opml")
    imp.set_defaults(func=run_import)

    exp = actions.add_parser("export", help="write the subscriptions as OPML")
    exp.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    exp.set_defaults(func=run_export)


def run_add(args: argparse.Namespace) -> int:
    from desk.feeds.subscriptions import FeedSpec, SubscriptionError, subscribe

    spec = FeedSpec(args.url, outlet=args.outlet, reliability=args.reliability, language=args.language,
                    tags=args.tag, full_text=args.full_text)
    with open_store(args) as store:
        try:
            feed, created = subscribe(store, spec)
        except SubscriptionError as exc:
            error(f"{args.url}: {exc}")
            return 1
    print(f"{'added' if created else 'updated'} feed {feed['id']}: {feed['url']}{_describe(feed)}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        feeds = store.feed_list()
    if args.json:
        print_json([_public(f) for f in feeds])
        return 0
    if not feeds:
        print("no feeds yet; add one with: desk feeds add URL", file=sys.stderr)
        return 0
    for f in feeds:
        status = (f["last_status"] or "never refreshed").replace("_", " ")
        if f["last_status"] == "failed":
            status = f"failed: {f['last_error']}"
        when = f" at {f['last_fetch_at']}" if f["last_fetch_at"] else ""
        print(f"{f['id']:>4}  {f['url']}{_describe(f)}")
        print(f"      {f['items']} items; {status}{when}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from desk.feeds.subscriptions import find

    with open_store(args) as store:
        feed = find(store, args.ref)
        if feed is None:
            error(f"no feed {args.ref} (see desk feeds list)")
            return 1
        store.feed_remove(feed["id"])
    print(f"removed feed {feed['id']}: {feed['url']} (its articles stay)")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from desk.feeds.opml import OpmlError, parse_opml
    from desk.feeds.subscriptions import SubscriptionError, subscribe

    try:
        data = Path(args.file).expanduser().read_bytes()
        found = parse_opml(data)
    except OSError as exc:
        error(f"{args.file}: cannot read: {exc.strerror or exc}")
        return 1
    except OpmlError as exc:
        error(f"{args.file}: {exc}")
        return 1
    added = existing = 0
    skipped = list(found.skipped)
    with open_store(args) as store:
        for spec in found.feeds:
            try:
                _, created = subscribe(store, spec, update=False)
            except SubscriptionError as exc:
                skipped.append((spec.url, str(exc)))
                continue
            added += created
            existing += not created
    for what, reason in skipped:
        error(f"{args.file}: skipped {what}: {reason}")
    print(f"{added} feeds added, {existing} already followed, {len(skipped)} skipped", file=sys.stderr)
    return 2 if skipped else 0


def run_export(args: argparse.Namespace) -> int:
    from desk.feeds.opml import to_opml
    from desk.feeds.subscriptions import FeedSpec

    with open_store(args) as store:
        text = to_opml(FeedSpec.from_store(f) for f in store.feed_list())
    if args.output:
        try:
            Path(args.output).expanduser().write_text(text, encoding="utf-8")
        except OSError as exc:
            error(f"{args.output}: cannot write: {exc.strerror or exc}")
            return 1
    else:
        sys.stdout.write(text)
    return 0


def _describe(feed: dict[str, Any]) -> str:
    bits = [feed["outlet"] or "outlet from the feed"]
    if feed.get("default_reliability"):
        bits.append(f"reliability {feed['default_reliability']}")
    if feed.get("language"):
        bits.append(feed["language"])
    if feed.get("full_text"):
        bits.append("full text")
    if feed.get("tags"):
        bits.append("tags " + ",".join(feed["tags"]))
    return " (" + "; ".join(bits) + ")"


def _public(feed: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "url", "outlet", "reliability", "language", "tags", "full_text", "items", "last_fetch_at",
            "last_status", "last_http_status", "last_error", "last_new", "last_updated", "added_at")
    return {k: feed.get("default_reliability" if k == "reliability" else k) for k in keys}
