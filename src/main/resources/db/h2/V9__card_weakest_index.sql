-- Yuedu schema, part 9 (H2; PostgreSQL's is in db/postgresql): the study queue also reads a student's review cards
-- weakest memory first.
--
-- The study page shows the least retrievable due review. It picks it among the earliest due reviews and the due ones
-- among the review cards of lowest stability: after days away, the cards most likely forgotten are the short-lived
-- memories, which due order alone reaches late (DeckStudy.REVIEW_WINDOW). As with ix_card_queue, the columns the
-- queue reads are in the index, so it is answered from the index alone. H2 has no partial indexes, so this one holds
-- every card, its phase after the deck.
CREATE INDEX ix_card_weakest ON card (user_id, deck_id, phase, stability, id, due, last_review, card_type, buried_until);
