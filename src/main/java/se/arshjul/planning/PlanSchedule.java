package se.arshjul.planning;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Deadlines of the plan for year N, following the annual wheel: sections are written by 1 October
 * of N-1 and reviewed within two weeks; the plan goes to the board in December. When the work
 * starts later than that (a late start, or demo data), every deadline moves by the delay.
 */
record PlanSchedule(LocalDate sectionDeadline) {
    static final int REVIEW_DAYS = 14;
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final int MIN_WRITING_DAYS = 21;

    static PlanSchedule of(int year, LocalDate today) {
        LocalDate planned = LocalDate.of(year - 1, 10, 1);
        LocalDate earliest = today.plusDays(MIN_WRITING_DAYS);
        return new PlanSchedule(planned.isBefore(earliest) ? earliest : planned);
    }

    /** A section sent back by förvaltningsledningen gets at least a week, whatever its deadline was. */
    static LocalDate reworkDeadline(LocalDate current, LocalDate today) {
        LocalDate earliest = today.plusDays(7);
        return current.isBefore(earliest) ? earliest : current;
    }

    /** Today by the engine's clock, so tests that move the clock move the plan too. */
    static LocalDate today() {
        return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
    }

    static Date endOfDay(LocalDate date) {
        return Date.from(date.atTime(16, 0).atZone(ZONE).toInstant());
    }

    static Date reviewDue(LocalDate sectionDeadline) {
        return endOfDay(sectionDeadline.plusDays(REVIEW_DAYS));
    }
}
