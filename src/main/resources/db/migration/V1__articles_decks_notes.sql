-- Yuedu schema, part 1: articles mined into decks of vocabulary notes.
-- Written in SQL that both H2 (embedded default) and PostgreSQL (production) accept unchanged.
-- Sequences step by 50 because Hibernate's pooled id generator allocates ids 50 at a time.

CREATE SEQUENCE article_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE sentence_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE deck_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE note_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE segmentation_override_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE article (
    id              BIGINT        NOT NULL PRIMARY KEY,
    title           VARCHAR(500)  NOT NULL,
    headline        VARCHAR(500),
    dateline        VARCHAR(200),
    byline          VARCHAR(200),
    source          VARCHAR(500),
    slug            VARCHAR(120)  NOT NULL,
    content_hash    VARCHAR(64)   NOT NULL,
    original_text   VARCHAR(1048576) NOT NULL,
    char_count      INTEGER       NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    CONSTRAINT uq_article_content_hash UNIQUE (content_hash)
);

-- One row per sentence of the article body, in reading order. The word tokens with their readings are
-- stored with the sentence (encoded by SentenceTokens) so a page prints pinyin over every word in one read.
CREATE TABLE sentence (
    id              BIGINT        NOT NULL PRIMARY KEY,
    article_id      BIGINT        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    paragraph       INTEGER       NOT NULL,
    text            VARCHAR(20000) NOT NULL,
    clause_starts   VARCHAR(2000) NOT NULL,
    tokens          VARCHAR(200000) NOT NULL,
    CONSTRAINT uq_sentence_position UNIQUE (article_id, position)
);

CREATE TABLE deck (
    id              BIGINT        NOT NULL PRIMARY KEY,
    article_id      BIGINT        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    name            VARCHAR(500)  NOT NULL,
    created_at      TIMESTAMP     NOT NULL
);
CREATE INDEX ix_deck_article ON deck (article_id);

-- One vocabulary note per distinct word per deck.
CREATE TABLE note (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    deck_id              BIGINT        NOT NULL REFERENCES deck (id) ON DELETE CASCADE,
    word                 VARCHAR(100)  NOT NULL,
    traditional          VARCHAR(100)  NOT NULL,
    pinyin               VARCHAR(400)  NOT NULL,
    glosses              VARCHAR(8000) NOT NULL,
    classifiers          VARCHAR(400)  NOT NULL,
    char_hint            VARCHAR(2000),
    in_dictionary        BOOLEAN       NOT NULL,
    proper_noun          BOOLEAN       NOT NULL,
    known_by_default     BOOLEAN       NOT NULL,
    hsk_level            INTEGER       NOT NULL,
    frequency_rank       INTEGER       NOT NULL,
    article_count        INTEGER       NOT NULL,
    first_position       INTEGER       NOT NULL,
    example_sentence_id  BIGINT        NOT NULL REFERENCES sentence (id),
    CONSTRAINT uq_note_word UNIQUE (deck_id, word)
);

CREATE TABLE note_sentence (
    note_id      BIGINT NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    sentence_id  BIGINT NOT NULL REFERENCES sentence (id) ON DELETE CASCADE,
    PRIMARY KEY (note_id, sentence_id)
);
CREATE INDEX ix_note_sentence_sentence ON note_sentence (sentence_id);

-- Segmentation corrections as data: JOIN keeps a word whole, SPLIT breaks it at the given spaces.
-- scope_key is 'global' now; later features add per-class scopes.
CREATE TABLE segmentation_override (
    id          BIGINT       NOT NULL PRIMARY KEY,
    scope_key   VARCHAR(64)  NOT NULL,
    action      VARCHAR(8)   NOT NULL,
    word        VARCHAR(100) NOT NULL,
    split_as    VARCHAR(200),
    created_at  TIMESTAMP    NOT NULL,
    CONSTRAINT uq_override UNIQUE (scope_key, word)
);
