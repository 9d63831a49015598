package se.arshjul.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.support.AppTestBase;

/**
 * Headless Chromium against the running application: the bundled bpmn-js modeler loads under the
 * CSP, a task is renamed, the model is deployed from the browser, and the new version is listed;
 * the viewer shows open tasks per activity and the form editor opens.
 */
class ModelEditorBrowserTest extends AppTestBase {

    static WebDriver browser;

    @Autowired ModelDeploymentService deployments;
    @Autowired RepositoryService repositoryService;

    @BeforeAll
    static void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        var logging = new org.openqa.selenium.logging.LoggingPreferences();
        logging.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Waits up to 30 s; on time-out the message carries the browser console (CSP and script errors). */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.withMessage(() -> "console: " + browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll());
        return wait;
    }

    void loginAsAdmin() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("demo1234");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".topbar")));
    }

    @Test
    void adminRenamesATaskInTheEditorDeploysAndSeesTheNewVersion() {
        String key = "BrowserEdit_" + UUID.randomUUID().toString().substring(0, 8);
        DeployResult first = deployments.deploy(List.of(TestModels.file(key + ".bpmn", TestModels.valid(key, "Webbläsartest"))),
                ModelDeploymentServiceTest.ADMIN);
        assertThat(first.ok()).isTrue();
        ProcessDefinition v1 = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).singleResult();
        runtimeService.startProcessInstanceByKey(key, Map.of("dueDate", new Date()));

        loginAsAdmin();
        // viewer with the open-task overlay
        browser.get(url("/admin/modeller/version/" + v1.getId()));
        var badge = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".diagram-count")));
        assertThat(badge.getText()).isEqualTo("1");

        // editor: the modeler and the Camunda properties panel render under the CSP
        browser.get(url("/admin/modeller/version/" + v1.getId() + "/redigera"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-canvas] g[data-element-id=Task_First]")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bio-properties-panel")));
        ((JavascriptExecutor) browser).executeScript(
                "const m = window.arshjulModeler;"
                + "m.get('modeling').updateLabel(m.get('elementRegistry').get('Task_First'), 'Omdöpt i webbläsaren');");
        browser.findElement(By.cssSelector("[data-save]")).click();
        waiting().until(ExpectedConditions.urlMatches(".*/admin/modeller/version/" + key + ":2:.*"));

        browser.get(url("/admin/modeller"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-version='2']")));
        assertThat(browser.getPageSource()).contains(key);
        ProcessDefinition v2 = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
        assertThat(v2.getVersion()).isEqualTo(2);
        String xml = new String(readAll(repositoryService.getProcessModel(v2.getId())), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("Omdöpt i webbläsaren").contains("camunda:candidateGroups=\"admin\"");

        // the form editor opens the deployed form
        browser.get(url("/admin/modeller/formular/granskning-skriv.form/redigera"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-editor-container")));
    }

    static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
