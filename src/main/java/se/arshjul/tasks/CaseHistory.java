package se.arshjul.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

/** Who did what, when, in one case: finished tasks, comments and claims/assignments, newest first. */
@Component
public class CaseHistory {

    /** {@code what} is a bundle key ({@code task.history.*}) with the argument {@code whatArg}. */
    public record Entry(Date time, String user, String what, String whatArg, String text) {}

    private final HistoryService historyService;
    private final TaskService taskService;

    public CaseHistory(HistoryService historyService, TaskService taskService) {
        this.historyService = historyService;
        this.taskService = taskService;
    }

    public List<Entry> of(String processInstanceId) {
        List<Entry> entries = new ArrayList<>();
        for (HistoricTaskInstance t : historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).list()) {
            entries.add(new Entry(t.getStartTime(), null, "task.history.created", null, t.getName()));
            if (t.getEndTime() != null && "completed".equals(t.getDeleteReason())) {
                entries.add(new Entry(t.getEndTime(), t.getAssignee(), "task.history.completed", null, t.getName()));
            }
        }
        for (Comment c : taskService.getProcessInstanceComments(processInstanceId)) {
            entries.add(new Entry(c.getTime(), c.getUserId(), "task.history.comment", null, c.getFullMessage()));
        }
        for (UserOperationLogEntry op : historyService.createUserOperationLogQuery().processInstanceId(processInstanceId)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_CLAIM).list()) {
            entries.add(new Entry(op.getTimestamp(), op.getUserId(), op.getNewValue() == null ? "task.history.released" : "task.history.claimed", null, null));
        }
        for (UserOperationLogEntry op : historyService.createUserOperationLogQuery().processInstanceId(processInstanceId)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_ASSIGN).list()) {
            entries.add(new Entry(op.getTimestamp(), op.getUserId(),
                    op.getNewValue() == null ? "task.history.unassigned" : "task.history.assigned", op.getNewValue(), null));
        }
        entries.sort(Comparator.comparing(Entry::time, Comparator.nullsLast(Comparator.naturalOrder())).reversed());
        return entries;
    }
}
