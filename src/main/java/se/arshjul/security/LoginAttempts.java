package se.arshjul.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without handing anyone a way to lock others out: failures are counted per
 * user name (case-insensitive) and client address, so an attacker hammering a name from one address
 * never blocks the user logging in from another, and guesses at unknown names only ever block
 * themselves. From the {@value #FREE_FAILURES}th failure on, each one doubles a short wait (2 s,
 * 4 s, … at most 15 min) instead of a hard lock. Kept in the database: a restart does not reset it and
 * every node sees the same counts. Form login and HTTP Basic on /engine-rest both pass through here.
 */
@Component
public class LoginAttempts {
    static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public LoginAttempts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void checkAllowed(String username, String source) {
        List<Timestamp> blocked = jdbc.queryForList("SELECT blocked_until FROM login_attempt WHERE user_key = ? AND source = ?",
                Timestamp.class, key(username), source(source));
        if (!blocked.isEmpty() && blocked.get(0) != null && LocalDateTime.now(clock).isBefore(blocked.get(0).toLocalDateTime())) {
            throw new LockedException("login throttled");
        }
    }

    public void recordFailure(String username, String source) {
        LocalDateTime now = LocalDateTime.now(clock);
        String user = key(username);
        String from = source(source);
        Integer failures = jdbc.queryForList("SELECT failures FROM login_attempt WHERE user_key = ? AND source = ?", Integer.class, user, from)
                .stream().findFirst().orElse(0) + 1;
        Timestamp blockedUntil = failures >= FREE_FAILURES ? Timestamp.valueOf(now.plus(wait(failures))) : null;
        if (jdbc.update("UPDATE login_attempt SET failures = ?, last_failure = ?, blocked_until = ? WHERE user_key = ? AND source = ?",
                failures, Timestamp.valueOf(now), blockedUntil, user, from) == 0) {
            try {
                jdbc.update("INSERT INTO login_attempt (user_key, source, failures, last_failure, blocked_until) VALUES (?, ?, ?, ?, ?)",
                        user, from, failures, Timestamp.valueOf(now), blockedUntil);
            } catch (DuplicateKeyException raced) {
                recordFailure(username, source); // another node inserted first: count on top of it
            }
        }
    }

    public void recordSuccess(String username, String source) {
        jdbc.update("DELETE FROM login_attempt WHERE user_key = ? AND source = ?", key(username), source(source));
    }

    /** 2 s after the fifth failure, doubling with each further one, at most 15 minutes. */
    static Duration wait(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static String key(String username) {
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return user.length() > 64 ? user.substring(0, 64) : user;
    }

    private static String source(String source) {
        String s = source == null || source.isBlank() ? "unknown" : source;
        return s.length() > 64 ? s.substring(0, 64) : s;
    }
}
