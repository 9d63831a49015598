package se.arshjul.suppliers.followup;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface SupplierFollowupFindingRepository extends ListCrudRepository<SupplierFollowupFinding, Long> {
    List<SupplierFollowupFinding> findByFollowupId(Long followupId);
}
