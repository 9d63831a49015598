package se.arshjul.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.arshjul.notifications.NotificationService;
import se.arshjul.security.CurrentUser;
import se.arshjul.tasks.TaskFilter;
import se.arshjul.tasks.TaskListService;

/** The start page: staff see their tasks; managers also what waits for their approval and what is overdue. */
@Controller
class HomeController {

    private final TaskListService tasks;
    private final NotificationService notifications;

    HomeController(TaskListService tasks, NotificationService notifications) {
        this.tasks = tasks;
        this.notifications = notifications;
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("mine", tasks.list(user, TaskFilter.mine()).rows().stream().limit(10).toList());
        model.addAttribute("group", tasks.list(user, TaskFilter.group()).rows().stream().filter(r -> r.assignee() == null).limit(10).toList());
        if (user.isManager() || user.groups().stream().anyMatch(se.arshjul.security.Groups::isApprovalGroup)) {
            model.addAttribute("approvals", tasks.awaitingApproval(user, 20));
            model.addAttribute("overdue", tasks.overdueInGroups(user, 20));
        }
        model.addAttribute("notifications", notifications.latest(user.id()).stream().filter(n -> n.unread()).limit(5).toList());
        return "home/index";
    }

    @GetMapping("/login")
    String login() {
        return "home/login";
    }
}
