"""Bytes → clean text: encoding detection, binary refusal, Unicode normalisation."""

from __future__ import annotations

import re
import unicodedata

from desk.ingest.errors import IngestError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# C0/C1 controls other than tab and newline, and zero-width no-break space / stray BOMs.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u200b]")
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
# Apostrophe look-alikes that break search (`Assadʼs`): folded to a plain apostrophe. (A regex
# substitution: `str.translate` with a table is slow on non-ASCII text.)
_APOSTROPHES = re.compile("[\u02bc\u2032\u00b4\uff07\u02b9]")
_SPACES = re.compile("[\u00a0\u2007\u202f\u3000]")
# Windows-1252 leaves these five bytes undefined.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")


def decode_bytes(data: bytes) -> str:
    """Decode text in any common encoding: BOMs, UTF-8, BOM-less UTF-16, cp1252, then latin-1.

    Raises IngestError for data that is not text.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise IngestError(f"invalid {codec.upper()} text at byte {exc.start}") from exc
    if b"\x00" in data[:4096]:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return utf16
        raise IngestError("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        codec = "latin-1" if _CP1252_HOLES.intersection(data) else "cp1252"
        text = data.decode(codec)
    if _looks_binary(text):
        raise IngestError("binary file, not text")
    return text


def _bomless_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    evens = sample[0::2].count(0)
    odds = sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    codec = "utf-16-le" if odds > 0.4 * half and evens < 0.05 * half else None
    if codec is None and evens > 0.4 * half and odds < 0.05 * half:
        codec = "utf-16-be"
    if codec is None:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


# C0 controls other than tab, newline, carriage return and form feed: what binary data is full of.
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    if _BINARY_CONTROL.search(sample) is None:
        return False
    controls = len(_BINARY_CONTROL.findall(sample))
    return controls / len(sample) > 0.02


def normalise(text: str) -> str:
    """NFC, Unix newlines, no control characters or terminal escapes, odd apostrophes folded."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ANSI.sub("", text)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return _SPACES.sub(" ", _APOSTROPHES.sub("'", text))


def to_text(data: bytes) -> str:
    """decode_bytes then normalise."""
    return normalise(decode_bytes(data))
