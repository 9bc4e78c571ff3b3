# `make demo` and `make test` are all a newcomer needs; both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PAGES  ?= ../shared/aeb/html

.PHONY: install demo test lint bench clean train-types train-actions

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "breachkb needs Python 3.11 or newer (found $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	@touch $@

install: $(STAMP)

demo: install
	$(BIN)/breachkb init
	$(BIN)/breachkb load seeds/
	$(BIN)/breachkb incidents
	$(BIN)/breachkb counts

# With PostgreSQL and Redis installed, .ci/with-servers runs the suite against throwaway
# servers too (and says which backends ran); without them those tests skip.
test: install
	.ci/with-servers $(BIN)/pytest

# Retrain the sentence breach-type classifier from extract/data/type_corpus.jsonl (seeded:
# the same corpus gives the same model); commit the corpus and extract/data/type_model/ together.
train-types: install
	$(BIN)/python -m extract.train_type_model

# Retrain the regulator-action classifier from extract/data/action_corpus.jsonl, the same way;
# commit the corpus and extract/data/action_model/ together.
train-actions: install
	$(BIN)/python -m extract.train_action_model

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: install
	$(BIN)/python benchmarks/extract_bench.py --pages $(PAGES) --workers 2
	$(BIN)/python benchmarks/clean_bench.py --pages $(PAGES)
	$(BIN)/python benchmarks/dedup_bench.py
	$(BIN)/python benchmarks/dedup_bench.py --resolve-facts 1000 5000 20000
	$(BIN)/python benchmarks/crawl_bench.py --pages 2000 --workers 0 2
	$(BIN)/python benchmarks/stream_bench.py --pages $(PAGES) --total 2000
	$(BIN)/python benchmarks/query_bench.py --articles 200000 --incidents 20000
	$(BIN)/python benchmarks/read_bench.py --records 5000
	$(BIN)/python benchmarks/web_limits_bench.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache .mypy_cache breachkb.sqlite*
