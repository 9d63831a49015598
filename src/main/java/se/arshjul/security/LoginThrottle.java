package se.arshjul.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;

/** Slows down password guessing: after five failures a user name is locked for a few minutes. */
@Component
public class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(5);

    private record Failures(int count, Instant lockedUntil) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public void checkAllowed(String username) {
        Failures f = failures.get(key(username));
        if (f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil())) {
            throw new LockedException("Too many failed logins for " + username);
        }
    }

    public void recordFailure(String username) {
        failures.compute(key(username), (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            Instant lock = count >= MAX_FAILURES ? clock.instant().plus(LOCK_TIME) : null;
            return new Failures(count, lock);
        });
    }

    public void recordSuccess(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username.toLowerCase(java.util.Locale.ROOT);
    }
}
