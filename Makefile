# Two commands do all set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench clean dist

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/dispatcher

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	$(BIN)/python benchmarks/engine.py
	$(BIN)/python benchmarks/ui.py
	$(BIN)/python benchmarks/reports.py
	$(BIN)/python benchmarks/soak.py

# The Windows-style one-folder program in dist/dispatcher/ (here for this system; the
# Windows build is .github/workflows/windows.yml). Not part of `test`: it takes minutes.
dist: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/dispatcher.spec
	$(BIN)/python packaging/check_dist.py dist/dispatcher

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
