package se.arshjul.tasks;

/**
 * One line of a task table, with every value already in the form the page shows (link, joined unit names,
 * formatted due date, badge): the 50-row list renders with plain reads instead of per-row formatting calls.
 */
public record TaskRow(String id, String href, String name, boolean escalated, String processName, String caseLabel,
                      String units, String assignee, String due, DueState dueState) {

    /** The assignee as shown; {@link #assignee()} stays null for an unclaimed task. */
    public String assigneeLabel() {
        return assignee == null ? "–" : assignee;
    }

    public enum DueState {
        NONE(null, null), OK(null, null), SOON("soon", "Inom 7 dagar"), OVERDUE("overdue", "Försenad");

        private final String cssClass;
        private final String badge;

        DueState(String cssClass, String badge) {
            this.cssClass = cssClass;
            this.badge = badge;
        }

        /** The row's class and the badge's second class (null: none). */
        public String cssClass() {
            return cssClass;
        }

        /** The badge beside the due date (null: none). */
        public String badge() {
            return badge;
        }
    }
}
