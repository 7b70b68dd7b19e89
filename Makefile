# Ask to Learn: the two front-door commands.
#   make start   create .venv if needed, install the course, open JupyterLab on the first notebook
#   make test    create .venv if needed, install the test extras, run the whole test suite
#   make test-quick  everything but the browser and classroom tests (for development, about a minute)
#   make app     the course as a no-code web app (Voila)
#   make notebooks  rebuild notebooks/*.ipynb from tools/notebook_sources/*.py
#   make bench   print the performance figures

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8888
APP_PORT ?= 8866
ROOT_FLAG := $(shell [ "$$(id -u)" = "0" ] && echo --allow-root)

.PHONY: start test test-quick app notebooks bench clean-venv test-classroom bench-classroom

$(BIN)/python:
	@echo "Creating the course's Python environment in $(VENV)..."
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --quiet --upgrade pip

# PYTHONWARNINGS=ignore: setuptools' boxed notice about editable installs says nothing a learner can act on;
# --quiet twice: pip's warnings about a machine's own index settings neither (its errors still show)
$(VENV)/.installed: $(BIN)/python pyproject.toml
	@echo "Installing the course into $(VENV) (a minute or two, the first time only)..."
	@PYTHONWARNINGS=ignore $(BIN)/python -m pip install --quiet --quiet -e .
	@$(BIN)/python -m lesson_utils.lab_settings
	@$(BIN)/python -m lesson_utils.setup_hint
	@touch $@

# Bytecode for the course's own modules, written once here, so that no lesson's kernel compiles them
# again at every start (where PYTHONDONTWRITEBYTECODE is set, Python never writes it for an editable
# install). Rebuilt for the files that changed whenever a source is newer than the stamp.
$(VENV)/.compiled: $(VENV)/.installed $(wildcard lesson_utils/*.py lesson_utils/*/*.py)
	@$(BIN)/python -m compileall -q lesson_utils > /dev/null
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	PYTHONWARNINGS=ignore $(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

$(VENV)/.installed-app: $(VENV)/.installed pyproject.toml
	@PYTHONWARNINGS=ignore $(BIN)/python -m pip install --quiet --quiet -e '.[app]'
	@touch $@

start: $(VENV)/.installed $(VENV)/.compiled
	@$(BIN)/jupyter trust notebooks/*.ipynb > /dev/null 2>&1
	@echo "Starting the course: your browser opens on lesson 00, Start here."
	@echo "If it does not, copy the address below that ends in ?token=... into your browser."
	@echo "Press Ctrl+C here to stop the course (your work is saved)."
	@cd notebooks && PYTHONWARNINGS=ignore::DeprecationWarning ../$(BIN)/jupyter lab \
		--config=../config/jupyter_server_config.py --ip 127.0.0.1 --port $(PORT) $(ROOT_FLAG)

test: $(VENV)/.installed-test $(VENV)/.compiled
	$(BIN)/python -m pytest tests notebooks --ignore=tests/classroom --nbval-lax --nbval-current-env -q -rfEs

test-quick: $(VENV)/.installed-test $(VENV)/.compiled
	$(BIN)/python -m pytest tests notebooks --nbval-lax --nbval-current-env -q -rfEs --ignore=tests/classroom -m "not browser and not classroom"

app: $(VENV)/.installed-app $(VENV)/.compiled
	@$(BIN)/jupyter trust notebooks/*.ipynb > /dev/null 2>&1
	@echo "The course as an app: open http://127.0.0.1:$(APP_PORT)/ in your browser. Ctrl+C here stops it."
	@JUPYTER_PATH=$(CURDIR)/config JUPYTER_CONFIG_PATH=$(CURDIR)/config ASK_TO_LEARN_APP=1 PYTHONWARNINGS=ignore::DeprecationWarning \
		$(BIN)/voila --no-browser --port $(APP_PORT) --Voila.ip=127.0.0.1 --template=course \
		--Voila.log_level=WARN --KernelManager.transport=ipc notebooks

notebooks: $(BIN)/python
	$(BIN)/python tools/build_notebooks.py

bench: $(VENV)/.installed-test $(VENV)/.compiled
	$(BIN)/python benchmarks/run_all.py

clean-venv:
	rm -rf $(VENV)

# The workshop classroom on a real JupyterHub (instructors/hub/jupyterhub_config.py): three learners
# in headless Chromium. Installs jupyterhub, nbgitpuller and the idle culler into .venv, and
# configurable-http-proxy with npm into .venv/classroom-proxy (Node from Debian if missing).
$(VENV)/.installed-classroom: $(VENV)/.installed-test pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[classroom]'
	@command -v npm > /dev/null || { if [ "$$(id -u)" = "0" ]; then apt-get install -y -qq nodejs npm > /dev/null; else sudo apt-get install -y -qq nodejs npm > /dev/null; fi; }
	npm install --silent --prefix $(VENV)/classroom-proxy --no-audit --no-fund configurable-http-proxy@5
	touch $@

test-classroom: $(VENV)/.installed-classroom
	$(BIN)/python -m pytest tests/classroom -m classroom -p no:randomly -q -rfEs --durations=0

bench-classroom: $(VENV)/.installed-classroom
	$(BIN)/python benchmarks/classroom_bench.py

# The course in the browser (JupyterLite + Pyodide): a static site in _build/lite/.
#   make lite           build the site (needs only the package registries; about a minute)
#   make lite-serve     serve it on 127.0.0.1 and print the address
#   make lite-publish   build from clean and pack it as _build/ask-to-learn-site.zip for a web server
LITE_PORT ?= 8000

.PHONY: lite lite-serve lite-publish

lite:
	$(PYTHON) tools/build_lite.py build

lite-serve:
	@[ -f _build/lite/index.html ] || $(PYTHON) tools/build_lite.py build
	@$(PYTHON) tools/build_lite.py serve --port $(LITE_PORT)

lite-publish:
	$(PYTHON) tools/build_lite.py build
	rm -f _build/ask-to-learn-site.zip
	cd _build/lite && $(PYTHON) -m zipfile -c ../ask-to-learn-site.zip .
	@echo "Publish the folder _build/lite/ (or unpack _build/ask-to-learn-site.zip) on any static web server."
