# akhbar — make demo | make test | make bench
# Works on a fresh Debian machine as root with only the package registries reachable.

SHELL := /bin/bash
UV := python3 -m uv
RUN := $(UV) run --frozen
PORT ?= 8000

.PHONY: install demo test lint bench train apt-test clean

.venv/.installed: pyproject.toml uv.lock
	$(UV) --version >/dev/null 2>&1 || python3 -m pip install --quiet --disable-pip-version-check uv \
		|| python3 -m pip install --quiet --break-system-packages uv
	$(UV) sync --frozen --all-extras
	touch $@

install: .venv/.installed

## demo: install, ingest the bundled example corpus into SQLite, print the story report, serve the web UI
demo: install
	rm -f akhbar-demo.db akhbar-demo.db-wal akhbar-demo.db-shm
	$(RUN) akhbar demo --db akhbar-demo.db --port $(PORT)

## apt-test: Debian packages the tests use: headless Chromium + driver and Arabic fonts (UI tests),
## PostgreSQL (a throwaway server the store tests start), a Java runtime (the PySpark job's test).
## Only what is missing is installed, so a machine that has them runs no apt at all.
APT_TEST := chromium chromium-driver fonts-noto-core postgresql default-jre-headless
apt-test:
	@missing=$$(for p in $(APT_TEST); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "apt: installing $$missing"; \
		SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

## test: lint (ruff, import layers, mypy --strict) and the whole pytest suite
test: install apt-test lint
	$(RUN) pytest

lint: install
	$(RUN) ruff check src tests bench
	$(RUN) ruff format --check src tests bench
	$(RUN) lint-imports
	$(RUN) mypy

## bench: quality and speed figures checked against bench/floors.json (prints a table, writes benchmarks/results/);
## BENCH_ARGS="--quick" for the quick mode, or benchmark names (bench/README.md)
BENCH_ARGS ?=
bench: install
	$(RUN) python bench/run.py $(BENCH_ARGS)

## train: rebuild the shipped models from the development data next to this checkout (../shared)
SHARED ?= ../shared/data
train: install
	$(RUN) akhbar train ner --train $(SHARED)/anercorp/train.txt
	$(RUN) akhbar train similarity --pairs $(SHARED)/semeval2022_ar/train_pairs.csv

clean:
	rm -rf .venv .pytest_cache .mypy_cache .ruff_cache akhbar-demo.db*
