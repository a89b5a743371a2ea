# The two commands in the README:
#   make run   - set everything up, then run nudger on SQLite (needs NUDGER_TELEGRAM_TOKEN)
#   make test  - set everything up, then lint, type-check and run all tests
# make test-fast runs the fast test tier alone (pytest -m "not e2e", one process per core).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The benchmark's aiogram peer (bench/peer_aiogram.py) has an environment of its own: aiogram
# pins pydantic below nudger's (bench/peer-requirements.txt). Only `make bench*` makes it.
PEER_VENV ?= .venv-peer
PEER_STAMP := $(PEER_VENV)/.installed

.PHONY: run demo test test-fast check lint typecheck migrations-check pytest fake-api bench bench-smoke clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(PEER_STAMP): bench/peer-requirements.txt
	$(PYTHON) -m venv $(PEER_VENV)
	$(PEER_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(PEER_VENV)/bin/python -m pip install --quiet -r bench/peer-requirements.txt
	touch $(PEER_STAMP)

run: $(STAMP)
	$(BIN)/nudger run

test: check pytest

check: lint typecheck migrations-check

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/hadolint --failure-threshold warning Dockerfile

typecheck: $(STAMP)
	$(BIN)/mypy

# The tables and the migrations agree (on a scratch SQLite file).
migrations-check: $(STAMP)
	rm -f $(VENV)/alembic-check.db
	NUDGER_DATABASE_URL=sqlite+aiosqlite:///$(VENV)/alembic-check.db $(BIN)/alembic upgrade head
	NUDGER_DATABASE_URL=sqlite+aiosqlite:///$(VENV)/alembic-check.db $(BIN)/alembic check

# The fast tier on every core (its tests share nothing: each has its own database file), then
# the e2e tier in one process (processes, rates and time-outs that other tests would disturb).
pytest: $(STAMP)
	$(BIN)/pytest -m "not e2e" -n auto
	$(BIN)/pytest -m e2e

# The inner loop: everything but the real bot over HTTP, processes and PostgreSQL (marked e2e).
test-fast: $(STAMP)
	$(BIN)/pytest -m "not e2e" -n auto

# A fake Bot API on 127.0.0.1:8081, to try `make run` without Telegram:
#   make fake-api   (in one terminal)
#   NUDGER_TELEGRAM_TOKEN=123456:TEST NUDGER_TELEGRAM_API_URL=http://127.0.0.1:8081 make run
demo: $(STAMP)
	$(BIN)/nudger demo

fake-api: $(STAMP)
	$(BIN)/python -m nudger.testing.fake_bot_api --port 8081 --token 123456:TEST

# The benchmark (docs/performance.md): every case on SQLite and PostgreSQL, about 30 minutes;
# prints a table with PASS/FAIL per target and writes bench-results.json.
bench: $(STAMP) $(PEER_STAMP)
	NUDGER_BENCH_PEER_PYTHON=$(PEER_VENV)/bin/python $(BIN)/python -m bench

# The same cases at a tiny scale (no targets judged): a check that every case still runs.
bench-smoke: $(STAMP) $(PEER_STAMP)
	NUDGER_BENCH_PEER_PYTHON=$(PEER_VENV)/bin/python $(BIN)/python -m bench --smoke \
		--json $(VENV)/bench-smoke.json

clean:
	rm -rf $(VENV) $(PEER_VENV) .mypy_cache .ruff_cache .pytest_cache
