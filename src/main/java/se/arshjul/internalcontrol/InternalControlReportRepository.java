package se.arshjul.internalcontrol;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

import se.arshjul.cycle.DocumentType;

interface InternalControlReportRepository extends ListCrudRepository<InternalControlReport, Long> {
    Optional<InternalControlReport> findByPlanYearAndDocumentType(int planYear, DocumentType documentType);
}
