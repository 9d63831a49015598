package se.arshjul.modeler.safety;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an expression in a model may do: read variables, compare and compute, and call methods of
 * the application's own allow-listed beans ({@code ${taskSettings.dueDate(...)}}) or the few
 * read/write-variable methods of {@code execution} and {@code task}. Reflection, class access and
 * any other bean are refused, so editing a workflow is never a way to run code on the server.
 */
public final class ExpressionPolicy {
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
    private static final Pattern BEAN_REFERENCE = Pattern.compile("\\$\\{\\s*([A-Za-z_]\\w*)\\s*}");
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern CALL = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)((?:\\s*\\.\\s*[A-Za-z_]\\w*)*)\\s*\\(");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "getClass|\\bclass\\b|forName|[Rr]untime|ProcessBuilder|\\bexec\\b|invoke|newInstance|[Cc]lassLoader|getProcessEngine"
            + "|getApplicationContext|getBean|\\bjava\\s*\\.|\\bjavax\\s*\\.|\\bT\\s*\\(|\\[\\s*['\"]");
    /** A method called on what a call returned: its target is not known before run time. */
    private static final Pattern CHAINED_CALL = Pattern.compile("[)\\]]\\s*\\.\\s*[A-Za-z_]\\w*\\s*\\(");
    private static final Set<String> FUNCTIONS = Set.of("dateTime", "now", "empty", "not", "and", "or", "eq", "ne", "lt", "gt", "le", "ge",
            "div", "mod", "instanceof");
    private static final Set<String> SCOPES = Set.of("execution", "task");
    private static final Set<String> SCOPE_METHODS = Set.of("getVariable", "getVariableLocal", "hasVariable", "hasVariableLocal",
            "setVariable", "setVariableLocal", "getBusinessKey", "getProcessBusinessKey", "getId", "getProcessInstanceId",
            "getCurrentActivityId", "getActivityInstanceId", "getEventName", "getTaskDefinitionKey", "getName", "getAssignee",
            "getProcessDefinitionId");

    private final Set<String> beans;

    public ExpressionPolicy(Set<String> beans) {
        this.beans = Set.copyOf(beans);
    }

    public Set<String> beans() {
        return beans;
    }

    /** A delegate expression must name one of the allowed beans itself: {@code ${controlRunRecorder}}. */
    public boolean isBean(String text) {
        Matcher m = BEAN_REFERENCE.matcher(text == null ? "" : text.strip());
        return m.matches() && beans.contains(m.group(1));
    }

    /** Null when every expression in the text is allowed, else the first refused expression. */
    public String refused(String text) {
        if (text == null) return null;
        Matcher m = EXPRESSION.matcher(text);
        while (m.find()) {
            if (!allowed(m.group(1))) return m.group();
        }
        return null;
    }

    boolean allowed(String expression) {
        String code = STRING_LITERAL.matcher(expression).replaceAll("''");
        if (FORBIDDEN.matcher(code).find() || CHAINED_CALL.matcher(code).find()) return false;
        Matcher call = CALL.matcher(code);
        while (call.find()) {
            String root = call.group(1);
            String[] members = call.group(2).replaceAll("\\s", "").split("\\.");
            int depth = members.length - 1; // the split gives a leading empty string for ".method"
            if (depth == 0 && !FUNCTIONS.contains(root)) return false;
            if (depth == 1 && !(beans.contains(root) || SCOPES.contains(root) && SCOPE_METHODS.contains(members[1]))) return false;
            if (depth > 1) return false;
        }
        return true;
    }
}
