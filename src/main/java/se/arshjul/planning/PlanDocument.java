package se.arshjul.planning;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.arshjul.cycle.CaseKey;
import se.arshjul.cycle.DocumentType;

/**
 * One revision of the board's Verksamhetsplan for a year. A correction after the decision is a new
 * revision; the decided one stays as it was. {@code malvardeYear} is the year the indicators'
 * målvärden are set for (the plan's setting, 2030 unless the plan says otherwise).
 */
@Table
public record PlanDocument(@Id Long id, DocumentType docType, int planYear, int revision, String title, String board,
                           String municipality, int malvardeYear, PlanStatus status, LocalDate decisionDate, String paragraph,
                           String diarienummer, @Version Long version, List<PlanChapter> chapters) {
    /** The målvärde year of a plan that names none (as the column's default in V14__plan_settings.sql). */
    public static final int DEFAULT_MALVARDE_YEAR = 2030;

    static PlanDocument draft(int year, int revision, String board, String municipality, int malvardeYear,
                              List<PlanChapter> chapters) {
        return new PlanDocument(null, DocumentType.VP, year, revision, "Verksamhetsplan " + year, board, municipality,
                malvardeYear, PlanStatus.UTKAST, null, null, null, null, chapters);
    }

    public CaseKey caseKey() {
        return new CaseKey(docType, planYear);
    }

    /** The utfall years shown in the indicator tables: N-3 to N-1. */
    public List<Integer> outcomeYears() {
        return List.of(planYear - 3, planYear - 2, planYear - 1);
    }

    public boolean isLocked() {
        return status == PlanStatus.BESLUTAD;
    }

    PlanDocument withStatus(PlanStatus newStatus) {
        return new PlanDocument(id, docType, planYear, revision, title, board, municipality, malvardeYear, newStatus,
                decisionDate, paragraph, diarienummer, version, chapters);
    }

    PlanDocument decided(LocalDate date, String newParagraph, String newDiarienummer) {
        return new PlanDocument(id, docType, planYear, revision, title, board, municipality, malvardeYear, PlanStatus.BESLUTAD,
                date, newParagraph, newDiarienummer, version, chapters);
    }
}
