"""Timing, percentiles and memory: the small tools every figure uses."""

from __future__ import annotations

import contextlib
import resource
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Figure:
    """One measured figure, with the plain baseline measured beside it in the same process.

    `ratio` is desk's figure divided by the baseline's (for rates, the share of the plain speed
    desk reaches; for times, how many times slower desk is).
    """

    name: str
    size: str
    value: float | None
    unit: str
    baseline: float | None = None
    baseline_what: str = ""
    target: str = ""
    met: bool | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio}


def unavailable(name: str, size: str, why: str, unit: str = "", target: str = "") -> Figure:
    """A figure that could not be measured, and why."""
    return Figure(name, size, None, unit, target=target, note=why)


@contextlib.contextmanager
def stopwatch() -> Iterator[list[float]]:
    """`with stopwatch() as t: ...` then `t[0]` is the elapsed seconds."""
    out: list[float] = []
    start = time.perf_counter()
    try:
        yield out
    finally:
        out.append(time.perf_counter() - start)


@contextlib.contextmanager
def clocks() -> Iterator[dict[str, float]]:
    """`with clocks() as c: ...` then `c["wall"]` and `c["cpu"]` (this process's CPU seconds).

    CPU time is what the rates are reported in: on a shared machine it stays close to what one idle
    core would give, while wall time grows with everything else running.
    """
    out: dict[str, float] = {}
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        yield out
    finally:
        out["wall"] = time.perf_counter() - wall
        out["cpu"] = time.process_time() - cpu


def percentile(samples: list[float], q: float) -> float:
    """The q-th percentile (0–100) by nearest rank."""
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def reset_peak_rss() -> bool:
    """Start a new peak-RSS measurement (Linux: clear_refs 5); False where unsupported."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _status_kb(key: str) -> int | None:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def peak_rss_mb() -> float:
    """Peak resident memory of this process since start (or the last reset), in MB."""
    kb = _status_kb("VmHWM")
    if kb is None:
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if sys.platform == "darwin":
            kb //= 1024
    return kb / 1024


def rss_mb() -> float:
    """Current resident memory, in MB."""
    kb = _status_kb("VmRSS")
    return (kb / 1024) if kb is not None else peak_rss_mb()
