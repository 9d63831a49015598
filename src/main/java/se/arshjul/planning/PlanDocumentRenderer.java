package se.arshjul.planning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import se.arshjul.suppliers.SupplierPlanService;

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
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html(planId), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF kunde inte skapas", e);
        }
    }
}
