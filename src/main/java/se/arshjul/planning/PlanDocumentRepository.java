package se.arshjul.planning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

import se.arshjul.cycle.DocumentType;

public interface PlanDocumentRepository extends ListCrudRepository<PlanDocument, Long> {

    List<PlanDocument> findAllByOrderByPlanYearDescRevisionDesc();

    Optional<PlanDocument> findFirstByDocTypeAndPlanYearOrderByRevisionDesc(DocumentType docType, int planYear);
}
