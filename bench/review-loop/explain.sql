-- The due-review part of DeckStudy.queue for the 100,000-card user: the least retrievable of the 50 earliest due and
-- of the due ones among the 50 review cards of lowest stability under 30 days (ix_card_weakest is partial on that
-- condition: without it in the query, PostgreSQL cannot use the index and reads the whole table).
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT w.id FROM (
  (SELECT c.id, c.due, c.stability, c.last_review
   FROM card c
   WHERE c.user_id = :user_id AND c.deck_id = :deck_id AND c.phase = 2 AND c.due < now() + INTERVAL '1 day'
     AND c.card_type IN ('RECOGNITION', 'RECALL') AND (c.buried_until IS NULL OR c.buried_until <= now())
   ORDER BY c.due, c.id
   LIMIT 50)
  UNION ALL
  (SELECT c.id, c.due, c.stability, c.last_review
   FROM (SELECT k.id, k.due, k.stability, k.last_review, k.card_type, k.buried_until
         FROM card k
         WHERE k.user_id = :user_id AND k.deck_id = :deck_id AND k.phase = 2 AND k.stability < 30
         ORDER BY k.stability, k.id
         LIMIT 50) c
   WHERE c.due < now() + INTERVAL '1 day' AND c.card_type IN ('RECOGNITION', 'RECALL')
     AND (c.buried_until IS NULL OR c.buried_until <= now()))) w
ORDER BY floor(extract(epoch FROM (cast(now() AS timestamp) - w.last_review)) / 86400) / w.stability DESC, w.due, w.id
LIMIT 1;

-- (Re)learning cards due within the learn-ahead window, in due order from ix_card_learning (partial, V13).
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT c.id, c.due FROM card c
WHERE c.user_id = :user_id AND c.deck_id = :deck_id AND c.phase IN (1, 3) AND c.due <= now() + INTERVAL '20 minutes'
  AND c.card_type IN ('RECOGNITION', 'RECALL') AND (c.buried_until IS NULL OR c.buried_until <= now())
ORDER BY c.due, c.id;

-- New cards in the student's order (new_rank, V11; none left in the benchmark deck: every card is a review card).
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT c.id, c.due FROM card c JOIN note n ON n.id = c.note_id
WHERE c.user_id = :user_id AND c.deck_id = :deck_id AND c.phase = 0
  AND c.card_type IN ('RECOGNITION', 'RECALL') AND (c.buried_until IS NULL OR c.buried_until <= now())
  AND NOT EXISTS (SELECT 1 FROM known_word k WHERE k.user_id = :user_id AND k.word = n.word)
ORDER BY c.new_rank, c.id
LIMIT 20;

-- Today's reviews of new cards, counted up to the new-card limit: a range of ix_review_log_new_day (partial, V13;
-- ix_review_log_phase_day before, V7), which stops at the limit instead of walking every review of the day.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM (
  SELECT 1 FROM review_log r
  WHERE r.user_id = :user_id AND r.deck_id = :deck_id AND r.reviewed_at >= current_date AND r.before_phase = 0
  ORDER BY r.reviewed_at
  LIMIT 20) i;

-- The review undo would remove: the student's last of the deck, ix_review_log_day read backwards (one entry).
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT r.id FROM review_log r WHERE r.user_id = :user_id AND r.deck_id = :deck_id
ORDER BY r.reviewed_at DESC, r.id DESC
LIMIT 1;
