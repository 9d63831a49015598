package se.arshjul.reports;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One task of a report: a nämndmål's follow-up (utfall per indicator, analys, genomfört arbete, status
 * and kommentar per uppdrag of the board, the goal's assessment), the economy (utfall and prognos per row), the
 * personnel figures (antal anställda, sjukfrånvaro, personalomsättning; analysis in {@code analys}), or a unit's
 * status of its activities, utvecklingsåtaganden and risk actions ({@code statuses}).
 */
@Table
public record ReportSection(@Id Long id, Long reportId, String sectionKey, ReportSectionKind kind, int sortOrder, String title,
                            Long namndmalId, String unitGroup, ReportSectionStatus status, String analys, String genomfort,
                            String grade, String motivering, String body, @Version Long version,
                            List<ReportIndicator> indicators, List<EconomyLine> economy, List<PersonnelFigure> personnel,
                            List<ReportUppdrag> uppdrag, List<StatusRow> statuses) {

    static ReportSection goal(Long reportId, String key, int sortOrder, String title, Long namndmalId, String unitGroup,
                              List<ReportIndicator> indicators, List<ReportUppdrag> uppdrag) {
        return new ReportSection(null, reportId, key, ReportSectionKind.GOAL, sortOrder, title, namndmalId, unitGroup,
                ReportSectionStatus.UNDER_ARBETE, null, null, null, null, null, null, indicators, List.of(), List.of(), uppdrag, List.of());
    }

    static ReportSection economy(Long reportId, int sortOrder, String unitGroup, String title, List<EconomyLine> lines) {
        return new ReportSection(null, reportId, "ekonomi", ReportSectionKind.ECONOMY, sortOrder, title, null, unitGroup,
                ReportSectionStatus.UNDER_ARBETE, null, null, null, null, null, null, List.of(), lines, List.of(), List.of(), List.of());
    }

    static ReportSection personnel(Long reportId, int sortOrder, String unitGroup, String title, List<PersonnelFigure> figures) {
        return new ReportSection(null, reportId, "personal", ReportSectionKind.PERSONNEL, sortOrder, title, null, unitGroup,
                ReportSectionStatus.UNDER_ARBETE, null, null, null, null, null, null, List.of(), List.of(), figures,
                List.of(), List.of());
    }

    /** A unit's status section: its activities and risk actions, in the order of the plan and the register. */
    static ReportSection statuses(Long reportId, int sortOrder, String unitGroup, String title, List<StatusRow> rows) {
        return new ReportSection(null, reportId, "status-" + unitGroup, ReportSectionKind.STATUS, sortOrder,
                title, null, unitGroup, ReportSectionStatus.UNDER_ARBETE,
                null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), rows);
    }

    /** The economy as shown: one table per statement with its sums computed. */
    public List<EconomyTable> economyTables() {
        return EconomyTable.of(economy);
    }

    ReportSection withStatus(ReportSectionStatus newStatus) {
        return new ReportSection(id, reportId, sectionKey, kind, sortOrder, title, namndmalId, unitGroup, newStatus, analys,
                genomfort, grade, motivering, body, version, indicators, economy, personnel, uppdrag, statuses);
    }

    public ReportSection withGoalFollowUp(List<ReportIndicator> newIndicators, String newAnalys, String newGenomfort,
                                   List<ReportUppdrag> newUppdrag, String newGrade, String newMotivering, Long expectedVersion) {
        return new ReportSection(id, reportId, sectionKey, kind, sortOrder, title, namndmalId, unitGroup, status, newAnalys,
                newGenomfort, newGrade, newMotivering, body, expectedVersion, newIndicators, economy, personnel, newUppdrag, statuses);
    }

    public ReportSection withEconomy(List<EconomyLine> newLines, String newBody, Long expectedVersion) {
        return new ReportSection(id, reportId, sectionKey, kind, sortOrder, title, namndmalId, unitGroup, status, analys,
                genomfort, grade, motivering, newBody, expectedVersion, indicators, newLines, personnel, uppdrag, statuses);
    }

    ReportSection withPersonnel(List<PersonnelFigure> newFigures, String newAnalys, Long expectedVersion) {
        return new ReportSection(id, reportId, sectionKey, kind, sortOrder, title, namndmalId, unitGroup, status, newAnalys,
                genomfort, grade, motivering, body, expectedVersion, indicators, economy, newFigures, uppdrag, statuses);
    }

    public ReportSection withStatuses(List<StatusRow> newRows, Long expectedVersion) {
        return new ReportSection(id, reportId, sectionKey, kind, sortOrder, title, namndmalId, unitGroup, status, analys,
                genomfort, grade, motivering, body, expectedVersion, indicators, economy, personnel, uppdrag, newRows);
    }
}
