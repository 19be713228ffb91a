"""Opening the TUI (what `desk` does with no command)."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from desk.commands.common import db_path, open_store
    from desk.firstrun import seed_if_new

    path = db_path(args)
    is_new = not path.exists()
    store = open_store(args)
    if is_new:
        seed_if_new(store)
    store.close()
    from desk.tui.app import DeskApp

    DeskApp(db_path=str(path)).run()
    return 0
