package se.arshjul.tasks;

/**
 * One line of a task table, with every value already in the form the page shows (link, joined unit names,
 * formatted due date, due state): the 50-row list renders with plain reads instead of per-row formatting calls.
 */
public record TaskRow(String id, String href, String name, boolean escalated, String processName, String caseLabel,
                      String units, String assignee, String due, DueState dueState) {

    /** The assignee as shown; {@link #assignee()} stays null for an unclaimed task. */
    public String assigneeLabel() {
        return assignee == null ? "–" : assignee;
    }

    public enum DueState {
        NONE(null), OK(null), SOON("soon"), OVERDUE("overdue");

        private final String cssClass;

        DueState(String cssClass) {
            this.cssClass = cssClass;
        }

        /** The row's class and the badge's second class (null: no badge); the badge reads {@code task.due.<STATE>}. */
        public String cssClass() {
            return cssClass;
        }
    }
}
