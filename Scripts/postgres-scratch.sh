# Sourced by the PostgreSQL checks: a throwaway PostgreSQL cluster in a temporary folder,
# owned by the unprivileged `postgres` user (initdb refuses root), listening only on a Unix
# socket in that folder with trust authentication — nothing of it outlives the check.
# start_scratch_postgres sets CADRE_TEST_POSTGRES (a libpq connection string) and
# scratch_postgres_dir; stop_scratch_postgres stops the server and removes the folder;
# crash_scratch_postgres and resume_scratch_postgres stop it as a crash would
# (`pg_ctl stop -m immediate`: no checkpoint, recovery from the WAL on the next start) and
# start it again.
postgres_bin() {
    local folder
    folder=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [ -n "$folder" ] || { echo "FAIL: no PostgreSQL server installed (Debian package postgresql)"; return 1; }
    echo "$folder"
}

start_scratch_postgres() {
    local bin port
    bin=$(postgres_bin)
    scratch_postgres_dir=$(mktemp -d /tmp/cadre-postgres.XXXXXX)
    chmod 755 "$scratch_postgres_dir"
    mkdir -p "$scratch_postgres_dir/data"
    port=${1:-55432}
    as_cluster_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
    [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$scratch_postgres_dir"
    as_cluster_owner "$bin/initdb" -D "$scratch_postgres_dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$scratch_postgres_dir/initdb.log" 2>&1 \
        || { cat "$scratch_postgres_dir/initdb.log"; echo "FAIL: initdb"; return 1; }
    scratch_postgres_port=$port
    resume_scratch_postgres || return 1
    export CADRE_TEST_POSTGRES="host=$scratch_postgres_dir port=$port user=postgres dbname=postgres"
}

as_scratch_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# $SCRATCH_POSTGRES_FSYNC=on keeps fsync (the bench); the checks run without it.
resume_scratch_postgres() {
    local bin
    bin=$(postgres_bin)
    as_scratch_owner "$bin/pg_ctl" -D "$scratch_postgres_dir/data" -l "$scratch_postgres_dir/server.log" -w \
        -o "-c listen_addresses='' -c unix_socket_directories='$scratch_postgres_dir' -p $scratch_postgres_port -c fsync=${SCRATCH_POSTGRES_FSYNC:-off}" start >/dev/null \
        || { cat "$scratch_postgres_dir/server.log"; echo "FAIL: pg_ctl start"; return 1; }
}

crash_scratch_postgres() {
    as_scratch_owner "$(postgres_bin)/pg_ctl" -D "$scratch_postgres_dir/data" -m immediate stop >/dev/null
}

stop_scratch_postgres() {
    [ -n "${scratch_postgres_dir:-}" ] || return 0
    local bin
    bin=$(postgres_bin)
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$bin/pg_ctl" -D "$scratch_postgres_dir/data" -m fast stop >/dev/null 2>&1 || true
    else
        "$bin/pg_ctl" -D "$scratch_postgres_dir/data" -m fast stop >/dev/null 2>&1 || true
    fi
    rm -rf "$scratch_postgres_dir"
    scratch_postgres_dir=
}
