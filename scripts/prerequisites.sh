#!/usr/bin/env bash
# Installs what the engine and its tests need when missing, on Debian/Ubuntu.
# Usage: scripts/prerequisites.sh [browser]
set -euo pipefail

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
updated=0
apt_install() {
  if [ $updated -eq 0 ]; then sudo_if_needed apt-get update -qq; updated=1; fi
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing PostgreSQL (apt-get)…"
  apt_install postgresql
fi

if [ "${1:-}" = "browser" ]; then
  if ! command -v chromium >/dev/null 2>&1; then
    echo "Installing Chromium (apt-get)…"
    apt_install chromium
  fi
  # Without a CJK font, Chinese text renders as empty boxes in headless Chromium.
  if ! fc-list 2>/dev/null | grep -qiE 'wqy|noto.*cjk'; then
    echo "Installing a Chinese font (apt-get)…"
    apt_install fonts-wqy-microhei
  fi
  if ! command -v node >/dev/null 2>&1; then
    echo "Installing Node.js (apt-get)…"
    apt_install nodejs npm
  fi
fi
