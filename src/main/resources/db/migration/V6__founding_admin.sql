-- Yuedu schema, part 6: the installation's first account, and only that one, becomes admin.
--
-- Registration used to make the first account admin when it counted no users; two first registrations at the
-- same moment (two instances, two tabs) would both count none and both become admin. This one row is locked by
-- every registration, so registrations wait for each other here, and it records who founded the installation:
-- a registration that finds it empty takes the admin role and fills it. An existing installation's founder is its
-- first account.
CREATE TABLE founding_admin (
    id       INTEGER  NOT NULL PRIMARY KEY,
    user_id  BIGINT,
    CONSTRAINT ck_founding_admin_one_row CHECK (id = 1)
);

INSERT INTO founding_admin (id, user_id) SELECT 1, min(id) FROM app_user;
