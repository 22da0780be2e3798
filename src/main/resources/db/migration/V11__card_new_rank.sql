-- Yuedu schema, part 11: a new card's place in the student's order of new cards.
--
-- The study page introduces the first new cards of the deck in the order the student chose (article, frequency or
-- HSK level; NewCardOrder). That order was a property of the notes only, so the queue read every new card of the
-- student in the deck with its note, checked each against the words the student knows, then sorted them: on a fresh
-- deck of the seed article, 1,146 cards and four index lookups each for every card shown (about 300 pages a second
-- against 4,000 for a deck of reviews). With the place on the card, an index gives the new cards in order and the
-- queue checks them only until it has enough. new_rank is the note's position among the deck's notes in the order of
-- the student's settings, counted from 1 (DeckStudy.rankNewCards keeps it so when cards are made or the order changes).
ALTER TABLE card ADD COLUMN new_rank INTEGER DEFAULT 0 NOT NULL;

MERGE INTO card c
USING (SELECT k.id AS card_id,
              CASE s.new_card_order WHEN 'FREQUENCY' THEN r.by_frequency WHEN 'HSK' THEN r.by_hsk
                                    ELSE r.by_article END AS new_rank
       FROM card k
       JOIN deck_settings s ON s.user_id = k.user_id AND s.deck_id = k.deck_id
       JOIN (SELECT n.id,
                    ROW_NUMBER() OVER (PARTITION BY n.deck_id ORDER BY n.first_position, n.id) AS by_article,
                    ROW_NUMBER() OVER (PARTITION BY n.deck_id ORDER BY n.frequency_rank, n.first_position, n.id)
                        AS by_frequency,
                    ROW_NUMBER() OVER (PARTITION BY n.deck_id
                        ORDER BY CASE WHEN n.hsk_level = 0 THEN 99 ELSE n.hsk_level END, n.frequency_rank, n.id)
                        AS by_hsk
             FROM note n) r ON r.id = k.note_id) ranked
ON (c.id = ranked.card_id)
WHEN MATCHED THEN UPDATE SET new_rank = ranked.new_rank;
