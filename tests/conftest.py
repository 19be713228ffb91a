"""Shared fixtures: temporary stores, the sample articles, and running the real `desk` command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the user's real database or config."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DESK_DB", str(home / "default.db"))
    monkeypatch.setenv("DESK_CONFIG", str(home / "config.toml"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.db"


@pytest.fixture
def store(db_path: Path):
    from db.store import Store

    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture(scope="session")
def _seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from db.store import Store
    from desk.ingest.sources import ingest_paths

    path = tmp_path_factory.mktemp("seeded") / "seeded.db"
    s = Store.open(path)
    ingest_paths(s, [str(SEEDS)], quiet=True)
    s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    return path


@pytest.fixture
def seeded_db(_seeded_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of a database holding the five sample articles."""
    path = tmp_path / "seeded.db"
    shutil.copy(_seeded_template, path)
    return path


@pytest.fixture
def seeded_store(seeded_db: Path):
    from db.store import Store

    s = Store.open(seeded_db)
    yield s
    s.close()


def run_desk(*args: str, env: dict[str, str] | None = None, input: str | None = None,
             timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run the real `desk` command line in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desk", *args], capture_output=True, text=True, env=full_env,
        input=input, timeout=timeout, cwd=ROOT,
    )


@pytest.fixture
def desk():
    return run_desk
