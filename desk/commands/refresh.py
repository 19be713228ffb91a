"""`desk refresh`."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("refresh", help="(not yet available)")
