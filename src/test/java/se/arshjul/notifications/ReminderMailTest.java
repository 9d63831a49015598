package se.arshjul.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMailUtil;

import se.arshjul.support.AppTestBase;

/**
 * Reminder and escalation timers end in e-mail (GreenMail, switched on for the shared test context)
 * and in-app notifications. Timers are driven by moving the engine clock and running the due jobs.
 */
class ReminderMailTest extends AppTestBase {

    @Autowired NotificationService notifications;

    @Test
    void reminderTimerMailsTheGroupMembersAndLeavesInAppNotifications() throws Exception {
        Date now = ClockUtil.getCurrentTime();
        ProcessInstance pi = startReview("VP-2023", "barn-unga", "Nämndmål 1", plus(now, Duration.ofDays(10)), plus(now, Duration.ofDays(20)));
        Task write = currentTask(pi);

        assertThat(runDueTimers(pi)).as("nothing is due yet").isZero();

        // The reminder comes 3 days (P3D) before the author's due date.
        ClockUtil.setCurrentTime(plus(now, Duration.ofDays(8)));
        assertThat(runDueTimers(pi)).as("only the reminder is due").isEqualTo(1);

        MimeMessage[] mails = MAIL.getReceivedMessages();
        assertThat(mails).extracting(ReminderMailTest::recipient)
                .containsExactlyInAnyOrder("anna" + MAIL_DOMAIN, "cecilia" + MAIL_DOMAIN);
        for (MimeMessage mail : mails) {
            assertThat(mail.getSubject()).startsWith("Påminnelse: Skriv: Nämndmål 1 ska vara klar");
            assertThat(mail.getFrom()[0].toString()).isEqualTo("arshjul@kommun.example");
            assertThat(GreenMailUtil.getBody(mail)).contains("/uppgifter/" + write.getId());
        }

        for (String user : List.of("anna", "cecilia")) {
            assertThat(notifications.latest(user)).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo("REMINDER");
                assertThat(n.title()).startsWith("Påminnelse: Skriv: Nämndmål 1");
                assertThat(n.link()).isEqualTo("/uppgifter/" + write.getId());
                assertThat(n.unread()).isTrue();
            });
        }
        assertThat(notifications.latest("bo")).isEmpty();
        assertThat(page("/notiser", "anna")).contains("Påminnelse: Skriv: Nämndmål 1")
                .containsPattern("Notiser <span class=\"count attention\">1</span>");

        // The timer fired once; the task itself is untouched.
        assertThat(runDueTimers(pi)).isZero();
        assertThat(task(write.getId())).isNotNull();
    }

    @Test
    void aClaimedTasksReminderGoesToTheAssigneeOnlyAndEscalationReachesTheManagers() throws Exception {
        Date now = ClockUtil.getCurrentTime();
        ProcessInstance pi = startReview("VP-2023", "vuxen", "Nämndmål vuxen", plus(now, Duration.ofDays(10)), plus(now, Duration.ofDays(20)));
        Task write = currentTask(pi);
        taskService.claim(write.getId(), "bo");

        ClockUtil.setCurrentTime(plus(now, Duration.ofDays(8)));
        assertThat(runDueTimers(pi)).isEqualTo(1);
        assertThat(MAIL.getReceivedMessages()).extracting(ReminderMailTest::recipient).containsExactly("bo" + MAIL_DOMAIN);
        MAIL.purgeEmailFromAllMailboxes();

        // Past the due date: escalated to the reviewer group (vuxen-chefer: kalle), task gets high priority.
        ClockUtil.setCurrentTime(plus(now, Duration.ofDays(11)));
        assertThat(runDueTimers(pi)).isEqualTo(1);
        assertThat(MAIL.getReceivedMessages()).extracting(ReminderMailTest::recipient)
                .containsExactlyInAnyOrder("bo" + MAIL_DOMAIN, "kalle" + MAIL_DOMAIN);
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(ReminderMailTest::subject))
                .allMatch(s -> s.startsWith("Försenad: Skriv: Nämndmål vuxen"));
        assertThat(task(write.getId()).getPriority()).isEqualTo(se.arshjul.review.DeadlineNotifier.ESCALATED_PRIORITY);
        assertThat(notifications.latest("kalle")).singleElement().extracting(Notification::kind).isEqualTo("ESCALATION");
        assertThat(page("/uppgifter", "bo")).contains("Eskalerad");
    }

    /** Runs the process's timer jobs that are due at the engine clock's time; returns how many ran. */
    private int runDueTimers(ProcessInstance pi) {
        List<Job> due = managementService.createJobQuery().processInstanceId(pi.getId()).timers().executable().list();
        due.forEach(job -> managementService.executeJob(job.getId()));
        return due.size();
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
