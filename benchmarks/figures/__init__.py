"""One module per figure; each has `run(size, ctx) -> list[Figure]` and `SIZES` for small/full."""

NAMES = ("ingest", "extraction", "clustering", "search", "tui")
