"""The results of extraction: plain dataclasses shared by the store, events and UI.

Every span (`start`, `end`) is a character offset into the article body as stored,
so that `body[start:end]` is the text the item was found in.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

QuoteKind = Literal["quote", "partial", "term"]
SpeakerKind = Literal["person", "organisation", "anonymous", "unknown"]
EntityKind = Literal["person", "place", "organisation", "other"]


@dataclass(slots=True)
class Quote:
    """A quoted passage: speech (`quote`, `partial`) or a quoted name (`term`)."""

    text: str
    kind: QuoteKind
    speaker: str | None
    speaker_kind: SpeakerKind
    role: str | None
    via: str | None
    start: int
    end: int


@dataclass(slots=True)
class Entity:
    """A person, place, organisation or other named thing, with its in-article aliases."""

    name: str
    kind: EntityKind
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class DateRef:
    """A date said in the text; `date` is ISO `YYYY-MM-DD`, or None where it cannot be resolved."""

    text: str
    date: str | None
    start: int
    end: int


@dataclass(slots=True)
class Claim:
    """A sentence that carries a number.

    `text`/`start`/`end` are the sentence; `quantity`/`q_start`/`q_end` the number phrase in it
    (`more than 90 percent`), `value` its normalised value, `unit` (`percent`, `km`, `people`, `usd`,
    `ordinal`, …) and `hedge` (`more than`, `about`, `at least`, … or None).
    """

    text: str
    value: float | None
    unit: str | None
    hedge: str | None
    start: int
    end: int
    quantity: str = ""
    q_start: int = 0
    q_end: int = 0


@dataclass(slots=True)
class Cite:
    """A source the article cites (`Reuters`, `The New York Times`, `Syrian Observatory for Human Rights`)."""

    name: str
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one article body."""

    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    cites: list[Cite] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The JSON shape of `desk extract --json` (without `meta`)."""
        out = asdict(self)
        for entity in out["entities"]:
            entity["mentions"] = [list(m) for m in entity["mentions"]]
        return out
