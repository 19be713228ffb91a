"""The user's config file (TOML): who they are, key bindings, snippet formats, theme.

Every section is optional; a missing or broken file falls back to the defaults with a warning.

    user = "mlopez"                       # name written to the tag history (default: login name)
    theme = "textual-dark"

    [keys]                                # binding id = "key[,key…]"
    "desk.star" = "s"

    [snippet]
    plain = '“{text}” — {speaker_role} ({outlet}, {date}{via})'
    markdown = "> “{text}”\\n>\\n> — {speaker_role} ([{outlet}]({url}), {date}{via})"
"""

from __future__ import annotations

import getpass
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desk.paths import config_path


@dataclass(slots=True)
class Config:
    user: str
    theme: str | None = None
    keys: dict[str, str] = field(default_factory=dict)
    snippet: dict[str, str] = field(default_factory=dict)
    path: Path | None = None
    warning: str | None = None


def login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


def load_config(path: Path | None = None) -> Config:
    """Read the config file; never raises for a bad file (the warning says what was wrong)."""
    path = path or config_path()
    data: dict[str, Any] = {}
    warning = None
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            warning = f"{path}: ignored, cannot read it: {exc}"
    keys = data.get("keys") if isinstance(data.get("keys"), dict) else {}
    snippet = data.get("snippet") if isinstance(data.get("snippet"), dict) else {}
    return Config(
        user=str(data.get("user") or login_name()),
        theme=str(data["theme"]) if data.get("theme") else None,
        keys={str(k): str(v) for k, v in keys.items()},
        snippet={str(k): str(v) for k, v in snippet.items()},
        path=path,
        warning=warning,
    )
