# Sourced by the web checks: starts `$cadre serve --demo` in "$work" on a free loopback port and
# waits until it listens (a first start builds the demo: up to a minute). Sets serve_pid and
# port; the caller stops the server (kill "$serve_pid"). $CADRE_SERVE_ARGS adds options
# (e.g. "--pool 0" to measure the server opening the database for every request).
start_demo_server() {
    (cd "$work" && exec "$cadre" serve --demo --listen 127.0.0.1:0 ${CADRE_SERVE_ARGS:-} >"$work/serve.log" 2>&1) &
    serve_pid=$!
    for _ in $(seq 600); do grep -q "^Serving" "$work/serve.log" && break; sleep 0.1; done
    grep -q "^Serving" "$work/serve.log" || { cat "$work/serve.log"; echo "FAIL: cadre serve --demo did not start"; exit 1; }
    port=$(grep '^Serving' "$work/serve.log" | grep -o 'http://127.0.0.1:[0-9]*' | head -1 | cut -d: -f3)
}
