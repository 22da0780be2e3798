-- Yuedu schema, part 9 (PostgreSQL; H2's is in db/h2): the study queue also reads a student's review cards weakest
-- memory first.
--
-- The study page shows the least retrievable due review. It picks it among the earliest due reviews and the due ones
-- among the review cards of lowest stability: after days away, the cards most likely forgotten are the short-lived
-- memories, which due order alone reaches late (DeckStudy.REVIEW_WINDOW). As with ix_card_queue, the columns the
-- queue reads are in the index, so PostgreSQL answers from the index alone.
--
-- Partial, review cards under 30 days of stability only (DeckStudy.WEAK_STABILITY_DAYS). Review cards only: an index on
-- (user_id, deck_id, phase, ...) like ix_card_queue's took the queue's other card subqueries (learning and new cards)
-- when the statistics saw few such cards, which then read every learning card of the deck and sorted them instead of
-- reading the due ones in order. Under 30 days: a grade that leaves a card steadier, as most grades of a mature
-- collection do, adds no entry to this index (one more index entry per grade cost 5-8% of grading's requests/s).
CREATE INDEX ix_card_weakest ON card (user_id, deck_id, stability, id, due, last_review, card_type, buried_until)
    WHERE phase = 2 AND stability < 30;
