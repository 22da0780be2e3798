-- Yuedu schema, part 3: personal study. Each student has their own cards, settings, review log and known words
-- for a shared deck. SQL that H2 and PostgreSQL accept unchanged.

CREATE SEQUENCE deck_settings_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE card_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE review_log_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE known_word_seq START WITH 1 INCREMENT BY 50;

-- Settings per student and deck: a shared deck, but each student picks their own pace. The row is written when
-- the student first studies the deck (with the defaults), which is also when their cards are created.
CREATE TABLE deck_settings (
    id                 BIGINT           NOT NULL PRIMARY KEY,
    user_id            BIGINT           NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    deck_id            BIGINT           NOT NULL REFERENCES deck (id) ON DELETE CASCADE,
    desired_retention  DOUBLE PRECISION NOT NULL,
    new_per_day        INTEGER          NOT NULL,
    reviews_per_day    INTEGER          NOT NULL,
    new_card_order     VARCHAR(16)      NOT NULL,
    recognition        BOOLEAN          NOT NULL,
    recall             BOOLEAN          NOT NULL,
    cloze              BOOLEAN          NOT NULL,
    created_at         TIMESTAMP        NOT NULL,
    CONSTRAINT uq_deck_settings UNIQUE (user_id, deck_id)
);

-- One card per student, note and card type, with its FSRS state (phase 0 new, 1 learning, 2 review,
-- 3 relearning). deck_id repeats the note's deck so the queue reads one index.
CREATE TABLE card (
    id              BIGINT           NOT NULL PRIMARY KEY,
    user_id         BIGINT           NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    deck_id         BIGINT           NOT NULL REFERENCES deck (id) ON DELETE CASCADE,
    note_id         BIGINT           NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    card_type       VARCHAR(16)      NOT NULL,
    phase           INTEGER          NOT NULL,
    due             TIMESTAMP        NOT NULL,
    stability       DOUBLE PRECISION NOT NULL,
    difficulty      DOUBLE PRECISION NOT NULL,
    elapsed_days    INTEGER          NOT NULL,
    scheduled_days  INTEGER          NOT NULL,
    learning_step   INTEGER          NOT NULL,
    reps            INTEGER          NOT NULL,
    lapses          INTEGER          NOT NULL,
    last_review     TIMESTAMP,
    buried_until    TIMESTAMP,
    version         BIGINT           NOT NULL,
    CONSTRAINT uq_card UNIQUE (user_id, note_id, card_type)
);
-- The queue: per phase, cards in due order, read as an index range scan.
CREATE INDEX ix_card_queue ON card (user_id, deck_id, phase, due);
CREATE INDEX ix_card_note ON card (note_id);

-- Append-only history of grades: the state before and after each review, enough to rebuild a card (replay)
-- and to undo the last review. Undo is the only deletion.
CREATE TABLE review_log (
    id                   BIGINT           NOT NULL PRIMARY KEY,
    user_id              BIGINT           NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    deck_id              BIGINT           NOT NULL REFERENCES deck (id) ON DELETE CASCADE,
    card_id              BIGINT           NOT NULL REFERENCES card (id) ON DELETE CASCADE,
    rating               INTEGER          NOT NULL,
    reviewed_at          TIMESTAMP        NOT NULL,
    elapsed_days         INTEGER          NOT NULL,
    time_spent_ms        BIGINT           NOT NULL,
    desired_retention    DOUBLE PRECISION NOT NULL,
    before_phase         INTEGER          NOT NULL,
    before_due           TIMESTAMP        NOT NULL,
    before_stability     DOUBLE PRECISION NOT NULL,
    before_difficulty    DOUBLE PRECISION NOT NULL,
    before_elapsed_days  INTEGER          NOT NULL,
    before_scheduled_days INTEGER         NOT NULL,
    before_learning_step INTEGER          NOT NULL,
    before_reps          INTEGER          NOT NULL,
    before_lapses        INTEGER          NOT NULL,
    before_last_review   TIMESTAMP,
    after_phase          INTEGER          NOT NULL,
    after_due            TIMESTAMP        NOT NULL,
    after_stability      DOUBLE PRECISION NOT NULL,
    after_difficulty     DOUBLE PRECISION NOT NULL,
    after_elapsed_days   INTEGER          NOT NULL,
    after_scheduled_days INTEGER          NOT NULL,
    after_learning_step  INTEGER          NOT NULL,
    after_reps           INTEGER          NOT NULL,
    after_lapses         INTEGER          NOT NULL,
    after_last_review    TIMESTAMP
);
-- Today's counts (new cards introduced, reviews done) and the last review for undo.
CREATE INDEX ix_review_log_day ON review_log (user_id, deck_id, reviewed_at);
CREATE INDEX ix_review_log_card ON review_log (card_id, id);

-- Words a student knows: never introduced as new cards. source: MANUAL, HSK or STABILITY.
CREATE TABLE known_word (
    id          BIGINT       NOT NULL PRIMARY KEY,
    user_id     BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    word        VARCHAR(100) NOT NULL,
    source      VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    CONSTRAINT uq_known_word UNIQUE (user_id, word)
);
