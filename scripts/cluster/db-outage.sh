#!/usr/bin/env bash
# Fault: PostgreSQL stopped during load. The shared server cannot be stopped (in GitHub Actions it is a service
# container), so one app instance reaches it through TcpProxy.java, which plays the outage: every connection cut
# and new ones refused for CLUSTER_OUTAGE_SECONDS (15), then back. OutageClient.java keeps students reviewing
# and judges: pages and answers get the friendly 503 page (no 500, no stack trace), readiness goes DOWN, and
# pages and readiness come back by themselves within CLUSTER_RECOVERY_LIMIT seconds (30), without a restart.
# Afterwards every card still equals the replay of its review log (transactions cut half-way left nothing).
# Settings: CLUSTER_OUTAGE_DB (yuedu_cluster_outage), and those of lib.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/cluster/lib.sh

DB="${CLUSTER_OUTAGE_DB:-yuedu_cluster_outage}"
PORT=$((CLUSTER_PORT_BASE + 1))
PROXY=$((CLUSTER_PORT_BASE + 10))
CONTROL=$((CLUSTER_PORT_BASE + 11))
OUTAGE_SECONDS="${CLUSTER_OUTAGE_SECONDS:-15}"
RECOVERY_LIMIT="${CLUSTER_RECOVERY_LIMIT:-30}"
OUT="$CLUSTER_OUT/db-outage"
FIGURES="$OUT/figures.tsv"
rm -rf "$OUT" "$CLUSTER_OUT/o.log"
mkdir -p "$OUT"
require_free_ports "$PORT" "$PROXY" "$CONTROL"
started=$(now_ms)

echo "== PostgreSQL stopped during load (instance on port $PORT, database $DB through the proxy on port $PROXY)"
fresh_db "$DB"
java scripts/cluster/TcpProxy.java "$PROXY" "$PGHOST" "$PGPORT" "$CONTROL" > "$OUT/proxy.log" 2>&1 &
CHILD_PIDS+=("$!")
for _ in $(seq 1 60); do port_in_use "$CONTROL" && break; sleep 0.5; done
port_in_use "$CONTROL" || { echo "The proxy did not start; see $OUT/proxy.log" >&2; exit 1; }
start_instance o "$PORT" "jdbc:postgresql://127.0.0.1:$PROXY/$DB"
wait_ready o "$PORT"
deck=$(sql "$DB" "select min(d.id) from deck d where d.uploaded_by is null")
sign_up "http://127.0.0.1:$PORT" admin "$OUT/admin.cookies"

client_rc=0
java scripts/cluster/OutageClient.java --base "http://127.0.0.1:$PORT" --deck "$deck" --control "$CONTROL" \
  --out "$OUT" --outage "$OUTAGE_SECONDS" --recovery-limit "$RECOVERY_LIMIT" || client_rc=$?
alive=no
kill -0 "${INSTANCE_PID[o]}" 2>/dev/null && alive=yes
stop_instance o
logged_500=$(grep -c "Unexpected error while serving" "$CLUSTER_OUT/o.log" || true)
verify_rc=0
verify_output=$(verify_cards "$DB") || verify_rc=$?
echo "$verify_output" > "$OUT/verify-cards.txt"
outage() { sed -n "s/^$1=//p" "$OUT/outage-summary.txt"; }

echo "== Figures"
figure "students" "$(outage students)"
figure "outage (s)" "$(outage outage_seconds)"
figure "requests" "$(outage requests)"
for phase in before outage recovering after; do
  for kind in page grade health; do
    value=$(outage "${phase}_$kind")
    [ -n "$value" ] && figure "statuses $phase: $kind" "$value"
  done
done
figure "pages and answers answered 503 in the outage" "$(outage outage_pages_503)"
figure "slowest request in the outage (s)" "$(outage outage_slowest_request_s)"
figure "readiness DOWN after (s)" "$(outage readiness_down_after_s)"
figure "service back after the database (s)" "$(outage recovered_after_s)"
figure "500s logged by the app" "$logged_500"
figure "replay after the outage" "$(sed -n 's/^verify-cards: //p' <<< "$verify_output")"
figure "whole check (s)" "$(( ($(now_ms) - started) / 1000 ))"

expect "friendly 503s in the outage, readiness DOWN, back by itself within $RECOVERY_LIMIT s" [ "$client_rc" -eq 0 ]
expect "the instance was never restarted" [ "$alive" = yes ]
expect "no 500 logged" [ "$logged_500" -eq 0 ]
expect "every card equals the replay of its review log" [ "$verify_rc" -eq 0 ]
finish "PostgreSQL stopped during load"
