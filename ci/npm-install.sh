#!/usr/bin/env bash
# Installs the npm packages of conformance/npm (pinned by its package-lock.json)
# that persha's smoke tests (conformance/npm/test-*.js) run unchanged.
# Idempotent: does nothing when node_modules already matches the lockfile.
set -euo pipefail
cd "$(dirname "$0")/../conformance/npm"
if ! command -v npm >/dev/null 2>&1; then
  echo "npm-install.sh: npm is needed for the npm smoke tests (apt-get install nodejs npm)" >&2
  exit 1
fi
stamp=node_modules/.persha-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error >/dev/null
cp package-lock.json "$stamp"
