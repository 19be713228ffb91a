"""Tag badges for a list row: `B2`, ★, archived; and the read/unread test."""

from __future__ import annotations

from typing import Any

from rich.style import Style
from rich.text import Text

TRUE = {"1", "true", "yes", "on"}


def truthy(value: Any) -> bool:
    return value is not None and str(value).strip().lower() in TRUE


def is_read(row: dict[str, Any]) -> bool:
    return truthy(row.get("tags", {}).get("read"))


def grade(row: dict[str, Any]) -> tuple[str, str, bool]:
    """(reliability, credibility, reliability_is_inherited) for the row; '' where unset."""
    tags = row.get("tags", {})
    reliability = tags.get("reliability") or ""
    inherited = False
    if not reliability and row.get("default_reliability"):
        reliability, inherited = row["default_reliability"], True
    return reliability, tags.get("credibility") or "", inherited


def badges(row: dict[str, Any], styles: dict[str, Style]) -> Text:
    """`B2 ★ ▪` (reliability, credibility, starred, archived), 7 cells wide."""
    tags = row.get("tags", {})
    reliability, credibility, inherited = grade(row)
    out = Text(no_wrap=True, end="")
    if reliability or credibility:
        out.append(reliability or "·", styles["inherited"] if inherited else styles["badge"])
        out.append(credibility or "·", styles["badge"])
    else:
        out.append("  ")
    out.append(" ")
    if tags.get("attribution"):
        out.append(str(tags["attribution"])[:1].upper(), styles["dim"])
    else:
        out.append(" ")
    out.append(" ")
    out.append("★" if truthy(tags.get("starred")) else " ", styles["star"])
    out.append(" ")
    out.append("▪" if truthy(tags.get("archived")) else " ", styles["dim"])
    return out


def describe(row: dict[str, Any]) -> str:
    """Tags in words, for the reader header and notifications."""
    tags = row.get("tags", {})
    reliability, credibility, inherited = grade(row)
    parts = []
    if reliability or credibility:
        parts.append(f"{reliability or '·'}{credibility or '·'}" + (" (outlet default)" if inherited else ""))
    if tags.get("attribution"):
        parts.append(str(tags["attribution"]))
    for flag, word in (("starred", "starred"), ("archived", "archived"), ("read", "read")):
        if truthy(tags.get(flag)):
            parts.append(word)
    return ", ".join(parts)
