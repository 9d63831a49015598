package se.arshjul.cycle;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One cycle of the annual wheel: the report's cut-off date (per 31 mars / 30 april, 31 augusti,
 * 31 december), the day the cycle starts by itself and the deadlines of its steps.
 */
@Table
public record CycleCalendar(@Id Long id, int cycleYear, DocumentType docType, LocalDate periodEnd, LocalDate startDate,
                            LocalDate sectionDue, LocalDate reviewDue, LocalDate approvalDue, LocalDate decisionDue,
                            @Version Long version) {

    /** The follow-up cycles of a year, in order. */
    public static final List<DocumentType> FOLLOW_UP = List.of(DocumentType.DELAR1, DocumentType.DELAR2, DocumentType.VB);

    /** The cut-off dates a cycle may have. */
    public static List<MonthDay> allowedPeriodEnds(DocumentType type) {
        return switch (type) {
            case DELAR1 -> List.of(MonthDay.of(3, 31), MonthDay.of(4, 30));
            case DELAR2 -> List.of(MonthDay.of(8, 31));
            case VB -> List.of(MonthDay.of(12, 31));
            default -> throw new IllegalArgumentException("Not a follow-up cycle: " + type);
        };
    }

    /** The usual calendar until an admin changes it. */
    public static CycleCalendar defaults(int year, DocumentType type) {
        return switch (type) {
            case DELAR1 -> new CycleCalendar(null, year, type, LocalDate.of(year, 3, 31), LocalDate.of(year, 3, 15),
                    LocalDate.of(year, 4, 10), LocalDate.of(year, 4, 15), LocalDate.of(year, 4, 22), LocalDate.of(year, 5, 20), null);
            case DELAR2 -> new CycleCalendar(null, year, type, LocalDate.of(year, 8, 31), LocalDate.of(year, 8, 15),
                    LocalDate.of(year, 9, 10), LocalDate.of(year, 9, 15), LocalDate.of(year, 9, 22), LocalDate.of(year, 10, 20), null);
            case VB -> new CycleCalendar(null, year, type, LocalDate.of(year, 12, 31), LocalDate.of(year, 12, 1),
                    LocalDate.of(year + 1, 1, 20), LocalDate.of(year + 1, 1, 27), LocalDate.of(year + 1, 2, 5), LocalDate.of(year + 1, 2, 25), null);
            default -> throw new IllegalArgumentException("Not a follow-up cycle: " + type);
        };
    }

    public CycleCalendar withDates(LocalDate newPeriodEnd, LocalDate newStart, LocalDate newSectionDue, LocalDate newReviewDue,
                                   LocalDate newApprovalDue, LocalDate newDecisionDue) {
        return new CycleCalendar(id, cycleYear, docType, newPeriodEnd, newStart, newSectionDue, newReviewDue, newApprovalDue,
                newDecisionDue, version);
    }

    public CaseKey caseKey() {
        return new CaseKey(docType, cycleYear);
    }
}
