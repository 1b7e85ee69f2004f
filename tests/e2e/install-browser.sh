#!/usr/bin/env bash
# Installs Debian's Chromium for the explorer's end-to-end tests (tests/e2e/explorer*.test.ts),
# unless it is already there. Non-interactive, for CI (.ci/run) and fresh machines; needs root.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  echo "chromium present: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi
started=$(date +%s)
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
echo "chromium installed in $(( $(date +%s) - started )) s: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
