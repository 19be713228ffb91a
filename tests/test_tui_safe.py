"""Article text on the terminal: control characters and escapes are shown, never interpreted."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desk.tui.safe import clean, one_line, plain

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@given(st.text())
def test_clean_keeps_length_and_drops_every_control(text: str) -> None:
    out = clean(text)
    assert len(out) == len(text)  # extraction spans still line up
    assert not CONTROL.search(out)


@given(st.text())
def test_one_line_has_no_line_breaks_or_controls(text: str) -> None:
    out = one_line(text)
    assert "\n" not in out and not CONTROL.search(out)


def test_escape_sequences_and_markup_show_literally() -> None:
    text = plain("[bold]x[/bold] \x1b[31mred\x1b]52;c;ZXZpbA==\x07 \u202eevil")
    assert text.plain == "[bold]x[/bold] ␛[31mred␛]52;c;ZXZpbA==␇ �evil"
    assert not text.spans  # no markup was parsed


def test_arabic_and_mixed_scripts_pass_unchanged() -> None:
    text = "قالت وكالة رويترز إن 90% من درعا — Reuters"
    assert clean(text) == text
