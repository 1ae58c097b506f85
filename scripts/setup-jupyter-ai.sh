#!/usr/bin/env bash
# A second environment with jupyter-ai 3 for the persona's `slow` tests, layered over .venv:
# .venv-jai sees every package of .venv (a .pth file) and adds only jupyter-ai and what it
# pulls (chat, CRDTs, agent clients), so .venv and the JupyterLab it serves stay unchanged.
#   bash scripts/setup-jupyter-ai.sh && .venv/bin/python -m pytest -m slow tests/test_server_persona.py
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { echo "run scripts/setup.sh first" >&2; exit 1; }
if [ ! -x .venv-jai/bin/python ]; then
  .venv/bin/python -m venv .venv-jai
fi
base=$(.venv/bin/python -c "import site; print(site.getsitepackages()[0])")
own=$(.venv-jai/bin/python -c "import site; print(site.getsitepackages()[0])")
echo "$base" > "$own/matsci-base-venv.pth"
.venv-jai/bin/python -m pip install -q -c constraints.txt "jupyter-ai>=3.2,<4" "mcp>=1.25,<2"
.venv-jai/bin/python -c "import jupyter_ai_persona_manager, matsci_jupyter; print('jupyter-ai ready in .venv-jai')"
