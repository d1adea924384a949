# Two entry points (README quick start): `make run` and `make test`. Both build .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test bench lint native

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The hot modules compiled with mypyc into build/native; does nothing when the build matches the sources.
native: $(STAMP)
	$(VENV)/bin/python scripts/compile_native.py

run: native
	$(VENV)/bin/pipeline run --raw raw --warehouse warehouse
	$(VENV)/bin/pipeline query "select outlet, published_on, dateline, left(headline, 60) as headline, length(body) as chars from articles order by published_on"
	$(VENV)/bin/pipeline query "select speaker, speaker_countries, cue, left(content, 70) as content from statements limit 12"
	$(VENV)/bin/pipeline query "select committer, committer_countries as countries, kind, reaffirmed as again, left(action, 45) as action, cluster_id[:8] as cluster from commitments order by cluster_id"

test: native
	$(VENV)/bin/ruff check src flows tests scripts
	$(VENV)/bin/mypy
	$(VENV)/bin/python -m pytest -q

bench: native
	$(VENV)/bin/python scripts/benchmark.py
