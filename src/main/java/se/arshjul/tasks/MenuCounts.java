package se.arshjul.tasks;

import jakarta.servlet.http.HttpServletRequest;

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
 * three queries, so a session reuses them for a few seconds while it only reads ({@link SessionReadCache});
 * any action of the session (a POST) drops them, so the user's own changes show at once.
 */
@ControllerAdvice(annotations = Controller.class)
class MenuCounts {
    private static final String KEY = "menu";

    public record Counts(long mine, long group, long unread) {}

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
        SessionReadCache.dropUnlessReading(request);
        Counts cached = SessionReadCache.peek(request, KEY);
        if (cached != null) return cached;
        CurrentUser user = CurrentUser.of(auth);
        Counts counts = new Counts(tasks.countMine(user), tasks.countGroup(user), notifications.unreadCount(user.id()));
        SessionReadCache.put(request, KEY, counts);
        return counts;
    }
}
