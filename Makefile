# Two commands do all set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
INSTALLED := $(VENV)/.packages

# Translations: one catalog per language, resources/i18n/dispatcher_<lang>.ts (the window,
# the command line and the reports alike), compiled into the dispatcher_<lang>.qm the program
# reads. The .qm files are built, never committed.
I18N := resources/i18n
LANGS := ru kk en
CATALOGS := $(LANGS:%=$(I18N)/dispatcher_%.qm)
# The sources `make catalogs` reads for dispatcher_<lang>.ts: the whole program.
SOURCES = $(shell find dispatcher -name '*.py' | sort)
LUPDATE_FLAGS := -locations none -no-obsolete -silent \
	-disable-heuristic sametext -disable-heuristic similartext

.PHONY: run test lint format bench clean catalogs catalogs-build dist

# The stamp stands for a usable install: packages and built catalogs.
$(STAMP): $(INSTALLED) $(CATALOGS)
	touch $(STAMP)

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(INSTALLED)

$(I18N)/dispatcher_%.qm: $(INSTALLED) $(I18N)/dispatcher_%.ts
	$(BIN)/pyside6-lrelease -silent $(filter %.ts,$^) -qm $@

catalogs-build: $(CATALOGS)

# Refresh the .ts files from the sources (new messages come in unfinished; translate them).
catalogs: $(INSTALLED)
	$(BIN)/pyside6-lupdate $(LUPDATE_FLAGS) $(SOURCES) \
		-ts $(I18N)/dispatcher_ru.ts $(I18N)/dispatcher_kk.ts
	$(BIN)/pyside6-lupdate $(LUPDATE_FLAGS) -pluralonly $(SOURCES) \
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
	$(BIN)/python benchmarks/planning.py
	$(BIN)/python benchmarks/import_formats.py
	$(BIN)/python benchmarks/soak.py

# The Windows-style one-folder program in dist/dispatcher/ (here for this system; the
# Windows build is .github/workflows/windows.yml). Not part of `test`: it takes minutes.
dist: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/dispatcher.spec
	$(BIN)/python packaging/check_dist.py dist/dispatcher

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache $(CATALOGS)
