package se.arshjul.planning;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import se.arshjul.cycle.DocumentType;

/**
 * Demo data: Huddinge's decided Verksamhetsplan 2022 and a VP 2023 draft copied from it, with its
 * process started so the task lists have work. Runs after the models and users exist, once.
 */
@Component
class PlanDemoData {
    static final String RESOURCE = "demo/vp-2022.json";
    private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);

    private final boolean enabled;
    private final PlanJsonImport importer;
    private final PlanWorkflow workflow;
    private final PlanDocumentRepository plans;
    private final PlanSchedule schedule;

    PlanDemoData(@Value("${arshjul.demo.data:false}") boolean enabled, PlanJsonImport importer, PlanWorkflow workflow,
                 PlanDocumentRepository plans, PlanSchedule schedule) {
        this.schedule = schedule;
        this.enabled = enabled;
        this.importer = importer;
        this.workflow = workflow;
        this.plans = plans;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void load() throws IOException {
        if (!enabled || plans.findFirstByDocTypeAndPlanYearOrderByRevisionDesc(DocumentType.VP, 2022).isPresent()) {
            return;
        }
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            importer.importDecided(in, schedule.today());
        }
        workflow.startYear(2023);
        log.info("Demo data: Verksamhetsplan 2022 (decided) and 2023 (draft in review) created");
    }
}
