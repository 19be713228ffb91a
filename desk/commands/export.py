"""`desk export articles|tags` — the store's articles or tags as JSON or CSV (UTF-8)."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

from desk.commands.common import error, open_store

EXIT_ERROR = 1

TAG_COLUMNS = (
    "article", "path", "outlet", "reliability", "credibility", "attribution", "status",
    "reliability_inherited", "starred", "read", "archived", "url", "title", "published",
    "quote_tags", "tagged_by", "tagged_at",
)
ARTICLE_COLUMNS = (
    "id", "outlet", "published", "title", "dateline", "path", "url", "event_id", "status",
    "reliability", "reliability_inherited", "credibility", "attribution", "starred", "read", "archived",
    "tagged_by", "tagged_at", "pipeline_status",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export articles or tags as JSON or CSV",
        description="`articles`: every article's metadata (no body) with its tags and triage status. "
        "`tags`: one row per tagged article: reliability (the outlet's default where none was set, "
        "flagged reliability_inherited), credibility, attribution, status (archived/starred/read/new), "
        "quote tags and who tagged it last. CSV has a header row; flags are 1/0.",
    )
    p.add_argument("what", choices=("articles", "tags"), help="what to export")
    p.add_argument("--format", choices=("json", "csv"), default="json", help="output format (default: json)")
    p.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        rows = store.export_articles() if args.what == "articles" else store.export_tags()
    finally:
        store.close()
    columns = ARTICLE_COLUMNS if args.what == "articles" else TAG_COLUMNS
    rows = [ordered(row, columns) for row in rows]
    text = to_csv(rows, columns) if args.format == "csv" else to_json(rows)
    if not args.output:
        sys.stdout.write(text)
        return 0
    path = Path(args.output).expanduser()
    try:
        path.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        error(f"{path}: cannot write: {exc.strerror or exc}")
        return EXIT_ERROR
    print(f"exported {len(rows)} {args.what if len(rows) != 1 else args.what[:-1]} to {path}", file=sys.stderr)
    return 0


def ordered(row: dict[str, Any], columns: tuple[str, ...]) -> dict[str, Any]:
    """The row with the documented columns first, in order, then anything else it carries."""
    return {**{c: row.get(c) for c in columns}, **{k: v for k, v in row.items() if k not in columns}}


def to_json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def to_csv(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    """CSV with a header; flags as 1/0, empty for unknown, text guarded against spreadsheet formulas."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    extra = [k for k in (rows[0] if rows else {}) if k not in columns]
    header = [*columns, *extra]
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in header])
    return out.getvalue()


def _cell(value: Any) -> Any:
    from desk.snippet import strip_controls

    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        value = strip_controls(value)
        if value.startswith(_FORMULA_START):
            return "'" + value  # a title such as "=HYPERLINK(…)" stays text in a spreadsheet
    return value
