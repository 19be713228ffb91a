"""Tag vocabularies (Admiralty scale, attribution, triage) and the rules for valid tag values.

Stored values are short and plain so the database reads well in Datasette or `sqlite3`:
reliability `A`–`F`, credibility `1`–`6`, attribution one of the ATTRIBUTION values
(`named`, `anonymous`, …), and the triage flags `starred`/`read`/`archived` as `"1"` or NULL.
Each term has a one-key shortcut (`key`) for the TUI.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Term:
    """One value of a vocabulary: what is stored, what a person reads, the key that picks it."""

    value: str
    label: str
    key: str


def _vocab(*terms: Term) -> dict[str, Term]:
    return {t.value: t for t in terms}


RELIABILITY: dict[str, Term] = _vocab(
    Term("A", "completely reliable", "A"),
    Term("B", "usually reliable", "B"),
    Term("C", "fairly reliable", "C"),
    Term("D", "not usually reliable", "D"),
    Term("E", "unreliable", "E"),
    Term("F", "reliability cannot be judged", "F"),
)
"""Source reliability (Admiralty / NATO system), stored as the letter."""

CREDIBILITY: dict[str, Term] = _vocab(
    Term("1", "confirmed by other sources", "1"),
    Term("2", "probably true", "2"),
    Term("3", "possibly true", "3"),
    Term("4", "doubtful", "4"),
    Term("5", "improbable", "5"),
    Term("6", "truth cannot be judged", "6"),
)
"""Information credibility (Admiralty / NATO system), stored as the digit."""

ATTRIBUTION: dict[str, Term] = _vocab(
    Term("named", "named on record", "n"),
    Term("anonymous", "anonymous", "a"),
    Term("official", "official statement", "o"),
    Term("party", "party to the conflict", "p"),
    Term("via", "via another outlet", "v"),
    Term("unverified", "unverified", "u"),
)
"""How a statement is attributed; one key each for the attribution picker."""

FLAGS: tuple[str, ...] = ("starred", "read", "archived")
"""Triage flags: stored as "1" when on, NULL when off."""

FIELDS: tuple[str, ...] = ("reliability", "credibility", "attribution", *FLAGS)
"""Every field a tag can set (the CHECK constraint on `tags.field`)."""

QUOTE_FIELDS: tuple[str, ...] = ("reliability", "credibility", "attribution")
"""Fields that may also be set on a single quote (triage flags are per article)."""

VOCABULARIES: dict[str, dict[str, Term]] = {
    "reliability": RELIABILITY,
    "credibility": CREDIBILITY,
    "attribution": ATTRIBUTION,
}

_CLEAR_WORDS = frozenset({"", "none", "null", "-", "clear"})
_TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
_FALSE_WORDS = frozenset({"0", "false", "no", "off"})


class TagValueError(ValueError):
    """A field or value that is not in the vocabulary; the message is fit to show a user."""


def check_field(field: str, *, on_quote: bool = False) -> str:
    """Return `field` if it can be tagged (on a quote when `on_quote`), else raise TagValueError."""
    if field not in FIELDS:
        raise TagValueError(f"unknown tag field {field!r} (one of: {', '.join(FIELDS)})")
    if on_quote and field not in QUOTE_FIELDS:
        raise TagValueError(f"{field} is set on articles, not on single quotes")
    return field


def normalize(field: str, value: object) -> str | None:
    """The stored form of `value` for `field` (None clears it); raise TagValueError when invalid.

    Accepts the stored value, its label or key in any case (`b`, `Anonymous`, `named on record`),
    booleans or `0`/`1`/`yes`/`no` for the flags, and None / `none` / `-` / `""` to clear.
    """
    check_field(field)
    if value is None:
        return None
    if field in FLAGS:
        if isinstance(value, bool):
            return "1" if value else None
        word = str(value).strip().lower()
        if word in _TRUE_WORDS:
            return "1"
        if word in _FALSE_WORDS or word in _CLEAR_WORDS:
            return None
        raise TagValueError(f"{field} must be on or off (1/0), not {value!r}")
    text = str(value).strip()
    if text.lower() in _CLEAR_WORDS:
        return None
    vocab = VOCABULARIES[field]
    folded = text.casefold()
    for term in vocab.values():
        if folded in (term.value.casefold(), term.label.casefold(), term.label.casefold().replace(" ", "-")):
            return term.value
    if field == "attribution":
        for term in vocab.values():
            if folded == term.key:
                return term.value
    raise TagValueError(f"{field} must be one of {describe_choices(field)}, not {text!r}")


def describe_choices(field: str) -> str:
    """`A–F` / `1–6` / `named, anonymous, …` for messages and help."""
    if field == "reliability":
        return "A–F"
    if field == "credibility":
        return "1–6"
    if field == "attribution":
        return ", ".join(ATTRIBUTION)
    return "1/0"


def label(field: str, value: str | None) -> str:
    """What a stored value means: `B` → `usually reliable`; empty for unknown or None."""
    term = VOCABULARIES.get(field, {}).get(value or "")
    return term.label if term else ""


def badge(reliability: str | None, credibility: str | None) -> str:
    """The compact Admiralty grading shown in lists: `B2`, `B`, `?2`, or `` when neither is set."""
    if not reliability and not credibility:
        return ""
    return f"{reliability or '?'}{credibility or ''}"


def triage_status(starred: object, read: object, archived: object) -> str:
    """One word for the article's triage state: archived, starred, read or new (first that applies)."""
    if archived:
        return "archived"
    if starred:
        return "starred"
    if read:
        return "read"
    return "new"
