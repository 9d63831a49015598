package se.arshjul.notifications;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.security.CurrentUser;
import se.arshjul.web.PageMessages;
import se.arshjul.web.NotFoundException;

@Controller
class NotificationController {

    private final NotificationService notifications;
    private final PageMessages messages;

    NotificationController(NotificationService notifications, PageMessages messages) {
        this.messages = messages;
        this.notifications = notifications;
    }

    @GetMapping("/notiser")
    String list(CurrentUser user, Model model) {
        model.addAttribute("notifications", notifications.latest(user.id()));
        return "notifications/list";
    }

    @PostMapping("/notiser/{id}/oppna")
    String open(@PathVariable long id, CurrentUser user) {
        Notification n = notifications.open(id, user.id()).orElseThrow(() -> new NotFoundException("notification.notFound"));
        return "redirect:" + (n.link() != null && n.link().startsWith("/") ? n.link() : "/notiser");
    }

    @PostMapping("/notiser/las-alla")
    String readAll(CurrentUser user, RedirectAttributes redirect) {
        int count = notifications.markAllRead(user.id());
        redirect.addFlashAttribute("success", messages.message("notification.allRead", count));
        return "redirect:/notiser";
    }
}
