package app.yuedu.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.yuedu.accounts.TestUsers;
import app.yuedu.scheduling.ReviewLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review session in a real browser (Debian's chromium, headless): five cards answered with the keyboard
 * only, one undone. Skipped where chromium is not installed; CI installs it.
 */
@QuarkusTest
class StudyBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TestHTTPResource("/")
    URL base;

    /** Marks the current document, so that a wait can tell when the browser has loaded the next one. */
    private static void markPage(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("window.yueduOldPage = true;");
    }

    private static void waitForNextPage(WebDriverWait wait) {
        wait.ignoring(WebDriverException.class).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !window.yueduOldPage && document.readyState === 'complete';"));
    }

    @Test
    void reviewsFiveCardsWithTheKeyboardAndUndoesOne() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        TestUsers.Session session = TestUsers.signIn("browser-student");
        long deck = StudyResourceTest.seedDeckId(session);

        Path profile = Files.createTempDirectory("yuedu-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1100,1000", "--user-data-dir=" + profile);
        WebDriver driver = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            driver.get(base + "login");
            driver.findElement(By.id("j_username")).sendKeys(session.username());
            driver.findElement(By.id("j_password")).sendKeys(TestUsers.PASSWORD + "\n");
            wait.until(ExpectedConditions.urlContains("/decks"));

            driver.get(base + "study/" + deck);
            List<String> graded = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                WebElement back = wait.until(d -> d.findElement(By.id("back")));
                String cardId = driver.findElement(By.name("cardId")).getAttribute("value");
                assertTrue(!back.isDisplayed(), "the answer starts hidden, card " + i + " at " + driver.getCurrentUrl());
                new Actions(driver).sendKeys(" ").perform();
                wait.until(ExpectedConditions.visibilityOf(back));
                assertTrue(driver.findElement(By.cssSelector(".back .answer-pinyin")).isDisplayed(), "the answer is shown");
                markPage(driver);
                new Actions(driver).sendKeys(i == 2 ? "1" : "3").perform();
                waitForNextPage(wait);
                graded.add(cardId);
            }
            assertEquals(5, graded.stream().distinct().count(), "five different cards: " + graded);

            markPage(driver);
            new Actions(driver).sendKeys("u").perform();
            waitForNextPage(wait);
            String shownAfterUndo = wait.until(d -> d.findElement(By.name("cardId"))).getAttribute("value");
            assertEquals(graded.get(4), shownAfterUndo, "undo brings back the last card answered");

            Files.createDirectories(Path.of("target"));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            new Actions(driver).sendKeys(" ").perform();
            File revealed = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), Path.of("target", "study-front.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(revealed.toPath(), Path.of("target", "study-back.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            driver.quit();
            service.stop();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            List<ReviewLog> logs = ReviewLog.list("deckId = ?1 and userId in (select u.id from User u where u.username = ?2)",
                    deck, "browser-student");
            assertEquals(4, logs.size(), "five answers, one undone");
            assertTrue(logs.stream().allMatch(log -> log.timeSpentMs > 0), "the script measured the time on each card");
        });
    }
}
