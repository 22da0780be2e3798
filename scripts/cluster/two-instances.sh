#!/usr/bin/env bash
# Two app instances, one PostgreSQL database. Both start together on a fresh database (both race to mine the
# seed); simulated students (LoadClient.java) then review the seed deck through both at once for a bounded time,
# with double submits (the same answer form sent to both instances at the same moment) and undos. Afterwards:
#   - every acknowledged answer is in review_log exactly once, and nothing else is (checked in SQL against the
#     client's record of each student's reviews: double submits recorded once, undone answers gone);
#   - no request failed with a 5xx;
#   - every card equals the replay of its review log (the app's own `verify-cards`), and verify-cards does
#     notice a card changed behind its log;
#   - every double submit was told apart by the showing's version or the card's optimistic lock (app log).
# Settings: CLUSTER_STUDENTS (50), CLUSTER_LOAD_SECONDS (60), CLUSTER_DB (yuedu_cluster), and those of lib.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/cluster/lib.sh

DB="${CLUSTER_DB:-yuedu_cluster}"
STUDENTS="${CLUSTER_STUDENTS:-50}"
LOAD_SECONDS="${CLUSTER_LOAD_SECONDS:-60}"
A=$((CLUSTER_PORT_BASE + 1))
B=$((CLUSTER_PORT_BASE + 2))
OUT="$CLUSTER_OUT/two-instances"
FIGURES="$OUT/figures.tsv"
rm -rf "$OUT" "$CLUSTER_OUT/a.log" "$CLUSTER_OUT/b.log"
mkdir -p "$OUT"
require_free_ports "$A" "$B"
started=$(now_ms)

echo "== Two instances (ports $A and $B), one database ($DB)"
fresh_db "$DB"
start_instance a "$A" "$(jdbc_url "$DB")"
start_instance b "$B" "$(jdbc_url "$DB")"
wait_ready a "$A"
wait_ready b "$B"
deck=$(sql "$DB" "select min(d.id) from deck d where d.uploaded_by is null")
# The first account of an installation is its admin: take it, so every simulated student is a plain student.
sign_up "http://127.0.0.1:$A" admin "$OUT/admin.cookies"

# The same user name registered through both instances at the same moment: one account, and the other form
# comes back with "taken" (400), never a 500 from the unique index.
register_racing() {
  local name=$1 port jar pids=()
  declare -A token
  for port in "$A" "$B"; do
    jar="$OUT/race-$name-$port.cookies"
    token[$port]=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/register" | csrf_of)
  done
  for port in "$A" "$B"; do
    jar="$OUT/race-$name-$port.cookies"
    curl -s -o /dev/null -w '%{http_code}\n' -c "$jar" -b "$jar" --data-urlencode "csrf-token=${token[$port]}" \
      -d "username=$name" -d "displayName=$name" --data-urlencode "password=racing password" \
      --data-urlencode "confirm=racing password" -d "timeZone=UTC" "http://127.0.0.1:$port/register" \
      >> "$OUT/race-$name.status" &
    pids+=("$!")
  done
  wait "${pids[@]}"
  sort "$OUT/race-$name.status" | tr '\n' ' '
}
race_results=""
for i in 1 2 3 4 5; do race_results+="$(register_racing "racer-$i")| "; done
race_accounts=$(sql "$DB" "select count(*) from app_user where username like 'racer-%'")

echo "== $STUDENTS students review deck $deck for $LOAD_SECONDS s through both instances"
load_rc=0
java scripts/cluster/LoadClient.java --bases "http://127.0.0.1:$A,http://127.0.0.1:$B" --deck "$deck" \
  --students "$STUDENTS" --seconds "$LOAD_SECONDS" --out "$OUT" --prefix student || load_rc=$?
stop_instance a
stop_instance b
load() { sed -n "s/^$1=//p" "$OUT/load-summary.txt"; }

echo "== Checks"
psql -d "$DB" -v ON_ERROR_STOP=1 -qtAX > "$OUT/sql-checks.txt" <<SQL
create temp table expected (username text, review_id bigint, card_id bigint, ratings text);
\copy expected from '$OUT/reviews.tsv'
create temp view logged as
  select r.*, u.username from review_log r join app_user u on u.id = r.user_id where u.username like 'student-%';
select 'log_rows', count(*) from logged;
select 'expected_rows', count(*) from expected;
select 'expected_ids_repeated', count(*) - count(distinct review_id) from expected;
select 'acknowledged_missing_or_different', count(*) from expected e where not exists (
  select 1 from logged r where r.id = e.review_id and r.username = e.username and r.card_id = e.card_id
     and (',' || e.ratings || ',') like ('%,' || r.rating || ',%'));
select 'logged_not_acknowledged', count(*) from logged r where not exists (
  select 1 from expected e where e.review_id = r.id);
select 'showings_logged_twice', count(*) from (
  select card_id, before_reps from review_log group by card_id, before_reps having count(*) > 1) twice;
select 'cards_of_students', count(*) from card c join app_user u on u.id = c.user_id where u.username like 'student-%';
select 'articles', count(*) from article;
SQL
check() { sed -n "s/^$1|//p" "$OUT/sql-checks.txt"; }
count_log() { cat "$CLUSTER_OUT/a.log" "$CLUSTER_OUT/b.log" | grep -c -- "$1" || true; }

stale=$(count_log "not recorded: the showing at version")
races=$(count_log "not recorded: a concurrent request changed the card first")
undo_ignored=$(count_log "ignored: it is no longer the last review")
undo_races=$(count_log "not done: a concurrent request changed card")
server_errors_logged=$(count_log "Unexpected error while serving")
registrations_raced=$(count_log "refused: the name was registered at the same moment")

verify_started=$(now_ms)
verify_rc=0
verify_output=$(verify_cards "$DB") || verify_rc=$?
verify_ms=$(( $(now_ms) - verify_started ))
echo "$verify_output" > "$OUT/verify-cards.txt"
mismatches=$(sed -n 's/.* reviews replayed, \([0-9]*\) cards differ.*/\1/p' <<< "$verify_output")

# The replay check must be able to fail: change one reviewed card behind its log and run it again.
sql "$DB" "update card set stability = stability * 2 + 1 where id = (select min(card_id) from review_log)"
tamper_rc=0
tamper_output=$(verify_cards "$DB") || tamper_rc=$?
echo "$tamper_output" > "$OUT/verify-cards-tampered.txt"

echo "== Figures"
figure "students" "$(load students)"
figure "load duration (s)" "$(load load_seconds)"
figure "requests (per second)" "$(load requests) ($(load requests_per_second))"
figure "HTTP statuses" "$(load statuses)"
figure "5xx responses" "$(load server_errors_5xx)"
figure "answers sent (showings graded)" "$(load showings_graded)"
figure "grade requests" "$(load grade_posts)"
figure "answers acknowledged and recorded" "$(load grades_acknowledged)"
figure "double submits (different ratings)" "$(load double_submits) ($(load double_submits_different_ratings))"
figure "  second copy saw the new version" "$stale"
figure "  second copy lost on the optimistic lock" "$races"
figure "undos (sent twice at once)" "$(load undos) ($(load double_undos))"
figure "  second undo ignored / lost on the lock" "$undo_ignored / $undo_races"
figure "answers lost (client)" "$(load lost_grades)"
figure "review log rows / expected" "$(check log_rows) / $(check expected_rows)"
figure "acknowledged but missing or different" "$(check acknowledged_missing_or_different)"
figure "logged but not acknowledged" "$(check logged_not_acknowledged)"
figure "showings logged twice" "$(check showings_logged_twice)"
figure "cards replayed (verify-cards)" "$(sed -n 's/^verify-cards: \([0-9]*\) cards, \([0-9]*\) reviews.*/\1 cards, \2 reviews/p' <<< "$verify_output") in ${verify_ms} ms"
figure "replay mismatches" "${mismatches:-?}"
figure "latency ms p50/p99/max: page" "$(load page_ms_p50_p99_max)"
figure "latency ms p50/p99/max: grade" "$(load grade_ms_p50_p99_max)"
figure "seed articles after two racing starts" "$(check articles)"
figure "same name registered on both at once (x5)" "$race_results$race_accounts accounts, $registrations_raced caught at the unique index"
figure "whole check (s)" "$(( ($(now_ms) - started) / 1000 ))"

expect "the load client saw no 5xx, no unexpected status, no lost answer" [ "$load_rc" -eq 0 ]
expect "$STUDENTS students studied" [ "$(load students)" -ge "$STUDENTS" ]
expect "answers were acknowledged" [ "$(load grades_acknowledged)" -gt 0 ]
expect "no 5xx (client) and no 500 logged by the app" [ "$(load server_errors_5xx)" -eq 0 -a "$server_errors_logged" -eq 0 ]
expect "review log = acknowledged answers, each once" [ "$(check log_rows)" -eq "$(check expected_rows)" \
  -a "$(check acknowledged_missing_or_different)" -eq 0 -a "$(check logged_not_acknowledged)" -eq 0 \
  -a "$(check expected_ids_repeated)" -eq 0 -a "$(check showings_logged_twice)" -eq 0 ]
expect "each double submit recorded once: its second copy was seen as stale or lost the lock" \
  [ "$((stale + races))" -eq "$(load double_submits)" ]
expect "each double undo done once" [ "$((undo_ignored + undo_races))" -eq "$(load double_undos)" ]
expect "every card equals the replay of its review log" [ "$verify_rc" -eq 0 -a "${mismatches:-1}" -eq 0 ]
tamper_reported() { [ "$tamper_rc" -eq 1 ] && grep -q " 1 cards differ" <<< "$tamper_output"; }
expect "verify-cards reports a card changed behind its log" tamper_reported
expect "one seed article although both instances mined it at start" [ "$(check articles)" -eq 1 ]
expect "a name registered on both instances at once: one account, the other form told it is taken" \
  [ "$race_results" = "$(printf '303 400 | %.0s' 1 2 3 4 5)" -a "$race_accounts" -eq 5 ]
finish "two instances, one database"
