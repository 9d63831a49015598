package se.arshjul.tasks;

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

import se.arshjul.cycle.CaseKey;
import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;

@Controller
class TaskController {

    private final TaskListService list;
    private final TaskAccess access;
    private final TaskActions actions;
    private final TaskForms forms;
    private final CaseHistory history;
    private final TaskService taskService;
    private final RuntimeService runtimeService;

    TaskController(TaskListService list, TaskAccess access, TaskActions actions, TaskForms forms, CaseHistory history,
                   TaskService taskService, RuntimeService runtimeService) {
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
        model.addAttribute("units", user.groups().stream().map(g -> Map.entry(g, Groups.nameOf(g))).toList());
        return "tasks/list";
    }

    @GetMapping("/uppgifter/{id}")
    String show(@PathVariable String id, CurrentUser user, Model model) {
        Task task = access.requireVisible(id, user);
        model.addAttribute("task", task);
        model.addAttribute("mine", user.id().equals(task.getAssignee()));
        model.addAttribute("candidate", access.isCandidate(task, user));
        model.addAttribute("units", list.candidateGroups(id).stream().map(Groups::nameOf).toList());
        model.addAttribute("dueState", TaskListService.dueState(task.getDueDate(), org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()));
        var instance = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        model.addAttribute("caseLabel", instance == null ? "" : CaseKey.parse(instance.getBusinessKey()).map(CaseKey::label).orElse(instance.getBusinessKey()));
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
        return act(id, redirect, () -> actions.claim(id, user), "Du har tagit uppgiften.");
    }

    @PostMapping("/uppgifter/{id}/lamna")
    String unclaim(@PathVariable String id, CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, () -> actions.unclaim(id, user), "Uppgiften är tillbaka i gruppens lista.");
    }

    @PostMapping("/uppgifter/{id}/tilldela")
    String reassign(@PathVariable String id, @RequestParam(defaultValue = "") String assignee, CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, () -> actions.reassign(id, assignee, user), "Uppgiften är tilldelad " + assignee.trim() + ".");
    }

    @PostMapping("/uppgifter/{id}/kommentar")
    String comment(@PathVariable String id, @RequestParam(defaultValue = "") String comment, CurrentUser user, RedirectAttributes redirect) {
        try {
            actions.comment(id, comment, user);
            redirect.addFlashAttribute("success", "Kommentaren är sparad.");
        } catch (TaskActionException e) {
            redirect.addFlashAttribute("commentError", String.join(" ", e.errors().values()));
            redirect.addFlashAttribute("commentText", comment);
        }
        return "redirect:/uppgifter/" + id;
    }

    @PostMapping("/uppgifter/{id}/slutfor")
    String complete(@PathVariable String id, @RequestParam Map<String, String> submitted, CurrentUser user,
                    RedirectAttributes redirect) {
        try {
            actions.complete(id, submitted, user);
        } catch (TaskActionException e) {
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("values", submitted);
            redirect.addFlashAttribute("error", "Uppgiften kunde inte slutföras. Rätta det som är markerat.");
            return "redirect:/uppgifter/" + id;
        }
        redirect.addFlashAttribute("success", "Uppgiften är slutförd.");
        return "redirect:/uppgifter";
    }

    private static String act(String id, RedirectAttributes redirect, Runnable action, String success) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (TaskActionException e) {
            redirect.addFlashAttribute("error", String.join(" ", e.errors().values()));
        }
        return "redirect:/uppgifter/" + id;
    }
}
