"""Copying text: the system clipboard (pyperclip) and the terminal's clipboard (OSC 52).

`copy_system` works where the machine has a clipboard (macOS, Windows, WSL, an X11 or Wayland
session with xclip/xsel/wl-copy); it returns False, never raises, on a headless server or over
plain ssh. `osc52` builds the escape sequence that asks the terminal itself to set its clipboard,
which reaches the journalist's own machine over ssh.

tmux: with `set -g set-clipboard on` tmux accepts a plain OSC 52 from the program, stores it as a
tmux buffer and passes it on to the outer terminal; with the default (`external`) it ignores it.
`osc52(text, tmux=True)` wraps the sequence for tmux's passthrough (`set -g allow-passthrough on`,
tmux 3.3+), which reaches the outer terminal directly but makes no tmux buffer. `copy` sends both
inside tmux. GNU screen needs its own passthrough and is not handled.
"""

from __future__ import annotations

import base64
import os
import socket
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

SYSTEM_TIMEOUT = 2.0  # seconds a clipboard helper may take before we give up on it


def osc52(text: str, *, tmux: bool = False) -> str:
    """The OSC 52 sequence that sets the terminal's clipboard to `text` (UTF-8, base64, BEL-ended).

    With `tmux`, the sequence is wrapped in tmux's DCS passthrough (every ESC doubled).
    """
    payload = base64.b64encode(text.encode("utf-8")).decode("ascii")
    sequence = f"\x1b]52;c;{payload}\x07"
    if tmux:
        sequence = "\x1bPtmux;" + sequence.replace("\x1b", "\x1b\x1b") + "\x1b\\"
    return sequence


def in_tmux() -> bool:
    return bool(os.environ.get("TMUX"))


def _x11_reachable(display: str) -> bool:
    """Whether an X server answers at `display` (":0", "localhost:10.0", "unix:1")."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return False
    try:
        if host in ("", "unix") or host.startswith("/"):
            path = host if host.startswith("/") else f"/tmp/.X11-unix/X{number}"
            with socket.socket(socket.AF_UNIX) as sock:
                sock.settimeout(0.5)
                sock.connect(path)
        else:
            with socket.create_connection((host, 6000 + int(number)), timeout=0.5):
                pass
    except OSError:
        return False
    return True


def system_clipboard_available() -> bool:
    """Whether a system clipboard can plausibly be reached from here (cheap checks, no copying)."""
    if sys.platform in ("darwin", "win32", "cygwin"):
        return True
    if "microsoft" in _read("/proc/version").lower():
        return True  # WSL: clip.exe
    wayland = os.environ.get("WAYLAND_DISPLAY")
    if wayland:
        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        if Path(wayland).is_absolute() or (runtime and (Path(runtime) / wayland).exists()):
            return True
    display = os.environ.get("DISPLAY")
    return bool(display) and _x11_reachable(display)


def _read(path: str) -> str:
    try:
        return Path(path).read_text(errors="replace")
    except OSError:
        return ""


def copy_system(text: str, *, timeout: float = SYSTEM_TIMEOUT) -> bool:
    """Put `text` on the system clipboard with pyperclip; False (never an exception) when it cannot.

    On X11/Wayland the copy is read back, since the helper programs fail without telling pyperclip.
    """
    if not system_clipboard_available():
        return False
    result: list[bool] = []

    def attempt() -> None:
        try:
            import pyperclip

            pyperclip.copy(text)
            if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
                result.append(pyperclip.paste() == text)
            else:
                result.append(True)
        except Exception:  # pyperclip raises its own errors, OSError, or worse; all mean "no"
            result.append(False)

    worker = threading.Thread(target=attempt, name="desk-clipboard", daemon=True)
    worker.start()
    worker.join(timeout)
    return bool(result and result[0])


def write_terminal(sequence: str, tty: str = "/dev/tty") -> bool:
    """Write an escape sequence straight to the controlling terminal; False when there is none."""
    try:
        fd = os.open(tty, os.O_WRONLY | os.O_NOCTTY)
    except OSError:
        return False
    try:
        if not os.isatty(fd):
            return False
        data = sequence.encode("ascii")
        while data:
            data = data[os.write(fd, data) :]
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


@dataclass(slots=True)
class CopyResult:
    system: bool
    terminal: bool

    @property
    def ok(self) -> bool:
        return self.system or self.terminal

    def describe(self) -> str:
        """Where the text went, for a notification or a status line."""
        if self.system and self.terminal:
            return "copied to the clipboard (system and terminal)"
        if self.system:
            return "copied to the system clipboard"
        if self.terminal:
            return "sent to the terminal clipboard (OSC 52)"
        return "could not copy: no system clipboard and no terminal"


def copy(text: str, *, tty: str = "/dev/tty") -> CopyResult:
    """Copy from the command line: the system clipboard if there is one, and OSC 52 to the terminal."""
    system = copy_system(text)
    terminal = write_terminal(osc52(text), tty)
    if terminal and in_tmux():
        write_terminal(osc52(text, tmux=True), tty)
    return CopyResult(system, terminal)
