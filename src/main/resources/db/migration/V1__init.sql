-- Placeholder so Flyway has a baseline; the real schema follows in V2.
CREATE TABLE yuedu_meta (meta_key VARCHAR(64) PRIMARY KEY, meta_value VARCHAR(255));
