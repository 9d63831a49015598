package se.arshjul.planning;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A part of the plan written by one unit and reviewed by its managers: one per nämndmål, plus
 * budget, internkontrollplan and uppföljningsplan. {@code sectionKey} is what the process routes on.
 */
@Table
public record PlanSection(@Id Long id, Long planId, String sectionKey, PlanSectionKind kind, int sortOrder, String title,
                          Long namndmalId, String unitGroup, PlanSectionStatus status, LocalDate deadline, String body,
                          @Version Long version) {

    PlanSection withStatus(PlanSectionStatus newStatus) {
        return new PlanSection(id, planId, sectionKey, kind, sortOrder, title, namndmalId, unitGroup, newStatus, deadline, body, version);
    }

    /** Sent back by förvaltningsledningen: written again, by the given deadline. */
    PlanSection sentBack(LocalDate newDeadline) {
        return new PlanSection(id, planId, sectionKey, kind, sortOrder, title, namndmalId, unitGroup, PlanSectionStatus.UNDER_ARBETE, newDeadline, body, version);
    }

    PlanSection withBody(String newBody, Long expectedVersion) {
        return new PlanSection(id, planId, sectionKey, kind, sortOrder, title, namndmalId, unitGroup, status, deadline, newBody, expectedVersion);
    }
}
