# Two commands set everything up on a fresh machine with Python 3.11+:
#   make run   installs the app in .venv and opens it (on a demo village the first time)
#   make test  installs what the tests need and runs the whole suite (4 workers: the
#              app tests mostly wait on the screen, so 4 keep 2 cores busy)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= data/abcd.db

.PHONY: run test lint bench clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "abcd-tui needs Python 3.11 or newer (set PYTHON=python3.11)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

run: $(VENV)/.installed
	@test -f $(DB) || $(BIN)/abcd --db $(DB) demo
	$(BIN)/abcd --db $(DB)

test: $(VENV)/.installed
	$(BIN)/python -m pytest -n 4 -q

lint: $(VENV)/.installed
	$(BIN)/ruff check abcd_tui tests benchmarks
	$(BIN)/ruff format --check abcd_tui tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_register.py
	$(BIN)/python benchmarks/bench_analysis.py

clean:
	rm -rf $(VENV) build *.egg-info
