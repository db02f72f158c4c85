# OrgChart Builder: `make run` opens the app on the bundled sample, `make test`
# runs the tests. Both set everything up first: the Debian packages the app
# needs (when missing) and a virtual environment in .venv with the project and
# its Python dependencies. Repeated runs are quick: nothing is reinstalled
# unless pyproject.toml changed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAMPLE := samples/poverty-alleviation.orgchart

.PHONY: setup system run test bench lint screenshots clean

setup: system $(STAMP)

system:
	@sh .ci/system-packages

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

run: setup
	$(BIN)/orgchart $(SAMPLE)

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

screenshots: setup
	$(BIN)/python -m tests.screenshots

lint: setup
	$(BIN)/ruff check orgchart ui tests

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
