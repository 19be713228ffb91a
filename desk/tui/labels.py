"""How an article's source is named on screen when its outlet is unknown."""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from desk.tui.safe import one_line


def source_label(article: dict[str, Any]) -> str:
    """The outlet; else the site of its URL; else its file name; else `article N`."""
    outlet = one_line(article.get("outlet"))
    if outlet:
        return outlet
    url = article.get("url") or ""
    host = urlsplit(url).hostname if url.startswith(("http://", "https://")) else None
    if host:
        return one_line(host.removeprefix("www."))
    path = article.get("path") or ""
    if path:
        name = PurePosixPath(path.replace("\\", "/")).name.split("#", 1)[0]
        return one_line(name.rsplit(".", 1)[0] if "." in name else name)
    return f"article {article.get('id')}" if article.get("id") is not None else "—"
