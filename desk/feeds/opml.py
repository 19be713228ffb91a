"""OPML, the subscription list every feed reader imports and exports.

Reading goes through defusedxml (no entity expansion, no external entities). A feed's folders
become its tags; the OPML 2.0 `category` and `language` attributes are read and written; the
outlet's default reliability and the full-text flag travel in desk's own namespace, which other
readers ignore.
"""

from __future__ import annotations

import email.utils
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from desk.feeds.subscriptions import FeedSpec

DESK_NS = "urn:desk:opml:1"
_RELIABILITY = f"{{{DESK_NS}}}reliability"
_FULL_TEXT = f"{{{DESK_NS}}}fullText"
MAX_OPML_BYTES = 5 * 1024 * 1024


class OpmlError(ValueError):
    """The file is not OPML desk can read (malformed, hostile or too large)."""


@dataclass(slots=True)
class OpmlFeeds:
    feeds: list[FeedSpec] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (outline text, reason)


def parse_opml(data: bytes) -> OpmlFeeds:
    """The feeds listed in an OPML document, with folders as tags. Raises OpmlError."""
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError(f"too large: {len(data)} bytes, the limit is {MAX_OPML_BYTES}")
    try:
        root = SafeET.fromstring(data)
    except DefusedXmlException as exc:
        raise OpmlError(f"hostile XML refused ({type(exc).__name__})") from None
    except ET.ParseError as exc:
        raise OpmlError(f"not well-formed XML: {exc}") from None
    if _local(root.tag) != "opml":
        raise OpmlError(f"not OPML: the root element is <{_local(root.tag)}>")
    body = next((child for child in root if _local(child.tag) == "body"), None)
    if body is None:
        raise OpmlError("not OPML: no <body>")
    out = OpmlFeeds()
    _walk(body, [], out)
    return out


def _walk(parent: Element, folders: list[str], out: OpmlFeeds) -> None:
    for node in parent:
        if _local(node.tag) != "outline":
            continue
        attrs = {(_local(k) if not k.startswith(f"{{{DESK_NS}}}") else k): v for k, v in node.attrib.items()}
        url = _attr(attrs, "xmlUrl")
        text = (_attr(attrs, "text") or _attr(attrs, "title") or "").strip()
        if not url:
            if len(node):  # a folder
                _walk(node, [*folders, text] if text else folders, out)
            elif _attr(attrs, "type") in ("rss", "atom"):
                out.skipped.append((text or "(untitled)", "no xmlUrl"))
            continue
        url = url.strip()
        categories = [c for c in (_attr(attrs, "category") or "").split(",") if c.strip()]
        out.feeds.append(
            FeedSpec(
                url=url,
                outlet=text if text and text != url else None,
                reliability=attrs.get(_RELIABILITY) or None,
                language=_attr(attrs, "language") or None,
                tags=[*folders, *categories],
                full_text=(attrs.get(_FULL_TEXT) or "").strip().lower() in ("true", "1", "yes"),
            )
        )


def to_opml(feeds: Iterable[FeedSpec], title: str = "desk subscriptions") -> str:
    """An OPML 2.0 document listing `feeds` (flat; tags go in `category`)."""
    ET.register_namespace("desk", DESK_NS)
    root = ET.Element("opml", {"version": "2.0"})
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = email.utils.formatdate(usegmt=True)
    body = ET.SubElement(root, "body")
    for feed in feeds:
        attrs = {"type": "rss", "text": feed.outlet or feed.url}
        if feed.outlet:
            attrs["title"] = feed.outlet
        attrs["xmlUrl"] = feed.url
        if feed.language:
            attrs["language"] = feed.language
        if feed.tags:
            attrs["category"] = ",".join(feed.tags)
        if feed.reliability:
            attrs[_RELIABILITY] = feed.reliability
        if feed.full_text:
            attrs[_FULL_TEXT] = "true"
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _attr(attrs: dict[str, str], name: str) -> str | None:
    """An attribute by name, ignoring case (readers write xmlUrl, xmlurl and XMLURL)."""
    if name in attrs:
        return attrs[name]
    lowered = name.lower()
    return next((v for k, v in attrs.items() if k.lower() == lowered), None)
