"""Snapshots of the main screen, help and reader (fixed size, fixed data, no clock).

Update after an intended change of the look: `.venv/bin/pytest tests/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

import pytest

from desk.tui.app import DeskApp
from tests.tui_helpers import COMPARISON, build_db, config, settle

SIZE = (160, 40)


@pytest.fixture
def app(tmp_path, monkeypatch) -> DeskApp:
    monkeypatch.chdir(tmp_path)  # the header shows the path: keep it the same on every run
    ids = build_db(tmp_path / "desk.db")
    desk = DeskApp("desk.db", config=config())
    desk.compare_cache[ids["event"]] = COMPARISON
    return desk


def _settled(*keys: str):
    async def run_before(pilot) -> None:
        app = pilot.app
        await settle(pilot, app)
        for key in keys:
            await pilot.press(key)
            await settle(pilot, app)
        app.clear_notifications()
        await pilot.pause()

    return run_before


def test_main_screen(snap_compare, app) -> None:
    assert snap_compare(app, terminal_size=SIZE, run_before=_settled())


def test_main_screen_quotes_pane_grouped(snap_compare, app) -> None:
    assert snap_compare(app, terminal_size=SIZE, run_before=_settled("g", "tab"))


def test_help_screen(snap_compare, app) -> None:
    assert snap_compare(app, terminal_size=SIZE, run_before=_settled("question_mark"))


def test_reader(snap_compare, app) -> None:
    assert snap_compare(app, terminal_size=SIZE, run_before=_settled("enter"))
