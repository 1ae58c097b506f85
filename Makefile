# matsci-jupyter: `make demo` sets up and runs the offline quick-start notebook;
# `make test` sets up and runs the test suite. `make lab` opens JupyterLab.
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: setup demo lint typecheck test test-fast lab bench

setup:
	bash scripts/setup.sh

demo: setup
	$(PY) -m matsci_jupyter.demo demo_notebooks/quickstart.ipynb --out out

lint:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: setup
	bash scripts/setup-jupyter-ai.sh  # the persona's tests against the real jupyter-ai 3 (layered .venv-jai)
	$(MAKE) lint
	$(MAKE) typecheck
	$(PY) -m pytest -q

test-fast: setup
	$(PY) -m pytest -q -m "not slow and not browser"

lab: setup
	$(VENV)/bin/jupyter lab demo_notebooks

bench: setup
	$(PY) benchmarks/model_layer.py

typecheck:
	$(VENV)/bin/mypy
