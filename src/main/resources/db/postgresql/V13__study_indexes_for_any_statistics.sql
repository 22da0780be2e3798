-- Yuedu schema, part 13 (PostgreSQL only; H2 keeps its indexes): the study statement's plan stays good whatever the
-- statistics say about how many students and decks share the database.
--
-- The app's connections use PostgreSQL's generic plan, which estimates a student's rows of one deck from the shares
-- of the two conditions, multiplied: on a large database (many students, many decks) that is a row or two, however
-- many the student has. With one row expected, a plan that reads the student's rows in any order and sorts them, or
-- reads other students' rows and filters them, costs the planner no more than the right one, and it took some
-- (QueuePlanTest, population LARGE_DATABASE). Each index below leaves such a query one good path.
--
-- Today's reviews of new cards and of review cards, counted up to the daily limits, each in an index of its own
-- (replacing V7's ix_review_log_phase_day). V7's index also fit "the student's last review of the deck" (the one undo
-- would remove), read by (user_id, deck_id) and sorted, and the planner chose it: every study page sorted every review
-- of the student's deck, 12 ms after 36,000. Partial indexes fit only the counts, whose condition names the phase.
CREATE INDEX ix_review_log_new_day ON review_log (user_id, deck_id, reviewed_at) WHERE before_phase = 0;
CREATE INDEX ix_review_log_review_day ON review_log (user_id, deck_id, reviewed_at) WHERE before_phase = 2;
DROP INDEX ix_review_log_phase_day;

-- The learning and relearning cards, in due order. In ix_card_queue the two phases are two ranges (phase in (1, 3)),
-- and the planner sometimes read the deck's cards by due date alone and filtered the phase: every overdue review
-- of the deck, to find the few learning cards. Partial, so a review card graded Good never writes to it.
CREATE INDEX ix_card_learning ON card (user_id, deck_id, due, id, card_type, buried_until) WHERE phase IN (1, 3);

-- A student's card of a note: the checks on new cards (a sibling reviewed today, the word known from another deck)
-- look up cards by note and student. V3's ix_card_note (note_id) gives every student's cards of the note, one per
-- classmate, and the planner took it when it expected few; with the student in the index, either index it takes
-- seeks straight to the student's cards. It still serves the note's foreign key.
CREATE INDEX ix_card_note_user ON card (note_id, user_id);
DROP INDEX ix_card_note;
ALTER INDEX ix_card_note_user RENAME TO ix_card_note;
