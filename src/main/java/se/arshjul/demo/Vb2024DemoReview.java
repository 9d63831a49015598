package se.arshjul.demo;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import se.arshjul.security.Groups;
import se.arshjul.reports.FollowupReader;
import se.arshjul.reports.FollowupReport;

/** Demo data (see {@link Vb2024Demo}): the demo users submit and approve report sections through the review process. */
@Component
@Profile({"demo", "test"})
public class Vb2024DemoReview {
    /** Demo users (security/IdentitySeeder) who write and who review each unit's sections. */
    private static final Map<String, String[]> AUTHOR_AND_REVIEWER = Map.of(
            "barn-unga", new String[] {"anna", "cecilia"},
            "vuxen", new String[] {"bo", "kalle"},
            "socialpsykiatri", new String[] {"hanna", "kalle"},
            "stab", new String[] {"ivar", "lena"},
            "ekonomi", new String[] {"fia", "lena"},
            "hr", new String[] {"gustav", "lena"});

    private final FollowupReader reader;
    private final TaskService taskService;
    private final IdentityService identityService;

    Vb2024DemoReview(FollowupReader reader, TaskService taskService, IdentityService identityService) {
        this.reader = reader;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /** The author submits the section and the unit's manager approves it, through the review process. */
    void approve(FollowupReport report, String key, String note) {
        submit(report, key, note);
        String unit = reader.section(report.id(), key).unitGroup();
        complete(task(report, "Task_ReviewSection", key), users(unit)[1], Groups.managersOf(unit),
                Map.of("decision", "godkann", "reviewComment", ""));
    }

    void submit(FollowupReport report, String key, String note) {
        String unit = reader.section(report.id(), key).unitGroup();
        complete(task(report, "Task_WriteSection", key), users(unit)[0], unit, Map.of("submissionNote", note));
    }

    private static String[] users(String unit) {
        return Objects.requireNonNull(AUTHOR_AND_REVIEWER.get(unit), "No demo user for " + unit);
    }

    private Task task(FollowupReport report, String definitionKey, String sectionKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(report.caseKey().value())
                .taskDefinitionKey(definitionKey).processVariableValueEquals("sectionId", sectionKey).singleResult();
    }

    private void complete(Task task, String user, String group, Map<String, Object> variables) {
        identityService.setAuthentication(user, List.of(group));
        try {
            taskService.claim(task.getId(), user);
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

}
