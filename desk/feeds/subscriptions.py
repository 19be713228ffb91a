"""Subscriptions: what a followed feed is, checked and normalised before it reaches the store."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desk.feeds.http import FetchError, check_url, one_line

if TYPE_CHECKING:
    from db.store import Store

RELIABILITY = ("A", "B", "C", "D", "E", "F")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")


class SubscriptionError(ValueError):
    """A feed that cannot be subscribed to as given; the message says why."""


@dataclass(slots=True)
class FeedSpec:
    """A subscription as the journalist (or an OPML file) describes it."""

    url: str
    outlet: str | None = None
    reliability: str | None = None
    language: str | None = None
    tags: list[str] = field(default_factory=list)
    full_text: bool | None = None  # None: not said (off for a new feed, unchanged for an existing one)

    @classmethod
    def from_store(cls, feed: dict[str, Any]) -> FeedSpec:
        return cls(
            url=feed["url"], outlet=feed.get("outlet"), reliability=feed.get("default_reliability"),
            language=feed.get("language"), tags=list(feed.get("tags") or []), full_text=bool(feed.get("full_text")),
        )


def normalise(spec: FeedSpec) -> FeedSpec:
    """The spec with its URL checked, reliability upper-cased, language and tags tidied.

    Raises SubscriptionError for a URL desk will not fetch, a reliability outside A–F or a
    language that is not a language code.
    """
    try:
        url = check_url(spec.url)
    except FetchError as exc:
        raise SubscriptionError(exc.reason) from None
    reliability = spec.reliability.strip().upper() if spec.reliability else None
    if reliability and reliability not in RELIABILITY:
        raise SubscriptionError(f"reliability must be one of {', '.join(RELIABILITY)}, not {spec.reliability!r}")
    language = spec.language.strip() if spec.language else None
    if language and not _LANGUAGE.match(language):
        raise SubscriptionError(f"not a language code: {spec.language!r} (use e.g. en, ar, pt-BR)")
    outlet = one_line(spec.outlet, limit=120) if spec.outlet else None
    return FeedSpec(
        url=url,
        outlet=outlet or None,
        reliability=reliability,
        language=language.replace("_", "-").lower() if language else None,
        tags=normalise_tags(spec.tags),
        full_text=spec.full_text,
    )


def normalise_tags(tags: list[str]) -> list[str]:
    """Lower-case, single-spaced, unique tags in first-seen order; commas split a value into several."""
    out: list[str] = []
    for value in tags:
        for part in value.split(","):
            tag = one_line(part, limit=60).strip("/").strip().lower()
            if tag and tag not in out:
                out.append(tag)
    return out


def subscribe(store: Store, spec: FeedSpec, *, update: bool = True) -> tuple[dict[str, Any], bool]:
    """Add a subscription (or, with `update`, change an existing one's settings); returns (feed, created).

    On an existing feed only the settings the spec gives are changed (None or no tags leaves one alone).
    """
    spec = normalise(spec)
    existing = store.feed_get(spec.url)
    if existing is not None and not update:
        return existing, False
    if existing is None:
        return store.feed_add(
            spec.url, outlet=spec.outlet, reliability=spec.reliability, language=spec.language,
            tags=spec.tags, full_text=bool(spec.full_text),
        )
    return store.feed_add(
        spec.url, outlet=spec.outlet, reliability=spec.reliability, language=spec.language,
        tags=spec.tags or None, full_text=spec.full_text,
    )


def find(store: Store, ref: str) -> dict[str, Any] | None:
    """A subscription by its id (digits) or its URL."""
    ref = ref.strip()
    if ref.isdigit():
        return store.feed_get(int(ref))
    return store.feed_get(ref)
