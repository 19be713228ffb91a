"""The article as ingest hands it to the store."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_WS = re.compile(r"\s+")


@dataclass(slots=True)
class ArticleRecord:
    """One incoming article, decoded and normalised, not yet stored.

    `published` is an ISO date (`YYYY-MM-DD`) or None; never guessed.
    """

    title: str
    body: str
    outlet: str | None = None
    published: str | None = None
    dateline: str | None = None
    path: str | None = None
    url: str | None = None
    guid: str | None = None
    language: str | None = None
    # True when `path` names this one article (a text or HTML file), so a changed file at the
    # same path updates it; False for items of a feed or JSON Lines file that share a path.
    path_is_identity: bool = True

    @property
    def content_hash(self) -> str:
        """Identity of the text: the body with white space folded, so re-wrapped copies match."""
        canon = _WS.sub(" ", self.body).strip().casefold()
        return hashlib.sha256(canon.encode("utf-8")).hexdigest()
