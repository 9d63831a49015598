package se.arshjul.planning;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import se.arshjul.security.Groups;

/**
 * What the Verksamhetsplan process asks about its sections: who writes and reviews each one and
 * by when (the call activity's input mappings), and the section status as reviews start and end.
 */
@Component("planSections")
public class PlanSections {
    private final PlanReader reader;
    private final PlanSectionRepository sections;
    private final PlanSchedule schedule;

    PlanSections(PlanReader reader, PlanSectionRepository sections, PlanSchedule schedule) {
        this.reader = reader;
        this.sections = sections;
        this.schedule = schedule;
    }

    public List<String> keys(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public String title(long planId, String key) {
        return reader.section(planId, key).title();
    }

    public String authorGroup(long planId, String key) {
        return reader.section(planId, key).unitGroup();
    }

    public String reviewerGroup(long planId, String key) {
        return Groups.managersOf(authorGroup(planId, key));
    }

    public Date authorDue(long planId, String key) {
        return schedule.endOfDay(reader.section(planId, key).deadline());
    }

    public Date reviewDue(long planId, String key) {
        return schedule.reviewDue(reader.section(planId, key).deadline());
    }

    public String contextUrl(long planId, String key) {
        return "/verksamhetsplan/" + planId + "/avsnitt/" + key;
    }

    /** Förvaltningsledningen's approval deadline, counted from the last section's review deadline. */
    public Date approvalDue(long planId) {
        return schedule.approvalDue(lastReviewDay(planId));
    }

    /** The deadline for recording the board's decision, counted from the last section's review deadline. */
    public Date decisionDue(long planId) {
        return schedule.decisionDue(lastReviewDay(planId));
    }

    public void reviewStarted(long planId, String key) {
        setStatus(planId, key, PlanSectionStatus.UNDER_ARBETE);
    }

    public void reviewApproved(long planId, String key) {
        setStatus(planId, key, PlanSectionStatus.GODKAND);
    }

    private LocalDate lastReviewDay(long planId) {
        return schedule.reviewDeadline(reader.sections(planId).stream().map(PlanSection::deadline)
                .max(Comparator.naturalOrder()).orElseThrow());
    }

    private void setStatus(long planId, String key, PlanSectionStatus status) {
        sections.save(reader.section(planId, key).withStatus(status));
    }
}
