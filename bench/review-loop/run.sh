#!/usr/bin/env bash
# Review-loop benchmark on PostgreSQL: showing the next card and grading it, for one user with 100,000 cards and
# for one with 1,000, with wrk at 64 connections on loopback; plus EXPLAIN of the queue queries.
# Needs: PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres), wrk, curl, psql, Maven.
# Uses its own database (YUEDU_BENCH_DB, default yuedu_bench), never the test database.
# Figures land in target/bench-review-loop/. SKIP_BUILD=1 reuses the last pg build.
set -euo pipefail
cd "$(dirname "$0")/../.."

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB="${YUEDU_BENCH_DB:-yuedu_bench}"
PORT="${YUEDU_BENCH_PORT:-18080}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-64}"
PASSWORD="benchmark password 1"
BASE="http://127.0.0.1:$PORT"
HERE="bench/review-loop"
OUT="target/bench-review-loop"
mkdir -p "$OUT"

if ! psql -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
  psql -d postgres -qc "create database $DB"
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== Building for PostgreSQL"
  mvn -q -B package -DskipTests -Dquarkus.profile=pg
fi

echo "== Starting the app on port $PORT (database $DB)"
YUEDU_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" YUEDU_DB_USER="$PGUSER" \
  java -Xmx1g -Dquarkus.profile=pg -Dquarkus.http.port="$PORT" -Dquarkus.log.level=WARN \
  -jar target/quarkus-app/quarkus-run.jar > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null || true' EXIT
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
    -d "displayName=$user" --data-urlencode "password=$PASSWORD" --data-urlencode "confirm=$PASSWORD" \
    -d "timeZone=UTC" "$BASE/register"
  curl -s -o /dev/null -c "$jar" -b "$jar" -d "j_username=$user" --data-urlencode "j_password=$PASSWORD" \
    "$BASE/j_security_check"
}

cookie_header() {
  awk -F'\t' 'NF >= 7 && ($6 == "quarkus-credential" || $6 == "yuedu-csrf") { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$1"
}

declare -A DECK FIRST CARDS
DECK[big]=9000001; FIRST[big]=100000000; CARDS[big]=100000
DECK[small]=9000002; FIRST[small]=200000000; CARDS[small]=1000

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

big_user=$(psql -d "$DB" -tAc "select id from app_user where username = 'bench-big'")
psql -d "$DB" -v user_id="$big_user" -v deck_id="${DECK[big]}" -f "$HERE/explain.sql" > "$OUT/explain.txt"
echo "== EXPLAIN of the queue queries (100,000 cards): $OUT/explain.txt"
grep -E "Index|Seq Scan|Execution Time" "$OUT/explain.txt" | sed 's/^/   /'

summary() {
  printf '%-28s %10s req/s   p50 %8s   p99 %8s\n' "$1" \
    "$(awk '/Requests\/sec/ {print $2}' "$2")" "$(awk '$1 == "50%" {print $2}' "$2")" \
    "$(awk '$1 == "99%" {print $2}' "$2")"
}

echo "== Warm-up"
for size in big small; do
  wrk -t2 -c16 -d20s -H "Cookie: $(cookie_header "$OUT/bench-$size.cookies")" "$BASE/study/${DECK[$size]}" > /dev/null
done

for size in big small; do
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $(cookie_header "$OUT/bench-$size.cookies")" \
    "$BASE/study/${DECK[$size]}" > "$OUT/show-$size.txt"
done
for size in big small; do
  before=$(psql -d "$DB" -tAc "select count(*) from review_log where deck_id = ${DECK[$size]}")
  wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$HERE/grade.lua" \
    -H "Cookie: $(cookie_header "$OUT/bench-$size.cookies")" "$BASE/study/${DECK[$size]}/grade" -- \
    "${DECK[$size]}" "${FIRST[$size]}" "${CARDS[$size]}" "$CONNECTIONS" "$(cat "$OUT/$size.csrf")" \
    > "$OUT/grade-$size.txt"
  after=$(psql -d "$DB" -tAc "select count(*) from review_log where deck_id = ${DECK[$size]}")
  echo "$((after - before))" > "$OUT/grade-$size.recorded"
done

echo "== Results ($CONNECTIONS connections, $DURATION each, $(nproc) CPUs shared by wrk, the app and PostgreSQL)"
summary "show next card, 100,000" "$OUT/show-big.txt"
summary "show next card, 1,000" "$OUT/show-small.txt"
summary "grade, 100,000" "$OUT/grade-big.txt"
summary "grade, 1,000" "$OUT/grade-small.txt"
echo "grades recorded: 100,000-card user $(cat "$OUT/grade-big.recorded"), 1,000-card user $(cat "$OUT/grade-small.recorded")"
grep -h "Non-2xx" "$OUT"/show-*.txt "$OUT"/grade-*.txt || true
