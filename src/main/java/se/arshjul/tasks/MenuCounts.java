package se.arshjul.tasks;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.arshjul.notifications.NotificationService;
import se.arshjul.security.CurrentUser;

/**
 * The counts in the menu (my tasks, group tasks, unread notifications) on every page. They cost
 * three queries, so a session reuses them for a few seconds while it only reads; any action of
 * the session (a POST) drops them, so the user's own changes show at once.
 */
@ControllerAdvice(annotations = Controller.class)
class MenuCounts {
    static final String SESSION_KEY = MenuCounts.class.getName();
    static final long FRESH_NANOS = java.time.Duration.ofSeconds(15).toNanos();

    public record Counts(long mine, long group, long unread) {}

    private record Cached(Counts counts, long at) {
        boolean fresh() {
            return System.nanoTime() - at < FRESH_NANOS;
        }
    }

    private final TaskListService tasks;
    private final NotificationService notifications;

    MenuCounts(TaskListService tasks, NotificationService notifications) {
        this.tasks = tasks;
        this.notifications = notifications;
    }

    @ModelAttribute("menu")
    Counts counts(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return null;
        }
        HttpSession session = request.getSession(false);
        boolean reading = "GET".equals(request.getMethod());
        if (session != null && !reading) {
            session.removeAttribute(SESSION_KEY);
        } else if (session != null && session.getAttribute(SESSION_KEY) instanceof Cached cached && cached.fresh()) {
            return cached.counts();
        }
        CurrentUser user = CurrentUser.of(auth);
        Counts counts = new Counts(tasks.countMine(user), tasks.countGroup(user), notifications.unreadCount(user.id()));
        if (session != null && reading) {
            session.setAttribute(SESSION_KEY, new Cached(counts, System.nanoTime()));
        }
        return counts;
    }
}
