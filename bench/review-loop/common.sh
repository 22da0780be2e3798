# Helpers shared by run.sh and compare.sh (sourced, not run).

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
