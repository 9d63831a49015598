package se.arshjul.review;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Förvaltningsledning's decision on a compiled document (plan or report): approve it, or send one
 * named section back with a comment. Reads and checks the approval form's fields; the document's
 * own listener acts on the result.
 */
public record SendBackDecision(boolean approved, String sectionKey, String comment) {
    public static final String DECISION = "approvalDecision";
    public static final String SECTION = "sendBackSection";
    public static final String COMMENT = "approvalComment";
    /** Process variable with the select's options (form-js {@code valuesKey}). */
    public static final String OPTIONS = "sendBackSectionOptions";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The sections as the select's options: a JSON list of {label, value}, since the engine stores no lists without a JSON plugin. */
    public static String options(Map<String, String> titlesByKey) {
        List<Map<String, String>> options = titlesByKey.entrySet().stream()
                .map(e -> Map.of("label", e.getValue(), "value", e.getKey())).toList();
        try {
            return JSON.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param sections key → title of the sections that may be sent back
     * @param document the document in Swedish with its article, for messages ("planen", "rapporten")
     */
    public static SendBackDecision read(DelegateTask task, Map<String, String> sections, String document) {
        Object decision = task.getVariable(DECISION);
        if (ReviewDecisionRecorder.APPROVE.equals(decision)) {
            return new SendBackDecision(true, null, null);
        }
        if (!ReviewDecisionRecorder.SEND_BACK.equals(decision)) {
            throw new TaskRuleViolation(DECISION, "review.sendBack.choose", document);
        }
        String comment = task.getVariable(COMMENT) instanceof String s ? s.strip() : "";
        if (comment.isEmpty()) {
            throw new TaskRuleViolation(COMMENT, "review.sendBack.commentRequired");
        }
        String key = task.getVariable(SECTION) instanceof String s ? s.strip() : "";
        if (!sections.containsKey(key)) {
            throw new TaskRuleViolation(SECTION, "review.sendBack.section", String.join(", ", sections.keySet()));
        }
        return new SendBackDecision(false, key, comment);
    }

    /** Routes the named section back through Granskning and keeps the comment on the case. */
    public void routeSendBack(DelegateTask task, String sectionTitle) {
        task.setVariable("sectionsToReview", sectionKey);
        task.setVariable(COMMENT, comment);
        task.getProcessEngineServices().getTaskService()
                .createComment(task.getId(), task.getProcessInstanceId(), "Skickat tillbaka (" + sectionTitle + "): " + comment);
    }
}
