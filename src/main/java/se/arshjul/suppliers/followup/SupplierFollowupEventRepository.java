package se.arshjul.suppliers.followup;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface SupplierFollowupEventRepository extends ListCrudRepository<SupplierFollowupEvent, Long> {
    List<SupplierFollowupEvent> findByFollowupIdOrderByOccurredAtAscIdAsc(Long followupId);
}
