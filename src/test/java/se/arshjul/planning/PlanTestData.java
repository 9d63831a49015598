package se.arshjul.planning;

import java.io.InputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Loads the demo VP 2022 for tests, as the demo loader would. */
@Component
class PlanTestData {
    private final PlanJsonImport importer;

    PlanTestData(PlanJsonImport importer) {
        this.importer = importer;
    }

    PlanDocument decidedVp2022() throws Exception {
        try (InputStream in = new ClassPathResource(PlanDemoData.RESOURCE).getInputStream()) {
            return importer.importDecided(in, PlanSchedule.today());
        }
    }
}
