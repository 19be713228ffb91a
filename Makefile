# desk — one command to run it, one to test it. Both set up .venv first.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test setup lint bench clean

$(BIN)/desk: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(BIN)/desk

setup: $(BIN)/desk

## Open the TUI on the default database (filled with seeds/ on first run).
run: setup
	$(BIN)/desk $(ARGS)

## Lint, layer contracts and the whole test suite.
test: setup
	@sh scripts/ensure-tools
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q -n 2

## Benchmarks (see benchmarks/README.md); SIZES=small for a quick pass.
bench: setup
	$(BIN)/python -m benchmarks $(BENCH_ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
