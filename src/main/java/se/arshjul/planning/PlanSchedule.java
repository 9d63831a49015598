package se.arshjul.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Deadlines of the plan for year N, following the annual wheel: sections are written by 1 October
 * of N-1 and reviewed within the configured days ({@link PlanDeadlines}); the plan goes to the board
 * in December. When the work starts later than that (a late start, or demo data), every deadline
 * moves by the delay. Today is the application's clock, so tests that move the engine clock move the plan too.
 */
@Component
public class PlanSchedule {
    private static final int DUE_HOUR = 16;

    private final Clock clock;
    private final PlanDeadlines deadlines;

    PlanSchedule(Clock clock, PlanDeadlines deadlines) {
        this.clock = clock;
        this.deadlines = deadlines;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDate sectionDeadline(int year, LocalDate today) {
        LocalDate planned = LocalDate.of(year - 1, 10, 1);
        LocalDate earliest = today.plusDays(deadlines.getPlanWritingDays());
        return planned.isBefore(earliest) ? earliest : planned;
    }

    /** A section sent back by förvaltningsledningen gets at least the rework days, whatever its deadline was. */
    LocalDate reworkDeadline(LocalDate current) {
        LocalDate earliest = today().plusDays(deadlines.getPlanReworkDays());
        return current.isBefore(earliest) ? earliest : current;
    }

    Date endOfDay(LocalDate date) {
        return Date.from(date.atTime(DUE_HOUR, 0).atZone(clock.getZone()).toInstant());
    }

    LocalDate reviewDeadline(LocalDate sectionDeadline) {
        return sectionDeadline.plusDays(deadlines.getPlanReviewDays());
    }

    Date reviewDue(LocalDate sectionDeadline) {
        return endOfDay(reviewDeadline(sectionDeadline));
    }

    Date approvalDue(LocalDate lastReviewDay) {
        return endOfDay(lastReviewDay.plusDays(deadlines.getPlanApprovalDays()));
    }

    Date decisionDue(LocalDate lastReviewDay) {
        return endOfDay(lastReviewDay.plusDays(deadlines.getPlanDecisionDays()));
    }
}
