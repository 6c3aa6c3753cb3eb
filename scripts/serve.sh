#!/usr/bin/env bash
# Installs what is missing, builds ASG Lab (release) and serves it on http://127.0.0.1:$PORT/
# (default 8080). Trunk rebuilds on file changes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
source scripts/env.sh
port="${PORT:-8080}"
echo "[serve] ASG Lab will be at http://127.0.0.1:$port/ once built"
exec trunk serve --release --address 127.0.0.1 --port "$port"
