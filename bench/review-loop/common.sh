# Helpers shared by run.sh and compare.sh (sourced, not run).

# The benchmark users' password.
BENCH_PASSWORD="benchmark password 1"

# wrk threads for grading, as for the study page: each thread grades a slice of its own (grade.lua). Until 26 Nov
# 2026 grading ran a thread per connection; on 2 CPUs 64 threads that each read the shown-state file at start began
# seconds apart, so the load was not 64 connections for the whole run: an "8 s" run took 27 s and its requests/s
# came out at two to three times the grades the database recorded per second.
GRADE_THREADS="${GRADE_THREADS:-2}"

# Signs a benchmark user in anew, into their cookie jar (which keeps the CSRF cookie). The app renews a session
# cookie older than quarkus.http.auth.form.new-cookie-interval (5 minutes) on the next response; a browser stores
# the new one, but wrk keeps sending the cookie it started with, so after 5 minutes every response renewed the
# session again: an encryption and a Set-Cookie per request that no browser causes (2% of the app's CPU while
# grading, 26 Nov 2026). So every wrk run starts from a fresh session. Arguments: base URL, username, cookie jar.
renew_session() {
  curl -s -o /dev/null -c "$3" -b "$3" -d "j_username=$2" --data-urlencode "j_password=$BENCH_PASSWORD" \
    "$1/j_security_check"
}

# The Cookie header value (session and CSRF cookies) from a curl cookie jar.
cookie_header() {
  awk -F'\t' 'NF >= 7 && ($6 == "quarkus-credential" || $6 == "yuedu-csrf") { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$1"
}

# Figures of a wrk report (read from standard input): requests/s, p50 ms, p99 ms and errors (socket errors and
# 4xx/5xx answers), tab-separated on one line.
wrk_figures() {
  awk '
    function ms(v,  n, u) { n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
      return n * (u == "us" ? 0.001 : u == "s" ? 1000 : u == "m" ? 60000 : 1) }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
    /Socket errors/ { gsub(/[^0-9 ]/, ""); for (i = 1; i <= NF; i++) errors += $i }
    /Non-2xx/ { errors += $NF }
    END { printf "%.1f\t%.2f\t%.2f\t%d\n", rps, p50, p99, errors }'
}

# The states of one user's cards in one deck as the study page writes them into the grade form, as "<card id> <state>"
# lines for grade.lua (shown.sql). Arguments: database, username, deck id, output file.
write_shown_states() {
  psql -d "$1" -At -v user_id="$(psql -d "$1" -tAc "select id from app_user where username = '$2'")" \
    -v deck_id="$3" -f bench/review-loop/shown.sql > "$4"
}

# Keeps a copy of every card as seeded (table bench_seeded_card, in the benchmark database only), for
# restore_seeded_cards. Arguments: database.
keep_seeded_cards() {
  psql -d "$1" -qc "drop table if exists bench_seeded_card" -c "create table bench_seeded_card as select * from card"
}

# Puts every graded card back to its seeded state, deletes the reviews and vacuums the tables as after the seed, so
# that the next grading run's grades are each card's first, sent with the state its page showed (shown.sql), as a
# browser sends them. A card graded twice in one run has no page behind it (grade.lua knows its version, not its
# state) and goes the way of a stale page. Arguments: database.
restore_seeded_cards() {
  psql -d "$1" -q -v ON_ERROR_STOP=1 -c "delete from review_log" -c "
    update card c set phase = s.phase, due = s.due, stability = s.stability, difficulty = s.difficulty,
      elapsed_days = s.elapsed_days, scheduled_days = s.scheduled_days, learning_step = s.learning_step,
      reps = s.reps, lapses = s.lapses, last_review = s.last_review, buried_until = s.buried_until,
      version = s.version
    from bench_seeded_card s where s.id = c.id and c.version <> s.version" -c "vacuum (analyze) card, review_log"
}

# A stand-in for PostgreSQL's autovacuum where the server has it switched off (as on our benchmark machines):
# every grade rewrites a card row, and without vacuum the dead rows pile up in the table and its indexes, which no
# production database lets happen. While it runs, the hot tables are vacuumed and analyzed every VACUUM_EVERY
# seconds (default 30, half autovacuum's default naptime), paced as autovacuum paces itself by default (a 2 ms pause
# after every 200 units of cost): until 26 Nov 2026 it ran at full speed, a burst of a whole CPU of the two that
# autovacuum never causes. Arguments: database. Stop it with stop_vacuum_stand_in.
start_vacuum_stand_in() {
  VACUUM_LOOP=""
  if [ "$(psql -d "$1" -tAc 'show autovacuum')" = on ]; then
    return
  fi
  echo "== autovacuum is off on this server: vacuuming card and review_log every ${VACUUM_EVERY:-30} s instead"
  (while sleep "${VACUUM_EVERY:-30}"; do
    PGOPTIONS="-c vacuum_cost_delay=2ms -c vacuum_cost_limit=200" psql -d "$1" -qc 'vacuum (analyze) card, review_log'
  done) &
  VACUUM_LOOP=$!
}

stop_vacuum_stand_in() {
  if [ -n "${VACUUM_LOOP:-}" ]; then
    kill "$VACUUM_LOOP" 2>/dev/null || true
    VACUUM_LOOP=""
  fi
}

# CPU time in ms (user + system) used so far by a process, and by the PostgreSQL backends serving its connections,
# as "app db". Per request, CPU time is steadier than requests/s on a shared 2-CPU machine, where a neighbour's load
# falls unevenly on the rounds of two builds: the two say different things (cost and speed), so compare.sh
# reports both. Backends that close between two readings drop out of the second, so read it under load, when the
# pool keeps its connections.
cpu_ms() {
  local pid=$1 ports backend ticks app db=0
  ticks=$(getconf CLK_TCK)
  app=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  ports=$(ss -tnpH state established "dport = :5432" \
    | awk -v owner="pid=$pid," 'index($0, owner) { n = split($3, a, ":"); printf "%s%s", sep, a[n]; sep = "," }')
  if [ -n "$ports" ]; then
    for backend in $(psql -d postgres -tAc "select pid from pg_stat_activity where client_port in ($ports)"); do
      db=$((db + $(awk '{ print $14 + $15 }' "/proc/$backend/stat" 2>/dev/null || echo 0)))
    done
  fi
  echo "$((app * 1000 / ticks)) $((db * 1000 / ticks))"
}
