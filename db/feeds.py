"""Feeds: queries for this subject (filled in by its feature)."""

from __future__ import annotations

import sqlite3


class FeedsMixin:
    conn: sqlite3.Connection
