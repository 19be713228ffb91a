"""`desk ingest PATH...` — files, folders, feed files, feed URLs; idempotent."""

from __future__ import annotations

import argparse
import re

from desk.commands.common import error, open_store

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*$", re.I)


def parse_size(text: str) -> int:
    """`20MB`, `500k`, `1.5G`, or a number of bytes."""
    m = _SIZE.match(text)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 20MB)")
    scale = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[m.group(2).lower()]
    return int(float(m.group(1)) * scale)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest",
        help="store articles from files, folders, feed files or feed URLs",
        description="Store articles from plain-text files, saved HTML pages, RSS/Atom feed files or URLs, "
        "JSON Lines, and folders of them (recursively). Running it again stores nothing twice. "
        "Exit status: 0 when everything was ingested, 2 when anything was skipped.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    p.add_argument("--max-size", type=parse_size, default=None, metavar="SIZE",
                   help="skip files larger than this (default 20MB; $DESK_MAX_SIZE)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import os
    import sys

    from desk.ingest.sources import DEFAULT_MAX_BYTES, ingest_paths

    max_bytes = args.max_size
    if max_bytes is None:
        env = os.environ.get("DESK_MAX_SIZE")
        try:
            max_bytes = parse_size(env) if env else DEFAULT_MAX_BYTES
        except argparse.ArgumentTypeError as exc:
            error(f"DESK_MAX_SIZE: {exc}")
            return 1
    store = open_store(args)
    try:
        report = ingest_paths(
            store, args.paths, quiet=args.quiet, max_bytes=max_bytes,
            on_skip=lambda path, reason: error(f"{path}: skipped: {reason}"),
        )
    finally:
        store.close()
    for path, reason in report.extract_failed:
        error(f"{path}: stored, but {reason}")
    if not args.quiet:
        print(
            f"{report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
            f"{len(report.skipped)} skipped",
            file=sys.stderr,
        )
    return 2 if report.skipped else 0
