package se.arshjul.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.cycle.DocumentType;
import se.arshjul.reports.FollowupTestData;
import se.arshjul.reports.ReportWorkflow;
import se.arshjul.internalcontrol.InternalControlReporting;
import se.arshjul.internalcontrol.InternalControlService;
import se.arshjul.internalcontrol.RiskForm;
import se.arshjul.notifications.Notification;
import se.arshjul.notifications.NotificationService;
import se.arshjul.planning.PlanTestData;
import se.arshjul.suppliers.registry.OrgNr;
import se.arshjul.suppliers.registry.AgreementForm;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.support.AppTestBase;

/**
 * Script and HTML typed into free-text fields come back as text: escaped in every page and HTML
 * document, and in the PDFs as the literal characters (no element took effect). The texts are put
 * where users put them (forms, services) or, for the many plan and report columns, straight into
 * the tables: what matters here is the way out.
 */
class XssWebTest extends AppTestBase {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String HTML = "<b>fet</b><img src=x onerror=alert(1)>";
    static final String PAYLOAD = SCRIPT + HTML;
    static final int IC_YEAR = 2078;
    static final CurrentUser ADMIN = new CurrentUser("admin", List.of("admin"));

    @Autowired PlanTestData plans;
    @Autowired FollowupTestData followups;
    @Autowired ReportWorkflow reports;
    @Autowired InternalControlService internalControl;
    @Autowired InternalControlReporting icReporting;
    @Autowired AgreementRegistry suppliers;
    @Autowired NotificationService notifications;
    @Autowired se.arshjul.suppliers.plan.SupplierPlanEditor supplierPlan;

    @Test
    void planTextsAreEscapedOnThePagesAndLiteralInThePdf() throws Exception {
        long plan = plans.editableDraft().id();
        jdbc.update("UPDATE namndmal SET title = ?, description = ?, arbete = ? WHERE plan_id = ?", PAYLOAD, PAYLOAD, PAYLOAD, plan);
        long goal = jdbc.queryForObject("SELECT MIN(id) FROM namndmal WHERE plan_id = ?", Long.class, plan);
        jdbc.update("INSERT INTO uppdrag (namndmal, namndmal_key, body, status, kommentar) VALUES (?, 99, 'x', 'EJ_KLART_I_AR', 'x')", goal);
        jdbc.update("UPDATE uppdrag SET body = ?, kommentar = ? WHERE namndmal IN (SELECT id FROM namndmal WHERE plan_id = ?)", PAYLOAD, PAYLOAD, plan);
        jdbc.update("UPDATE indicator SET name = ?, footnotes = ?, source = ? WHERE namndmal_id IN (SELECT id FROM namndmal WHERE plan_id = ?)",
                PAYLOAD, PAYLOAD, PAYLOAD, plan);
        jdbc.update("UPDATE budget_row SET name = ? WHERE budget_table IN (SELECT id FROM budget_table WHERE plan_id = ?)", PAYLOAD, plan);
        jdbc.update("UPDATE plan_section SET body = ?, title = ? WHERE plan_id = ?", PAYLOAD, PAYLOAD, plan);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM uppdrag WHERE body = ?", Integer.class, PAYLOAD)).as("the plan has uppdrag").isPositive();

        assertEscaped(page("/verksamhetsplan/" + plan, "anna"), "plan overview");
        assertEscaped(page("/verksamhetsplan/" + plan + "/dokument", "anna"), "plan document");
        for (String key : jdbc.queryForList("SELECT section_key FROM plan_section WHERE plan_id = ?", String.class, plan)) {
            assertEscaped(page("/verksamhetsplan/" + plan + "/avsnitt/" + key, "anna"), "plan section " + key);
        }
        assertLiteralInPdf("/verksamhetsplan/" + plan + "/dokument.pdf");
    }

    @Test
    void followUpTextsInternalControlAndChartsAreEscapedOnThePagesAndLiteralInThePdf() throws Exception {
        int year = followups.freeYear();
        long plan = followups.decidedPlan(year);
        jdbc.update("UPDATE indicator SET name = ? WHERE namndmal_id IN (SELECT id FROM namndmal WHERE plan_id = ?)", PAYLOAD, plan);
        for (int y : new int[] {year, IC_YEAR}) {
            RiskForm form = new RiskForm();
            form.setProcess(PAYLOAD);
            form.setRisk(PAYLOAD);
            form.setBakgrund(PAYLOAD);
            form.setSannolikhet("3");
            form.setKonsekvens("3");
            var risk = internalControl.saveRisk(y, null, form, ADMIN);
            internalControl.saveRiskAction(y, risk.id(), null, PAYLOAD, PAYLOAD, null, "TROLIGEN_KLART_I_AR", PAYLOAD, ADMIN);
            var control = se.arshjul.internalcontrol.SodertaljeControls.BILAGA_1.get(0).form();
            control.setProcess(PAYLOAD);
            control.setKontrollmal(PAYLOAD);
            control.setAnsvarigRoll(PAYLOAD);
            control.setRapportTill(PAYLOAD);
            long controlId = internalControl.saveControl(y, null, control, ADMIN).id();
            deviation(controlId, y);
        }
        reports.start(year, DocumentType.DELAR2);
        long report = jdbc.queryForObject("SELECT id FROM followup_report WHERE doc_type = 'DELAR2' AND report_year = ?", Long.class, year);
        jdbc.update("UPDATE report_section SET analys = ?, genomfort = ?, motivering = ?, body = ? WHERE report_id = ?",
                PAYLOAD, PAYLOAD, PAYLOAD, PAYLOAD, report);
        jdbc.update("UPDATE economy_line SET name = ? WHERE report_section IN (SELECT id FROM report_section WHERE report_id = ?)", PAYLOAD, report);
        String ofReport = " WHERE report_section IN (SELECT id FROM report_section WHERE report_id = ?)";
        assertThat(jdbc.update("UPDATE report_uppdrag SET body = ?, kommentar = ?" + ofReport, PAYLOAD, PAYLOAD, report)).as("uppdrag rows").isPositive();
        assertThat(jdbc.update("UPDATE status_row SET context = ?, title = ?, kommentar = ?" + ofReport, PAYLOAD, PAYLOAD, PAYLOAD, report))
                .as("activity and risk action status rows").isPositive();
        icReporting.saveText(year, DocumentType.DELAR2, PAYLOAD, PAYLOAD, null, ADMIN);

        String overview = page("/uppfoljning/" + report, "anna");
        assertEscaped(overview, "report overview");
        assertEscaped(page("/uppfoljning/" + report + "/dokument", "anna"), "report document");
        for (String key : jdbc.queryForList("SELECT section_key FROM report_section WHERE report_id = ?", String.class, report)) {
            String section = page("/uppfoljning/" + report + "/avsnitt/" + key, "anna");
            assertEscaped(section, "report section " + key);
        }
        assertLiteralInPdf("/uppfoljning/" + report + "/dokument.pdf");

        for (String path : List.of("", "/uppfoljning", "/rapport/DELAR2")) {
            assertEscaped(page("/internkontroll/" + IC_YEAR + path, "admin"), "internkontroll" + path);
        }
        long risk = internalControl.risks(IC_YEAR).get(0).id();
        assertEscaped(page("/internkontroll/" + IC_YEAR + "/risker/" + risk, "admin"), "risk page");
        long control = internalControl.controls(IC_YEAR).get(0).id();
        assertEscaped(page("/internkontroll/" + IC_YEAR + "/kontroller/" + control, "admin"), "control page");
    }

    /** A performed control run with an avvikelse whose texts are the payload (as the Kontrolltillfälle/Avvikelse forms store them). */
    private void deviation(long controlId, int year) {
        java.sql.Timestamp at = java.sql.Timestamp.valueOf(java.time.LocalDateTime.of(year, 2, 1, 9, 0));
        jdbc.update("INSERT INTO kontrolltillfalle (control_id, period_start, period_end, period_label, due_at, status, population, sample, result, "
                + "performed_by, performed_at, version) VALUES (?, ?, ?, 'jan', ?, 'DONE', ?, ?, 'AVVIKELSE', 'ivar', ?, 0)", controlId,
                java.sql.Date.valueOf(year + "-01-01"), java.sql.Date.valueOf(year + "-01-31"), at, PAYLOAD, PAYLOAD, at);
        long run = jdbc.queryForObject("SELECT MAX(id) FROM kontrolltillfalle WHERE control_id = ?", Long.class, controlId);
        jdbc.update("INSERT INTO avvikelse (run_id, description, severity, status, action, action_owner, done_comment, created_at, version) "
                + "VALUES (?, ?, 'HOG', 'ACTION_DONE', ?, 'ivar', ?, ?, 0)", run, PAYLOAD, PAYLOAD, PAYLOAD, at);
    }

    @Test
    void providerAndAgreementTextsFromTheFormsAreEscaped() throws Exception {
        var result = mvc.perform(post("/leverantorer/ny").with(as("anna")).with(csrf())
                        .param("name", "Omsorg " + PAYLOAD).param("orgNr", OrgNr.withCheckDigit("55" + String.format("%07d", (int) (Math.random() * 10_000_000))))
                        .param("contact", PAYLOAD).param("ivoPermit", "BEVILJAT"))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("provider saved: " + result.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith("/leverantorer/");
        var agreement = suppliers.saveAgreement(null, new AgreementForm("Avtal " + PAYLOAD, "LOU_RAMAVTAL", PAYLOAD,
                "2020-01-01", "", "barn-unga", null), ADMIN);
        // A follow-up of the provider in the agreement, with what was asked for and the log written by the process.
        long providerId = Long.parseLong(location.substring("/leverantorer/".length()));
        jdbc.update("INSERT INTO supplier_followup (agreement_id, provider_id, follow_up_year, deep, requested, received_documents, status, "
                + "created_at) VALUES (?, ?, 2078, FALSE, ?, ?, 'GRANSKNING', CURRENT_TIMESTAMP)", agreement.id(), providerId, PAYLOAD, PAYLOAD);
        long followup = jdbc.queryForObject("SELECT MAX(id) FROM supplier_followup WHERE provider_id = ?", Long.class, providerId);
        jdbc.update("INSERT INTO supplier_followup_event (followup_id, kind, occurred_at, actor, details) VALUES (?, ?, CURRENT_TIMESTAMP, 'anna', ?)",
                followup, "DOKUMENTATION_BEGARD", PAYLOAD);
        supplierPlan.saveItem(2078, null, new se.arshjul.suppliers.plan.SupplierPlanItemForm(String.valueOf(agreement.id()), "2078",
                "ENKAT", "ALLA", "M03", PAYLOAD), ADMIN);

        String providerPage = page(location, "anna");
        assertEscaped(providerPage, "provider page");
        assertEscaped(page("/leverantorer/plan/2078", "anna"), "supplier plan");
        assertEscaped(page("/leverantorer?q=Omsorg", "anna"), "provider list");

        assertEscaped(page("/leverantorer/avtal/" + agreement.id(), "anna"), "agreement page");
        assertEscaped(page("/leverantorer/avtal?q=Avtal", "anna"), "agreement list");
    }

    @Test
    void taskCommentsFormTextsAndNotificationsAreEscaped() throws Exception {
        var pi = startReview("VP-2078", "barn-unga", "Nämndmål " + PAYLOAD);
        var task = currentTask(pi);
        mvc.perform(post("/uppgifter/" + task.getId() + "/kommentar").with(as("anna")).with(csrf()).param("comment", PAYLOAD));
        assertEscaped(page("/uppgifter/" + task.getId(), "anna"), "task page");
        assertEscaped(page("/uppgifter?vy=grupp", "anna"), "task list");

        // The write form's textarea: submitted, then shown to the reviewer.
        mvc.perform(post("/uppgifter/" + task.getId() + "/slutfor").with(as("anna")).with(csrf())
                .param("readyForReview", "true").param("submissionNote", PAYLOAD));
        var review = currentTask(pi);
        assertThat(review.getName()).startsWith("Granska");
        assertEscaped(page("/uppgifter/" + review.getId(), "cecilia"), "review task page");

        notifications.notifyUsers(List.of("anna"), Notification.Kind.INFO, PAYLOAD, PAYLOAD, "/notiser");
        assertEscaped(page("/notiser", "anna"), "notifications");
        assertEscaped(page("/", "anna"), "start page");
    }

    private static void assertEscaped(String html, String where) {
        assertThat(html).as(where + " shows the text escaped").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).as(where + " has no injected element").doesNotContain(SCRIPT).doesNotContain("<b>fet</b>")
                .doesNotContain("<img src=x");
    }

    private void assertLiteralInPdf(String path) throws Exception {
        var response = mvc.perform(get(path).with(as("anna"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).as(path + " shows the markup as text").contains(SCRIPT).contains("<b>fet</b><img src=x onerror=alert(1)>");
            // Bold text, an image or a script would not be shown as their tags.
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).as("no injected image").isEmpty();
        }
    }
}
