"""A description of the machine a run happened on, for the JSON and RESULTS.md."""

from __future__ import annotations

import os
import platform
import sqlite3
import subprocess
import sys
from typing import Any


def _lscpu_model() -> str | None:
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    for line in out.splitlines():
        if line.startswith("Model name:"):
            return line.split(":", 1)[1].strip()
    return None


def _memory_gb() -> float | None:
    try:
        with open("/proc/meminfo") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        return None
    return None


def _commit() -> str | None:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              timeout=5, cwd=os.path.dirname(__file__)).stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def describe() -> dict[str, Any]:
    return {
        "nproc": os.cpu_count(),
        "cpu": _lscpu_model() or platform.processor(),
        "memory_gb": _memory_gb(),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "commit": _commit(),
        "load_average": _load(),
    }


def _load() -> list[float] | None:
    """1, 5 and 15 minute load averages: other work competing for the CPUs during the run."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None
