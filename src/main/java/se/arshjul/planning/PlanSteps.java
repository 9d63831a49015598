package se.arshjul.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The open tasks of a plan's process, per section and for the plan as a whole, for the overview. */
@Component
class PlanSteps {
    /** Key of the plan-level step (approval, decision) in {@link #openSteps}. */
    static final String PLAN = "";

    record Step(String taskId, String taskKey, String name, String assignee) {}

    private final TaskService taskService;

    PlanSteps(TaskService taskService) {
        this.taskService = taskService;
    }

    Map<String, Step> openSteps(String businessKey) {
        Map<String, Step> steps = new HashMap<>();
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).active().list();
        for (Task task : tasks) {
            Object sectionId = taskService.getVariable(task.getId(), "sectionId");
            // Granskning's tasks see the section id; the plan's own approval and decision tasks do not.
            String key = sectionId instanceof String s ? s : PLAN;
            steps.put(key, new Step(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee()));
        }
        return steps;
    }
}
