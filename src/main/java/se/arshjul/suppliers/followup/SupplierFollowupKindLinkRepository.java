package se.arshjul.suppliers.followup;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface SupplierFollowupKindLinkRepository extends ListCrudRepository<SupplierFollowupKindLink, Long> {
    Optional<SupplierFollowupKindLink> findByFollowupId(Long followupId);
    List<SupplierFollowupKindLink> findByPlanItemId(Long planItemId);
}
