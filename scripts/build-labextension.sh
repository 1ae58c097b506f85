#!/usr/bin/env bash
# Build the MatSci JupyterLab extension (labextension/) into matsci_jupyter/labextension,
# where the wheel picks it up (share/jupyter/labextensions/matsci-jupyter): users of the
# wheel need no node. Called by scripts/setup.sh; safe to run again (does nothing when
# nothing changed).
#
#   bash scripts/build-labextension.sh              # install node packages if needed, build
#   bash scripts/build-labextension.sh --deps-only  # only `npm ci` (for the TypeScript tests)
#   bash scripts/build-labextension.sh --force      # rebuild even when up to date
#
# Node packages come from the npm registry with `npm ci` and the committed
# package-lock.json (reproducible). Needs node >= 20.19 and the Python
# `jupyter-builder` (in the [test] extra; .venv/bin is used when present).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
EXT=labextension
OUT=matsci_jupyter/labextension
STAMP=$EXT/lib/.matsci-build-stamp
log() { printf '\033[1m[labextension]\033[0m %s\n' "$*"; }

deps_only=0; force=0
for arg in "$@"; do
  case "$arg" in
    --deps-only) deps_only=1 ;;
    --force) force=1 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if [ -f "$OUT/package.json" ]; then
    log "node/npm not found; keeping the extension already built in $OUT"
    exit 0
  fi
  echo "node and npm are needed to build the JupyterLab extension (Node >= 20.19):" \
       "install them (Debian: apt-get install nodejs npm) and run this script again" >&2
  exit 1
fi
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  echo "Node $(node --version) is too old for the extension build: need >= 20.19" >&2
  exit 1
fi

# 1. node packages, exactly as locked; again only when the lock file changed
if [ ! -d "$EXT/node_modules" ] || [ "$EXT/package-lock.json" -nt "$EXT/node_modules/.package-lock.json" ]; then
  log "installing node packages (npm ci)"
  (cd "$EXT" && npm ci --no-audit --no-fund --loglevel=error)
fi
[ "$deps_only" = 1 ] && exit 0

# 2. the TypeScript payload types, generated from the pydantic models (tests/test_payload_types.py
#    fails when the committed file is stale)
PYGEN=python3; [ -x .venv/bin/python ] && PYGEN=.venv/bin/python
if PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}" "$PYGEN" -c "import pydantic" >/dev/null 2>&1; then
  PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}" "$PYGEN" -m matsci_jupyter.commands.typescript "$EXT/src/generated/payloads.ts"
else
  log "no Python with pydantic here: keeping the committed $EXT/src/generated/payloads.ts"
fi

# 3. build when the sources changed since the last build
[ -x .venv/bin/jupyter-builder ] && export PATH="$ROOT/.venv/bin:$PATH"
if ! command -v jupyter-builder >/dev/null 2>&1; then
  echo "jupyter-builder (Python) is needed: pip install 'jupyter-builder>=1.3'" \
       "(in the [test] extra that scripts/setup.sh installs)" >&2
  exit 1
fi
sources_hash=$( (cd "$EXT" && find src style -type f -print0 | sort -z | xargs -0 cat \
                 && cat package.json package-lock.json tsconfig.json) | sha256sum | cut -c1-16)
if [ "$force" = 1 ] || [ ! -f "$OUT/package.json" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$sources_hash" ]; then
  log "building into $OUT"
  (cd "$EXT" && npm run --silent build:prod)
  mkdir -p "$(dirname "$STAMP")" && echo "$sources_hash" > "$STAMP"
else
  log "up to date"
fi

# 4. a checkout with its own .venv (scripts/setup.sh, editable install): point JupyterLab
#    at this build, so a rebuild shows without reinstalling
if [ -x .venv/bin/python ]; then
  dest=$(.venv/bin/python -c 'import sys, os; print(os.path.join(sys.prefix, "share", "jupyter", "labextensions", "matsci-jupyter"))')
  case "$dest" in
    "$ROOT"/.venv/*)
      if [ "$(readlink "$dest" 2>/dev/null)" != "$ROOT/$OUT" ]; then
        mkdir -p "$(dirname "$dest")"
        rm -rf "$dest"
        ln -s "$ROOT/$OUT" "$dest"
        log "linked $dest -> $OUT"
      fi ;;
  esac
fi
log "done"
