#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster for the storage tests:
#   postgres-fixture.sh start DIR PORT   initdb in DIR, listen on 127.0.0.1:PORT only, create
#                                        role autocoin (password autocoin) and db autocoin_test
#   postgres-fixture.sh stop DIR         stop it and delete DIR
# Uses the distribution's server binaries; as root it runs them as the postgres user.
set -euo pipefail
action=$1
dir=$2
port=${3:-54329}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
    echo "PostgreSQL server binaries not found: apt-get install postgresql (installer/bootstrap.sh test does)" >&2
    exit 1
fi
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# On a failure, say why: the server's own words are in its logs, which ctest would not show.
#   failed MESSAGE LOG...
failed() {
    local log
    echo "postgres-fixture: $1" >&2
    shift
    for log in "$@"; do
        if [ -s "$log" ]; then
            echo "--- last lines of $log:" >&2
            tail -n 20 "$log" >&2
        fi
    done
    exit 1
}

case "$action" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then as_postgres "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    as_postgres "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
        failed "initdb failed in $dir/data" "$dir/initdb.log"
    as_postgres "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null ||
        failed "the server did not start on 127.0.0.1:$port" "$dir/server.log"
    as_postgres "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q \
        -c "CREATE ROLE autocoin LOGIN PASSWORD 'autocoin'" -c "CREATE DATABASE autocoin_test OWNER autocoin" ||
        failed "could not create the role autocoin and the database autocoin_test" "$dir/server.log"
    echo "PostgreSQL running on 127.0.0.1:$port ($dir)"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_postgres "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start DIR [PORT] | stop DIR" >&2
    exit 2
    ;;
esac
