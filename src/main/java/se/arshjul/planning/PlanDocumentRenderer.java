package se.arshjul.planning;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final String boardName;

    PlanDocumentRenderer(PlanReader reader, TemplateEngine templates, SupplierPlanService supplierPlan,
                         @Value("${arshjul.board-name}") String boardName) {
        this.boardName = boardName;
        this.reader = reader;
        this.templates = templates;
        this.supplierPlan = supplierPlan;
    }

    public String html(long planId) {
        Context context = new Context(LocaleContextHolder.getLocale());
        PlanContent content = reader.content(planId);
        context.setVariable("doc", content);
        // The uppföljningsplan section's table: the supplier follow-up plan decided for the plan's year (read-only).
        context.setVariable("supplierPlan", supplierPlan.planTable(content.plan().planYear()));
        context.setVariable("fmt", new DocumentFormat());
        // the board the plan is written for, as configured (arshjul.board-name)
        context.setVariable("boardName", boardName);
        return templates.process(TEMPLATE, context);
    }

    public byte[] pdf(long planId) {
        return HtmlToPdf.convert(html(planId));
    }
}
