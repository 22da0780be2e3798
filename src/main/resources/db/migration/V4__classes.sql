-- Classes: a teacher's group of students, joined with a code; decks assigned to classes; uploaded drafts
-- waiting to be published; and a class's corrections of the mined vocabulary.

CREATE SEQUENCE school_class_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE class_member_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE deck_assignment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE article_draft_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE draft_word_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE word_override_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE school_class (
    id              BIGINT        NOT NULL PRIMARY KEY,
    name            VARCHAR(100)  NOT NULL,
    teacher_id      BIGINT        NOT NULL REFERENCES app_user (id),
    join_code       VARCHAR(16)   NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    CONSTRAINT uq_school_class_join_code UNIQUE (join_code)
);
CREATE INDEX ix_school_class_teacher ON school_class (teacher_id);

CREATE TABLE class_member (
    id              BIGINT        NOT NULL PRIMARY KEY,
    class_id        BIGINT        NOT NULL REFERENCES school_class (id) ON DELETE CASCADE,
    student_id      BIGINT        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    joined_at       TIMESTAMP     NOT NULL,
    CONSTRAINT uq_class_member UNIQUE (class_id, student_id)
);
CREATE INDEX ix_class_member_student ON class_member (student_id);

-- Who uploaded a deck (null for seed decks, which every signed-in user may read).
ALTER TABLE deck ADD COLUMN uploaded_by BIGINT;
ALTER TABLE deck ADD CONSTRAINT fk_deck_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES app_user (id);

CREATE TABLE deck_assignment (
    id              BIGINT        NOT NULL PRIMARY KEY,
    deck_id         BIGINT        NOT NULL REFERENCES deck (id) ON DELETE CASCADE,
    class_id        BIGINT        NOT NULL REFERENCES school_class (id) ON DELETE CASCADE,
    assigned_by     BIGINT        NOT NULL REFERENCES app_user (id),
    assigned_at     TIMESTAMP     NOT NULL,
    CONSTRAINT uq_deck_assignment UNIQUE (deck_id, class_id)
);
CREATE INDEX ix_deck_assignment_class ON deck_assignment (class_id);

-- An uploaded text waiting to be published. Kept in the database, not in memory or the HTTP session, so any
-- instance can mine it, show its preview or publish it. status: PENDING (waiting for a miner), MINING (claimed
-- by an instance at claimed_at), READY (draft_word rows hold the preview), FAILED (error says why).
CREATE TABLE article_draft (
    id              BIGINT        NOT NULL PRIMARY KEY,
    owner_id        BIGINT        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    class_id        BIGINT        NOT NULL REFERENCES school_class (id) ON DELETE CASCADE,
    title           VARCHAR(500),
    source          VARCHAR(500),
    file_name       VARCHAR(255),
    text            VARCHAR(1048576) NOT NULL,
    content_hash    VARCHAR(64)   NOT NULL,
    status          VARCHAR(8)    NOT NULL,
    claimed_at      TIMESTAMP,
    error           VARCHAR(2000),
    mined_title     VARCHAR(500),
    sentence_count  INTEGER,
    preview         VARCHAR(200000),
    created_at      TIMESTAMP     NOT NULL
);
CREATE INDEX ix_article_draft_status ON article_draft (status);

-- The mined vocabulary of a draft, as the preview shows it (before the class's word corrections).
CREATE TABLE draft_word (
    id              BIGINT        NOT NULL PRIMARY KEY,
    draft_id        BIGINT        NOT NULL REFERENCES article_draft (id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    word            VARCHAR(100)  NOT NULL,
    pinyin          VARCHAR(400)  NOT NULL,
    gloss           VARCHAR(8000) NOT NULL,
    hsk_level       INTEGER       NOT NULL,
    frequency_rank  INTEGER       NOT NULL,
    article_count   INTEGER       NOT NULL,
    known_by_default BOOLEAN      NOT NULL
);
CREATE INDEX ix_draft_word_draft ON draft_word (draft_id);

-- A class's correction of one word in every article it mines: dropped from the vocabulary, or another gloss
-- or reading. scope_key as in segmentation_override ('class:<id>').
CREATE TABLE word_override (
    id              BIGINT        NOT NULL PRIMARY KEY,
    scope_key       VARCHAR(64)   NOT NULL,
    word            VARCHAR(100)  NOT NULL,
    dropped         BOOLEAN       NOT NULL,
    gloss           VARCHAR(2000),
    pinyin          VARCHAR(400),
    created_at      TIMESTAMP     NOT NULL,
    CONSTRAINT uq_word_override UNIQUE (scope_key, word)
);
