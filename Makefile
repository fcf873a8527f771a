# Two commands do all set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
INSTALLED := $(VENV)/.packages

# Translations: every resources/i18n/*_<lang>.ts of a language (the command line's and
# reports' dispatcher_<lang>.ts, the window's dispatcher_ui_<lang>.ts) is compiled into the
# one dispatcher_<lang>.qm the program reads. The .qm files are built, never committed.
I18N := resources/i18n
LANGS := ru kk en
CATALOGS := $(LANGS:%=$(I18N)/dispatcher_%.qm)
# The sources `make catalogs` reads for dispatcher_<lang>.ts: everything but the window.
CORE_SOURCES = $(shell find dispatcher -name '*.py' -not -path 'dispatcher/ui/*' | sort)
LUPDATE_FLAGS := -locations none -no-obsolete -silent \
	-disable-heuristic sametext -disable-heuristic similartext

.PHONY: run test lint format bench clean catalogs catalogs-build

# The stamp stands for a usable install: packages and built catalogs.
$(STAMP): $(INSTALLED) $(CATALOGS)
	touch $(STAMP)

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(INSTALLED)

.SECONDEXPANSION:
$(I18N)/dispatcher_%.qm: $(INSTALLED) $$(wildcard $(I18N)/*_$$*.ts)
	$(BIN)/pyside6-lrelease -silent $(filter %.ts,$^) -qm $@

catalogs-build: $(CATALOGS)

# Refresh the .ts files from the sources (new messages come in unfinished; translate them).
catalogs: $(INSTALLED)
	$(BIN)/pyside6-lupdate $(LUPDATE_FLAGS) $(CORE_SOURCES) \
		-ts $(I18N)/dispatcher_ru.ts $(I18N)/dispatcher_kk.ts
	$(BIN)/pyside6-lupdate $(LUPDATE_FLAGS) -pluralonly $(CORE_SOURCES) \
		-ts $(I18N)/dispatcher_en.ts
	$(BIN)/python tools/english_plurals.py $(I18N)/dispatcher_en.ts

run: $(STAMP)
	$(BIN)/dispatcher

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	$(BIN)/python benchmarks/engine.py
	$(BIN)/python benchmarks/ui.py
	$(BIN)/python benchmarks/reports.py
	$(BIN)/python benchmarks/soak.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache $(CATALOGS)
