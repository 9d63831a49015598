package se.arshjul.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.planning.Indicator;
import se.arshjul.planning.PlanDocument;
import se.arshjul.planning.PlanReader;
import se.arshjul.planning.PlanTestData;
import se.arshjul.planning.PlanWorkflow;
import se.arshjul.support.BrowserTestBase;

/**
 * The verksamhetsplan in a real browser: anna writes a nämndmål section (a malformed number first),
 * cecilia sends it back with a comment, anna resubmits and cecilia approves; and eva records the
 * board's decision, after which the plan is locked and its PDF downloads.
 */
class PlanJourneyBrowserTest extends BrowserTestBase {

    /** namndmal-3 is written by barn-unga (anna) and reviewed by barn-unga-chefer (cecilia). */
    private static final String SECTION = "namndmal-3";
    private static final String NUMBER_MESSAGE = "Skriv ett tal, till exempel 16,8 eller -433 575.";

    @Autowired PlanTestData testData;
    @Autowired PlanWorkflow workflow;
    @Autowired PlanReader reader;

    @Test
    void staffWritesTheSectionManagerSendsItBackStaffResubmitsManagerApproves() throws Exception {
        testData.decidedVp2022();
        PlanDocument plan = workflow.startYear(testData.nextYear());
        String caseKey = PlanWorkflow.businessKey(plan);
        long goal = reader.section(plan.id(), SECTION).namndmalId();
        String descriptionBefore = reader.namndmal(goal).description();
        List<Indicator> indicatorsBefore = reader.indicators(goal);
        String writeTask = sectionTask(caseKey, "Task_WriteSection").getName();

        // 1. anna opens her unit's write task and, from it, the section.
        login("anna");
        openGroupTask(writeTask);
        assertThat(bodyText()).contains(plan.title()).contains("Barn och ungdom");
        clickAndWaitForNewPage(driver.findElement(By.linkText("Öppna avsnittet i dokumentet")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(reader.section(plan.id(), SECTION).title());
        assertThat(driver.findElement(By.cssSelector("p.callout.step")).getText()).contains(writeTask).contains("(ledig i gruppen)");
        screenshot("anna-section-editor");

        // A malformed number: the message is next to the field, what she typed is kept, nothing is saved.
        setText(By.id("f-description"), "Fler barn och unga ska få tidigt stöd nära hemmet.");
        String valueField = driver.findElement(By.cssSelector("tr.indicator-row input.number")).getAttribute("name");
        setText(By.name(valueField), "12,3,4");
        saveSection();
        waitForText("Rätta det som är markerat.");
        WebElement cell = driver.findElement(By.name(valueField)).findElement(By.xpath("ancestor::td"));
        assertThat(cell.getAttribute("class")).contains("has-error");
        assertThat(cell.findElement(By.cssSelector(".field-error")).getText()).isEqualTo(NUMBER_MESSAGE);
        assertThat(driver.findElement(By.name(valueField)).getAttribute("value")).isEqualTo("12,3,4");
        assertThat(driver.findElement(By.id("f-description")).getAttribute("value")).isEqualTo("Fler barn och unga ska få tidigt stöd nära hemmet.");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", cell);
        screenshot("anna-malformed-number");
        assertThat(reader.namndmal(goal).description()).isEqualTo(descriptionBefore);
        assertThat(reader.indicators(goal)).isEqualTo(indicatorsBefore);

        setText(By.name(valueField), "12,5");
        saveSection();
        waitForText("Avsnittet är sparat.");
        assertThat(driver.findElement(By.name(valueField)).getAttribute("value")).isEqualTo("12,5");
        assertThat(reader.namndmal(goal).description()).isEqualTo("Fler barn och unga ska få tidigt stöd nära hemmet.");
        assertThat(reader.indicators(goal).get(0).valueFor(yearOf(valueField)).orElseThrow().outcome()).isEqualByComparingTo(new BigDecimal("12.5"));
        screenshot("anna-saved");

        // Back to the task (the section page links to it) and submit for review.
        clickAndWaitForNewPage(driver.findElement(By.cssSelector("p.callout.step a")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(writeTask);
        setText(By.id("f-submissionNote"), "Beskrivningen och utfallet är uppdaterade.");
        driver.findElement(By.id("f-readyForReview")).click();
        submitTaskForm();
        waitForText("Uppgiften är slutförd.");
        screenshot("anna-submitted");
        logout();

        // 2. cecilia sends it back with a comment.
        String reviewTask = sectionTask(caseKey, "Task_ReviewSection").getName();
        login("cecilia");
        openGroupTask(reviewTask);
        assertThat(driver.findElement(By.cssSelector(".callout")).getText())
                .contains("Meddelande från författaren").contains("Beskrivningen och utfallet är uppdaterade.");
        driver.findElement(By.cssSelector("input[name=decision][value=atersand]")).click();
        setText(By.id("f-reviewComment"), "Beskriv hur arbetet med tidiga insatser ska gå till.");
        submitTaskForm();
        waitForText("Uppgiften är slutförd.");
        screenshot("cecilia-sent-back");
        logout();

        // anna sees the comment, changes the section and resubmits.
        login("anna");
        openGroupTask(writeTask);
        assertThat(driver.findElement(By.cssSelector(".callout.sendback")).getText())
                .contains("Granskarens kommentar").contains("Beskriv hur arbetet med tidiga insatser ska gå till.");
        assertThat(driver.findElement(By.tagName("dl")).getText()).contains("Granskningsvarv").contains("2");
        screenshot("anna-sees-comment");
        clickAndWaitForNewPage(driver.findElement(By.linkText("Öppna avsnittet i dokumentet")));
        setText(By.id("f-arbete"), "Familjecentralerna och skolorna samverkar om tidiga insatser.");
        saveSection();
        waitForText("Avsnittet är sparat.");
        assertThat(reader.namndmal(goal).arbete()).isEqualTo("Familjecentralerna och skolorna samverkar om tidiga insatser.");
        clickAndWaitForNewPage(driver.findElement(By.cssSelector("p.callout.step a")));
        setText(By.id("f-submissionNote"), "Arbetet är beskrivet.");
        driver.findElement(By.id("f-readyForReview")).click();
        submitTaskForm();
        waitForText("Uppgiften är slutförd.");
        logout();

        // cecilia approves; the plan's overview shows the section as approved and it can no longer be edited.
        login("cecilia");
        openGroupTask(reviewTask);
        assertThat(bodyText()).contains("Arbetet är beskrivet.");
        driver.findElement(By.cssSelector("input[name=decision][value=godkann]")).click();
        submitTaskForm();
        waitForText("Uppgiften är slutförd.");
        assertThat(bodyText()).doesNotContain(reviewTask);
        open("/verksamhetsplan/" + plan.id());
        WebElement row = driver.findElement(By.xpath("//table[contains(@class,'sections')]//tr[td/code[text()='" + SECTION + "']]"));
        assertThat(row.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Godkänd");
        assertThat(row.getText()).contains("Visa").doesNotContain("Redigera");
        screenshot("cecilia-approved-overview");
        assertThat(sectionTasks(caseKey)).isEmpty();
    }

    @Test
    void boardSecretaryRecordsTheDecisionThenThePlanIsLockedAndItsPdfDownloads() throws Exception {
        testData.decidedVp2022();
        PlanDocument plan = workflow.startYear(testData.nextYear());
        approvedByManagement(plan);
        String decisionDate = LocalDate.now().minusDays(7).toString();

        login("eva");
        openGroupTask("Registrera nämndens beslut");
        assertThat(bodyText()).contains(plan.title());
        assertThat(driver.findElement(By.linkText("Öppna verksamhetsplanen")).getAttribute("href")).endsWith("/verksamhetsplan/" + plan.id());
        screenshot("eva-decision-task");

        // A diarienummer in the wrong form is refused next to its field; the plan stays undecided.
        setDate(By.id("f-decisionDate"), decisionDate);
        setText(By.id("f-paragraph"), "§ 187");
        setText(By.id("f-diarienummer"), "2022 nr 5");
        submitTaskForm();
        waitForText("Uppgiften kunde inte slutföras");
        assertThat(fieldError("f-diarienummer")).isEqualTo("Har fel format.");
        assertThat(driver.findElement(By.id("f-diarienummer")).findElement(By.xpath("following-sibling::p[@class='hint']")).getText())
                .isEqualTo("Till exempel SN-2020/2526.111.");
        screenshot("eva-wrong-diarienummer");
        assertThat(reader.plan(plan.id()).status().name()).isEqualTo("GODKAND_FL");

        setText(By.id("f-diarienummer"), "SN-2024/1234.111");
        submitTaskForm();
        waitForText("Uppgiften är slutförd.");

        // The overview: decided, locked, every section only viewable.
        open("/verksamhetsplan/" + plan.id());
        assertThat(driver.findElement(By.cssSelector("dl.facts")).getText())
                .contains("Beslutad").contains("SN-2024/1234.111").contains(decisionDate + " § 187");
        assertThat(bodyText()).contains("Planen är beslutad av nämnden och låst.");
        assertThat(all("table.sections a")).extracting(WebElement::getText).contains("Visa").doesNotContain("Redigera");
        screenshot("eva-plan-locked");

        // The PDF, fetched with the browser's session.
        String pdfUrl = driver.findElement(By.linkText("Ladda ner PDF")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfUrl))
                .header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(plan.title());
        }
        logout();

        // ivar, who writes the internkontroll section, tries to change it: the form is disabled, and a
        // forced submission (the fieldset enabled by script, as a hand-made request would) is refused.
        login("ivar");
        open("/verksamhetsplan/" + plan.id());
        clickAndWaitForNewPage(driver.findElement(By.xpath("//tr[td/code[text()='internkontroll']]//a[text()='Visa']")));
        assertThat(driver.findElement(By.cssSelector(".callout")).getText())
                .isEqualTo(plan.title() + " är beslutad av nämnden och låst. Ändringar görs i en korrigeringsversion.");
        assertThat(all("button.primary")).isEmpty();
        assertThat(driver.findElement(By.id("f-body")).isEnabled()).isFalse();
        String bodyBefore = reader.section(plan.id(), "internkontroll").body();
        doAndWaitForNewPage(() -> ((JavascriptExecutor) driver).executeScript(
                "const fieldset = document.querySelector('form[method=post] fieldset');"
                        + "fieldset.disabled = false;"
                        + "document.getElementById('f-body').value = 'Ändrad efter beslutet';"
                        + "fieldset.closest('form').submit();"));
        assertThat(driver.findElement(By.cssSelector(".flash.error")).getText())
                .isEqualTo(plan.title() + " är beslutad av nämnden och låst. Ändringar görs i en korrigeringsversion.");
        assertThat(driver.findElement(By.id("f-body")).getAttribute("value")).isEqualTo(java.util.Objects.toString(bodyBefore, ""));
        assertThat(reader.section(plan.id(), "internkontroll").body()).isEqualTo(bodyBefore);
        screenshot("ivar-edit-refused");
    }

    /** Förvaltningsledningen's approval (its own tests cover it): the section reviews are skipped, dan approves. */
    private void approvedByManagement(PlanDocument plan) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanWorkflow.PROCESS_KEY)
                .processInstanceBusinessKey(PlanWorkflow.businessKey(plan)).singleResult();
        runtimeService.createProcessInstanceModification(instance.getId())
                .startBeforeActivity("Task_ApprovePlan")
                .cancelAllForActivity("CallActivity_ReviewSections#multiInstanceBody")
                .execute();
        Task approval = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_ApprovePlan").singleResult();
        identityService.setAuthentication("dan", groupsOf("dan"));
        try {
            taskService.claim(approval.getId(), "dan");
            taskService.complete(approval.getId(), Map.of("approvalDecision", "godkann"));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Task sectionTask(String caseKey, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseKey).taskDefinitionKey(taskKey)
                .processVariableValueEquals("sectionId", SECTION).singleResult();
    }

    private List<Task> sectionTasks(String caseKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseKey).processVariableValueEquals("sectionId", SECTION).list();
    }

    private static int yearOf(String valueField) {
        return Integer.parseInt(valueField.substring(valueField.lastIndexOf('v') + 1));
    }

    private void saveSection() {
        clickAndWaitForNewPage(driver.findElement(By.xpath("//button[normalize-space()='Spara avsnittet']")));
    }
}
