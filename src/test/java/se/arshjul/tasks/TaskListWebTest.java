package se.arshjul.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import se.arshjul.notifications.Notification;
import se.arshjul.notifications.NotificationService;
import se.arshjul.support.AppTestBase;

/** The task list's filters (document and year from the business key, overdue) and the menu counts. */
class TaskListWebTest extends AppTestBase {

    @org.springframework.beans.factory.annotation.Autowired NotificationService notifications;

    @Test
    void documentAndYearFiltersUseTheBusinessKey() throws Exception {
        startReview("VP-2023", "barn-unga", "Plan 2023");
        startReview("VP-2024", "barn-unga", "Plan 2024");
        startReview("VB-2023", "barn-unga", "Berättelse 2023");
        startReview("IK-2023-K04", "barn-unga", "Kontroll 4");

        assertThat(titles("/uppgifter?vy=grupp")).containsExactlyInAnyOrder("Plan 2023", "Plan 2024", "Berättelse 2023", "Kontroll 4");
        assertThat(titles("/uppgifter?vy=grupp&dokument=VP")).containsExactlyInAnyOrder("Plan 2023", "Plan 2024");
        assertThat(titles("/uppgifter?vy=grupp&ar=2023")).containsExactlyInAnyOrder("Plan 2023", "Berättelse 2023", "Kontroll 4");
        assertThat(titles("/uppgifter?vy=grupp&dokument=VP&ar=2023")).containsExactly("Plan 2023");
        assertThat(titles("/uppgifter?vy=grupp&dokument=IK&ar=2023")).containsExactly("Kontroll 4");
        assertThat(titles("/uppgifter?vy=grupp&dokument=DELAR1")).isEmpty();
        // Nonsense values fall back to "all" instead of breaking the page.
        assertThat(titles("/uppgifter?vy=grupp&ar=tjugo&sida=x&sortera=hm")).hasSize(4);

        String html = page("/uppgifter?vy=grupp&dokument=VP&ar=2023", "anna");
        assertThat(html).contains("<span>1</span> uppgifter").contains("Verksamhetsplan 2023")
                .contains("<option value=\"VP\" selected=\"selected\">Verksamhetsplan</option>");
        assertThat(page("/uppgifter?vy=grupp&dokument=DELAR1", "anna")).contains("Gruppen har inga uppgifter som matchar filtret.");
    }

    @Test
    void overdueFilterFollowsTheEngineClock() throws Exception {
        Date now = ClockUtil.getCurrentTime();
        ProcessInstance soon = startReview("VP-2023", "barn-unga", "Tidig", plus(now, Duration.ofDays(10)), plus(now, Duration.ofDays(20)));
        startReview("VP-2023", "barn-unga", "Sen", plus(now, Duration.ofDays(40)), plus(now, Duration.ofDays(50)));

        assertThat(titles("/uppgifter?vy=grupp&forfaller=forsenade")).isEmpty();
        assertThat(titles("/uppgifter?vy=grupp&forfaller=vecka")).isEmpty();

        ClockUtil.setCurrentTime(plus(now, Duration.ofDays(5)));
        assertThat(titles("/uppgifter?vy=grupp&forfaller=vecka")).containsExactly("Tidig");
        assertThat(page("/uppgifter?vy=grupp", "anna")).contains("Inom 7 dagar");

        ClockUtil.setCurrentTime(plus(now, Duration.ofDays(15)));
        assertThat(titles("/uppgifter?vy=grupp&forfaller=forsenade")).containsExactly("Tidig");
        assertThat(page("/uppgifter?vy=grupp&forfaller=forsenade", "anna")).contains("Försenad");
        // Each cell as the row shows it (values prepared in TaskRow, not formatted by the template).
        String list = page("/uppgifter?vy=grupp", "anna");
        assertThat(row(list, "Tidig")).startsWith("<tr class=\"overdue\">").contains("<td>Verksamhetsplan 2023</td>")
                .contains("<td>" + "Barn och ungdom" + "</td>").contains("<td>–</td>")
                .contains("<span>" + new java.text.SimpleDateFormat("yyyy-MM-dd").format(plus(now, Duration.ofDays(10))) + "</span>")
                .contains("<span class=\"badge overdue\">Försenad</span>");
        assertThat(row(list, "Sen")).startsWith("<tr>").doesNotContain("badge");
        // The manager's start page lists it as overdue in her units.
        assertThat(page("/", "cecilia")).containsPattern("Försenat i dina enheter</h2>[\\s\\S]*Skriv: Tidig");

        ClockUtil.setCurrentTime(plus(now, Duration.ofDays(45)));
        assertThat(titles("/uppgifter?vy=grupp&forfaller=forsenade")).containsExactlyInAnyOrder("Tidig", "Sen");
        assertThat(titles("/uppgifter?vy=grupp&forfaller=forsenade&sortera=forfaller&ordning=fallande")).containsExactly("Sen", "Tidig");
        assertThat(soon).isNotNull();
    }

    @Test
    void menuCountsMyTasksGroupTasksAndUnreadNotifications() throws Exception {
        ProcessInstance a = startReview("VP-2023", "barn-unga", "Ett");
        startReview("VP-2023", "barn-unga", "Två");
        startReview("VP-2023", "vuxen", "Tre");
        assertThat(menu("anna")).containsExactly(0L, 2L, 0L);
        assertThat(menu("bo")).containsExactly(0L, 1L, 0L);
        // kalle is in vuxen and socialpsykiatri (+ their manager groups).
        assertThat(menu("kalle")).containsExactly(0L, 1L, 0L);

        taskService.claim(currentTask(a).getId(), "anna");
        notifications.notifyUsers(List.of("anna"), Notification.Kind.INFO, "Hej", "Text", "/uppgifter");
        notifications.notifyUsers(List.of("anna"), Notification.Kind.REMINDER, "Påminnelse", "Text", "/uppgifter");
        assertThat(menu("anna")).containsExactly(1L, 1L, 2L);
        assertThat(menu("cecilia")).as("claimed tasks leave the group count").containsExactly(0L, 1L, 0L);

        // Submitting moves the case to the managers' group.
        submitSection(a, "anna");
        assertThat(menu("anna")).containsExactly(0L, 1L, 2L);
        assertThat(menu("cecilia")).containsExactly(0L, 2L, 0L);
    }

    @Test
    void unitFilterNarrowsBothListsToOneOfTheUsersGroups() throws Exception {
        ProcessInstance vuxen = startReview("VP-2023", "vuxen", "Vuxenmål");
        ProcessInstance psyk = startReview("VP-2023", "socialpsykiatri", "Psykmål");
        taskService.claim(currentTask(vuxen).getId(), "kalle");
        taskService.claim(currentTask(psyk).getId(), "kalle");

        assertThat(titles("/uppgifter", "kalle")).containsExactlyInAnyOrder("Vuxenmål", "Psykmål");
        assertThat(titles("/uppgifter?enhet=vuxen", "kalle")).containsExactly("Vuxenmål");
        assertThat(titles("/uppgifter?vy=grupp&enhet=socialpsykiatri", "kalle")).containsExactly("Psykmål");
        assertThat(titles("/uppgifter?vy=grupp", "kalle")).as("the group view includes claimed tasks")
                .containsExactlyInAnyOrder("Vuxenmål", "Psykmål");
    }

    @Test
    void longListsArePagedFiftyAtATimeAndThePagerKeepsTheFilters() throws Exception {
        for (int i = 0; i < 51; i++) {
            startReview("VP-2023", "barn-unga", String.format("Avsnitt %02d", i));
        }
        startReview("VB-2023", "barn-unga", "Annat dokument");

        String first = page("/uppgifter?vy=grupp&dokument=VP&sortera=namn", "anna");
        assertThat(first).contains("<span>51</span> uppgifter").contains("Sida 1 av 2")
                .containsPattern("href=\"/uppgifter\\?vy=grupp&amp;dokument=VP&amp;[^\"]*sortera=namn&amp;[^\"]*sida=1\">Nästa");
        assertThat(titles("/uppgifter?vy=grupp&dokument=VP&sortera=namn")).hasSize(50).first().isEqualTo("Avsnitt 00");
        assertThat(titles("/uppgifter?vy=grupp&dokument=VP&sortera=namn&sida=1")).containsExactly("Avsnitt 50");
        // The last page and a page past the end give the same total as the first.
        assertThat(page("/uppgifter?vy=grupp&dokument=VP&sortera=namn&sida=1", "anna")).contains("<span>51</span> uppgifter")
                .contains("Sida 2 av 2");
        assertThat(page("/uppgifter?vy=grupp&dokument=VP&sortera=namn&sida=7", "anna")).contains("<span>51</span> uppgifter");
        assertThat(page("/uppgifter?vy=grupp&dokument=VB", "anna")).contains("<span>1</span> uppgifter");
        assertThat(titles("/uppgifter?vy=grupp&dokument=VP&sortera=namn&ordning=fallande")).first().isEqualTo("Avsnitt 50");
    }

    /** Task names in the list, without their "Skriv: " prefix. */
    private List<String> titles(String path) throws Exception {
        return titles(path, "anna");
    }

    private List<String> titles(String path, String user) throws Exception {
        Matcher m = Pattern.compile("<a href=\"/uppgifter/[^\"]+\">(?:Skriv|Granska): ([^<]+)</a>").matcher(page(path, user));
        List<String> titles = new java.util.ArrayList<>();
        while (m.find()) titles.add(m.group(1));
        return titles;
    }

    /** The table row of the task named "Skriv: {title}". */
    private static String row(String html, String title) {
        int at = html.indexOf("Skriv: " + title + "</a>");
        if (at < 0) throw new AssertionError("No row for " + title);
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at) + 5);
    }

    private List<Long> menu(String user) throws Exception {
        String html = page("/notiser", user);
        return List.of(count(html, "Mina uppgifter"), count(html, "Gruppens uppgifter"), count(html, "Notiser"));
    }

    private static long count(String html, String label) {
        Matcher m = Pattern.compile(label + " <span class=\"count[^\"]*\">(\\d+)</span>").matcher(html);
        if (!m.find()) throw new AssertionError("No count for " + label);
        return Long.parseLong(m.group(1));
    }
}
