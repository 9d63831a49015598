package se.arshjul.suppliers.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One follow-up of a provider on an agreement. {@code result} ({@link SupplierFollowupResult}) is the
 * outcome of the checklist review (what the yearly report counts); {@code status}
 * ({@link SupplierFollowupStatus}) is where the case is now. {@code openKey} is set while the
 * follow-up is open: unique in the database, so a double submit cannot start the same follow-up twice.
 */
@Table
public record SupplierFollowup(@Id Long id, Long agreementId, Long providerId, int followUpYear, boolean deep,
                               String businessKey, String processInstanceId, String requested,
                               LocalDate documentationDue, String receivedDocuments, String status, String result,
                               LocalDate resultDate, String reviewedBy, String startedBy, LocalDateTime createdAt, String openKey) {

    /** The open key of a follow-up of this kind of a provider in an agreement. */
    static String openKey(long agreementId, long providerId, SupplierFollowupKind kind) {
        return agreementId + ":" + providerId + ":" + kind.name();
    }

    public boolean closed() {
        return status != null && SupplierFollowupStatus.valueOf(status).closed();
    }

    SupplierFollowup withProcess(String key, String processInstanceId) {
        return new SupplierFollowup(id, agreementId, providerId, followUpYear, deep, key, processInstanceId, requested,
                documentationDue, receivedDocuments, status, result, resultDate, reviewedBy, startedBy, createdAt, openKey);
    }

    SupplierFollowup withStatus(SupplierFollowupStatus s) {
        return new SupplierFollowup(id, agreementId, providerId, followUpYear, deep, businessKey, processInstanceId, requested,
                documentationDue, receivedDocuments, s.name(), result, resultDate, reviewedBy, startedBy, createdAt,
                s.closed() ? null : openKey);
    }

    SupplierFollowup withDocuments(String documents) {
        return new SupplierFollowup(id, agreementId, providerId, followUpYear, deep, businessKey, processInstanceId, requested,
                documentationDue, documents, SupplierFollowupStatus.GRANSKNING.name(), result, resultDate, reviewedBy, startedBy,
                createdAt, openKey);
    }

    SupplierFollowup withResult(SupplierFollowupResult r, LocalDate on, String by) {
        SupplierFollowupStatus s = r == SupplierFollowupResult.GODKAND ? SupplierFollowupStatus.GODKAND : SupplierFollowupStatus.ATGARDSPLAN;
        return new SupplierFollowup(id, agreementId, providerId, followUpYear, deep, businessKey, processInstanceId, requested,
                documentationDue, receivedDocuments, s.name(), r.name(), on, by, startedBy, createdAt, s.closed() ? null : openKey);
    }
}
