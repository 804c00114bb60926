#!/usr/bin/env bash
# Debian's Chromium for the dashboard's browser test (Playwright drives it through CARESERVICES_CHROMIUM, default
# /usr/bin/chromium; Playwright's own browser downloads are not used).
#
#   scripts/browser.sh install   install the chromium package when it is missing (needs root)
set -euo pipefail

readonly CHROMIUM="${CARESERVICES_CHROMIUM:-/usr/bin/chromium}"

case "${1:-}" in
  install)
    [[ -x "$CHROMIUM" ]] && exit 0
    if [[ $(id -u) -ne 0 ]]; then
      echo "browser.sh: $CHROMIUM is missing; install it as root: sudo apt-get install -y chromium" >&2
      exit 1
    fi
    echo "browser.sh: installing chromium (once)" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium > /dev/null
    ;;
  *) echo "usage: $0 install" >&2; exit 2 ;;
esac
