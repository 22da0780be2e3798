-- Yuedu schema, part 5: the study page reads its queue from indexes alone.
--
-- Every request of a review session counts the cards left and picks the next one. With the columns the queue
-- filters and orders on inside the index, PostgreSQL answers from the index (an index-only scan) instead of
-- visiting a table page per card, so a deck of 100,000 cards costs about what one of 1,000 does.
DROP INDEX ix_card_queue;
CREATE INDEX ix_card_queue ON card (user_id, deck_id, phase, due, id, card_type, buried_until, stability, last_review);

-- Today's reviews (counted up to the daily limits by the phase they started in) and the last review, which undo
-- removes, newest first with the id breaking ties, are read from this index alone.
DROP INDEX ix_review_log_day;
CREATE INDEX ix_review_log_day ON review_log (user_id, deck_id, reviewed_at, id, before_phase);
