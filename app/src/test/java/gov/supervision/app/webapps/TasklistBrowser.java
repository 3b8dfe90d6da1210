package gov.supervision.app.webapps;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Camunda Tasklist in headless Chromium (Debian's chromium and chromium-driver), used as a person would: log in,
 * pick a task from the list, claim it, fill in its form and complete it.
 */
final class TasklistBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** form-js applies typed values after about 300 ms */
    private static final Duration FORM_DEBOUNCE = Duration.ofMillis(500);

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final String base;

    TasklistBrowser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        this.browser = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        this.base = "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Logs in as {@code user} (its password is its name, as for every demo user on the embedded default). */
    TasklistBrowser logIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(base);
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[placeholder='Username']")));
        name.sendKeys(user);
        browser.findElement(By.cssSelector("input[placeholder='Password']")).sendKeys(user);
        browser.findElement(By.xpath("//button[normalize-space()='Log in']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(., 'my unit')]")));
        return this;
    }

    /** Opens the task of that name from the list and claims it, so its form can be completed. */
    TasklistBrowser open(String taskName) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'tasks-list')]//*[normalize-space(text())='" + taskName + "']")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[normalize-space(text())='Claim']")));
        claim.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//*[normalize-space(text())='Claim']")));
        return this;
    }

    /** Types into the text field or area whose label starts with {@code label}. */
    TasklistBrowser fill(String label, String value) {
        By locator = By.xpath("//label[starts-with(normalize-space(), '" + label
                + "')]/following::*[self::textarea or self::input][1]");
        // the form takes what is typed after a debounce and then renders itself anew: keys typed into a field
        // while it does can be lost. A person types slower; here, type again until the value outlasts the debounce.
        for (int attempt = 0; attempt < 3; attempt++) {
            WebElement field = browser.findElement(locator);
            field.clear();
            field.sendKeys(value);
            field.sendKeys(Keys.TAB);
            try {
                Thread.sleep(FORM_DEBOUNCE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (value.equals(browser.findElement(locator).getDomProperty("value"))) {
                return this;
            }
        }
        throw new IllegalStateException("the form does not keep " + value + " in " + label);
    }

    /** Chooses the radio option labelled {@code option}. */
    TasklistBrowser choose(String option) {
        WebElement radio = browser.findElement(By.xpath("//label[contains(normalize-space(), '" + option + "')]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", radio);
        radio.click();
        return this;
    }

    /** Completes the open task and waits until Tasklist has taken it off the form. */
    void complete() {
        WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()='Complete']")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", complete);
        complete.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
    }

    @Override
    public void close() {
        browser.quit();
    }
}
