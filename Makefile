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

TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: setup system translations update-translations run test bench lint screenshots clean

setup: system $(STAMP) translations

system:
	@sh .ci/system-packages

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

# The interface in Chinese: Qt Linguist sources (.ts, in git) compiled to the
# .qm files the app loads (built here, ignored by git, shipped in the wheel).
translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing texts in ui/: gather them into the .ts files, then translate
# the new ones (Qt Linguist, or by hand); orgchart_en.ts holds plurals only.
# lupdate takes our "#:" attribute comments for notes to translators: dropped.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $(sort $(shell find ui -name '*.py')) \
		-ts resources/translations/orgchart_zh_CN.ts resources/translations/orgchart_zh_TW.ts
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -pluralonly \
		$(sort $(shell find ui -name '*.py')) -ts resources/translations/orgchart_en.ts
	sed -i '/<extracomment>.*<\/extracomment>/d' resources/translations/*.ts

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
