"""Clipboard: the exact OSC 52 bytes, the system clipboard that never raises, and a real tmux buffer."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from desk import clipboard
from desk.clipboard import CopyResult, copy, copy_system, osc52, write_terminal
from tests.conftest import ROOT

TEXT = "“Iran now recognizes…” — Mehdi Rahmati (Shafaq News, 2024-12-07)"


def test_osc52_sequence_is_exact() -> None:
    assert osc52("hello") == "\x1b]52;c;aGVsbG8=\x07"
    assert osc52("") == "\x1b]52;c;\x07"
    assert osc52("é") == "\x1b]52;c;w6k=\x07"  # UTF-8, then base64


def test_osc52_for_tmux_passthrough_doubles_every_escape() -> None:
    assert osc52("hello", tmux=True) == "\x1bPtmux;\x1b\x1b]52;c;aGVsbG8=\x07\x1b\\"


def test_osc52_payload_carries_no_control_bytes_from_the_text() -> None:
    seq = osc52("evil\x1b]52;c;x\x07\n")
    body = seq[len("\x1b]52;c;") : -1]
    assert body.isascii() and body.replace("+", "").replace("/", "").replace("=", "").isalnum()


def test_copy_system_without_any_clipboard_returns_false(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(clipboard.sys, "platform", "linux")
    monkeypatch.setattr(clipboard, "_read", lambda path: "Linux version 6.1 (gcc)")
    assert copy_system(TEXT) is False


def test_copy_system_with_an_unreachable_x_display_returns_false(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":937")  # nothing listens there
    monkeypatch.setattr(clipboard.sys, "platform", "linux")
    monkeypatch.setattr(clipboard, "_read", lambda path: "")
    assert copy_system(TEXT) is False


def test_copy_system_in_this_environment_is_a_bool_and_never_raises() -> None:
    assert copy_system(TEXT) in (True, False)


class FakeClipboard:
    def __init__(self, fail: bool = False, hang: float = 0.0, lossy: bool = False) -> None:
        self.content = ""
        self.fail, self.hang, self.lossy = fail, hang, lossy

    def copy(self, text: str) -> None:
        if self.hang:
            time.sleep(self.hang)
        if self.fail:
            raise RuntimeError("Pyperclip could not find a copy/paste mechanism for your system.")
        self.content = "" if self.lossy else text

    def paste(self) -> str:
        return self.content


@pytest.fixture
def fake_pyperclip(monkeypatch: pytest.MonkeyPatch):
    import pyperclip

    def install(fake: FakeClipboard) -> FakeClipboard:
        monkeypatch.setattr(pyperclip, "copy", fake.copy)
        monkeypatch.setattr(pyperclip, "paste", fake.paste)
        monkeypatch.setattr(clipboard, "system_clipboard_available", lambda: True)
        return fake

    return install


def test_copy_system_uses_pyperclip(fake_pyperclip) -> None:
    fake = fake_pyperclip(FakeClipboard())
    assert copy_system(TEXT) is True and fake.content == TEXT


def test_copy_system_reports_a_failing_or_silent_helper(fake_pyperclip) -> None:
    fake_pyperclip(FakeClipboard(fail=True))
    assert copy_system(TEXT) is False
    fake_pyperclip(FakeClipboard(lossy=True))  # e.g. xclip that could not reach the display
    if sys.platform.startswith("linux"):
        assert copy_system(TEXT) is False


def test_copy_system_gives_up_on_a_hanging_helper(fake_pyperclip) -> None:
    fake_pyperclip(FakeClipboard(hang=5))
    started = time.monotonic()
    assert copy_system(TEXT, timeout=0.3) is False
    assert time.monotonic() - started < 2


def test_write_terminal_sends_exact_bytes_to_a_terminal() -> None:
    master, slave = os.openpty()
    try:
        assert write_terminal(osc52("hi"), os.ttyname(slave)) is True
        assert os.read(master, 100) == b"\x1b]52;c;aGk=\x07"
    finally:
        os.close(master)
        os.close(slave)


def test_write_terminal_refuses_what_is_not_a_terminal(tmp_path: Path) -> None:
    plain = tmp_path / "not-a-tty"
    plain.write_text("")
    assert write_terminal(osc52("hi"), str(plain)) is False
    assert plain.read_text() == ""
    assert write_terminal(osc52("hi"), str(tmp_path / "missing")) is False


def test_copy_reports_where_the_text_went(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(clipboard, "copy_system", lambda text: False)
    result = copy(TEXT, tty=str(tmp_path / "none"))
    assert result == CopyResult(system=False, terminal=False) and not result.ok
    assert "could not copy" in result.describe()
    assert CopyResult(True, True).describe() == "copied to the clipboard (system and terminal)"
    assert "OSC 52" in CopyResult(False, True).describe()


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_copy_inside_tmux_lands_in_the_tmux_buffer(tmp_path: Path) -> None:
    socket = f"desk-clip-{uuid.uuid4().hex[:8]}"
    tmux = ["tmux", "-L", socket, "-f", "/dev/null"]
    script = tmp_path / "probe_clipboard.py"
    script.write_text(
        "from desk.clipboard import copy\n"
        f"result = copy({TEXT!r})\n"
        "open('done', 'w').write(str(result.terminal))\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([*tmux, "new-session", "-d", "-x", "120", "-y", "20", "-c", str(tmp_path)],
                   check=True, env=env, timeout=10)
    try:
        subprocess.run([*tmux, "set-option", "-g", "set-clipboard", "on"], check=True, timeout=10)
        subprocess.run([*tmux, "send-keys", f"{sys.executable} {script}", "Enter"], check=True, timeout=10)
        deadline = time.monotonic() + 20
        while not (tmp_path / "done").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert (tmp_path / "done").read_text() == "True"
        buffer = ""
        while time.monotonic() < deadline:
            proc = subprocess.run([*tmux, "show-buffer"], capture_output=True, timeout=10)
            buffer = proc.stdout.decode("utf-8")
            if buffer:
                break
            time.sleep(0.1)
        assert buffer == TEXT
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True, timeout=10)
