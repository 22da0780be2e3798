#!/usr/bin/env bash
# Fault: an instance killed with SIGKILL in the middle of mining a large upload (about 1 MB of Chinese, built from
# the seed article), and again in the middle of publishing it (while its transaction holds uncommitted writes).
# After each kill: no partial article, deck, note or sentence (counts unchanged), the draft is as it was
# (mining: still claimed, taken over once the claim is stale and mined; publishing: still ready). After the
# restart the teacher publishes, uploads the same text (offered the deck) and a new one (mined).
# Settings: CLUSTER_MINING_DB (yuedu_cluster_mining), CLUSTER_STALE_CLAIM (PT10S: how soon a dead instance's
# claim is taken over; production default PT2M), and those of lib.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/cluster/lib.sh

DB="${CLUSTER_MINING_DB:-yuedu_cluster_mining}"
PORT=$((CLUSTER_PORT_BASE + 1))
BASE="http://127.0.0.1:$PORT"
STALE_CLAIM="${CLUSTER_STALE_CLAIM:-PT10S}"
OUT="$CLUSTER_OUT/kill-mining"
FIGURES="$OUT/figures.tsv"
rm -rf "$OUT" "$CLUSTER_OUT/m.log"
mkdir -p "$OUT"
require_free_ports "$PORT"
started=$(now_ms)

start() {
  local from
  from=$(now_ms)
  start_instance m "$PORT" "$(jdbc_url "$DB")" -Dyuedu.upload.stale-claim="$STALE_CLAIM"
  wait_ready m "$PORT"
  LAST_START_S=$(( ($(now_ms) - from) / 1000 ))
}
tcurl() { curl -s -b "$OUT/teacher.cookies" -c "$OUT/teacher.cookies" "$@"; }
counts() {
  sql "$DB" "select (select count(*) from article) || ' articles, ' || (select count(*) from deck) || ' decks, '
    || (select count(*) from note) || ' notes, ' || (select count(*) from sentence) || ' sentences, '
    || (select count(*) from note_sentence) || ' note-sentence links, '
    || (select count(*) from deck_assignment) || ' assignments'"
}
draft_status() { sql "$DB" "select coalesce((select status from article_draft where id = $1), 'GONE')"; }
# wait_status DRAFT SECONDS STATUS...: until the draft has one of the statuses; prints it.
wait_status() {
  local draft=$1 limit=$2 status
  shift 2
  for _ in $(seq 1 $((limit * 10))); do
    status=$(draft_status "$draft")
    for wanted in "$@"; do [ "$status" = "$wanted" ] && { echo "$status"; return 0; }; done
    sleep 0.1
  done
  echo "$status"
}
# upload FILE: posts the file as the teacher; prints "status location".
upload() {
  local token
  token=$(tcurl "$BASE/uploads/new" | csrf_of)
  tcurl -o "$OUT/upload-response.html" -w '%{http_code} %{redirect_url}' -F "csrf-token=$token" \
    -F "class=$class_id" -F "title=" -F "source=" -F "file=@$1;type=text/plain" "$BASE/uploads"
}
# A large article: the seed repeated with numbered parts (the parts differ, the vocabulary stays the seed's).
make_article() {
  local file=$1 tag=$2 seed size copies
  local seeds=(seeds/*.txt)
  seed=${seeds[0]}
  size=$(wc -c < "$seed")
  copies=$(( ${3:-1000000} / (size + 40) ))
  for i in $(seq 1 "$copies"); do printf '第%d部分（%s）\n\n' "$i" "$tag"; cat "$seed"; printf '\n\n'; done > "$file"
}

echo "== SIGKILL while mining and while publishing a large upload (port $PORT, database $DB)"
fresh_db "$DB"
start
first_start_s=$LAST_START_S

# The admin (first account) makes a teacher, who creates a class.
sign_up "$BASE" admin "$OUT/admin.cookies"
sign_up "$BASE" teacher "$OUT/teacher.cookies"
teacher_id=$(sql "$DB" "select id from app_user where username = 'teacher'")
token=$(curl -s -b "$OUT/admin.cookies" -c "$OUT/admin.cookies" "$BASE/admin/users" | csrf_of)
curl -s -o /dev/null -b "$OUT/admin.cookies" --data-urlencode "csrf-token=$token" -d role=teacher \
  "$BASE/admin/users/$teacher_id/role"
token=$(tcurl "$BASE/classes" | csrf_of)
class_url=$(tcurl -o /dev/null -w '%{redirect_url}' --data-urlencode "csrf-token=$token" -d "name=Fault drill" \
  "$BASE/classes")
class_id=${class_url##*/}
[[ "$class_id" =~ ^[0-9]+$ ]] || { echo "The teacher could not create a class ($class_url)" >&2; exit 1; }

make_article "$OUT/large.txt" large
bytes=$(wc -c < "$OUT/large.txt")

echo "== 1. Kill while mining the draft"
before_mining=$(counts)
read -r status location <<< "$(upload "$OUT/large.txt")"
draft_id=${location##*/}
[ "$status" = 303 ] && [[ "$draft_id" =~ ^[0-9]+$ ]] || { echo "Upload answered $status $location" >&2; exit 1; }
# Mining 1 MB takes 1.5-4 s on a warm JVM: kill a moment after the claim, then read what the kill left.
claimed=$(wait_status "$draft_id" 60 MINING READY FAILED)
sleep "${CLUSTER_KILL_AFTER_S:-0.3}"
kill9_instance m
killed_at=$(now_ms)
state_at_kill=$(draft_status "$draft_id")
after_mining_kill=$(counts)
draft_words_after_kill=$(sql "$DB" "select count(*) from draft_word where draft_id = $draft_id")
status_after_kill=$(draft_status "$draft_id")
start
restart_s=$LAST_START_S
mined=$(wait_status "$draft_id" 240 READY FAILED)
takeover_s=$(( ($(now_ms) - killed_at) / 1000 ))
draft_words=$(sql "$DB" "select count(*) from draft_word where draft_id = $draft_id")
sentences=$(sql "$DB" "select coalesce(sentence_count, 0) from article_draft where id = $draft_id")
mined_log=$(grep -hE "Mined draft $draft_id:|Draft mined: .*draft=$draft_id " "$CLUSTER_OUT/m.log" | tail -n 1 \
  | sed -E 's/.*(Mined draft|Draft mined)/\1/') || true

echo "== 2. Kill while publishing it"
before_publish=$(counts)
token=$(tcurl "$BASE/uploads/$draft_id" | csrf_of)
publish_started=$(now_ms)
tcurl -o /dev/null -w '%{http_code}' --data-urlencode "csrf-token=$token" -d "class=$class_id" \
  "$BASE/uploads/$draft_id/publish" > "$OUT/publish-1.status" 2>/dev/null &
publish_pid=$!
CHILD_PIDS+=("$publish_pid")
# The publish transaction mines first and writes at the end: kill as soon as it holds uncommitted writes.
writing=""
for _ in $(seq 1 2400); do
  writing=$(sql "$DB" "select round(extract(epoch from now() - xact_start) * 1000) || ' ms after it began, running: '
      || left(regexp_replace(query, '\s+', ' ', 'g'), 40)
    from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
      and backend_type = 'client backend' and backend_xid is not null limit 1")
  [ -n "$writing" ] && break
  kill -0 "$publish_pid" 2>/dev/null || break
  sleep 0.05
done
kill9_instance m
publish_killed_ms=$(( $(now_ms) - publish_started ))
wait "$publish_pid" 2>/dev/null || true
forget_child "$publish_pid"
publish_answer=$(cat "$OUT/publish-1.status" 2>/dev/null || true)
after_publish_kill=$(counts)
status_after_publish_kill=$(draft_status "$draft_id")

echo "== 3. Restart: publish again, upload again"
start
token=$(tcurl "$BASE/uploads/$draft_id" | csrf_of)
read -r republish_status republish_location republish_s <<< "$(tcurl -o /dev/null \
  -w '%{http_code} %{redirect_url} %{time_total}' --data-urlencode "csrf-token=$token" -d "class=$class_id" \
  "$BASE/uploads/$draft_id/publish")"
after_republish=$(counts)
deck_id=$(sql "$DB" "select d.id from deck d join article a on a.id = d.article_id where d.uploaded_by = $teacher_id")
deck_notes=$(sql "$DB" "select count(*) from note where deck_id = ${deck_id:-0}")
status_after_publish=$(draft_status "$draft_id")
read -r same_status _ <<< "$(upload "$OUT/large.txt")"
offered=$(grep -c "This article is already in Yuedu as the deck" "$OUT/upload-response.html" || true)
make_article "$OUT/second.txt" second 200000
read -r second_status second_location <<< "$(upload "$OUT/second.txt")"
second_draft=${second_location##*/}
second_mined=$(wait_status "${second_draft:-0}" 120 READY FAILED)
stop_instance m

echo "== Figures"
figure "upload" "$bytes bytes, $sentences sentences, $draft_words words"
figure "start / restart to ready (s)" "$first_start_s / $restart_s"
figure "draft when killed" "$state_at_kill (${CLUSTER_KILL_AFTER_S:-0.3} s after the claim was seen: $claimed)"
figure "draft after the kill" "$status_after_kill, $draft_words_after_kill draft words"
figure "rows before / after the mining kill" "$before_mining / $after_mining_kill"
figure "draft taken over and mined, from the kill (s)" "$takeover_s ($mined; stale claim $STALE_CLAIM)"
figure "mining after restart" "${mined_log:-?}"
figure "publish killed after (ms)" "$publish_killed_ms"
figure "publish transaction at the kill" "${writing:-no uncommitted write seen}"
figure "publish request answer" "${publish_answer:-none (connection cut)}"
figure "rows before / after the publish kill" "$before_publish / $after_publish_kill"
figure "draft after the publish kill" "$status_after_publish_kill"
figure "publish again after restart" "$republish_status $republish_location in $republish_s s"
figure "rows after publishing" "$after_republish"
figure "same text uploaded again" "$same_status, existing deck offered: $offered"
figure "new upload" "$second_status, mined: $second_mined"
figure "whole check (s)" "$(( ($(now_ms) - started) / 1000 ))"

expect "the draft was being mined when the instance was killed" [ "$state_at_kill" = MINING ]
expect "the killed mining left no article, deck, note or sentence" [ "$before_mining" = "$after_mining_kill" ]
expect "the killed mining left the draft claimed, without words" \
  [ "$status_after_kill" = MINING -a "$draft_words_after_kill" -eq 0 ]
expect "the draft was taken over after restart and mined" [ "$mined" = READY -a "$draft_words" -gt 0 ]
expect "the publish was killed while its transaction held uncommitted writes" [ -n "$writing" ]
expect "the killed publish left no article, deck, note, sentence or assignment" \
  [ "$before_publish" = "$after_publish_kill" ]
expect "the killed publish left the draft ready" [ "$status_after_publish_kill" = READY ]
expect "publishing again after restart stored one deck and removed the draft" \
  [ "$republish_status" = 303 -a "$status_after_publish" = GONE -a "$(sql "$DB" "select count(*) from article")" -eq 2 \
    -a "${deck_notes:-0}" -gt 0 ]
expect "the same text uploaded again offers the stored deck" [ "$same_status" = 200 -a "$offered" -ge 1 ]
expect "the teacher can upload a new text, and it is mined" [ "$second_status" = 303 -a "$second_mined" = READY ]
finish "SIGKILL while mining and publishing"
