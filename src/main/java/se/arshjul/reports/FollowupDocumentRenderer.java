package se.arshjul.reports;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import se.arshjul.documents.HtmlToPdf;
import se.arshjul.planning.DocumentFormat;

/**
 * A report (delår 1, delår 2, verksamhetsberättelse) as one HTML document laid out like the printed reports,
 * and the same as PDF. Each indicator's trend chart is inline SVG in both (the PDF draws it with Batik, see
 * HtmlToPdf). The verksamhetsberättelse's förbättringsområden come from their own editor.
 */
@Component
public class FollowupDocumentRenderer {
    static final String TEMPLATE = "reports/document";
    /** The year of the indicators' målvärde; a plan setting once the plan has it (the lead wires it). */
    static final int MALVARDE_YEAR = 2030;

    private final FollowupDocumentData data;
    private final TemplateEngine templates;
    private final ImprovementAreasEditor improvements;
    private final ReportTexts texts;

    FollowupDocumentRenderer(FollowupDocumentData data, TemplateEngine templates, ImprovementAreasEditor improvements,
                             ReportTexts texts) {
        this.texts = texts;
        this.data = data;
        this.templates = templates;
        this.improvements = improvements;
    }

    public String html(long reportId) {
        return render(reportId);
    }

    public byte[] pdf(long reportId) {
        return HtmlToPdf.convert(render(reportId));
    }

    private String render(long reportId) {
        Context context = new Context();
        FollowupDocumentData.Document doc = data.document(reportId);
        context.setVariable("doc", doc);
        context.setVariable("improvements", ImprovementAreasEditor.applies(doc.report()) ? improvements.of(reportId) : null);
        context.setVariable("fmt", new DocumentFormat());
        context.setVariable("num", new ReportNumbers());
        context.setVariable("malvardeYear", String.valueOf(MALVARDE_YEAR));
        context.setVariable("boardName", texts.get("app.board"));
        return templates.process(TEMPLATE, context);
    }
}
