package se.arshjul.followup;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One task of a report: a nämndmål's follow-up (utfall per indicator, analys, genomfört arbete, status
 * of the uppdrag, the goal's assessment), the economy (utfall and prognos per row) or the personnel figures
 * (antal anställda, sjukfrånvaro, personalomsättning; analysis in {@code analys}), or a unit's status of its
 * activities, utvecklingsåtaganden and risk actions ({@code statuses}).
 */
@Table
public record ReportSection(@Id Long id, Long reportId, String sectionKey, SectionKind kind, int sortOrder, String title,
                            Long namndmalId, String unitGroup, SectionStatus status, String analys, String genomfort,
                            String uppdragStatus, String grade, String motivering, String body, @Version Long version,
                            List<ReportIndicator> indicators, List<EconomyLine> economy, List<PersonnelFigure> personnel,
                            List<StatusRow> statuses) {

    static ReportSection goal(Long reportId, String key, int sortOrder, String title, Long namndmalId, String unitGroup,
                              List<ReportIndicator> indicators) {
        return new ReportSection(null, reportId, key, SectionKind.GOAL, sortOrder, title, namndmalId, unitGroup,
                SectionStatus.UNDER_ARBETE, null, null, null, null, null, null, null, indicators, List.of(), List.of(), List.of());
    }

    static ReportSection economy(Long reportId, int sortOrder, String unitGroup, List<EconomyLine> lines) {
        return new ReportSection(null, reportId, "ekonomi", SectionKind.ECONOMY, sortOrder, "Ekonomi", null, unitGroup,
                SectionStatus.UNDER_ARBETE, null, null, null, null, null, null, null, List.of(), lines, List.of(), List.of());
    }

    static ReportSection personnel(Long reportId, int sortOrder, String unitGroup) {
        return new ReportSection(null, reportId, "personal", SectionKind.PERSONNEL, sortOrder, "Personal", null, unitGroup,
                SectionStatus.UNDER_ARBETE, null, null, null, null, null, null, null, List.of(), List.of(), PersonnelFigure.defaults(), List.of());
    }

    /** A unit's status section: its activities and risk actions, in the order of the plan and the register. */
    static ReportSection statuses(Long reportId, int sortOrder, String unitGroup, String unitName, List<StatusRow> rows) {
        return new ReportSection(null, reportId, "status-" + unitGroup, SectionKind.STATUS, sortOrder,
                "Status för aktiviteter och åtgärder – " + unitName, null, unitGroup, SectionStatus.UNDER_ARBETE,
                null, null, null, null, null, null, null, List.of(), List.of(), List.of(), rows);
    }

    ReportSection withStatuses(List<StatusRow> newRows, Long expectedVersion) {
        return new ReportSection(id, reportId, sectionKey, kind, sortOrder, title, namndmalId, unitGroup, status, analys,
                genomfort, uppdragStatus, grade, motivering, body, expectedVersion, indicators, economy, personnel, newRows);
    }

    /** The economy as shown: one table per statement with its sums computed. */
    public List<EconomyTable> economyTables() {
        return EconomyTable.of(economy);
    }

    ReportSection withStatus(SectionStatus newStatus) {
        return new ReportSection(id, reportId, sectionKey, kind, sortOrder, title, namndmalId, unitGroup, newStatus, analys,
                genomfort, uppdragStatus, grade, motivering, body, version, indicators, economy, personnel, statuses);
    }

    ReportSection withGoalFollowUp(List<ReportIndicator> newIndicators, String newAnalys, String newGenomfort,
                                   String newUppdragStatus, String newGrade, String newMotivering, Long expectedVersion) {
        return new ReportSection(id, reportId, sectionKey, kind, sortOrder, title, namndmalId, unitGroup, status, newAnalys,
                newGenomfort, newUppdragStatus, newGrade, newMotivering, body, expectedVersion, newIndicators, economy, personnel, statuses);
    }

    ReportSection withEconomy(List<EconomyLine> newLines, String newBody, Long expectedVersion) {
        return new ReportSection(id, reportId, sectionKey, kind, sortOrder, title, namndmalId, unitGroup, status, analys,
                genomfort, uppdragStatus, grade, motivering, newBody, expectedVersion, indicators, newLines, personnel, statuses);
    }

    ReportSection withPersonnel(List<PersonnelFigure> newFigures, String newAnalys, Long expectedVersion) {
        return new ReportSection(id, reportId, sectionKey, kind, sortOrder, title, namndmalId, unitGroup, status, newAnalys,
                genomfort, uppdragStatus, grade, motivering, body, expectedVersion, indicators, economy, newFigures, statuses);
    }
}
