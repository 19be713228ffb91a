"""End to end: the real `desk` in tmux (200x50) on the ingested seeds, driven by keys.

The acceptance flow of the TUI: three panes filled; `/Rahmati⏎` selects the Shafaq News article;
`B 2 C u` leave it tagged B2 (as `desk export tags` says); `tab` then `y` put a quote with its
outlet or date into tmux's paste buffer (OSC 52 with `set-clipboard on`).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

pytestmark = pytest.mark.e2e


def desk(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desk", "--db", str(db), *args],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )


class Tmux:
    """A private tmux server (own socket) running one window."""

    def __init__(self, tmp: Path) -> None:
        exe = shutil.which("tmux")
        if exe is None:
            pytest.fail("tmux is not installed: the end-to-end TUI test needs it (apt-get install tmux)")
        self.exe = exe
        self.socket = f"desk-e2e-{uuid.uuid4().hex[:8]}"
        self.conf = tmp / "tmux.conf"
        self.conf.write_text("set -g set-clipboard on\nset -g escape-time 10\nset -g status off\nset -g default-size 200x50\n")

    def run(self, *args: str) -> str:
        out = subprocess.run(
            [self.exe, "-L", self.socket, "-f", str(self.conf), *args], capture_output=True, text=True, timeout=30
        )
        if out.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)}: {out.stderr.strip()}")
        return out.stdout

    def start(self, command: str, width: int = 200, height: int = 50) -> None:
        self.run("new-session", "-d", "-s", "desk", "-x", str(width), "-y", str(height), command)

    def keys(self, *keys: str, literal: bool = False) -> None:
        for key in keys:
            self.run("send-keys", "-t", "desk", *(["-l"] if literal else []), key)
            time.sleep(0.15)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "desk")

    def buffer(self) -> str:
        try:
            return self.run("show-buffer")
        except AssertionError:
            return ""

    def wait(self, predicate, what: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if predicate(screen):
                return screen
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for {what}; the screen was:\n{screen}")

    def alive(self) -> bool:
        out = subprocess.run([self.exe, "-L", self.socket, "has-session", "-t", "desk"], capture_output=True, timeout=30)
        return out.returncode == 0

    def kill(self) -> None:
        subprocess.run([self.exe, "-L", self.socket, "kill-server"], capture_output=True, timeout=30)


def panes(screen: str) -> list[str]:
    """The text inside each of the three panes (columns split at the pane borders)."""
    columns: list[list[str]] = [[], [], []]
    for line in screen.splitlines()[2:-2]:
        parts = line.split("││")
        if len(parts) == 3:
            for i, part in enumerate(parts):
                columns[i].append(part.strip("│ "))
    return ["\n".join(c).strip() for c in columns]


@pytest.fixture
def seeded_db(tmp_path: Path) -> Path:
    db = tmp_path / "seeds.db"
    result = desk("ingest", str(SEEDS), db=db)
    assert result.returncode in (0, 2), result.stderr
    return db


def test_acceptance_flow_in_tmux(seeded_db: Path, tmp_path: Path) -> None:
    tmux = Tmux(tmp_path)
    env = f"-u COLUMNS -u LINES DESK_CONFIG={tmp_path / 'none.toml'} TERM=xterm-256color"
    tmux.start(f"cd {ROOT} && env {env} {sys.executable} -m desk --db {seeded_db}")
    try:
        screen = tmux.wait(
            lambda s: panes(s)[0].count("2024-12-07") >= 3 and "Quotes (" in panes(s)[1] and "Facts (" in panes(s)[2],
            "the three panes to fill",
        )
        articles, middle, comparison = panes(screen)
        assert "Shafaq News" in articles, articles
        assert "Places (" in middle or "People (" in middle, f"no entities in the middle pane:\n{middle}"
        assert "Facts (" in comparison, comparison
        assert "5 articles" in screen.splitlines()[0]

        tmux.keys("/")
        tmux.wait(lambda s: "Search titles" in s, "the search box")
        tmux.keys("Rahmati", literal=True)
        tmux.keys("Enter")
        screen = tmux.wait(
            lambda s: "search: Rahmati (1 shown)" in s and "Shafaq News" in panes(s)[0].splitlines()[0],
            "the Shafaq News article selected",
        )

        tmux.keys("B", "2", "C", "u")
        tmux.wait(lambda s: "B2" in panes(s)[0].splitlines()[0], "the B2 badge")
        time.sleep(0.5)
        export = desk("export", "tags", "--format", "json", db=seeded_db)
        assert export.returncode == 0, export.stderr
        tagged = [t for t in json.loads(export.stdout) if t.get("outlet") == "Shafaq News"]
        assert len(tagged) == 1
        assert (tagged[0]["reliability"], str(tagged[0]["credibility"])) == ("B", "2"), tagged

        tmux.keys("Tab", "y")
        deadline = time.monotonic() + 10
        while not tmux.buffer() and time.monotonic() < deadline:
            time.sleep(0.2)
        copied = tmux.buffer()
        assert copied.startswith("“"), f"no quote in the tmux buffer: {copied!r}"
        assert "Shafaq News" in copied or "2024-12-07" in copied, copied

        tmux.keys("q")
        deadline = time.monotonic() + 10
        while tmux.alive() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not tmux.alive(), "q did not quit desk"
    finally:
        tmux.kill()



def test_narrow_window_keeps_wrapped_attributions(seeded_db: Path, tmp_path: Path) -> None:
    """At 120x32 the quotes pane scrolls; a speaker that wraps keeps its last line (`… Room`)."""
    tmux = Tmux(tmp_path)
    env = f"-u COLUMNS -u LINES DESK_CONFIG={tmp_path / 'none.toml'} TERM=xterm-256color"
    tmux.start(f"cd {ROOT} && env {env} {sys.executable} -m desk --db {seeded_db}", 120, 32)
    try:
        tmux.wait(lambda s: "Quotes (" in panes(s)[1], "the quotes pane to fill")
        tmux.keys("/")
        tmux.wait(lambda s: "Search titles" in s, "the search box")
        tmux.keys("Rahmati", literal=True)
        tmux.keys("Enter")
        middle = panes(tmux.wait(lambda s: "Southern Operations" in panes(s)[1], "the Shafaq quotes"))[1]
        lines = middle.splitlines()
        at = next(i for i, ln in enumerate(lines) if ln.startswith("— Southern Operations"))
        assert "Room" in lines[at] or lines[at + 1].startswith("Room"), middle
    finally:
        tmux.kill()
