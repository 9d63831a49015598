-- Failed logins per user name and client address, so a restart does not forget them and several
-- nodes share them; an attacker's address never blocks the user's own.
CREATE TABLE login_attempt (
    user_key      VARCHAR(64)  NOT NULL,
    source        VARCHAR(64)  NOT NULL,
    failures      INTEGER      NOT NULL,
    last_failure  TIMESTAMP    NOT NULL,
    blocked_until TIMESTAMP,
    PRIMARY KEY (user_key, source)
);
