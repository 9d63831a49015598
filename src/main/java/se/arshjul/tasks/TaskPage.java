package se.arshjul.tasks;

import java.util.List;

public record TaskPage(List<TaskRow> rows, long total, int page, int pageSize) {
    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
