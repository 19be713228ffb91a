"""Decoding bytes in any common encoding, refusing binary, normalising text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.ingest.decode import decode_bytes, normalise, to_text
from desk.ingest.errors import IngestError

TEXT = "Café in Dar‘a — “quoted” 80% São Paulo"


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_unicode_encodings(codec: str) -> None:
    data = TEXT.encode(codec)
    if codec in ("utf-16-le", "utf-16-be"):  # no BOM: found from the NUL pattern
        assert decode_bytes(data) == TEXT
    else:
        assert decode_bytes(data).lstrip("\ufeff") == TEXT


def test_cp1252_and_latin1_fall_back() -> None:
    assert decode_bytes("“Señor” café – 5€".encode("cp1252")) == "“Señor” café – 5€"
    # 0x81 is undefined in cp1252, so this can only be latin-1
    assert decode_bytes(b"caf\xe9 \x81") == "café \x81"


def test_binary_is_refused() -> None:
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 50)


def test_normalise_folds_odd_apostrophes_and_nfc() -> None:
    assert normalise("Assad\u02bcs forces") == "Assad's forces"
    assert normalise("Cafe\u0301") == "Café"
    assert normalise("a\r\nb\rc") == "a\nb\nc"


def test_normalise_strips_terminal_escapes_and_controls() -> None:
    dirty = "Red \x1b[31malert\x1b[0m \x1b]52;c;ZXZpbA==\x07done\x00\x07"
    assert normalise(dirty) == "Red alert done"


def test_arabic_and_mixed_scripts_survive() -> None:
    text = "قالت وكالة سانا إن الجيش انسحب from Daraa"
    assert to_text(text.encode("utf-8")) == text


@given(st.binary(max_size=2000))
@settings(max_examples=200, deadline=None)
def test_decode_never_raises_anything_but_ingest_error(data: bytes) -> None:
    try:
        text = to_text(data)
    except IngestError:
        return
    assert isinstance(text, str)
    assert "\x00" not in text and "\x1b" not in text


@given(st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=500))
@settings(max_examples=200, deadline=None)
def test_text_decodes_and_normalise_is_idempotent(text: str) -> None:
    out = to_text(text.encode("utf-8"))
    assert normalise(out) == out
