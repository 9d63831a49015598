package se.arshjul.suppliers.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.arshjul.time.SwedishTime;

/**
 * The deadlines of a supplier follow-up, in days from configuration ({@code arshjul.deadlines.*},
 * defaults in application.yml), and their form as the engine's due dates (16:00 Swedish time).
 */
@Component
public class SupplierFollowupDeadlines {

    private final SwedishTime time;
    private final int reviewDays;
    private final int decisionDays;
    private final int documentationDays;
    private final int plannedDocumentationDays;

    SupplierFollowupDeadlines(SwedishTime time,
                              @Value("${arshjul.deadlines.supplier-review-days:14}") int reviewDays,
                              @Value("${arshjul.deadlines.supplier-decision-days:14}") int decisionDays,
                              @Value("${arshjul.deadlines.supplier-documentation-days:21}") int documentationDays,
                              @Value("${arshjul.deadlines.supplier-planned-documentation-days:30}") int plannedDocumentationDays) {
        this.time = time;
        this.reviewDays = reviewDays;
        this.decisionDays = decisionDays;
        this.documentationDays = documentationDays;
        this.plannedDocumentationDays = plannedDocumentationDays;
    }

    public LocalDateTime now() {
        return time.now();
    }

    public LocalDate today() {
        return time.today();
    }

    /** A deadline day as the engine's due date: 16:00 Swedish time that day. */
    public Date deadline(LocalDate day) {
        return time.toDate(day.atTime(16, 0));
    }

    public LocalDate day(Date date) {
        return time.localDate(date);
    }

    /** The reviewer's deadline: days after the documentation's due date. */
    public LocalDate reviewDue(LocalDate documentationDue) {
        return documentationDue.plusDays(reviewDays);
    }

    /** A manager's deadline to decide on a warning or a sanction, from today. */
    public LocalDate decisionDue() {
        return today().plusDays(decisionDays);
    }

    /** The documentation's default due date of a follow-up started by hand. */
    public LocalDate documentationDue() {
        return today().plusDays(documentationDays);
    }

    /** The documentation's due date of a planned follow-up whose period has already passed. */
    public LocalDate plannedDocumentationDue() {
        return today().plusDays(plannedDocumentationDays);
    }
}
