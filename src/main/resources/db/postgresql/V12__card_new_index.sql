-- Yuedu schema, part 12 (PostgreSQL; H2's is in db/h2): the student's new cards of a deck in their order (V11), with
-- the columns the queue filters on and the note it joins, so that the cards are read from the index alone. Partial:
-- new cards only, so a card leaves it with its first grade and reviews never write to it.
CREATE INDEX ix_card_new ON card (user_id, deck_id, new_rank, id, note_id, card_type, buried_until) WHERE phase = 0;
