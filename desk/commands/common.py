"""Helpers every subcommand uses: opening the store, printing JSON, one-line errors."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from db.store import Store


def db_path(args: argparse.Namespace) -> Path:
    from desk.paths import default_db_path

    return Path(args.db).expanduser() if getattr(args, "db", None) else default_db_path()


def open_store(args: argparse.Namespace) -> Store:
    from db.store import Store

    return Store.open(db_path(args))


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def error(message: str) -> None:
    """One line on stderr, prefixed with `desk:`."""
    print(f"desk: {message}", file=sys.stderr)
