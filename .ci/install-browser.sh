#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests (tests/test_app.py), unless it is already there.
# Idempotent and quiet; Playwright drives this executable, so no browser download is needed.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt_get() { if [ "$(id -u)" -eq 0 ]; then apt-get "$@"; else sudo apt-get "$@"; fi; }
apt_get update -qq >/dev/null
apt_get install -y -qq --no-install-recommends chromium >/dev/null
/usr/bin/chromium --version 2>/dev/null | head -n 1
