-- Yuedu schema, part 12 (H2; PostgreSQL's is in db/postgresql): the student's new cards of a deck in their order
-- (V11). H2 has no partial indexes, so this one holds every card, its phase after the deck.
CREATE INDEX ix_card_new ON card (user_id, deck_id, phase, new_rank, id, note_id, card_type, buried_until);
