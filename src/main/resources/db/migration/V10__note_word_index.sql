-- Yuedu schema, part 10: notes by word, whatever their deck.
--
-- A new card is not introduced when the student already knows its word well from another deck's note (DeckStudy's
-- new-card list). That check looks notes up by word alone; uq_note_word is (deck_id, word), so without this index
-- each lookup read the whole of uq_note_word, or PostgreSQL read every note and every card of the student instead.
CREATE INDEX ix_note_word ON note (word);
