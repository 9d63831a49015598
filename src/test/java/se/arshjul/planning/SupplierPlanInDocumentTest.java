package se.arshjul.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.security.CurrentUser;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.plan.SupplierPlanEditor;
import se.arshjul.suppliers.plan.SupplierPlanItemForm;
import se.arshjul.suppliers.registry.AgreementForm;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.support.IntegrationTest;

/** The verksamhetsplan's uppföljningsplan section shows the supplier follow-up plan of the plan's year as a table. */
@IntegrationTest
class SupplierPlanInDocumentTest {

    static final CurrentUser ADMIN = new CurrentUser("admin", List.of("admin"));

    @Autowired PlanTestData testData;
    @Autowired PlanDocumentRenderer renderer;
    @Autowired AgreementRegistry registry;
    @Autowired SupplierPlanEditor supplierPlan;

    @Test
    void theSupplierPlanTableAppearsInTheUppfoljningsplanSection() throws Exception {
        PlanDocument draft = testData.editableDraft();
        int year = draft.planYear();
        String name = "Familjerådgivning kundval " + System.nanoTime();
        Agreement agreement = registry.saveAgreement(null, new AgreementForm(name, "LOV", "Familjerådgivning",
                "2020-01-01", "", "vuxen", null), ADMIN);
        supplierPlan.saveItem(year, null, new SupplierPlanItemForm(String.valueOf(agreement.id()), String.valueOf(year), "ENKAT",
                "ALLA", "M03", "Enkät till utförarna med fokus på avtalsuppföljning"), ADMIN);
        supplierPlan.saveItem(year, null, new SupplierPlanItemForm(String.valueOf(agreement.id()), String.valueOf(year + 1),
                "KVALITETSUPPFOLJNING", "MED_PLACERINGAR", "Q2", ""), ADMIN);

        String html = renderer.html(draft.id());
        String section = html.substring(html.indexOf("id=\"uppfoljning\""), html.indexOf("Källförteckning</h1>"));
        assertThat(section).contains("Uppföljningsplan för avtal med externa utförare", name, "LOV – valfrihetssystem", "Enkät", "Mars",
                "Enkät till utförarna med fokus på avtalsuppföljning", "Kvalitetsuppföljning", "Utförare med placeringar", "Kvartal 2",
                String.valueOf(year + 1));

        String other = renderer.html(testData.decidedVp2022().id());
        assertThat(other).as("another year's plan does not show this plan").doesNotContain(name);

        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(draft.id()))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Uppföljningsplan för avtal med externa utförare", "Enkät till utförarna");
        }
    }
}
