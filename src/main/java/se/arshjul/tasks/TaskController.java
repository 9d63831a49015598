package se.arshjul.tasks;

import se.arshjul.security.Units;
import java.time.Clock;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.validation.InvalidInputException;
import se.arshjul.web.PageMessages;

@Controller
class TaskController {

    private final TaskListService list;
    private final TaskAccess access;
    private final TaskActions actions;
    private final TaskForms forms;
    private final CaseHistory history;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final PageMessages messages;
    private final Clock clock;
    private final Units units;

    TaskController(TaskListService list, TaskAccess access, TaskActions actions, TaskForms forms, CaseHistory history,
                   TaskService taskService, RuntimeService runtimeService, PageMessages messages, Clock clock, Units units) {
        this.units = units;
        this.messages = messages;
        this.clock = clock;
        this.list = list;
        this.access = access;
        this.actions = actions;
        this.forms = forms;
        this.history = history;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    @GetMapping("/uppgifter")
    String list(@RequestParam Map<String, String> p, CurrentUser user, Model model, jakarta.servlet.http.HttpServletRequest request) {
        TaskFilter filter = TaskFilter.of(p.get("vy"), p.get("dokument"), p.get("ar"), p.get("enhet"), p.get("forfaller"),
                p.get("sortera"), p.get("ordning"), p.get("sida"));
        model.addAttribute("filter", filter);
        model.addAttribute("params", p);
        // the total under the list is reused like the menu's counts (the rows are always read anew)
        Object totalKey = filter.withPage(0);
        TaskPage page = list.list(user, filter, SessionReadCache.<Long>peek(request, totalKey));
        SessionReadCache.put(request, totalKey, page.total());
        model.addAttribute("page", page);
        model.addAttribute("documentTypes", se.arshjul.cycle.DocumentType.values());
        model.addAttribute("units", user.groups().stream().map(g -> Map.entry(g, units.nameOf(g))).toList());
        return "tasks/list";
    }

    @GetMapping("/uppgifter/{id}")
    String show(@PathVariable String id, CurrentUser user, Model model) {
        Task task = access.requireVisible(id, user);
        model.addAttribute("task", task);
        model.addAttribute("mine", user.id().equals(task.getAssignee()));
        model.addAttribute("candidate", access.isCandidate(task, user));
        model.addAttribute("units", list.candidateGroups(id).stream().map(units::nameOf).toList());
        model.addAttribute("dueState", TaskListService.dueState(task.getDueDate(), Date.from(clock.instant())));
        var instance = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        model.addAttribute("caseLabel", instance == null ? "" : list.caseLabel(instance.getBusinessKey()).orElse(instance.getBusinessKey()));
        model.addAttribute("context", taskService.getVariables(id, java.util.List.of("title", "reviewComment", "reviewRound", "submissionNote", "submittedBy", "contextUrl", "contextLabel")));
        var form = forms.formFor(id);
        model.addAttribute("form", form.orElse(null));
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", form.map(f -> forms.currentValues(id, f)).orElse(Map.of()));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("history", history.of(task.getProcessInstanceId()));
        return "tasks/task";
    }

    @PostMapping("/uppgifter/{id}/ta")
    String claim(@PathVariable String id, CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, () -> actions.claim(id, user), "task.claimed");
    }

    @PostMapping("/uppgifter/{id}/lamna")
    String unclaim(@PathVariable String id, CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, () -> actions.unclaim(id, user), "task.unclaimed");
    }

    @PostMapping("/uppgifter/{id}/tilldela")
    String reassign(@PathVariable String id, @RequestParam(defaultValue = "") String assignee, CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, () -> actions.reassign(id, assignee, user), "task.reassigned", assignee.trim());
    }

    @PostMapping("/uppgifter/{id}/kommentar")
    String comment(@PathVariable String id, @RequestParam(defaultValue = "") String comment, CurrentUser user, RedirectAttributes redirect) {
        try {
            actions.comment(id, comment, user);
            redirect.addFlashAttribute("success", messages.message("task.comment.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("commentError", messages.summary(e.errors()));
            redirect.addFlashAttribute("commentText", comment);
        }
        return "redirect:/uppgifter/" + id;
    }

    @PostMapping("/uppgifter/{id}/slutfor")
    String complete(@PathVariable String id, @RequestParam Map<String, String> submitted, CurrentUser user,
                    RedirectAttributes redirect) {
        try {
            actions.complete(id, submitted, user);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", messages.resolve(e.errors()));
            redirect.addFlashAttribute("values", submitted);
            redirect.addFlashAttribute("error", messages.message("task.complete.refused"));
            return "redirect:/uppgifter/" + id;
        } catch (ActionRefusedException e) {
            redirect.addFlashAttribute("values", submitted);
            redirect.addFlashAttribute("error", messages.message(e.code(), e.args()));
            return "redirect:/uppgifter/" + id;
        }
        redirect.addFlashAttribute("success", messages.message("task.completed"));
        return "redirect:/uppgifter";
    }

    /** A task action from the task page: back to it with the success message or the reason it was refused. */
    private String act(String id, RedirectAttributes redirect, Runnable action, String success, Object... args) {
        try {
            action.run();
            redirect.addFlashAttribute("success", messages.message(success, args));
        } catch (ActionRefusedException e) {
            redirect.addFlashAttribute("error", messages.message(e.code(), e.args()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", messages.summary(e.errors()));
        }
        return "redirect:/uppgifter/" + id;
    }
}
