package se.arshjul.internalcontrol;

import org.springframework.stereotype.Component;

import se.arshjul.review.TaskRuleViolation;
import se.arshjul.web.PageMessages;

/**
 * Refusals of the internal control's task listeners: the engine shows a {@link TaskRuleViolation}'s
 * message next to the task form's field, so the message is resolved from the bundle here.
 */
@Component
class TaskRefusals {
    private final PageMessages messages;

    TaskRefusals(PageMessages messages) {
        this.messages = messages;
    }

    TaskRuleViolation refuse(String field, String code, Object... args) {
        return new TaskRuleViolation(field, text(code, args));
    }

    String text(String code, Object... args) {
        return messages.message(code, args);
    }
}
