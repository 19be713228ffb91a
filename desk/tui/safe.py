"""Article text is data: make it safe to put on a terminal, keeping every character offset.

Control characters (C0 except newline and tab, DEL, C1) become visible stand-ins of the same
length, so an escape sequence such as ESC[31m shows as `␛[31m` and is never interpreted, and
extraction spans (`body[start:end]`) still line up. Rich markup is never parsed because the
TUI only builds `rich.text.Text` objects from article text, never markup strings.
"""

from __future__ import annotations

import re

from rich.text import Text

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code in (0x0B, 0x0C, 0x0D):
        return " "  # vertical tab, form feed, carriage return: white space
    if code < 0x20:
        return chr(0x2400 + code)  # Control Pictures: ␀ … ␟ (␛ for ESC)
    if code == 0x7F:
        return "␡"
    return "�"  # C1 controls and bidi overrides


def clean(text: str | None) -> str:
    """The text with every control character replaced by a visible one of the same length."""
    if not text:
        return ""
    return _CONTROL.sub(_stand_in, text)


def one_line(text: str | None) -> str:
    """Clean text folded onto one line (for list rows and headers)."""
    return " ".join(clean(text).split())


def plain(text: str | None, style: str = "") -> Text:
    """A Rich Text of cleaned article text; markup in it stays literal."""
    return Text(clean(text), style=style, end="")
