package se.arshjul.suppliers;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface FollowupEventRepository extends ListCrudRepository<FollowupEvent, Long> {
    List<FollowupEvent> findByFollowupIdOrderByOccurredAtAscIdAsc(Long followupId);
}
