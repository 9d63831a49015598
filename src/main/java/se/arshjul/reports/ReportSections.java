package se.arshjul.reports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.time.SwedishTime;
import se.arshjul.cycle.CycleCalendar;
import se.arshjul.cycle.CycleCalendars;
import se.arshjul.internalcontrol.InternalControlService;

/**
 * What bpmn/delarsrapport.bpmn and bpmn/verksamhetsberattelse.bpmn ask about a report's sections: who writes and
 * reviews, when, and where; and what follows from a section's review.
 */
@Component("reportSections")
public class ReportSections {
    private final FollowupReader reader;
    private final ReportSectionRepository sections;
    private final CycleCalendars calendars;
    private final InternalControlService internalControl;
    private final SwedishTime times;

    ReportSections(FollowupReader reader, ReportSectionRepository sections, CycleCalendars calendars,
                   InternalControlService internalControl, SwedishTime times) {
        this.times = times;
        this.reader = reader;
        this.sections = sections;
        this.calendars = calendars;
        this.internalControl = internalControl;
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
        sections.save(reader.section(reportId, key).withStatus(ReportSectionStatus.UNDER_ARBETE));
    }

    /** The section is approved; an approved riskåtgärd status also becomes the internkontroll register's latest. */
    @Transactional
    public void reviewApproved(long reportId, String key) {
        ReportSection section = sections.save(reader.section(reportId, key).withStatus(ReportSectionStatus.GODKAND));
        section.statuses().stream().filter(r -> r.riskActionId() != null && r.status() != null)
                .forEach(r -> internalControl.recordReportedStatus(r.riskActionId(), r.status(), r.kommentar()));
    }

    private CycleCalendar calendar(long reportId) {
        FollowupReport report = reader.report(reportId);
        return calendars.forCycle(report.reportYear(), report.docType());
    }

    private Date endOfDay(LocalDate date) {
        return new Date(times.toDate(date.plusDays(1)).getTime() - 60_000);
    }
}
