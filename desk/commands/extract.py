"""`desk extract FILE --json` — one article's extraction, without touching any database."""

from __future__ import annotations

import argparse

from desk.commands.common import error, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract",
        help="show what desk finds in one article (no database)",
        description="Read one article file (text, HTML, or the first item of a feed/JSON Lines file) and print "
        "its metadata, entities, quotes, dates, numeric claims and cited sources.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print JSON (the stable, scriptable form)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desk.extract import extract
    from desk.ingest.errors import IngestError
    from desk.ingest.sources import read_source

    try:
        items = read_source(args.file)
    except IngestError as exc:
        error(f"{args.file}: {exc}")
        return 1
    records = [i for i in items if not isinstance(i, IngestError)]
    if not records:
        reason = next((str(i) for i in items), "no article found")
        error(f"{args.file}: {reason}")
        return 1
    record = records[0]
    result = extract(record.body, record.published)
    data = {
        "meta": {
            "title": record.title,
            "outlet": record.outlet,
            "published": record.published,
            "dateline": record.dateline,
            "url": record.url,
            "path": record.path,
        },
        **result.to_json(),
    }
    if args.json:
        print_json(data)
    else:
        _print_text(data)
    return 0


def _print_text(data: dict) -> None:
    meta = data["meta"]
    print(f"{meta['title']}\n{meta['outlet'] or 'unknown outlet'} · {meta['published'] or 'undated'}")
    print(f"\nQuotes ({len(data['quotes'])})")
    for q in data["quotes"]:
        who = q["speaker"] or "unknown"
        extra = ", ".join(x for x in (q["role"], f"via {q['via']}" if q["via"] else None) if x)
        print(f"  [{q['kind']}] “{q['text']}” — {who}{', ' + extra if extra else ''}")
    print(f"\nEntities ({len(data['entities'])})")
    for e in data["entities"]:
        aliases = f" (also {', '.join(e['aliases'])})" if e["aliases"] else ""
        print(f"  {e['kind']:<12} {e['name']}{aliases} ×{len(e['mentions'])}")
    print(f"\nClaims ({len(data['claims'])})")
    for c in data["claims"]:
        print(f"  {c['hedge'] + ' ' if c['hedge'] else ''}{c['value']} {c['unit'] or ''} — {c['quantity']}")
    print(f"\nDates ({len(data['dates'])})")
    for d in data["dates"]:
        print(f"  {d['text']} → {d['date'] or '?'}")
    print(f"\nCites ({len(data['cites'])})")
    for c in data["cites"]:
        print(f"  {c['name']} — {c['text']}")
