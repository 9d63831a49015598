package se.arshjul.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.internalcontrol.KontrollmomentForm;
import se.arshjul.internalcontrol.KontrollmomentScheduler;
import se.arshjul.internalcontrol.InternalControlService;
import se.arshjul.internalcontrol.Kontrollmoment;
import se.arshjul.internalcontrol.SodertaljeControls;
import se.arshjul.security.CurrentUser;
import se.arshjul.support.BrowserTestBase;

/**
 * Internal control in a real browser: anna, the ansvarig of a kontrollmoment, performs January's
 * control run and records an avvikelse (forgetting its description once); she plans the åtgärd with
 * herself as owner and carries it out; cecilia, her manager, verifies it. The control's page shows
 * the avvikelse's state after every step.
 */
class InternalControlJourneyBrowserTest extends BrowserTestBase {

    /** A year of its own: the controls and runs of the internal control tests are per year. */
    private static final int YEAR = 2095;
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final CurrentUser ADMIN = new CurrentUser("admin", List.of("admin"));

    @Autowired InternalControlService service;

    @Test
    void ansvarigRecordsAnAvvikelseTheActionIsPlannedDoneAndVerified() {
        Kontrollmoment control = decidedControlWithJanuaryRun();
        String controlPath = "/internkontroll/" + YEAR + "/kontroller/" + control.id();
        String performTask = taskNamed("Task_PerformControl");

        // anna performs the control: an avvikelse without a description is refused, nothing is recorded.
        login("anna");
        clickAndWaitForNewPage(driver.findElement(By.partialLinkText("Mina uppgifter")));
        clickAndWaitForNewPage(driver.findElement(By.linkText(performTask)));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(performTask);
        setText(By.id("f-population"), "Samtliga utredningar avslutade i januari (23 st)");
        driver.findElement(By.cssSelector("input[name=result][value=avvikelse]")).click();
        submitTaskForm();
        waitForText("Uppgiften kunde inte slutföras");
        assertThat(fieldError("f-deviationDescription")).isEqualTo("Beskriv avvikelsen.");
        assertThat(driver.findElement(By.id("f-population")).getAttribute("value")).isEqualTo("Samtliga utredningar avslutade i januari (23 st)");
        screenshot("anna-description-missing");
        assertThat(service.runs(control.id()).get(0).status().name()).isEqualTo("PLANNED");

        setText(By.id("f-deviationDescription"), "Tre utredningar överskred 122 dagar utan dokumenterat skäl för förlängning.");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("f-severity"))).selectByValue("medel");
        submitTaskForm();
        waitForText("Uppgiften är slutförd.");

        // The avvikelse started its åtgärd process; anna decides the åtgärd with herself as owner.
        String planTask = taskNamed("Task_PlanAction");
        openGroupTask(planTask);
        setText(By.id("f-action"), "Gå igenom bevakningen av utredningstider på APT och inför en veckovis lista.");
        setText(By.id("f-actionOwner"), "anna");
        setDate(By.id("f-actionDeadline"), YEAR + "-02-28");
        submitTaskForm();
        waitForText("Uppgiften är slutförd.");

        // The åtgärd task is anna's own; its page leads to the control, which shows the state.
        String doTask = taskNamed("Task_PerformAction");
        clickAndWaitForNewPage(driver.findElement(By.partialLinkText("Mina uppgifter")));
        clickAndWaitForNewPage(driver.findElement(By.linkText(doTask)));
        assertThat(driver.findElement(By.cssSelector("dl.facts")).getText()).contains("anna");
        String doTaskUrl = driver.getCurrentUrl();
        clickAndWaitForNewPage(driver.findElement(By.linkText("Öppna kontrollmomentet (bifoga underlag)")));
        assertThat(driver.getCurrentUrl()).contains(controlPath);
        assertThat(runRow().getText()).contains("januari " + YEAR).contains("Utförd").contains("Avvikelse").contains("anna");
        assertThat(deviationRow().getText()).contains("Tre utredningar överskred 122 dagar").contains("Medel")
                .contains("Gå igenom bevakningen").contains(YEAR + "-02-28");
        assertThat(deviationState()).isEqualTo("Åtgärd planerad");
        screenshot("anna-action-planned");

        // back to the task (a restored page would keep the new-page marker, so it is opened again)
        driver.get(doTaskUrl);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(doTask);
        setText(By.id("f-doneComment"), "Genomgång på APT 12 februari; veckolistan används från vecka 7.");
        driver.findElement(By.id("f-actionDone")).click();
        submitTaskForm();
        waitForText("Uppgiften är slutförd.");
        open(controlPath);
        assertThat(deviationState()).isEqualTo("Åtgärd genomförd, väntar på verifiering");
        screenshot("anna-action-done");
        logout();

        // cecilia sees what was done on the control's page and verifies.
        String verifyTask = taskNamed("Task_VerifyAction");
        login("cecilia");
        openGroupTask(verifyTask);
        String verifyTaskUrl = driver.getCurrentUrl();
        clickAndWaitForNewPage(driver.findElement(By.linkText("Öppna kontrollmomentet (bifoga underlag)")));
        assertThat(deviationRow().getText()).contains("Gjort: Genomgång på APT 12 februari");
        screenshot("cecilia-reads-action");
        driver.get(verifyTaskUrl);
        driver.findElement(By.cssSelector("input[name=decision][value=verifiera]")).click();
        submitTaskForm();
        waitForText("Uppgiften är slutförd.");

        open(controlPath);
        assertThat(deviationState()).isEqualTo("Stängd");
        assertThat(deviationRow().getText()).contains("Verifierad av cecilia");
        screenshot("cecilia-verified");
        assertThat(service.avvikelser(service.runs(control.id()).get(0).id()).get(0).verifiedBy()).isEqualTo("cecilia");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("IK-" + YEAR + "-K" + control.id()).count()).isZero();
    }

    /**
     * "3. Utredningsprocess" (barn-unga, monthly) with anna as the named ansvarig, in a decided plan;
     * the engine clock is moved into January so January's run starts, then to the 20th.
     */
    private Kontrollmoment decidedControlWithJanuaryRun() {
        clock(LocalDateTime.of(YEAR - 1, 12, 10, 9, 0));
        KontrollmomentForm form = SodertaljeControls.BILAGA_1.get(2).form();
        form.setAnsvarigPerson("anna");
        Kontrollmoment control = service.saveControl(YEAR, null, form, ADMIN);
        service.decide(YEAR, null, ADMIN);
        clock(LocalDateTime.of(YEAR, 1, 1, 0, 1));
        runDueSchedulerJobs(control);
        clock(LocalDateTime.of(YEAR, 1, 20, 10, 0));
        assertThat(service.runs(control.id())).hasSize(1);
        return control;
    }

    private void runDueSchedulerJobs(Kontrollmoment control) {
        for (int round = 0; round < 10; round++) {
            Set<String> instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(KontrollmomentScheduler.PROCESS_KEY)
                    .processInstanceBusinessKey("IK-" + YEAR + "-K" + control.id()).list().stream()
                    .map(p -> p.getId()).collect(Collectors.toSet());
            List<Job> due = managementService.createJobQuery().processDefinitionKey(KontrollmomentScheduler.PROCESS_KEY).executable().list()
                    .stream().filter(j -> instances.contains(j.getProcessInstanceId())).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> managementService.executeJob(j.getId()));
        }
        throw new IllegalStateException("The control's scheduler did not settle");
    }

    private static void clock(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(ZONE).toInstant()));
    }

    private String taskNamed(String taskKey) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKeyLike("IK-" + YEAR + "-K%").taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey).isNotNull();
        return task.getName();
    }

    private WebElement runRow() {
        return driver.findElement(By.cssSelector("table.ic-runs tbody tr"));
    }

    private WebElement deviationRow() {
        return driver.findElement(By.cssSelector("table.ic-deviations tbody tr"));
    }

    private String deviationState() {
        return deviationRow().findElement(By.cssSelector(".badge")).getText();
    }
}
