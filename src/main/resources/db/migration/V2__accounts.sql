-- Accounts: one row per person; the role decides what they may do (admin, teacher, student).
CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE app_user (
    id              BIGINT        NOT NULL PRIMARY KEY,
    username        VARCHAR(64)   NOT NULL,
    password_hash   VARCHAR(100)  NOT NULL,
    role            VARCHAR(16)   NOT NULL,
    display_name    VARCHAR(100)  NOT NULL,
    time_zone       VARCHAR(64)   NOT NULL,
    script          VARCHAR(16)   NOT NULL,
    tone_colours    BOOLEAN       NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username)
);
