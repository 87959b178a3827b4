#!/usr/bin/env bash
# Install the system programs armsgraph's tests need, when the machine lacks them:
# a PostgreSQL server (initdb/pg_ctl) and Debian's Chromium for the browser tests.
# Idempotent; needs root (or sudo) only when something is missing.
set -euo pipefail
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -eq 0 ]; then
    echo "system: PostgreSQL server and Chromium present"
    exit 0
fi
echo "system: installing ${need[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
