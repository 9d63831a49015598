package se.arshjul.planning;

import java.io.InputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import se.arshjul.cycle.DocumentType;
import se.arshjul.demo.PlanDemo;

/**
 * Plans for tests. The test database outlives a Spring context (and PostgreSQL outlives a run),
 * so VP 2022 is imported once and every test works in a year of its own. Public for the browser journeys.
 */
@Component
public class PlanTestData {
    /** The bundle's validation.number text, shown next to a number field that does not parse. */
    public static final String NUMBER_MESSAGE = "Skriv ett tal, till exempel 16,8 eller -433 575.";

    private final PlanJsonImport importer;
    private final PlanDocumentRepository plans;
    private final PlanCopier copier;
    private final PlanSchedule schedule;

    PlanTestData(PlanJsonImport importer, PlanDocumentRepository plans, PlanCopier copier, PlanSchedule schedule) {
        this.schedule = schedule;
        this.importer = importer;
        this.plans = plans;
        this.copier = copier;
    }

    public synchronized PlanDocument decidedVp2022() throws Exception {
        var existing = plans.findAllByOrderByPlanYearDescRevisionDesc().stream()
                .filter(p -> p.docType() == DocumentType.VP && p.planYear() == 2022 && p.revision() == 1).findFirst();
        if (existing.isPresent()) return existing.get();
        try (InputStream in = new ClassPathResource(PlanDemo.RESOURCE).getInputStream()) {
            return importer.importDecided(in, schedule.today());
        }
    }

    /** A year no plan has yet. */
    public int nextYear() {
        return plans.findAllByOrderByPlanYearDescRevisionDesc().stream().mapToInt(PlanDocument::planYear).max().orElse(2022) + 1;
    }

    /** An editable draft copied from VP 2022, in a year of its own. */
    public PlanDocument editableDraft() throws Exception {
        return copier.copyToYear(decidedVp2022().id(), nextYear(), schedule.today());
    }
}
