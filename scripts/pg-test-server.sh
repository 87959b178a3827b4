#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL server for tests and benchmarks.
#   scripts/pg-test-server.sh start DIR [PORT]   -> prints the postgresql:// URL
#   scripts/pg-test-server.sh stop DIR
# Runs the server as the `postgres` user when called as root (PostgreSQL refuses root).
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?data folder}; port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || bin=$(dirname "$(command -v initdb)")
as=(); user=$(id -un)
if [ "$(id -u)" -eq 0 ]; then as=(runuser -u postgres --); user=postgres; fi
case "$cmd" in
  start)
    mkdir -p "$dir"; [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    [ -f "$dir/data/PG_VERSION" ] || "${as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U "$user" -E UTF8 --no-locale >/dev/null
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c shared_buffers=256MB -c work_mem=16MB" start >/dev/null
    echo "postgresql://$user@127.0.0.1:$port/postgres" ;;
  stop)
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null ;;
  *) echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac
