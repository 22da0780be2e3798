# Shared by the checks in scripts/cluster: databases, app instances, ports, sign-in, clean-up.
# Source it from a script that has done `set -euo pipefail` and changed to the repository root.
# Settings (environment): PGHOST, PGPORT, PGUSER (default 127.0.0.1:5432 postgres, trust auth; PGPASSWORD if
# needed), CLUSTER_PORT_BASE (default 28080: instances listen on base+1, base+2, the proxy on base+10, base+11),
# CLUSTER_OUT (default target/cluster), YUEDU_SESSION_KEY (one key for every instance).

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export YUEDU_SESSION_KEY="${YUEDU_SESSION_KEY:-cluster-check-session-key-shared-by-all-instances}"
CLUSTER_PORT_BASE="${CLUSTER_PORT_BASE:-28080}"
CLUSTER_OUT="${CLUSTER_OUT:-target/cluster}"
APP_JAR="target/quarkus-app/quarkus-run.jar"
APP_HEAP="${CLUSTER_APP_HEAP:-512m}"
mkdir -p "$CLUSTER_OUT"

declare -A INSTANCE_PID=()
CHILD_PIDS=()

# Every process a check started is ended when it exits, however it exits.
cleanup_children() {
  local pid
  for pid in "${CHILD_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${CHILD_PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  done
}
trap cleanup_children EXIT

# A child that has been reaped is forgotten, so clean-up never signals a process id the system reused.
forget_child() {
  local pid kept=()
  for pid in "${CHILD_PIDS[@]}"; do [ "$pid" = "$1" ] || kept+=("$pid"); done
  CHILD_PIDS=("${kept[@]}")
}

now_ms() { date +%s%3N; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_free_ports() {
  local port
  for port in "$@"; do
    if port_in_use "$port"; then
      echo "Port $port is in use; set CLUSTER_PORT_BASE to a free range" >&2
      exit 1
    fi
  done
}

sql() { psql -d "$1" -v ON_ERROR_STOP=1 -qtAX -c "$2"; }

# A new, empty database (never the test suite's database "test").
fresh_db() {
  if [ "$1" = test ]; then echo "Refusing to use the test suite's database" >&2; exit 1; fi
  dropdb --if-exists --force "$1" 2>/dev/null || dropdb --if-exists "$1"
  createdb "$1"
}

jdbc_url() { echo "jdbc:postgresql://$PGHOST:${2:-$PGPORT}/$1"; }

# start_instance NAME PORT JDBC_URL [JVM options...]: starts the pg build in the background; log in CLUSTER_OUT/NAME.log.
start_instance() {
  local name=$1 port=$2 url=$3
  shift 3
  echo "--- start $(date -u +%FT%TZ) port $port" >> "$CLUSTER_OUT/$name.log"
  YUEDU_DB_URL="$url" YUEDU_DB_USER="$PGUSER" YUEDU_DB_PASSWORD="${PGPASSWORD:-}" \
    java "-Xmx$APP_HEAP" -Dquarkus.profile=pg -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
    -Dquarkus.banner.enabled=false "$@" -jar "$APP_JAR" >> "$CLUSTER_OUT/$name.log" 2>&1 &
  INSTANCE_PID[$name]=$!
  CHILD_PIDS+=("$!")
}

# wait_ready NAME PORT [SECONDS]: until readiness is UP; fails early if the instance died.
wait_ready() {
  local name=$1 port=$2 limit=${3:-240} started
  started=$(now_ms)
  for _ in $(seq 1 "$limit"); do
    if curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then
      echo "$name ready on port $port after $(( ($(now_ms) - started) / 1000 )) s"
      return 0
    fi
    if ! kill -0 "${INSTANCE_PID[$name]}" 2>/dev/null; then
      echo "$name died while starting; the end of $CLUSTER_OUT/$name.log:" >&2
      tail -n 30 "$CLUSTER_OUT/$name.log" >&2
      return 1
    fi
    sleep 1
  done
  echo "$name was not ready after $limit s; see $CLUSTER_OUT/$name.log" >&2
  return 1
}

stop_instance() {
  local pid=${INSTANCE_PID[$1]}
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  forget_child "$pid"
}

kill9_instance() {
  local pid=${INSTANCE_PID[$1]}
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  forget_child "$pid"
}

# verify_cards DB: the app's own replay check of every card against its review log; its exit code.
verify_cards() {
  YUEDU_DB_URL="$(jdbc_url "$1")" YUEDU_DB_USER="$PGUSER" YUEDU_DB_PASSWORD="${PGPASSWORD:-}" \
    java "-Xmx$APP_HEAP" -Dquarkus.profile=pg -Dquarkus.http.port=0 -Dquarkus.banner.enabled=false \
    -Dquarkus.log.level=WARN -Dquarkus.scheduler.enabled=false -Dyuedu.seeds.enabled=false \
    -jar "$APP_JAR" verify-cards 2>> "$CLUSTER_OUT/verify-cards.log"
}

# The CSRF token of the first form on a page (reads the whole page: no broken pipe under pipefail).
csrf_of() {
  awk '!found && match($0, /name="csrf-token" value="[^"]*"/) {
    token = substr($0, RSTART, RLENGTH); sub(/.*value="/, "", token); sub(/"$/, "", token); print token; found = 1 }'
}

# sign_up BASE USER JAR: registers (if new) and signs in; the session stays in the cookie jar JAR.
sign_up() {
  local base=$1 user=$2 jar=$3 token password="cluster check password"
  rm -f "$jar"
  token=$(curl -sf -c "$jar" -b "$jar" "$base/register" | csrf_of)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf-token=$token" -d "username=$user" \
    -d "displayName=$user" --data-urlencode "password=$password" --data-urlencode "confirm=$password" \
    -d "timeZone=Asia/Shanghai" "$base/register"
  curl -s -o /dev/null -c "$jar" -b "$jar" -d "j_username=$user" --data-urlencode "j_password=$password" \
    "$base/j_security_check"
  grep -q quarkus-credential "$jar" || { echo "Could not sign in as $user at $base" >&2; return 1; }
}

# Figures and verdicts: each check appends "name<TAB>value" lines to its figures file and prints them.
FAILED_CHECKS=()
figure() { printf '  %-44s %s\n' "$1" "$2"; printf '%s\t%s\n' "$1" "$2" >> "$FIGURES"; }
expect() {
  local what=$1
  shift
  if "$@"; then
    echo "  ok    $what"
  else
    echo "  FAIL  $what"
    FAILED_CHECKS+=("$what")
  fi
}
finish() {
  if [ "${#FAILED_CHECKS[@]}" -eq 0 ]; then
    echo "== $1: passed"
    return 0
  fi
  echo "== $1: FAILED (${#FAILED_CHECKS[@]}): ${FAILED_CHECKS[*]}"
  return 1
}
