package se.arshjul.tasks;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.arshjul.notifications.NotificationService;
import se.arshjul.security.CurrentUser;

/** The counts in the menu (my tasks, group tasks, unread notifications) on every page. */
@ControllerAdvice(annotations = Controller.class)
class MenuCounts {

    public record Counts(long mine, long group, long unread) {}

    private final TaskListService tasks;
    private final NotificationService notifications;

    MenuCounts(TaskListService tasks, NotificationService notifications) {
        this.tasks = tasks;
        this.notifications = notifications;
    }

    @ModelAttribute("menu")
    Counts counts() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return null;
        }
        CurrentUser user = CurrentUser.of(auth);
        return new Counts(tasks.countMine(user), tasks.countGroup(user), notifications.unreadCount(user.id()));
    }
}
