package se.arshjul.tasks;

import java.util.Date;
import java.util.List;

/** One line of the task list. */
public record TaskRow(String id, String name, String caseLabel, String processName, String assignee,
                      List<String> units, Date created, Date due, DueState dueState, boolean escalated) {

    public enum DueState { NONE, OK, SOON, OVERDUE }
}
