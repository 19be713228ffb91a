"""The `desk` command: the TUI by default, and subcommands for scripts.

Each subcommand lives in `desk/commands/<name>.py` with `register(subparsers)`; heavy imports stay
inside the command functions so `desk --help` is instant.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desk import __version__

# Order here is the order in `desk --help`.
COMMANDS = ("ingest", "extract", "entities", "events", "compare", "tag", "export", "feeds", "refresh")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_PARTIAL = 2  # done, but some inputs were skipped


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desk",
        description="A terminal news desk: read articles, see entities and quotes, compare sources, tag, copy.",
        epilog="With no command, desk opens the TUI. A new database opened in the TUI starts with the sample articles.",
    )
    parser.add_argument("--version", action="version", version=f"desk {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: $DESK_DB, else desk.db in the user data folder)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"desk.commands.{name}")
        module.register(sub)
    parser.set_defaults(func=_open_tui)
    return parser


def _open_tui(args: argparse.Namespace) -> int:
    from desk.commands.tui import run

    return run(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `desk` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    from db.errors import StoreError

    try:
        return int(args.func(args) or 0)
    except StoreError as exc:
        print(f"desk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("desk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
