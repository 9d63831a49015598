package se.arshjul.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real-browser tests: Debian's headless Chromium driven by its ChromeDriver, against the shared
 * application context on its random port. Nothing is downloaded (Selenium Manager is bypassed by
 * naming the driver and the browser binary). A missing Chromium fails the tests; it never skips them.
 */
public abstract class BrowserTestBase extends AppTestBase {

    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final String CHROMIUM = "/usr/bin/chromium";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    protected WebDriver driver;
    protected WebDriverWait wait;
    private Path profileDir;
    private final AtomicInteger shot = new AtomicInteger();

    /** Runs before {@code @AfterEach}, while the browser is still open. */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && driver != null) {
            screenshot("failure");
        }
    };

    @BeforeAll
    static void requireChromium(org.junit.jupiter.api.TestInfo info) throws IOException {
        // Screenshots of an earlier run of this class are removed, so the folder shows this run.
        String prefix = info.getTestClass().orElseThrow().getSimpleName() + "-";
        if (Files.isDirectory(SCREENSHOTS)) {
            try (var old = Files.list(SCREENSHOTS)) {
                for (Path p : old.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                    Files.delete(p);
                }
            }
        }
        assertThat(Path.of(CHROMIUM)).as("Chromium must be installed: apt-get install -y chromium chromium-driver").isExecutable();
        assertThat(Path.of(CHROMEDRIVER)).as("ChromeDriver must be installed: apt-get install -y chromium-driver").isExecutable();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    }

    @BeforeEach
    void startBrowser() throws IOException {
        profileDir = Files.createTempDirectory("arshjul-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1024", "--lang=sv-SE", "--user-data-dir=" + profileDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profileDir != null) {
            try (var files = Files.walk(profileDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    protected void open(String path) {
        driver.get(baseUrl() + path);
    }

    protected void login(String user) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWaitForNewPage(driver.findElement(By.cssSelector("form button[type=submit]")));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".topbar .who"), user));
    }

    protected void logout() {
        clickAndWaitForNewPage(driver.findElement(By.cssSelector("form.logout button")));
        waitForText("Du är utloggad.");
    }

    /**
     * Clicks, then waits until a new page has fully loaded: the old page's window carries a marker
     * that a new document does not have. (Waiting for the old element to go stale races inside
     * ChromeDriver while the document is being replaced.)
     */
    protected void clickAndWaitForNewPage(WebElement element) {
        doAndWaitForNewPage(element::click);
    }

    /** Like {@link #clickAndWaitForNewPage}, for any action that loads a new page (e.g. a form submitted by script). */
    protected void doAndWaitForNewPage(Runnable action) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.__arshjulOldPage = true;");
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return document.readyState === 'complete' && !window.__arshjulOldPage;")));
    }

    protected void waitForText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    protected String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    protected List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Opens a task from the "Gruppens uppgifter" list by its name. */
    protected void openGroupTask(String name) {
        clickAndWaitForNewPage(driver.findElement(By.partialLinkText("Gruppens uppgifter")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Gruppens uppgifter");
        clickAndWaitForNewPage(driver.findElement(By.linkText(name)));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
    }

    /** Submits the task page's form ("Slutför uppgiften"). */
    protected void submitTaskForm() {
        clickAndWaitForNewPage(driver.findElement(By.cssSelector("form.task-form button[type=submit]")));
    }

    protected void setText(By by, String text) {
        WebElement element = driver.findElement(by);
        element.clear();
        element.sendKeys(text);
    }

    /** Date pickers differ per locale; the value is set as the browser submits it (yyyy-mm-dd). */
    protected void setDate(By by, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(by), isoDate);
    }

    /** The message shown next to a task form field; the field must be marked as wrong. */
    protected String fieldError(String inputId) {
        WebElement field = driver.findElement(By.id(inputId)).findElement(By.xpath("ancestor::div[contains(@class,'field')]"));
        assertThat(field.getAttribute("class")).contains("has-error");
        return field.findElement(By.cssSelector(".field-error")).getText();
    }

    /** Saves a numbered screenshot under target/screenshots/, named after the test class and step. */
    protected void screenshot(String step) {
        try {
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            String name = String.format("%s-%02d-%s.png", getClass().getSimpleName(), shot.incrementAndGet(), step);
            Files.copy(file, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Could not save screenshot " + step, e);
        }
    }
}
