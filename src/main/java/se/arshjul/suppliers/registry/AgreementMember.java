package se.arshjul.suppliers.registry;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A provider's membership of an agreement: joined, and when it left, why ({@link LeaveReason}); whether
 * it has placements (for the follow-up plan).
 */
@Table
public record AgreementMember(@Id Long id, Long agreementId, Long providerId, LocalDate joinedOn, LocalDate leftOn,
                              String leaveReason, String leaveNote, boolean hasPlacements) {

    public boolean activeOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }

    AgreementMember left(LocalDate on, LeaveReason reason, String note) {
        return new AgreementMember(id, agreementId, providerId, joinedOn, on, reason.name(), note, hasPlacements);
    }

    AgreementMember withPlacements(boolean placements) {
        return new AgreementMember(id, agreementId, providerId, joinedOn, leftOn, leaveReason, leaveNote, placements);
    }
}
