"""What `y`/`Y` copy: the quote (or, without one, the article) with its source."""

from __future__ import annotations

from typing import Any

SPEECH = ("quote", "partial")


def first_quote(quotes: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The article's first spoken quote (kind quote or partial), in text order."""
    for q in sorted(quotes, key=lambda q: q.get("start") or 0):
        if q.get("kind") in SPEECH:
            return q
    return None


def snippet(
    quote: dict[str, Any] | None, article: dict[str, Any], style: str, formats: dict[str, str] | None
) -> tuple[str, str]:
    """(text to copy, what it is in a few words) for a quote, or the article when there is none."""
    from desk.snippet import format_article, format_snippet

    kind = "markdown" if style == "markdown" else "plain"
    if quote is None:
        return format_article(article, kind, formats), "article reference"
    who = quote.get("speaker") or "quote"
    return format_snippet(quote, article, kind, formats), f"quote of {who}"


def copy_system(text: str) -> bool:
    """Copy to the system clipboard where there is one (False otherwise; never raises)."""
    try:
        from desk.clipboard import copy_system as system
    except ImportError:
        system = _pyperclip
    try:
        return bool(system(text))
    except Exception:
        return False


def _pyperclip(text: str) -> bool:
    import pyperclip

    try:
        pyperclip.copy(text)
    except pyperclip.PyperclipException:
        return False
    return True
