# Two commands set everything up on a fresh machine with Python 3.11+:
#   make run   installs the app (only what it needs) in .venv and opens it (on a demo
#              village the first time)
#   make test  adds what the tests need (the dev extras) and runs the whole suite (4
#              workers: the app tests mostly wait on the screen, so 4 keep 2 cores busy)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= data/abcd.db

.PHONY: run test lint bench clean

# Quiet: pip's progress and the build backend's warnings are no news to a user; errors
# still show.
PIP := $(BIN)/python -m pip install -qq --disable-pip-version-check --no-warn-script-location

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "abcd-tui needs Python 3.11 or newer (set PYTHON=python3.11)")'
	@echo "Setting up .venv (once) ..."
	@$(PYTHON) -m venv $(VENV)

# Two stamps: .app for the app alone (make run), .installed for the app and everything
# the tests and linters need (make test, make lint).
$(VENV)/.app: pyproject.toml | $(BIN)/python
	@echo "Installing abcd-tui in .venv ..."
	@$(PIP) -e .
	@touch $@

$(VENV)/.installed: $(VENV)/.app
	@echo "Installing the test tools in .venv ..."
	@$(PIP) -e '.[dev]'
	@touch $@

run: $(VENV)/.app
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
	$(BIN)/python benchmarks/bench_import.py
	$(BIN)/python benchmarks/bench_startup.py

clean:
	rm -rf $(VENV) build *.egg-info
