package vn.chibo.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, headless, driven by Selenium, with nothing reaching out to the network (this machine
 * allows none): pages are opened, pressed and looked at as a person would, at a phone's size or a desktop's.
 * Screenshots go to target/screenshots.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension SMALL_PHONE = new Dimension(360, 740);
    public static final Dimension DESKTOP = new Dimension(1280, 1024);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** What a finger needs, in CSS pixels (WCAG 2.5.5, Apple's and Google's guidelines). */
    private static final int TAP_TARGET = 44;

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A browser whose user prefers {@code acceptLanguages} ("vi", "en-US,en"), its window {@code size}. */
    public static Browser chromium(Path profile, String acceptLanguages, Dimension size) {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--lang=" + acceptLanguages.split(",")[0],
                "--window-size=" + size.width + "," + size.height, "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        var browser = new Browser(new ChromeDriver(service, options));
        // headless Chromium opens no narrower than 500 px whatever --window-size says; a resize gets a phone's width
        browser.resize(size);
        return browser;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
        waitUntilLoaded();
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
        new WebDriverWait(driver, WAIT).until(d -> width() == size.width);
    }

    /** The page's layout width in CSS pixels. */
    public long width() {
        return ((Number) script("return window.innerWidth")).longValue();
    }

    /**
     * Presses a button or a link that leads to another page, once this one has fully loaded, and waits until
     * the next has replaced it and loaded in turn.
     */
    public void submit(By target) {
        waitUntilLoaded();
        WebElement page = driver.findElement(By.tagName("html"));
        shown(target).click();
        // the old page is gone once its root can no longer be asked about; Chromium may say so in either of two ways
        new WebDriverWait(driver, WAIT).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        waitUntilLoaded();
    }

    /** An element of the page the last click led to, once that page is there. */
    public WebElement shown(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** Sets a field the way a date picker would; typing into one depends on the browser's locale. */
    public void setValue(String id, String value) {
        script("arguments[0].value = arguments[1]", shown(By.id(id)), value);
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public void waitUntilLoaded() {
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(script("return document.readyState")));
    }

    public void waitUntil(java.util.function.Function<ChromeDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT).until(d -> condition.apply(driver));
    }

    /**
     * The page fits the window's width (nothing scrolls sideways but what scrolls inside itself, like a wide
     * table) and every button, field and link a thumb presses is at least 44 px high.
     */
    public void assertFitsTheScreen(String page) {
        waitUntilLoaded();
        long scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
        assertThat(scrollWidth).as("%s at %d px wide scrolls sideways", page, width()).isLessThanOrEqualTo(width());
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) script("""
                const small = [];
                for (const e of document.querySelectorAll(
                    'button, select, input:not([type=hidden]), textarea, header a, td a, .actions a, .documents a, .buttons button')) {
                  const box = e.getBoundingClientRect();
                  if (box.width === 0 && box.height === 0) continue;
                  if (box.height < arguments[0] - 0.5) {
                    small.push(e.tagName + ' "' + (e.textContent || e.value || e.id).trim().slice(0, 40) + '" '
                        + Math.round(box.height) + 'px');
                  }
                }
                return small;""", TAP_TARGET);
        assertThat(small).as("tap targets smaller than %d px on %s", TAP_TARGET, page).isEmpty();
    }

    /** Whether the element is wholly inside the window, where a thumb can reach it without scrolling sideways. */
    public boolean inView(By locator) {
        return (Boolean) script("""
                const box = arguments[0].getBoundingClientRect();
                return box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth && box.bottom <= window.innerHeight
                    && box.width > 0;""", shown(locator));
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file the page links to, fetched with the browser's cookies (its sign-in and its language). */
    public HttpResponse<byte[]> download(String url) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
