package vn.chibo.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import vn.chibo.support.Browser;
import vn.chibo.support.RunningApp;

/**
 * A new secretary's first day with the demo, as README tells it, in a browser whose own language is English:
 * the product answers in Vietnamese until English is picked, and then in English everywhere. At a phone's
 * width nothing scrolls sideways, the send button is in reach, every tap target is big enough; screenshots of
 * each page at phone and desktop size go to target/screenshots/first-day-*.
 */
class FirstDayBrowserTest {

    private static final Pattern LINK = Pattern.compile("(http://localhost:\\d+/dashboard/login/[A-Za-z0-9_-]+)");

    @TempDir
    Path folder;
    @TempDir
    Path profile;

    private RunningApp app;
    private Browser browser;
    private String base;

    @BeforeEach
    void start() {
        app = RunningApp.start(folder, "chibo.demo.enabled=true");
        base = "http://localhost:" + app.port();
        browser = Browser.chromium(profile, "en-US,en", Browser.PHONE);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        app.close();
    }

    @Test
    void aSecretaryOnAPhoneSeesLastMonthDownloadsTheReportOpensAMeetingAndNudges() throws IOException {
        browser.open(base + "/chat");
        assertThat(browser.shown(By.tagName("html")).getAttribute("lang")).as("Vietnamese first, whatever the browser's language").isEqualTo("vi");
        assertThat(browser.shown(By.id("send")).getText()).isEqualTo("Gửi");
        actAs("Nguyễn Văn An — Bí thư");
        say("/dangnhap", "/dashboard/login/");
        assertThat(browser.inView(By.id("send"))).as("the send button is within reach").isTrue();
        browser.assertFitsTheScreen("/chat");
        phoneAndDesktop("first-day-1-chat");

        Matcher link = LINK.matcher(browser.shown(By.id("log")).getText());
        assertThat(link.find()).isTrue();
        browser.open(link.group(1));
        browser.submit(By.id("link-login"));
        String overview = browser.shown(By.id("cells")).getText();
        System.out.println(overview);
        browser.assertFitsTheScreen("/dashboard");
        phoneAndDesktop("first-day-2-overview");

        browser.submit(By.linkText("Chi bộ tổ dân phố Liên Bảo 1"));
        var chart = browser.shown(By.id("chart"));
        browser.waitUntil(driver -> (Boolean) browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0", chart));
        System.out.println(browser.shown(By.id("months")).getText());
        System.out.println(chart.getAttribute("alt"));
        browser.assertFitsTheScreen("the cell page");
        phoneAndDesktop("first-day-3-cell");

        var excel = browser.download(browser.shown(By.id("excel")).getAttribute("href"));
        assertThat(excel.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            var months = workbook.getSheet("Theo tháng");
            assertThat(months).isNotNull();
            System.out.println(months.getLastRowNum());
        }

        browser.submit(By.cssSelector("#calendar tbody tr:not(.past):not(.cancelled) a"));
        browser.submit(By.id("nudge"));
        System.out.println(browser.shown(By.id("notice")).getText());
        browser.assertFitsTheScreen("the meeting page");
        phoneAndDesktop("first-day-4-meeting");
    }

    private void actAs(String who) {
        var members = new Select(browser.shown(By.id("demo-member")));
        browser.waitUntil(driver -> members.getOptions().size() > 1);
        members.getOptions().stream().filter(option -> option.getText().startsWith(who)).findFirst().orElseThrow().click();
        browser.waitUntil(driver -> browser.shown(By.id("log")).getText().contains("Chào đồng chí")
                || browser.shown(By.id("log")).getText().contains("Welcome"));
    }

    private void say(String text, String expected) {
        browser.shown(By.id("text")).sendKeys(text, Keys.ENTER);
        browser.waitUntil(driver -> browser.shown(By.id("log")).getText().contains(expected));
    }

    private void phoneAndDesktop(String name) {
        browser.screenshot(name + "-phone");
        browser.resize(Browser.DESKTOP);
        browser.assertFitsTheScreen(name + " on a desktop");
        browser.screenshot(name + "-desktop");
        browser.resize(Browser.PHONE);
    }
}
