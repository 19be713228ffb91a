"""`desk tag` — set, show, undo and list the tags of an article from the command line."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from desk.commands.common import error, open_store, print_json

if TYPE_CHECKING:
    from db.store import Store

EXIT_ERROR = 1


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "tag",
        help="tag an article (reliability, credibility, attribution, star, read, archive); undo; history",
        description="Set tags on an article, or on one quote with --quote. Every change is written at once "
        "with your name and the time; `--undo` takes back your last change (across restarts), `--history` "
        "lists every change. With no tag option, shows the article's current tags. "
        "Reliability A–F and credibility 1–6 follow the Admiralty scale; `none` clears a value.",
    )
    p.add_argument("article", nargs="?", metavar="ARTICLE", help="article id")
    p.add_argument("--reliability", metavar="A-F", help="source reliability, A (completely reliable) … F")
    p.add_argument("--credibility", metavar="1-6", help="information credibility, 1 (confirmed) … 6")
    p.add_argument("--attribution", metavar="KIND",
                   help="named, anonymous, official, party, via or unverified")
    for flag, on, off in (("starred", "star", "unstar"), ("read", "read", "unread"),
                          ("archived", "archive", "unarchive")):
        group = p.add_mutually_exclusive_group()
        group.add_argument(f"--{on}", dest=flag, action="store_const", const=True, help=f"mark {flag}")
        group.add_argument(f"--{off}", dest=flag, action="store_const", const=False, help=f"clear {flag}")
    p.add_argument("--quote", metavar="QUOTE_ID", help="tag this quote of the article instead of the article")
    p.add_argument("--user", metavar="NAME", help="name recorded with the change (default: config user or login name)")
    p.add_argument("--undo", action="store_true", help="undo your most recent tag change")
    p.add_argument("--skip-superseded", action="store_true",
                   help="with --undo: pass over changes someone else has changed since")
    p.add_argument("--history", action="store_true", help="list every tag change of the article")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run)


def _user(args: argparse.Namespace) -> str:
    from desk.config import load_config

    return args.user or load_config().user


def _int(value: str) -> int | None:
    """A positive id, or None."""
    try:
        number = int(value)
    except ValueError:
        return None
    return number if number > 0 else None


def _requested(args: argparse.Namespace) -> list[tuple[str, Any]]:
    wanted = [(f, getattr(args, f)) for f in ("reliability", "credibility", "attribution") if getattr(args, f) is not None]
    wanted += [(f, getattr(args, f)) for f in ("starred", "read", "archived") if getattr(args, f) is not None]
    return wanted


def run(args: argparse.Namespace) -> int:
    from desk.tagging import TagValueError, check_field, normalize

    if args.undo:
        if args.article or _requested(args) or args.history:
            error("--undo takes no article or tag options")
            return EXIT_ERROR
        return _undo(args)
    if not args.article:
        error("tag: give an article id (or --undo)")
        return EXIT_ERROR
    article_id = _int(args.article)
    if article_id is None:
        error(f"no article with id {args.article!r} (ids are whole numbers; see `desk export articles`)")
        return EXIT_ERROR
    quote_id = 0
    if args.quote is not None:
        quote_id = _int(args.quote) or 0
        if not quote_id:
            error(f"no quote with id {args.quote!r}")
            return EXIT_ERROR
    changes = _requested(args)
    try:
        for field, value in changes:
            check_field(field, on_quote=bool(quote_id))
            normalize(field, value)
    except TagValueError as exc:
        error(str(exc))
        return EXIT_ERROR
    store = open_store(args)
    try:
        store.require_article(article_id)
        if quote_id and quote_id not in {q["id"] for q in store.article_quotes(article_id)}:
            error(f"article {article_id} has no quote with id {quote_id}")
            return EXIT_ERROR
        if args.history:
            return _history(store, article_id, args.json)
        if not changes:
            return _show(store, article_id, args.json)
        user = _user(args)
        done = [store.set_tag(article_id, field, value, user, quote_id=quote_id) for field, value in changes]
    finally:
        store.close()
    if args.json:
        print_json([asdict(c) for c in done])
        return 0
    for change in done:
        print(change.describe())
        note = change.overwrote_message()
        if note:
            error(f"note: {note}")
    return 0


def _undo(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        change = store.undo_last(_user(args), skip_superseded=args.skip_superseded)
    finally:
        store.close()
    if args.json:
        print_json(asdict(change) if change else None)
    elif change is None:
        print("nothing to undo")
    else:
        print(change.describe())
    return 0


def _show(store: Store, article_id: int, as_json: bool) -> int:
    from desk.tagging import label

    tags = store.article_tags(article_id)
    if as_json:
        print_json(tags)
        return 0
    article = store.article(article_id) or {}
    head = "  ".join(str(v) for v in (article.get("outlet"), article.get("published"), article.get("title")) if v)
    print(f"article {article_id}  {head}")
    for field in ("reliability", "credibility", "attribution"):
        value = tags[field]
        meaning = label(field, value)
        if field == "reliability" and tags["reliability_inherited"]:
            meaning += " (the outlet's default)"
        elif field in tags["set_by"] and value is not None:
            who, at = tags["set_by"][field]
            meaning += f" (set by {who} at {at})"
        print(f"  {field:<12} {value or '-'}  {meaning}".rstrip())
    print(f"  {'status':<12} {tags['status']}")
    for quote_id, quote_tags in tags["quotes"].items():
        print(f"  quote {quote_id:<6} " + ", ".join(f"{k} {v}" for k, v in quote_tags.items()))
    return 0


def _history(store: Store, article_id: int, as_json: bool) -> int:
    rows = store.tag_history(article_id)
    if as_json:
        print_json(rows)
        return 0
    if not rows:
        print(f"article {article_id} has never been tagged")
    for r in rows:
        where = f"quote {r['quote_id']} " if r["quote_id"] else ""
        value = r["value"] if r["value"] is not None else "cleared"
        line = f"#{r['id']:<5} {r['at']}  {r['user']:<12} {where}{r['field']} {value}"
        if r["previous"] is not None:
            by = f", set by {r['previous_user']}" if r["previous_user"] and r["previous_user"] != r["user"] else ""
            line += f" (was {r['previous']}{by})"
        if r["undoes"]:
            line += f"  [undoes #{r['undoes']}]"
        if r["undone_by"]:
            line += f"  [undone by #{r['undone_by']}]"
        if r["automatic"]:
            line += "  [automatic]"
        print(line)
    return 0
