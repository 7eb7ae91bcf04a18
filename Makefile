# pledgegraph: the two commands that matter are `make demo` and `make test`.
# Everything is installed by these targets; nothing needs installing by hand
# beyond Python 3.11+, Java 17/21 and Maven (present on the project's machines).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORPUS ?= ../shared/corpus
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: help install lock neo4j neo4j-stop neo4j-status neo4j-reset schema load serve demo test test-fast bench bench-paint clean web browser

help:
	@echo "make demo   install, start Neo4j, apply the schema, load $(CORPUS), serve the API on $(HOST):$(PORT)"
	@echo "make test   install and run the whole test suite against a real Neo4j (started by the tests)"
	@echo "other: install lock neo4j neo4j-stop neo4j-status neo4j-reset schema load serve bench clean"

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "pledgegraph needs Python 3.11 or newer; found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

# Re-resolve the newest versions pyproject.toml allows into constraints.txt (in a scratch
# venv, so the project's own stays as it is); then run make test before committing it.
LOCK_VENV ?= /tmp/pledgegraph-lock-venv
lock:
	rm -rf $(LOCK_VENV) && $(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/pip install --quiet --upgrade pip
	$(LOCK_VENV)/bin/pip install --quiet -e '.[dev]'
	{ sed -n '/^#/p' constraints.txt; $(LOCK_VENV)/bin/pip freeze --exclude-editable | grep -viE '^(pip|setuptools|wheel)=='; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
	rm -rf $(LOCK_VENV)
	@echo "constraints.txt re-resolved; if babel, pycountry or simplemma moved: $(BIN)/python -m loaders.names.forms"

neo4j:
	@bash scripts/neo4j.sh start

neo4j-stop:
	@bash scripts/neo4j.sh stop

neo4j-status:
	@bash scripts/neo4j.sh status

neo4j-reset:
	@bash scripts/neo4j.sh reset

schema: install neo4j
	$(BIN)/pledgegraph schema apply

load: install neo4j
	$(BIN)/pledgegraph load $(CORPUS)

serve: install
	$(BIN)/pledgegraph serve --host $(HOST) --port $(PORT)

demo: install neo4j schema load serve

test: install browser
	$(BIN)/python -m pytest

# The explorer page (web/ -> api/static/, committed): only needed after editing web/.
web:
	cd web && npm ci && npm run build

# Debian's Chromium for the explorer's browser tests (Playwright drives it by path; it
# never downloads a browser). Installed only when missing; stops the run if it cannot be.
CHROMIUM ?= /usr/bin/chromium
browser:
	@if [ -x "$(CHROMIUM)" ]; then exit 0; fi; \
	SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	echo "installing Debian's chromium for the explorer tests ..."; \
	( $$SUDO apt-get update && $$SUDO apt-get install -y chromium ) || { echo "make browser: could not install chromium with apt-get; the explorer tests need it at $(CHROMIUM)" >&2; exit 1; }; \
	[ -x "$(CHROMIUM)" ] || { echo "make browser: apt-get finished but $(CHROMIUM) is missing" >&2; exit 1; }

bench: install
	$(BIN)/python -m bench.run

# The explorer's cold first paint (issue 17) beside a blank page served in the same run, with the load average
# (bench/explorer_paint.py; figures in bench/NOTES.md). Needs a loaded graph at NEO4J_* (make neo4j load).
# PAINT_ARGS, e.g. "--loads 30 --compare DIR" to serve an older build (its api/static) beside this one.
PAINT_ARGS ?= --loads 20
bench-paint: install
	$(BIN)/python -m bench.explorer_paint $(PAINT_ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
