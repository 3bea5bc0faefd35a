#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (and for trying the shop on PostgreSQL by hand):
# a new cluster in a temporary folder, on a free loopback port, trusting local connections, with
# fsync off (its data is thrown away). Uses the server binaries of Debian's `postgresql` package
# (installed with apt when missing) or any `initdb` on PATH. PostgreSQL refuses to run as root:
# run as root, the cluster belongs to the `postgres` user and is driven through runuser.
#
#   eval "$(scripts/throwaway-postgres.sh start)"   # exports SHOP_TEST_POSTGRES and SHOP_POSTGRES_DIR
#   scripts/throwaway-postgres.sh stop "$SHOP_POSTGRES_DIR"
#
# SHOP_TEST_POSTGRES is an Npgsql connection string to the cluster's `postgres` database as the
# superuser `postgres`; the tests create and drop a database of their own on it.
set -euo pipefail

find_bindir() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    done
    command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
    return 1
}

install_postgres() {
    echo "Installing postgresql with apt..." >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
}

# Runs a server binary as the cluster's owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local bindir
    bindir=$(find_bindir) || { install_postgres && bindir=$(find_bindir); } || {
        echo "PostgreSQL's server binaries (initdb, pg_ctl) are not installed and could not be installed." >&2
        return 1
    }
    local dir
    dir=$(mktemp -d "${TMPDIR:-/tmp}/shop-postgres.XXXXXX")
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        return 1
    }
    # A free port: try a few random ones; the server says when one is taken.
    local attempt port
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        port=$((20000 + RANDOM % 40000))
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null; then
            echo "$bindir" > "$dir/bindir"
            echo "export SHOP_POSTGRES_DIR='$dir'"
            echo "export SHOP_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Database=postgres;Username=postgres'"
            return 0
        fi
    done
    echo "The throwaway PostgreSQL did not start; its log:" >&2
    cat "$dir/server.log" >&2
    return 1
}

stop() {
    local dir=${1:?usage: throwaway-postgres.sh stop DIR}
    case "$dir" in
        */shop-postgres.*) ;;
        *) echo "Not a throwaway cluster's folder: $dir" >&2; return 1 ;;
    esac
    if [ -f "$dir/bindir" ] && [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$(cat "$dir/bindir")/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
    start) start ;;
    stop) stop "${2:-}" ;;
    *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
