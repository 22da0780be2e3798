#!/usr/bin/env bash
# Review-loop benchmark on PostgreSQL: showing the next card and grading it, for one user with 100,000 cards and
# for one with 1,000, with wrk at 64 connections on loopback; plus EXPLAIN of the queue queries. The ceiling, in the
# same run: the bare Quarkus app's one Qute page (bench/bare-app) under the same wrk load, on its own port.
# Needs: PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres), wrk, curl, psql, Maven.
# Uses its own database (YUEDU_BENCH_DB, default yuedu_bench), created afresh each run, never the test database.
# Figures land in target/bench-review-loop/ (results.tsv: requests/s, p50 and p99 in ms, errors per run).
# SKIP_BUILD=1 reuses the last builds; SETUP_ONLY=1 seeds and leaves the app running (see compare.sh).
# YUEDU_BENCH_PORT (default 18080) and YUEDU_BENCH_BARE_PORT (default the next port) for the two apps; DURATION
# (default 20s) per measured wrk run. BENCH_JAVA_OPTS adds JVM options to the app's command line (e.g. a GC log).
# Warm-up: the JIT keeps compiling for minutes on a slow 2-CPU machine, and a measurement taken before it settles
# reports the compiler, not the app. Each request kind (showing, grading, the bare page) is therefore warmed with
# WARMUP-long wrk rounds (default 10s) at the measured concurrency: at least WARMUP_MIN_ROUNDS (default 6), then
# until three rounds in a row agree within WARMUP_TOLERANCE percent (default 5), at most WARMUP_ROUNDS (default 18);
# warmup.tsv records every round. Grading is warmed and measured on the whole 100,000-card deck, its cards put back
# to their seeded state before every round (restore_seeded_cards), so each grade is a card's first, from its page
# (while a round grades fewer than 100,000 times; run.sh prints how many cards the measured run graded).
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/review-loop/common.sh

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB="${YUEDU_BENCH_DB:-yuedu_bench}"
PORT="${YUEDU_BENCH_PORT:-18080}"
BARE_PORT="${YUEDU_BENCH_BARE_PORT:-$((PORT + 1))}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-10s}"
WARMUP_ROUNDS="${WARMUP_ROUNDS:-18}"
WARMUP_MIN_ROUNDS="${WARMUP_MIN_ROUNDS:-6}"
WARMUP_TOLERANCE="${WARMUP_TOLERANCE:-5}"
CONNECTIONS="${CONNECTIONS:-64}"
BASE="http://127.0.0.1:$PORT"
HERE="bench/review-loop"
OUT="target/bench-review-loop"
mkdir -p "$OUT"

# A fresh database every run: the seed deletes and re-inserts 100,000 cards, and the grade runs add tens of thousands
# of reviews, so a database kept from earlier runs carries their bloated indexes and reads slower run after run.
psql -d postgres -qc "drop database if exists $DB"
psql -d postgres -qc "create database $DB"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== Building for PostgreSQL"
  mvn -q -B package -DskipTests -Dquarkus.profile=pg
fi
if [ "${SETUP_ONLY:-0}" != 1 ] && { [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f bench/bare-app/target/quarkus-app/quarkus-run.jar ]; }; then
  echo "== Building the bare app (the ceiling)"
  (cd bench/bare-app && mvn -q -B -DskipTests package)
fi

echo "== Starting the app on port $PORT (database $DB)"
YUEDU_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" YUEDU_DB_USER="$PGUSER" \
  java -Xmx1g ${BENCH_JAVA_OPTS:-} -Dquarkus.profile=pg -Dquarkus.http.port="$PORT" -Dquarkus.log.level=WARN \
  -jar target/quarkus-app/quarkus-run.jar > "$OUT/app.log" 2>&1 &
APP=$!
BARE=""
trap 'kill "$APP" $BARE 2>/dev/null || true; stop_vacuum_stand_in' EXIT
for _ in $(seq 1 180); do
  curl -sf -o /dev/null "$BASE/q/health/ready" && break
  sleep 1
done
curl -sf -o /dev/null "$BASE/q/health/ready" || { echo "The app did not start; see $OUT/app.log"; exit 1; }

# Registers (if new) and signs in; leaves the session in a cookie jar.
sign_in() {
  local user=$1 jar="$OUT/$1.cookies" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/register" | sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf-token=$token" -d "username=$user" \
    -d "displayName=$user" --data-urlencode "password=$BENCH_PASSWORD" --data-urlencode "confirm=$BENCH_PASSWORD" \
    -d "timeZone=UTC" "$BASE/register"
  renew_session "$BASE" "$user" "$jar"
}

declare -A DECK FIRST CARDS
DECK[big]=9000001; FIRST[big]=100000000; CARDS[big]=100000
DECK[small]=9000002; FIRST[small]=200000000; CARDS[small]=1000

# The installation's first account becomes admin, and an admin's study statement skips the access check a student's
# has: an account of its own takes that place, so that both measured users are students.
sign_in bench-admin
for size in big small; do
  user="bench-$size"
  sign_in "$user"
  user_id=$(psql -d "$DB" -tAc "select id from app_user where username = '$user'")
  echo "== Seeding ${CARDS[$size]} cards for $user (id $user_id)"
  psql -d "$DB" -q -v ON_ERROR_STOP=1 -v user_id="$user_id" -v deck_id="${DECK[$size]}" \
    -v notes=$(( ${CARDS[$size]} / 2 )) -v spread=3650 -v id_base="${FIRST[$size]}" -f "$HERE/seed.sql"
  # The study page sets the CSRF cookie and carries the token the grade form needs.
  curl -s -c "$OUT/$user.cookies" -b "$OUT/$user.cookies" "$BASE/study/${DECK[$size]}" > "$OUT/$size-page.html"
  sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' "$OUT/$size-page.html" | head -n 1 > "$OUT/$size.csrf"
  grep -q 'name="rating"' "$OUT/$size-page.html" || { echo "No card on the study page for $user"; exit 1; }
done

# A new student on the seed deck: every card new (1,146 on the seed article), as on anyone's first day with a deck.
# Until 27 Nov 2026 the benchmark had no new cards at all, and this page ran at a fourteenth of the others' rate:
# the queue checked every new card of the deck before it sorted them (migration V11).
sign_in bench-new
SEED_DECK=$(psql -d "$DB" -tAc "select min(id) from deck where open_to_all and id < ${DECK[big]}")
curl -s -c "$OUT/bench-new.cookies" -b "$OUT/bench-new.cookies" "$BASE/study/$SEED_DECK" > "$OUT/new-page.html"
grep -q 'name="rating"' "$OUT/new-page.html" || { echo "No card on the study page for bench-new"; exit 1; }
NEW_CARDS=$(psql -d "$DB" -tAc "select count(*) from card c join app_user u on u.id = c.user_id
  where u.username = 'bench-new' and c.phase = 0")

big_user=$(psql -d "$DB" -tAc "select id from app_user where username = 'bench-big'")
psql -d "$DB" -v user_id="$big_user" -v deck_id="${DECK[big]}" -f "$HERE/explain.sql" > "$OUT/explain.txt"
echo "== EXPLAIN of the queue queries (100,000 cards): $OUT/explain.txt"
grep -E "Index|Seq Scan|Execution Time" "$OUT/explain.txt" | sed 's/^/   /'

# SETUP_ONLY=1 (used by compare.sh): leave the seeded app running for another script to measure.
if [ "${SETUP_ONLY:-0}" = 1 ]; then
  trap - EXIT
  echo "$APP" > "$OUT/app.pid"
  echo "== Seeded; the app is left running on port $PORT (pid $APP)"
  exit 0
fi

# One line of results.tsv from a wrk report file: name, then wrk_figures (common.sh).
results_line() {
  printf '%s\t%s\n' "$1" "$(wrk_figures < "$2")"
}

summary() {
  awk -F'\t' -v label="$1" -v name="$2" '$1 == name {
    printf "%-32s %9.1f req/s   p50 %8.2f ms   p99 %8.2f ms%s\n", label, $2, $3, $4, $5 ? "   errors " $5 : "" }' \
    "$OUT/results.tsv"
}

# Whether requests/s figures agree: all positive, the lowest within WARMUP_TOLERANCE percent of the highest.
agree() {
  awk -v tol="$WARMUP_TOLERANCE" 'BEGIN { lo = hi = ARGV[1] + 0
    for (i = 1; i < ARGC; i++) { v = ARGV[i] + 0; if (v <= 0) exit 1; if (v < lo) lo = v; if (v > hi) hi = v }
    exit !((hi - lo) * 100 <= tol * hi) }' "$@"
}

# Calls "<command> <round> [arguments]" (which runs wrk for WARMUP and prints its report) round after round: at
# least WARMUP_MIN_ROUNDS, then until three in a row agree on requests/s within WARMUP_TOLERANCE percent, at most
# WARMUP_ROUNDS; appends each round to warmup.tsv under the given name. Three, not two: with two, grading's warm-up
# stopped at its sixth round on a slow rise (two rounds 5% apart) while later rounds ran 1.4x as fast (26 Nov 2026).
warm_up() {
  local name=$1 command=$2 round=0 before=0 previous=0 rate
  shift 2
  while [ "$round" -lt "$WARMUP_ROUNDS" ]; do
    round=$((round + 1))
    rate=$("$command" "$round" "$@" | wrk_figures | cut -f1)
    printf '%s\t%d\t%s\n' "$name" "$round" "$rate" >> "$OUT/warmup.tsv"
    if [ "$round" -ge "$WARMUP_MIN_ROUNDS" ] && agree "$before" "$previous" "$rate"; then
      break
    fi
    before=$previous
    previous=$rate
  done
  echo "   $name: $round rounds of $WARMUP, last $rate req/s"
}

# The study page of both decks, a round of each in turn, until each agrees with its own two previous rounds (as
# warm_up): the two share most of their code, and warming one after the other left the first measured while the
# JIT was still compiling for it (a profile of the 100,000-card page's run found a fifth of the app's CPU in the
# compiler).
warm_up_show() {
  local round=0 before_big=0 before_small=0 previous_big=0 previous_small=0 big small
  while [ "$round" -lt "$WARMUP_ROUNDS" ]; do
    round=$((round + 1))
    big=$(show_round "$round" big | wrk_figures | cut -f1)
    small=$(show_round "$round" small | wrk_figures | cut -f1)
    printf 'show-%s\t%d\t%s\nshow-%s\t%d\t%s\n' "${CARDS[big]}" "$round" "$big" "${CARDS[small]}" "$round" \
      "$small" >> "$OUT/warmup.tsv"
    if [ "$round" -ge "$WARMUP_MIN_ROUNDS" ] && agree "$before_big" "$previous_big" "$big" \
      && agree "$before_small" "$previous_small" "$small"; then
      break
    fi
    before_big=$previous_big
    before_small=$previous_small
    previous_big=$big
    previous_small=$small
  done
  echo "   show: $round rounds of $WARMUP for each deck, last $big and $small req/s"
}

# One warm-up round of the study page; arguments: round, deck size (big or small).
show_round() {
  renew_session "$BASE" "bench-$2" "$OUT/bench-$2.cookies"
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $(cookie_header "$OUT/bench-$2.cookies")" "$BASE/study/${DECK[$2]}"
}

: > "$OUT/warmup.tsv"
echo "== Warm-up (until three ${WARMUP} rounds agree within ${WARMUP_TOLERANCE}%)"
warm_up_show

for size in big small; do
  renew_session "$BASE" "bench-$size" "$OUT/bench-$size.cookies"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $(cookie_header "$OUT/bench-$size.cookies")" \
    "$BASE/study/${DECK[$size]}" > "$OUT/show-$size.txt"
done
# The new student's page is never graded here, so its cards stay new.
new_round() {
  renew_session "$BASE" bench-new "$OUT/bench-new.cookies"
  wrk -t2 -c"$CONNECTIONS" -d"${2:-$WARMUP}" ${3:-} -H "Cookie: $(cookie_header "$OUT/bench-new.cookies")" \
    "$BASE/study/$SEED_DECK"
}
warm_up show-new new_round
new_round measured "$DURATION" --latency > "$OUT/show-new.txt"
# Every measured grade of the 100,000-card deck is a card's first since the seed, from its page (restore_seeded_cards
# in common.sh, after every warm-up round and before the measured run, which grades the whole deck). Until 26 Nov
# 2026 the warm-up graded the upper half and the measured run the lower half, about twice over in 20 s: half of the
# measured grades took the stale-page path. The 1,000-card deck is graded about fifty times over in a run, so all but
# its first thousand grades go the stale way.
for size in big small; do
  write_shown_states "$DB" "bench-$size" "${DECK[$size]}" "$OUT/$size.shown"
done
keep_seeded_cards "$DB"
grade_run() {
  local size=$1 duration=$2
  renew_session "$BASE" "bench-$size" "$OUT/bench-$size.cookies"
  wrk -t"$GRADE_THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s "$HERE/grade.lua" \
    -H "Cookie: $(cookie_header "$OUT/bench-$size.cookies")" "$BASE/study/${DECK[$size]}/grade" -- \
    "${DECK[$size]}" "${FIRST[$size]}" "${CARDS[$size]}" "$GRADE_THREADS" "$(cat "$OUT/$size.csrf")" \
    "$OUT/$size.shown"
}
grade_round() {
  grade_run big "$WARMUP"
  restore_seeded_cards "$DB"
}
start_vacuum_stand_in "$DB"
warm_up grade grade_round
# The measured run grades each card of the 100,000-card deck once: at the warm-up's fastest rate it must not run
# out of cards (on 27 Nov 2026 a 20 s run at 5,450 grades/s graded 109,129 times, the last 9% second grades of a
# card, the stale-page path). So it lasts DURATION or the time 90% of the deck takes at that rate, the shorter.
GRADE_DURATION=$(awk -v duration="${DURATION%s}" -v cards="${CARDS[big]}" -F'\t' '$1 == "grade" && $3 > top { top = $3 }
  END { fit = int(0.9 * cards / (top > 0 ? top : 1)); print (fit < duration ? fit : duration) "s" }' "$OUT/warmup.tsv")
echo "   grading is measured for $GRADE_DURATION"
for size in big small; do
  restore_seeded_cards "$DB"
  grade_run "$size" "$GRADE_DURATION" > "$OUT/grade-$size.txt"
  psql -d "$DB" -tAc "select count(*), count(distinct card_id) from review_log where deck_id = ${DECK[$size]}" \
    | tr '|' ' ' > "$OUT/grade-$size.recorded"
done
stop_vacuum_stand_in

# The ceiling: the bare app's Qute page under the same load, while the Yuedu app is stopped (it had the machine to
# itself too). Its H2 file lands in its own working directory.
kill "$APP" 2>/dev/null || true
wait "$APP" 2>/dev/null || true
echo "== Starting the bare app on port $BARE_PORT (the ceiling)"
mkdir -p "$OUT/bare"
BARE_JAR="$(pwd)/bench/bare-app/target/quarkus-app/quarkus-run.jar"
(cd "$OUT/bare" && exec java -Xmx1g -Dquarkus.http.port="$BARE_PORT" -Dquarkus.log.level=WARN -jar "$BARE_JAR" \
  > app.log 2>&1) &
BARE=$!
for _ in $(seq 1 180); do
  curl -sf -o /dev/null "http://127.0.0.1:$BARE_PORT/" && break
  sleep 1
done
curl -sf -o /dev/null "http://127.0.0.1:$BARE_PORT/" || { echo "The bare app did not start; see $OUT/bare/app.log"; exit 1; }
bare_round() {
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$BARE_PORT/"
}
warm_up bare-page bare_round
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$BARE_PORT/" > "$OUT/ceiling.txt"
kill "$BARE" 2>/dev/null || true

{
  results_line show-100000 "$OUT/show-big.txt"
  results_line show-1000 "$OUT/show-small.txt"
  results_line show-new "$OUT/show-new.txt"
  results_line grade-100000 "$OUT/grade-big.txt"
  results_line grade-1000 "$OUT/grade-small.txt"
  results_line bare-page "$OUT/ceiling.txt"
} > "$OUT/results.tsv"

echo "== Results ($CONNECTIONS connections, $DURATION each, grading $GRADE_DURATION, $(nproc) CPUs shared by wrk, the app and PostgreSQL)"
summary "show next card, 100,000" show-100000
summary "show next card, 1,000" show-1000
summary "show next card, $NEW_CARDS new" show-new
summary "grade, 100,000" grade-100000
summary "grade, 1,000" grade-1000
summary "bare Qute page (the ceiling)" bare-page
awk -F'\t' '{ rps[$1] = $2; p99[$1] = $4 }
  END { for (i = 1; i <= 2; i++) { r = i == 1 ? "show" : "grade"
    printf "100,000 vs 1,000 cards, %-5s: %.2fx slower (requests/s), p99 %.2fx\n", r,
      rps[r "-1000"] / rps[r "-100000"], p99[r "-100000"] / p99[r "-1000"] } }' "$OUT/results.tsv"
read -r big_grades big_cards < "$OUT/grade-big.recorded"
read -r small_grades small_cards < "$OUT/grade-small.recorded"
echo "grades recorded: 100,000-card user $big_grades ($big_cards cards, each one's first grade from its page)," \
  "1,000-card user $small_grades ($small_cards cards)"
grep -h "Non-2xx" "$OUT"/show-*.txt "$OUT"/grade-*.txt || true
