package se.arshjul.followup;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import se.arshjul.documents.HtmlToPdf;

import se.arshjul.planning.DocumentFormat;

/**
 * A report (delår 1, delår 2, verksamhetsberättelse) as one HTML document laid out like the printed reports,
 * and the same as PDF. The HTML shows each indicator's trend chart as inline SVG; the PDF has the values in
 * the indicator table only (openhtmltopdf draws SVG only with its svg module, which is not used).
 */
@Component
public class FollowupDocumentRenderer {
    static final String TEMPLATE = "followup/document";

    private final FollowupDocumentData data;
    private final TemplateEngine templates;

    FollowupDocumentRenderer(FollowupDocumentData data, TemplateEngine templates) {
        this.data = data;
        this.templates = templates;
    }

    public String html(long reportId) {
        return render(reportId, false);
    }

    public byte[] pdf(long reportId) {
        return HtmlToPdf.convert(render(reportId, true));
    }

    private String render(long reportId, boolean forPdf) {
        Context context = new Context();
        context.setVariable("doc", data.document(reportId));
        context.setVariable("forPdf", forPdf);
        context.setVariable("fmt", new DocumentFormat());
        context.setVariable("num", new FollowupController.Numbers());
        return templates.process(TEMPLATE, context);
    }
}
