package se.arshjul.suppliers.followup;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface SupplierFollowupRepository extends ListCrudRepository<SupplierFollowup, Long> {
    List<SupplierFollowup> findByProviderIdOrderByCreatedAtDesc(Long providerId);
    List<SupplierFollowup> findByAgreementIdOrderByCreatedAtDesc(Long agreementId);
    List<SupplierFollowup> findByAgreementIdAndFollowUpYear(Long agreementId, int year);
}
