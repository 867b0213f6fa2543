# Two commands for a newcomer: `make run` (set up, build the index, serve) and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed

.PHONY: install run test lint clean-index browser-deps

$(PY):
	python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip

# torch is pinned to the local CPU wheel first, so sentence-transformers never pulls CUDA builds.
$(STAMP): pyproject.toml | $(PY)
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e ".[st,test]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(VENV)/bin/policy-assistant ingest
	$(VENV)/bin/policy-assistant serve

# Debian's chromium (headless browser tests) and CJK fonts for readable screenshots.
browser-deps:
	@if [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/opentype/noto ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk fonts-noto-color-emoji; \
		else \
			sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk fonts-noto-color-emoji; \
		fi; \
	fi

test: install browser-deps
	$(VENV)/bin/ruff check app tests
	$(VENV)/bin/mypy
	$(VENV)/bin/python -m pytest

clean-index:
	rm -rf indexes/build-* indexes/ACTIVE indexes/.lock
