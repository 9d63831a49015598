package se.arshjul.tasks;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Counts a session may reuse for a few seconds while it only reads (the menu's counts, the task list's
 * total): each costs a count query per page otherwise. Any action of the session (a POST) drops them all, so
 * the user's own changes show at once; other users' changes show within {@link #FRESH}.
 */
final class SessionReadCache {
    static final Duration FRESH = Duration.ofSeconds(15);
    private static final String KEY = SessionReadCache.class.getName();

    private record Entry(Object value, long at) {
        boolean fresh() {
            return System.nanoTime() - at < FRESH.toNanos();
        }
    }

    private SessionReadCache() {
    }

    /** The value stored under {@code key} while fresh and the request only reads; otherwise null. */
    @SuppressWarnings("unchecked")
    static <T> T peek(HttpServletRequest request, Object key) {
        Map<Object, Entry> entries = entries(request, false);
        Entry entry = entries == null ? null : entries.get(key);
        return entry != null && entry.fresh() ? (T) entry.value() : null;
    }

    /** Keeps a value computed by a reading request. */
    static void put(HttpServletRequest request, Object key, Object value) {
        if (!reading(request)) return;
        Map<Object, Entry> entries = entries(request, true);
        if (entries != null) entries.put(key, new Entry(value, System.nanoTime()));
    }

    /** Drops everything when the request may change something. */
    static void dropUnlessReading(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && !reading(request)) session.removeAttribute(KEY);
    }

    private static boolean reading(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Entry> entries(HttpServletRequest request, boolean create) {
        HttpSession session = request.getSession(false);
        if (session == null) return null;
        Object existing = session.getAttribute(KEY);
        if (existing == null && create) {
            existing = new ConcurrentHashMap<Object, Entry>();
            session.setAttribute(KEY, existing);
        }
        return (Map<Object, Entry>) existing;
    }
}
