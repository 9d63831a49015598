package se.arshjul.tasks;

/**
 * What the task list shows: whose tasks, filters and sort order. Unknown values fall back to
 * defaults, so a hand-edited address never breaks the page.
 */
public record TaskFilter(View view, String documentType, Integer year, String unit, Due due, Sort sort, boolean ascending, int page) {

    public enum View { MINE, GROUP }
    public enum Due { ALL, OVERDUE, WEEK }
    public enum Sort { DUE, CREATED, NAME, PRIORITY }

    public static final int PAGE_SIZE = 50;

    public static TaskFilter of(String view, String documentType, String year, String unit, String due, String sort, String dir, String page) {
        return new TaskFilter(
                "grupp".equals(view) ? View.GROUP : View.MINE,
                blankToNull(documentType),
                parseYear(year),
                blankToNull(unit),
                switch (due == null ? "" : due) { case "forsenade" -> Due.OVERDUE; case "vecka" -> Due.WEEK; default -> Due.ALL; },
                switch (sort == null ? "" : sort) { case "skapad" -> Sort.CREATED; case "namn" -> Sort.NAME; case "prioritet" -> Sort.PRIORITY; default -> Sort.DUE; },
                !"fallande".equals(dir),
                parsePage(page));
    }

    public static TaskFilter mine() {
        return new TaskFilter(View.MINE, null, null, null, Due.ALL, Sort.DUE, true, 0);
    }

    public static TaskFilter group() {
        return new TaskFilter(View.GROUP, null, null, null, Due.ALL, Sort.DUE, true, 0);
    }

    public TaskFilter withPage(int p) {
        return new TaskFilter(view, documentType, year, unit, due, sort, ascending, p);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Integer parseYear(String s) {
        if (s == null || !s.matches("\\d{4}")) return null;
        return Integer.parseInt(s);
    }

    private static int parsePage(String s) {
        if (s == null || !s.matches("\\d{1,6}")) return 0;
        return Integer.parseInt(s);
    }
}
