# armsgraph: `make demo` and `make test` work on a fresh machine (Python 3.11).
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
PIPOPT := --disable-pip-version-check -q

.PHONY: install install-test system demo test clean-venv

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml constraints.txt requirements-model.txt
	$(PIP) install $(PIPOPT) --require-hashes --no-deps -r requirements-model.txt
	$(PIP) install $(PIPOPT) -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install $(PIPOPT) -c constraints.txt -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

system:
	bash scripts/install-system.sh

demo: install
	$(VENV)/bin/armsgraph demo examples/corpus

test: install-test system
	$(PY) -m pytest -q -rs tests

clean-venv:
	rm -rf $(VENV)
