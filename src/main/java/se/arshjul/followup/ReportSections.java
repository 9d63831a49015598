package se.arshjul.followup;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.cycle.ArshjulWheel;
import se.arshjul.cycle.CycleCalendar;
import se.arshjul.cycle.CycleCalendars;

/** What bpmn/delarsrapport.bpmn asks about a report's sections: who writes and reviews, when, and where. */
@Component("reportSections")
public class ReportSections {
    private final FollowupReader reader;
    private final ReportSectionRepository sections;
    private final CycleCalendars calendars;

    ReportSections(FollowupReader reader, ReportSectionRepository sections, CycleCalendars calendars) {
        this.reader = reader;
        this.sections = sections;
        this.calendars = calendars;
    }

    public List<String> keys(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public String title(long reportId, String key) {
        FollowupReport report = reader.report(reportId);
        return report.title() + ": " + reader.section(reportId, key).title();
    }

    public String authorGroup(long reportId, String key) {
        return reader.section(reportId, key).unitGroup();
    }

    public String reviewerGroup(long reportId, String key) {
        return ReportFactory.reviewerGroup(reader.section(reportId, key));
    }

    public Date authorDue(long reportId, String key) {
        return endOfDay(calendar(reportId).sectionDue());
    }

    public Date reviewDue(long reportId, String key) {
        return endOfDay(calendar(reportId).reviewDue());
    }

    public Date approvalDue(long reportId) {
        return endOfDay(calendar(reportId).approvalDue());
    }

    public Date decisionDue(long reportId) {
        return endOfDay(calendar(reportId).decisionDue());
    }

    public String contextUrl(long reportId, String key) {
        return "/uppfoljning/" + reportId + "/avsnitt/" + key;
    }

    @Transactional
    public void reviewStarted(long reportId, String key) {
        sections.save(reader.section(reportId, key).withStatus(SectionStatus.UNDER_ARBETE));
    }

    @Transactional
    public void reviewApproved(long reportId, String key) {
        sections.save(reader.section(reportId, key).withStatus(SectionStatus.GODKAND));
    }

    private CycleCalendar calendar(long reportId) {
        FollowupReport report = reader.report(reportId);
        return calendars.forCycle(report.reportYear(), report.docType());
    }

    private static Date endOfDay(LocalDate date) {
        return new Date(ArshjulWheel.startOfDay(date.plusDays(1)).getTime() - 60_000);
    }
}
