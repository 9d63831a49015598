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

    /** Task names in the list, without their "Skriv: " prefix. */
    private List<String> titles(String path) throws Exception {
        Matcher m = Pattern.compile("<a href=\"/uppgifter/[^\"]+\">(?:Skriv|Granska): ([^<]+)</a>").matcher(page(path, "anna"));
        List<String> titles = new java.util.ArrayList<>();
        while (m.find()) titles.add(m.group(1));
        return titles;
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
