#!/usr/bin/env bash
# Paired comparison of this checkout against another commit, for showing a card and grading it on PostgreSQL.
#
# Two benchmark runs one after the other differ by more than most code changes do on a shared 2-CPU machine (the
# same bare page moved 7% between two runs). Here both builds run at once on one seeded database and are measured
# alternately, round after round, so a slow minute of the machine falls on both: each round gives a ratio, and the
# median of the ratios is the comparison.
#
# Usage: bench/review-loop/compare.sh <commit>        e.g. bench/review-loop/compare.sh HEAD~3
# The commit is built in a git worktree under target/; this checkout is built and seeded by run.sh (SETUP_ONLY=1,
# same database and users). The other build runs without its own migrations against the schema this checkout
# migrated, so it must be able to read that schema (true as long as migrations only add).
# WARM_ROUNDS (default 6) alternating 10 s rounds warm both apps for each request kind, then ROUNDS (default 5)
# alternating DURATION (default 20s) rounds are measured; CONNECTIONS (default 64). SKIP_BUILD=1 reuses both builds.
# KINDS (default "show-100000 show-1000 grade-100000") picks the request kinds, e.g. KINDS=grade-100000; grade-1000
# grades the 1,000-card deck, all of it every round.
# Figures land in target/bench-review-loop/compare.tsv (kind, round, build, requests/s, p50, p99, errors, and CPU ms
# per request of the app and of its PostgreSQL backends; see cpu_ms in common.sh). DURATION is in seconds ("20s").
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/review-loop/common.sh

OTHER_REF="${1:?Name the commit to compare against, e.g. bench/review-loop/compare.sh HEAD~1}"
WARM_ROUNDS="${WARM_ROUNDS:-6}"
ROUNDS="${ROUNDS:-5}"
DURATION="${DURATION:-20s}"
KINDS="${KINDS:-show-100000 show-1000 grade-100000}"
CONNECTIONS="${CONNECTIONS:-64}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB="${YUEDU_BENCH_DB:-yuedu_bench}"
PORT="${YUEDU_BENCH_PORT:-18080}"
OTHER_PORT=$((PORT + 2))
OUT="target/bench-review-loop"
HERE="bench/review-loop"
WORKTREE="target/compare-other"
mkdir -p "$OUT"

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$WORKTREE/target/quarkus-app/quarkus-run.jar" ]; then
  echo "== Building $OTHER_REF in $WORKTREE"
  git worktree remove --force "$WORKTREE" 2>/dev/null || true
  git worktree prune
  git worktree add --force --detach "$WORKTREE" "$OTHER_REF" > /dev/null
  (cd "$WORKTREE" && mvn -q -B package -DskipTests -Dquarkus.profile=pg)
fi

SETUP_ONLY=1 YUEDU_BENCH_PORT="$PORT" "$HERE/run.sh"
APP=$(cat "$OUT/app.pid")

echo "== Starting $OTHER_REF on port $OTHER_PORT (same database, its migrations skipped)"
YUEDU_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" YUEDU_DB_USER="$PGUSER" \
  java -Xmx1g -Dquarkus.profile=pg -Dquarkus.http.port="$OTHER_PORT" -Dquarkus.log.level=WARN \
  -Dquarkus.flyway.migrate-at-start=false -jar "$WORKTREE/target/quarkus-app/quarkus-run.jar" \
  > "$OUT/compare-other.log" 2>&1 &
OTHER=$!
trap 'kill "$APP" "$OTHER" 2>/dev/null || true; stop_vacuum_stand_in' EXIT
for _ in $(seq 1 180); do
  curl -sf -o /dev/null "http://127.0.0.1:$OTHER_PORT/q/health/ready" && break
  sleep 1
done
curl -sf -o /dev/null "http://127.0.0.1:$OTHER_PORT/q/health/ready" \
  || { echo "$OTHER_REF did not start; see $OUT/compare-other.log"; exit 1; }

declare -A DECK=([big]=9000001 [small]=9000002)
BIG_FIRST=100000000
SMALL_FIRST=200000000
# Every grading round of either build starts from the seeded cards (restore_seeded_cards, common.sh) and grades the
# whole deck, each card's first grade sent with the state its page showed, as in run.sh.
write_shown_states "$DB" bench-big "${DECK[big]}" "$OUT/big.shown"
keep_seeded_cards "$DB"

# CPU ms per request of the app and of its database backends, from two cpu_ms readings and the figures of the wrk
# run between them (requests/s times DURATION, which is in seconds).
per_request() {
  awk -v before="$1" -v after="$2" -v figures="$3" -v seconds="${DURATION%s}" 'BEGIN {
    split(before, b, " "); split(after, a, " "); split(figures, f, "\t"); n = f[1] * seconds
    printf "%.3f\t%.3f", (a[1] - b[1]) / n, (a[2] - b[2]) / n }'
}

# One wrk run of a request kind against one port; prints requests/s, p50 and p99 in ms, and errors (socket errors and
# 4xx/5xx answers).
run_kind() {
  local kind=$1 port=$2 length=$3 user=bench-big
  case "$kind" in *-1000) user=bench-small ;; esac
  case "$kind" in grade-*) restore_seeded_cards "$DB" ;; esac
  renew_session "http://127.0.0.1:$port" "$user" "$OUT/$user.cookies"
  case "$kind" in
    show-100000|show-1000)
      local size=big
      [ "$kind" = show-1000 ] && size=small
      wrk -t2 -c"$CONNECTIONS" -d"$length" --latency -H "Cookie: $(cookie_header "$OUT/bench-$size.cookies")" \
        "http://127.0.0.1:$port/study/${DECK[$size]}" ;;
    grade-100000)
      wrk -t"$GRADE_THREADS" -c"$CONNECTIONS" -d"$length" --latency -s "$HERE/grade.lua" \
        -H "Cookie: $(cookie_header "$OUT/bench-big.cookies")" "http://127.0.0.1:$port/study/${DECK[big]}/grade" -- \
        "${DECK[big]}" "$BIG_FIRST" 100000 "$GRADE_THREADS" "$(cat "$OUT/big.csrf")" "$OUT/big.shown" ;;
    grade-1000)
      # Every round grades all 1,000 cards, each about fifty times in 20 s, all but the first thousand the stale way.
      wrk -t"$GRADE_THREADS" -c"$CONNECTIONS" -d"$length" --latency -s "$HERE/grade.lua" \
        -H "Cookie: $(cookie_header "$OUT/bench-small.cookies")" "http://127.0.0.1:$port/study/${DECK[small]}/grade" \
        -- "${DECK[small]}" "$SMALL_FIRST" 1000 "$GRADE_THREADS" "$(cat "$OUT/small.csrf")" ;;
  esac | wrk_figures
}

: > "$OUT/compare.tsv"
start_vacuum_stand_in "$DB"
# Showing comes first: grading takes the big deck past its daily review limit, after which it shows "done".
for kind in $KINDS; do
  echo "== $kind: $WARM_ROUNDS warm-up rounds each, then $ROUNDS measured rounds each, alternating"
  for _ in $(seq 1 "$WARM_ROUNDS"); do
    run_kind "$kind" "$PORT" 10s > /dev/null
    run_kind "$kind" "$OTHER_PORT" 10s > /dev/null
  done
  for round in $(seq 1 "$ROUNDS"); do
    # Alternate which build goes first, so neither always follows the other's load.
    if [ $((round % 2)) = 1 ]; then order="this other"; else order="other this"; fi
    for build in $order; do
      port=$PORT
      [ "$build" = other ] && port=$OTHER_PORT
      pid=$APP
      [ "$build" = other ] && pid=$OTHER
      before=$(cpu_ms "$pid")
      figures=$(run_kind "$kind" "$port" "$DURATION")
      after=$(cpu_ms "$pid")
      printf '%s\t%d\t%s\t%s\t%s\n' "$kind" "$round" "$build" "$figures" "$(per_request "$before" "$after" "$figures")" \
        >> "$OUT/compare.tsv"
    done
  done
done

echo "== This checkout against $OTHER_REF ($CONNECTIONS connections, $DURATION per round; ratio > 1: this is faster)"
awk -F'\t' '
  { rps[$1, $2, $3] = $4; errors[$1] += $7; app[$1, $2, $3] = $8; db[$1, $2, $3] = $9
    if (!($1 in seen)) { seen[$1] = 1; kinds[++k] = $1 }
    if ($2 > rounds) rounds = $2 }
  function median(values, n,   a, b, v) {
    # insertion sort; a handful of rounds
    for (a = 2; a <= n; a++) { v = values[a]; for (b = a - 1; b >= 1 && values[b] > v; b--) values[b + 1] = values[b]; values[b + 1] = v }
    return n % 2 ? values[(n + 1) / 2] : (values[n / 2] + values[n / 2 + 1]) / 2
  }
  END {
    for (i = 1; i <= k; i++) {
      kind = kinds[i]; n = 0; line = ""
      for (r = 1; r <= rounds; r++) {
        ratio = rps[kind, r, "this"] / rps[kind, r, "other"]; ratios[++n] = ratio
        line = line sprintf("  %.0f/%.0f", rps[kind, r, "this"], rps[kind, r, "other"])
      }
      middle = median(ratios, n)
      printf "%-13s median ratio %.3f (lowest %.3f, highest %.3f); req/s this/other:%s%s\n", kind, middle,
        ratios[1], ratios[n], line, errors[kind] ? sprintf("  ERRORS %d", errors[kind]) : ""
      for (r = 1; r <= rounds; r++) {
        cpu[r] = (app[kind, r, "other"] + db[kind, r, "other"]) / (app[kind, r, "this"] + db[kind, r, "this"])
        appThis[r] = app[kind, r, "this"]; appOther[r] = app[kind, r, "other"]
        dbThis[r] = db[kind, r, "this"]; dbOther[r] = db[kind, r, "other"]
      }
      printf "%-13s CPU per request, median ratio other/this %.3f (> 1: this costs less); ms this/other: app %.3f/%.3f, database %.3f/%.3f\n",
        kind, median(cpu, rounds), median(appThis, rounds), median(appOther, rounds), median(dbThis, rounds),
        median(dbOther, rounds)
    }
  }' "$OUT/compare.tsv"
