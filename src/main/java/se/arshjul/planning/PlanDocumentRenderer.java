package se.arshjul.planning;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import se.arshjul.documents.HtmlToPdf;

import se.arshjul.suppliers.plan.SupplierPlanService;

/** The whole plan as one HTML document laid out like the printed plan, and the same as PDF. */
@Component
public class PlanDocumentRenderer {
    static final String TEMPLATE = "planning/document";

    private final PlanReader reader;
    private final TemplateEngine templates;
    private final SupplierPlanService supplierPlan;

    PlanDocumentRenderer(PlanReader reader, TemplateEngine templates, SupplierPlanService supplierPlan) {
        this.reader = reader;
        this.templates = templates;
        this.supplierPlan = supplierPlan;
    }

    public String html(long planId) {
        Context context = new Context();
        PlanContent content = reader.content(planId);
        context.setVariable("doc", content);
        // The uppföljningsplan section's table: the supplier follow-up plan decided for the plan's year (read-only).
        context.setVariable("supplierPlan", supplierPlan.planTable(content.plan().planYear()));
        context.setVariable("fmt", new DocumentFormat());
        return templates.process(TEMPLATE, context);
    }

    public byte[] pdf(long planId) {
        return HtmlToPdf.convert(html(planId));
    }
}
