"""desk's light and dark themes (any built-in Textual theme works too)."""

from __future__ import annotations

from textual.theme import Theme

DARK = Theme(
    name="desk-dark",
    primary="#5fafd7",
    secondary="#87af87",
    accent="#ffaf5f",
    warning="#ffd75f",
    error="#ff5f5f",
    success="#87d787",
    foreground="#e4e4e4",
    background="#121212",
    surface="#1c1c1c",
    panel="#262626",
    dark=True,
)

LIGHT = Theme(
    name="desk-light",
    primary="#005f87",
    secondary="#5f875f",
    accent="#af5f00",
    warning="#875f00",
    error="#d70000",
    success="#008700",
    foreground="#1c1c1c",
    background="#fafafa",
    surface="#eeeeee",
    panel="#e4e4e4",
    dark=False,
)

THEMES = (DARK, LIGHT)
