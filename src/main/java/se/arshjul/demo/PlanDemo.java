package se.arshjul.demo;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import se.arshjul.cycle.DocumentType;
import se.arshjul.planning.PlanDocumentRepository;
import se.arshjul.planning.PlanJsonImport;
import se.arshjul.planning.PlanSchedule;
import se.arshjul.planning.PlanWorkflow;

/**
 * Demo data: Huddinge's decided Verksamhetsplan 2022 and a VP 2023 draft copied from it, with its
 * process started so the task lists have work. Runs after the models and users exist, once.
 */
@Component
@Profile({"demo", "test"})
public class PlanDemo {
    public static final String RESOURCE = "demo/vp-2022.json";
    private static final Logger log = LoggerFactory.getLogger(PlanDemo.class);

    private final PlanJsonImport importer;
    private final PlanWorkflow workflow;
    private final PlanDocumentRepository plans;
    private final PlanSchedule schedule;

    PlanDemo(PlanJsonImport importer, PlanWorkflow workflow,
                 PlanDocumentRepository plans, PlanSchedule schedule) {
        this.schedule = schedule;
        this.importer = importer;
        this.workflow = workflow;
        this.plans = plans;
    }

    public void load() throws IOException {
        if (plans.findFirstByDocTypeAndPlanYearOrderByRevisionDesc(DocumentType.VP, 2022).isPresent()) {
            return;
        }
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            importer.importDecided(in, schedule.today());
        }
        workflow.startYear(2023);
        log.info("Demo data: Verksamhetsplan 2022 (decided) and 2023 (draft in review) created");
    }
}
