package se.arshjul.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import se.arshjul.support.BrowserTestBase;

/**
 * One Granskning case from start to approval in a real browser: anna writes (forgets the
 * checkbox once), cecilia sends it back (forgets the comment once), anna resubmits, cecilia approves.
 */
class ReviewJourneyBrowserTest extends BrowserTestBase {

    @Test
    void writeSendBackResubmitApprove() {
        ProcessInstance pi = startReview("VP-2023", "barn-unga", "Nämndmål 1 Trygg uppväxt");

        // anna finds the write task among the group's tasks.
        login("anna");
        screenshot("anna-start");
        openGroupTask("Skriv: Nämndmål 1 Trygg uppväxt");
        assertThat(bodyText()).contains("Verksamhetsplan 2023").contains("Ingen – uppgiften är ledig");

        // Submitting without ticking the checkbox: the error is next to the field, the note is kept.
        driver.findElement(By.id("f-submissionNote")).sendKeys("Första utkastet.");
        submitTaskForm();
        waitForText("Uppgiften kunde inte slutföras");
        WebElement checkboxField = driver.findElement(By.id("f-readyForReview")).findElement(By.xpath("ancestor::div[contains(@class,'field')]"));
        assertThat(checkboxField.getAttribute("class")).contains("has-error");
        assertThat(checkboxField.findElement(By.cssSelector(".field-error")).getText())
                .isEqualTo("Kryssa i rutan.");
        assertThat(driver.findElement(By.id("f-submissionNote")).getAttribute("value")).isEqualTo("Första utkastet.");
        screenshot("anna-checkbox-missing");
        assertThat(currentTask(pi).getTaskDefinitionKey()).isEqualTo("Task_WriteSection");

        driver.findElement(By.id("f-readyForReview")).click();
        submitTaskForm();
        waitForText("Uppgiften är slutförd.");
        screenshot("anna-submitted");
        assertThat(currentTask(pi).getTaskDefinitionKey()).isEqualTo("Task_ReviewSection");
        logout();

        // cecilia sends it back, first without a comment.
        login("cecilia");
        openGroupTask("Granska: Nämndmål 1 Trygg uppväxt");
        assertThat(bodyText()).contains("Meddelande från författaren").contains("Första utkastet.");
        chooseDecision("atersand");
        submitTaskForm();
        waitForText("Uppgiften kunde inte slutföras");
        WebElement commentField = driver.findElement(By.id("f-reviewComment")).findElement(By.xpath("ancestor::div[contains(@class,'field')]"));
        assertThat(commentField.findElement(By.cssSelector(".field-error")).getText())
                .isEqualTo("Skriv en kommentar som förklarar vad som ska ändras.");
        assertThat(driver.findElement(By.cssSelector("input[name=decision][value=atersand]")).isSelected()).isTrue();
        screenshot("cecilia-comment-missing");
        assertThat(currentTask(pi).getTaskDefinitionKey()).isEqualTo("Task_ReviewSection");

        driver.findElement(By.id("f-reviewComment")).sendKeys("Beskriv hur målet ska följas upp.");
        submitTaskForm();
        waitForText("Uppgiften är slutförd.");
        screenshot("cecilia-sent-back");
        logout();

        // anna sees the comment on the task page and resubmits.
        login("anna");
        openGroupTask("Skriv: Nämndmål 1 Trygg uppväxt");
        WebElement callout = driver.findElement(By.cssSelector(".callout.sendback"));
        assertThat(callout.getText()).contains("Granskarens kommentar").contains("Beskriv hur målet ska följas upp.");
        assertThat(driver.findElement(By.cssSelector("ol.history")).getText())
                .contains("Skickat tillbaka: Beskriv hur målet ska följas upp.").contains("cecilia");
        screenshot("anna-sees-comment");
        assertThat(driver.findElement(By.id("f-readyForReview")).isSelected()).as("must be confirmed again").isFalse();
        driver.findElement(By.id("f-submissionNote")).clear();
        driver.findElement(By.id("f-submissionNote")).sendKeys("Uppföljning tillagd.");
        driver.findElement(By.id("f-readyForReview")).click();
        submitTaskForm();
        waitForText("Uppgiften är slutförd.");
        logout();

        // cecilia approves.
        login("cecilia");
        openGroupTask("Granska: Nämndmål 1 Trygg uppväxt");
        assertThat(bodyText()).contains("Uppföljning tillagd.");
        chooseDecision("godkann");
        submitTaskForm();
        waitForText("Uppgiften är slutförd.");
        screenshot("cecilia-approved");
        assertThat(bodyText()).doesNotContain("Nämndmål 1 Trygg uppväxt");

        HistoricProcessInstance done = historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(done.getEndTime()).as("the case is finished").isNotNull();
        assertThat(done.getEndActivityId()).isEqualTo("EndEvent_Approved");
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).finished().count()).isEqualTo(4);
    }

    private void chooseDecision(String value) {
        driver.findElement(By.cssSelector("input[name=decision][value=" + value + "]")).click();
    }
}
