"""Where desk keeps things: the database, the config file, the sample articles."""

from __future__ import annotations

import os
from pathlib import Path

APP = "desk"


def default_db_path() -> Path:
    """`DESK_DB` if set, else `desk.db` in the platform's user data folder."""
    env = os.environ.get("DESK_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP, appauthor=False)) / "desk.db"


def config_path() -> Path:
    """`DESK_CONFIG` if set, else `config.toml` in the platform's user config folder."""
    env = os.environ.get("DESK_CONFIG")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP, appauthor=False)) / "config.toml"


def seeds_dir() -> Path:
    """The sample articles: `seeds/` in a source checkout, or the copy shipped inside the package."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "seeds", here / "_seeds"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the sample articles (seeds/) are missing from this installation")
