"""Publication dates from metadata, as ISO `YYYY-MM-DD`; None when unknown, never guessed."""

from __future__ import annotations

import time
from datetime import date, datetime

from dateutil import parser as dateparser


def iso_date(value: object) -> str | None:
    """ISO date from a string, datetime, date or struct_time; None when it cannot be read."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time.struct_time):
        return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    text = str(value).strip()
    if not text:
        return None
    if len(text) == 10 and text[4] == "-" and text[7] == "-":  # already ISO: the common case, read directly
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    try:
        parsed = dateparser.parse(text, default=datetime(1, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.year == 1:  # no year in the text: unknown, not guessed
        return None
    return parsed.date().isoformat()
