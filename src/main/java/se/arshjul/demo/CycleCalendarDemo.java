package se.arshjul.demo;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import se.arshjul.cycle.CycleCalendar;
import se.arshjul.cycle.CycleCalendars;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.reports.ReportWorkflow;

/**
 * Demo data: the annual wheel of 2022 (the year the planning demo has a decided plan for) with the
 * usual calendar saved. Its start dates have passed, so the wheel's timers start delår 1, delår 2 and the
 * VB as soon as the job executor runs, and the year overview shows work and overdue tasks. Once, after
 * the plan demo (@Order 10).
 */
@Component
@Profile({"demo", "test"})
public class CycleCalendarDemo {
    static final int YEAR = 2022;
    private static final Logger log = LoggerFactory.getLogger(CycleCalendarDemo.class);

    private final CycleCalendars calendars;
    private final ReportWorkflow workflow;

    CycleCalendarDemo(CycleCalendars calendars, ReportWorkflow workflow) {
        this.calendars = calendars;
        this.workflow = workflow;
    }

    public void load() {
        if (calendars.isSaved(YEAR)) {
            return;
        }
        try {
            workflow.decidedPlanId(YEAR);
        } catch (ActionRefusedException e) {
            log.info("Demo data for the follow-up skipped: {}", e.code());
            return;
        }
        Map<String, String> form = new HashMap<>();
        for (CycleCalendar c : calendars.forYear(YEAR)) {
            String p = c.docType().name() + ".";
            form.put(p + "periodEnd", c.periodEnd().toString());
            form.put(p + "startDate", c.startDate().toString());
            form.put(p + "sectionDue", c.sectionDue().toString());
            form.put(p + "reviewDue", c.reviewDue().toString());
            form.put(p + "approvalDue", c.approvalDue().toString());
            form.put(p + "decisionDue", c.decisionDue().toString());
        }
        calendars.save(YEAR, form);
        log.info("Demo data: annual wheel {} saved; its start dates have passed, so the job executor starts the cycles at once", YEAR);
    }
}
