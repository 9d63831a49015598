package se.arshjul.modeler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The due date and candidate groups of a user task as the engine reads them when it creates the
 * task: the admin's setting for (process key, task id) when there is one, otherwise the model's own
 * expression. {@link TaskSettingsPlugin} puts them in place of the model's expressions.
 */
final class TaskSettingsExpressions {
    private TaskSettingsExpressions() {}

    /** The task's due date: now + the configured duration, else the model's {@code camunda:dueDate} (a Date, an ISO string or null). */
    record DueDate(ObjectProvider<TaskSettings> settings, String taskId, Expression model) implements ReadOnly {
        @Override
        public Object getValue(VariableScope scope) {
            Object modelValue = model == null ? null : model.getValue(scope);
            Date configured = settings.getObject().configuredDueDate(processKey(scope), taskId);
            return configured != null ? configured : modelValue;
        }

        @Override
        public String getExpressionText() {
            return model == null ? "" : model.getExpressionText();
        }
    }

    /** The task's candidate groups: the configured group, else the model's {@code camunda:candidateGroups}. */
    record CandidateGroups(ObjectProvider<TaskSettings> settings, String taskId, Set<Expression> model) implements ReadOnly {
        @Override
        public Object getValue(VariableScope scope) {
            var configured = settings.getObject().candidateGroup(processKey(scope), taskId);
            if (configured.isPresent()) return List.of(configured.get());
            List<String> groups = new ArrayList<>();
            for (Expression e : model) {
                Object value = e.getValue(scope);
                if (value instanceof String s) {
                    for (String g : s.split(",")) if (!g.isBlank()) groups.add(g.strip());
                } else if (value instanceof Collection<?> c) {
                    c.forEach(g -> groups.add(String.valueOf(g)));
                }
            }
            return groups;
        }

        @Override
        public String getExpressionText() {
            return String.join(",", model.stream().map(Expression::getExpressionText).toList());
        }
    }

    static String processKey(VariableScope scope) {
        return ((ExecutionEntity) scope).getProcessDefinition().getKey();
    }

    private interface ReadOnly extends Expression {
        @Override
        default void setValue(Object value, VariableScope scope) {
            throw new UnsupportedOperationException("A task setting is read, not written");
        }

        @Override
        default boolean isLiteralText() {
            return false;
        }
    }
}
