-- The due-review query of DeckStudy.queue, as Hibernate sends it, for the 100,000-card user.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT c.id, c.due, c.stability, c.difficulty, c.last_review, c.scheduled_days
FROM card c
WHERE c.user_id = :user_id AND c.deck_id = :deck_id AND c.phase = 2 AND c.due < now() + INTERVAL '1 day'
  AND c.card_type IN ('RECOGNITION', 'RECALL') AND (c.buried_until IS NULL OR c.buried_until <= now())
ORDER BY c.due, c.id
LIMIT 200;

-- (Re)learning cards due within the learn-ahead window.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT c.id, c.due FROM card c
WHERE c.user_id = :user_id AND c.deck_id = :deck_id AND c.phase IN (1, 3) AND c.due <= now() + INTERVAL '20 minutes'
  AND c.card_type IN ('RECOGNITION', 'RECALL') AND (c.buried_until IS NULL OR c.buried_until <= now())
ORDER BY c.due, c.id;

-- New cards in article order (none left in the benchmark deck: every card is a review card).
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT c.id, c.due FROM card c JOIN note n ON n.id = c.note_id
WHERE c.user_id = :user_id AND c.deck_id = :deck_id AND c.phase = 0
  AND c.card_type IN ('RECOGNITION', 'RECALL') AND (c.buried_until IS NULL OR c.buried_until <= now())
  AND NOT EXISTS (SELECT 1 FROM known_word k WHERE k.user_id = :user_id AND k.word = n.word)
ORDER BY n.first_position, n.id, c.id
LIMIT 1;
