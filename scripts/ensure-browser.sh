#!/usr/bin/env bash
# The portal's browser tests (npm run test:browser) drive Debian's chromium, headless, and need a
# CJK font (without one, Chinese renders as boxes in screenshots). Playwright downloads no browser
# here (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1): this installs both from Debian when they are missing.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy" || missing+=(fonts-wqy-microhei)

if [ ${#missing[@]} -eq 0 ]; then
  echo "ensure-browser: chromium and a CJK font are installed"
  exit 0
fi

echo "ensure-browser: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null
command -v chromium >/dev/null
echo "ensure-browser: $(chromium --version 2>/dev/null || echo chromium installed)"
