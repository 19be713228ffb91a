"""Render a results JSON file as the Markdown tables of RESULTS.md.

    python -m benchmarks.report benchmarks/out/results.json [more.json ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from benchmarks.runner import fmt


def machine(doc: dict) -> str:
    m = doc["machine"]
    return (f"- {m['nproc']} CPUs ({m['cpu']}), {m['memory_gb']} GB memory, {m['os']}\n"
            f"- Python {m['python']}, SQLite {m['sqlite']}, desk commit {m['commit']}\n"
            f"- load average (1/5/15 min) at start {m.get('load_average_at_start')}, at end {m.get('load_average')}\n"
            f"- run started {doc['started']}, took {doc['seconds'] / 60:.1f} min; sizes `{doc['sizes']}`"
            + (f", overridden: {doc['sizes_overridden']}" if doc.get("sizes_overridden") else ""))


def rows(doc: dict) -> str:
    out = ["| figure | size | desk | baseline | ratio | target | met | note |", "|---|---|---|---|---|---|---|---|"]
    for f in doc["figures"]:
        met = {True: "ok", False: "**MISS**", None: ""}[f.get("met")]
        ratio = f"{f['ratio']:.3g}x" if f.get("ratio") is not None else "—"
        note = (f.get("note") or "").replace("|", "\\|")
        if f.get("baseline_what"):
            note = f"baseline: {f['baseline_what']}. {note}".strip()
        out.append(f"| {f['name']} | {f['size']} | {fmt(f['value'], f['unit'])} | {fmt(f['baseline'], f['unit'])} "
                   f"| {ratio} | {f.get('target', '')} | {met} | {note} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    for path in argv if argv is not None else sys.argv[1:]:
        doc = json.loads(Path(path).read_text())
        print(f"### `{path}`\n\n{machine(doc)}\n\n{rows(doc)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
