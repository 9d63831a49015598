package se.arshjul.suppliers.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import se.arshjul.suppliers.registry.SupplierEnums;

/**
 * One follow-up of a provider on an agreement. {@code result} is the outcome of the checklist
 * review (what the yearly report counts); {@code status} is where the case is now.
 */
@Table
public record SupplierFollowup(@Id Long id, Long agreementId, Long providerId, int followUpYear, boolean deep,
                               String businessKey, String processInstanceId, String requested,
                               LocalDate documentationDue, String receivedDocuments, String status, String result,
                               LocalDate resultDate, String reviewedBy, String startedBy, LocalDateTime createdAt) {

    public String statusLabel() {
        SupplierEnums.FollowupStatus s = SupplierEnums.parse(SupplierEnums.FollowupStatus.class, status);
        return s == null ? status : s.label();
    }

    public String resultLabel() {
        SupplierEnums.Result r = SupplierEnums.parse(SupplierEnums.Result.class, result);
        return r == null ? "" : r.label();
    }

    SupplierFollowup withProcess(String key, String processInstanceId) {
        return new SupplierFollowup(id, agreementId, providerId, followUpYear, deep, key, processInstanceId, requested,
                documentationDue, receivedDocuments, status, result, resultDate, reviewedBy, startedBy, createdAt);
    }

    SupplierFollowup withStatus(SupplierEnums.FollowupStatus s) {
        return new SupplierFollowup(id, agreementId, providerId, followUpYear, deep, businessKey, processInstanceId, requested,
                documentationDue, receivedDocuments, s.name(), result, resultDate, reviewedBy, startedBy, createdAt);
    }

    SupplierFollowup withDocuments(String documents) {
        return new SupplierFollowup(id, agreementId, providerId, followUpYear, deep, businessKey, processInstanceId, requested,
                documentationDue, documents, SupplierEnums.FollowupStatus.GRANSKNING.name(), result, resultDate, reviewedBy, startedBy, createdAt);
    }

    SupplierFollowup withResult(SupplierEnums.Result r, LocalDate on, String by) {
        SupplierEnums.FollowupStatus s = r == SupplierEnums.Result.GODKAND ? SupplierEnums.FollowupStatus.GODKAND : SupplierEnums.FollowupStatus.ATGARDSPLAN;
        return new SupplierFollowup(id, agreementId, providerId, followUpYear, deep, businessKey, processInstanceId, requested,
                documentationDue, receivedDocuments, s.name(), r.name(), on, by, startedBy, createdAt);
    }
}
