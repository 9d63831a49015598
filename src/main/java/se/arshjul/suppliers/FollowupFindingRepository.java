package se.arshjul.suppliers;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface FollowupFindingRepository extends ListCrudRepository<FollowupFinding, Long> {
    List<FollowupFinding> findByFollowupId(Long followupId);
}
