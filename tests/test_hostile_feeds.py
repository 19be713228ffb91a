"""Hostile XML in feeds: entity expansion, external entities and DTD tricks are refused quickly,
within bounded memory, with one line naming the file; the other files of the run still land."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from desk.ingest.errors import IngestError
from desk.ingest.feed import parse_feed
from desk.ingest.sources import ingest_paths

_ITEM = "<item><title>T</title><description>{}</description></item>"


def _laughs(depth: int = 10, width: int = 10) -> bytes:
    ents = ['<!ENTITY l0 "lol">']
    for i in range(1, depth):
        ents.append(f'<!ENTITY l{i} "{f"&l{i - 1};" * width}">')
    body = "".join(ents)
    return (f'<?xml version="1.0"?><!DOCTYPE rss [{body}]><rss version="2.0"><channel><title>&l{depth - 1};'
            f"</title>{_ITEM.format(f'&l{depth - 1};')}</channel></rss>").encode()


HOSTILE = {
    "billion laughs": _laughs(),
    "quadratic blowup": (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "' + "x" * 50_000 + '">]><rss version="2.0"><channel>'
        "<title>t</title>" + _ITEM.format("&a;" * 50_000) + "</channel></rss>"
    ).encode(),
    "external entity": (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title>'
        b"<description>d</description></item></channel></rss>"
    ),
    "external entity over http": (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">]>'
        b'<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title>'
        b"<description>d</description></item></channel></rss>"
    ),
    "parameter entity": (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>'
        b'<rss version="2.0"><channel><title>t</title></channel></rss>'
    ),
    "atom laughs": _laughs().replace(b'<rss version="2.0"><channel>', b'<feed xmlns="http://www.w3.org/2005/Atom">')
    .replace(b"</channel></rss>", b"</feed>"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_feed_refused_quickly_in_bounded_memory(name: str) -> None:
    data = HOSTILE[name]
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(IngestError) as err:
            parse_feed(data, "hostile.xml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 2.0
    assert peak < 40 * 1024 * 1024, f"{peak / 1e6:.0f} MB used refusing {name}"
    assert "passwd" not in str(err.value) and "root:" not in str(err.value)


def test_external_entity_never_reaches_the_store(store, tmp_path: Path) -> None:
    (tmp_path / "xxe.rss").write_bytes(HOSTILE["external entity"])
    (tmp_path / "good.txt").write_text("Bridge reopens. The old bridge reopened on Monday after repairs, the city said.")
    report = ingest_paths(store, [str(tmp_path)], quiet=True)
    assert [Path(p).name for p, _ in report.skipped] == ["xxe.rss"]
    assert report.added == 1
    assert not any("root:" in (a["title"] or "") for a in store.all_articles())


def test_deeply_nested_feed_is_refused_or_read_without_crashing() -> None:
    depth = 50_000
    data = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>x</title><description>'
            + b"<b>" * depth + b"deep" + b"</b>" * depth + b"</description></item></channel></rss>")
    started = time.perf_counter()
    try:
        records = parse_feed(data, "deep.xml")
    except IngestError:
        records = []
    assert time.perf_counter() - started < 10
    assert all("<b>" not in r.body for r in records)


@pytest.mark.parametrize("name", ["billion laughs", "external entity"])
def test_hostile_feed_skipped_by_the_cli_with_one_line(tmp_path: Path, desk, name: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil.xml").write_bytes(HOSTILE[name])
    (folder / "ok.txt").write_text("Port reopens. The port reopened on Friday after the storm, officials said.")
    started = time.perf_counter()
    proc = desk("--db", str(tmp_path / "x.db"), "ingest", "--quiet", str(folder))
    assert time.perf_counter() - started < 30
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if "evil.xml" in ln]
    assert len(lines) == 1 and "skipped" in lines[0]
