"""Inputs the figures share, built once and kept in the cache folder (corpus files, databases)."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks import corpus as _corpus
from benchmarks.corpus import Corpus

# Cached inputs are named after the generator's source, so changing it never reuses stale ones.
CORPUS_VERSION = hashlib.sha1(Path(_corpus.__file__).read_bytes()).hexdigest()[:8]


@dataclass
class Context:
    """What every figure gets: the corpus seed, the cache folder and a scratch folder."""

    seed: int
    cache: Path
    scratch: Path
    profile: Path | None = None  # write cProfile hotspots of desk's part here

    @contextlib.contextmanager
    def profiled(self, label: str) -> Iterator[None]:
        """Profile the block when asked to; the 30 costliest functions go to `<profile>/<label>.txt`."""
        if self.profile is None:
            yield
            return
        import cProfile
        import io
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        try:
            yield
        finally:
            prof.disable()
            self.profile.mkdir(parents=True, exist_ok=True)
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(40)
            pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(30)
            (self.profile / f"{label}.txt").write_text(out.getvalue())

    def corpus(self) -> Corpus:
        return Corpus(self.seed)

    def corpus_dir(self, n: int) -> Path:
        """A folder of `n` generated text articles, written on first use."""
        folder = self.cache / f"corpus-{self.key}-{n}"
        done = folder / ".complete"
        if not done.exists():
            if folder.exists():
                shutil.rmtree(folder)
            self.corpus().write(folder, n)
            done.write_text("ok")
        return folder

    def ingested_db_path(self, n: int) -> Path:
        return self.cache / f"ingested-{self.key}-{n}.db"

    @property
    def key(self) -> str:
        """Seed and generator version, for naming cached inputs."""
        return f"s{self.seed}-{CORPUS_VERSION}"


def bench_store_class():
    """The Store class with the bulk-loading methods of db/bench.py, whether or not Store has them yet."""
    from db.bench import BenchMixin
    from db.store import Store

    return Store if issubclass(Store, BenchMixin) else type("BenchStore", (BenchMixin, Store), {})


def copy_db(src: Path, dst: Path) -> None:
    """Copy a checkpointed database file (no WAL alongside)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(dst) + suffix).unlink(missing_ok=True)
    shutil.copyfile(src, dst)
