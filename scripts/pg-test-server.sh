#!/usr/bin/env bash
# Start a throw-away PostgreSQL cluster on loopback for the tests and print its URL.
#   eval "$(bash scripts/pg-test-server.sh start DIR)"   -> exports SECRETARIAT_TEST_PG
#   bash scripts/pg-test-server.sh stop DIR
# PG_TEST_PORT picks the port (default 55432). Root runs the server as the postgres user.
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?directory}; port=${PG_TEST_PORT:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    mkdir -p "$dir"; [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then run "$bin/initdb" -D "$dir" -U app -A trust >/dev/null; fi
    if ! run "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" start >/dev/null; then
      echo "PostgreSQL did not start on port $port; its log:" >&2
      tail -n 20 "$dir/server.log" >&2 || true
      exit 1
    fi
    echo "export SECRETARIAT_TEST_PG=postgresql+psycopg://app@127.0.0.1:$port/postgres"
    ;;
  stop)
    run "$bin/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true
    ;;
esac
