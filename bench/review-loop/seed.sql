-- Benchmark data (PostgreSQL only): a synthetic deck of :notes notes on the seed article, and two review cards per
-- note for user :user_id, all in the review phase. Ids start high so they never meet the application's sequences.
-- Variables: user_id, deck_id, notes, spread, id_base.

DELETE FROM review_log WHERE deck_id = :deck_id;
DELETE FROM card WHERE deck_id = :deck_id;
DELETE FROM deck_settings WHERE deck_id = :deck_id;
DELETE FROM note WHERE deck_id = :deck_id;
DELETE FROM deck WHERE id = :deck_id;

INSERT INTO deck (id, article_id, name, created_at, open_to_all)
SELECT :deck_id, min(id), 'Benchmark deck ' || :deck_id, now(), TRUE FROM article;

INSERT INTO note (id, deck_id, word, traditional, pinyin, glosses, classifiers, char_hint, in_dictionary, proper_noun,
                  known_by_default, hsk_level, frequency_rank, article_count, first_position, example_sentence_id)
SELECT :id_base + i, :deck_id, 'w' || i, 'w' || i, 'ni3 hao3', 'gloss ' || i || E'\nsecond sense', '', NULL,
       TRUE, FALSE, FALSE, 1 + i % 6, i, 1, i, (SELECT min(id) FROM sentence)
FROM generate_series(0, :notes - 1) AS i;

INSERT INTO deck_settings (id, user_id, deck_id, desired_retention, new_per_day, reviews_per_day, new_card_order,
                           recognition, recall, cloze, created_at)
VALUES (:id_base, :user_id, :deck_id, 0.9, 20, 200, 'ARTICLE', TRUE, TRUE, FALSE, now());

-- Card k: note k / 2, type by parity; last reviewed 1 to 60 days ago with an interval of 1 to :spread days, so
-- about 30/:spread of the cards are due today.
INSERT INTO card (id, user_id, deck_id, note_id, card_type, phase, due, stability, difficulty, elapsed_days,
                  scheduled_days, learning_step, reps, lapses, last_review, buried_until, version)
SELECT :id_base + k, :user_id, :deck_id, :id_base + k / 2,
       CASE WHEN k % 2 = 0 THEN 'RECOGNITION' ELSE 'RECALL' END, 2,
       now() - ((1 + k % 60) * INTERVAL '1 day') + ((1 + (k * 7919) % :spread) * INTERVAL '1 day'),
       1 + (k * 7919) % :spread, 5.0, 0, 1 + (k * 7919) % :spread, 0, 3, 0,
       now() - ((1 + k % 60) * INTERVAL '1 day'), NULL, 0
FROM generate_series(0, 2 * :notes - 1) AS k;

-- As after any bulk load: statistics for the planner, and the visibility map that lets the queue be read from
-- its index alone.
VACUUM ANALYZE card;
VACUUM ANALYZE note;
VACUUM ANALYZE review_log;
