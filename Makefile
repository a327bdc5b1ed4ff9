# Two commands for a fresh machine: `make run` (set up, build the index, open the chat page)
# and `make test` (set up, run the tests). Both create .venv and install into it from nothing.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-fast build bench bench-quick clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# The CPU build of torch, pinned: an unpinned torch can pull a multi-GB CUDA build.
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m qa build
	$(PY) app.py

test: $(STAMP)
	@[ -x /usr/bin/chromium ] || bash .ci/install-browser.sh || echo "no chromium: browser tests will be skipped"
	$(PY) -m pytest

test-fast: $(STAMP)
	$(PY) -m pytest -m "not model and not browser"

BENCH_STAMP := $(VENV)/.installed-bench
$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bench]'
	touch $(BENCH_STAMP)

# Benchmarks (not part of `make test`): results go to bench/results/ and the README's tables.
bench: $(BENCH_STAMP)
	$(PY) -m bench all

bench-quick: $(BENCH_STAMP)
	$(PY) -m bench all --quick

build: $(STAMP)
	$(PY) -m qa build

clean:
	rm -rf $(VENV) index/*.json index/*.faiss .pytest_cache
