package se.arshjul.time;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deadline defaults that apply when neither the admin's task settings nor the process say
 * otherwise ({@code arshjul.deadlines.*} in application.yml), as ISO-8601 periods.
 *
 * @param reminderBefore how long before a task's due date its reminder goes out
 * @param resubmitWithin how long an author has at least after a review sends the text back
 * @param reviewTime     the reviewer's time after a send-back when the process has no review due date
 */
@ConfigurationProperties("arshjul.deadlines")
public record DeadlineDefaults(@DefaultValue("P3D") String reminderBefore, @DefaultValue("P5D") String resubmitWithin,
                               @DefaultValue("P5D") String reviewTime) {
}
