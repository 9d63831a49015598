package se.arshjul.reports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import se.arshjul.documents.HtmlToPdf;
import se.arshjul.planning.DocumentFormat;
import se.arshjul.planning.PlanDocument;
import se.arshjul.planning.PlanReader;

/**
 * A report (delår 1, delår 2, verksamhetsberättelse) as one HTML document laid out like the printed reports,
 * and the same as PDF. Each indicator's trend chart is inline SVG in both (the PDF draws it with Batik, see
 * HtmlToPdf). The verksamhetsberättelse's förbättringsområden come from their own editor.
 */
@Component
public class FollowupDocumentRenderer {
    static final String TEMPLATE = "reports/document";
    private final FollowupDocumentData data;
    private final TemplateEngine templates;
    private final ImprovementAreasEditor improvements;
    private final PlanReader plans;
    private final String boardName;

    FollowupDocumentRenderer(FollowupDocumentData data, TemplateEngine templates, ImprovementAreasEditor improvements,
                             PlanReader plans, @Value("${arshjul.board-name}") String boardName) {
        this.plans = plans;
        this.boardName = boardName;
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
        // the målvärde year is the plan's setting; the board as configured (arshjul.board-name)
        Long planId = doc.report().planId();
        context.setVariable("malvardeYear", planId == null ? PlanDocument.DEFAULT_MALVARDE_YEAR : plans.plan(planId).malvardeYear());
        context.setVariable("boardName", boardName);
        return templates.process(TEMPLATE, context);
    }
}
