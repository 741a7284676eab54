package vn.chibo.web.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
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

import static org.assertj.core.api.Assertions.assertThat;

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
        say("/thongke", "Buổi gần nhất: 19:30 thứ Bảy, 07/11/2026");
        assertThat(browser.shown(By.id("log")).getText()).contains("⚠️ Lê Văn Cường: vắng không lý do 2 tháng trong năm 2026");
        say("/lich", "webcal://");
        assertThat(browser.driver().findElements(By.cssSelector("#log a[href^='webcal://']")))
                .as("the calendar subscription opens the phone's calendar with a tap").isNotEmpty();
        say("/dangnhap", "/dashboard/login/");
        assertThat(browser.inView(By.id("send"))).as("the send button is within reach").isTrue();
        assertThat(browser.inView(By.id("language"))).as("the header stays on screen with the input").isTrue();
        browser.assertFitsTheScreen("/chat");
        phoneAndDesktop("first-day-1-chat");

        assertThat(browser.shown(By.cssSelector("#log a[href*='/dashboard/login/']")).getAttribute("href"))
                .as("the link is one to tap, not to copy").matches(LINK.pattern());
        browser.submit(By.cssSelector("#log a[href*='/dashboard/login/']"));
        browser.assertFitsTheScreen("the sign-in link's page");
        browser.submit(By.id("link-login"));
        assertThat(browser.shown(By.cssSelector("#cells tr[data-cell]")).getText())
                .as("last month's rate").contains("Chi bộ tổ dân phố Liên Bảo 1", "80,0%");
        browser.assertFitsTheScreen("/dashboard");
        phoneAndDesktop("first-day-2-overview");

        browser.submit(By.linkText("Chi bộ tổ dân phố Liên Bảo 1"));
        var chart = browser.shown(By.id("chart"));
        browser.waitUntil(driver -> (Boolean) browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0", chart));
        assertThat(chart.getAttribute("alt")).contains("10/2026 80%", "11/2026 100%");
        assertThat(browser.shown(By.id("months")).getText()).contains("10/2026 80,0% 4/5 0 1 1");
        browser.assertFitsTheScreen("the cell page");
        phoneAndDesktop("first-day-3-cell");

        var excel = browser.download(browser.shown(By.id("excel")).getAttribute("href"));
        assertThat(excel.statusCode()).isEqualTo(200);
        assertThat(excel.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("bao-cao-chi-bo-to-dan-pho-lien-bao-1-2025-12_2026-11.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            var months = workbook.getSheet("Theo tháng");
            assertThat(months.getRow(11).getCell(0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 10, 1, 0, 0));
            assertThat(months.getRow(11).getCell(8).getNumericCellValue()).isEqualTo(0.8);
        }
        var semicolons = browser.download(browser.shown(By.id("csv-semicolon")).getAttribute("href"));
        assertThat(new String(semicolons.body(), StandardCharsets.UTF_8)).as("for Excel in Vietnamese: columns and yes/no in words")
                .startsWith("\uFEFFTháng;Số buổi họp;Số buổi đã điểm danh;").contains("2026-10;1;1;0;5;4;0;1;80,0;Không;")
                .doesNotContain("meetsTarget", "false");

        browser.submit(By.cssSelector("#calendar tbody tr:not(.past):not(.cancelled) a"));
        assertThat(browser.shown(By.id("summary")).getText()).contains("2 tham dự, 1 vắng có lý do, 0 vắng, 2 chưa trả lời");
        assertThat(browser.shown(By.id("replies")).getText()).as("the one row the count leaves out says why")
                .containsOnlyOnce("miễn sinh hoạt").contains("Lý Văn Thọ Chưa trả lời · miễn sinh hoạt, không tính vào số liệu");
        assertThat(browser.driver().findElements(By.id("close-check-in"))).as("no closing a check-in never opened").isEmpty();
        browser.submit(By.id("nudge"));
        assertThat(browser.shown(By.id("notice")).getText()).isEqualTo("Đã nhắc 2 đồng chí chưa trả lời.");
        browser.assertFitsTheScreen("the meeting page");
        phoneAndDesktop("first-day-4-meeting");
    }

    @Test
    void anEnglishChoiceSticksForTheChatTheDemoListTheDashboardAndTheFiles() throws IOException {
        browser.open(base + "/chat");
        new Select(browser.shown(By.id("language"))).selectByValue("en");
        browser.waitUntil(driver -> "en".equals(browser.shown(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.shown(By.id("send")).getText()).isEqualTo("Send");
        actAs("Nguyễn Văn An — Secretary");
        say("/login", "/dashboard/login/");
        assertThat(browser.shown(By.id("log")).getText()).contains("Open this link");
        browser.assertFitsTheScreen("/chat in English");
        browser.screenshot("first-day-5-chat-english-phone");
        Matcher link = LINK.matcher(browser.shown(By.id("log")).getText());
        assertThat(link.find()).isTrue();
        browser.open(base + "/chat");
        assertThat(browser.shown(By.id("send")).getText()).as("the choice sticks").isEqualTo("Send");

        browser.open(link.group(1));
        browser.submit(By.id("link-login"));
        assertThat(browser.shown(By.tagName("h1")).getText()).isEqualTo("Cells overview");
        browser.submit(By.linkText("Chi bộ tổ dân phố Liên Bảo 1"));
        assertThat(browser.shown(By.id("chart")).getAttribute("alt")).startsWith("Attendance by month");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(
                browser.download(browser.shown(By.id("excel")).getAttribute("href")).body()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("By month");
        }
        browser.assertFitsTheScreen("the cell page in English");
        browser.screenshot("first-day-6-cell-english-phone");

        browser.submit(By.id("lang-vi"));
        assertThat(browser.shown(By.tagName("h1")).getText()).isEqualTo("Chi bộ tổ dân phố Liên Bảo 1");
        assertThat(browser.shown(By.id("excel")).getText()).isEqualTo("Tải báo cáo Excel");
    }

    @Test
    void anAdminSignedInWithTheTokenSeesTheCommitteeRankingAndExports() {
        browser.open(base + "/dashboard/login");
        browser.shown(By.id("token")).sendKeys(RunningApp.ADMIN_TOKEN);
        browser.submit(By.id("token-login"));
        var committee = browser.shown(By.cssSelector(".committee"));
        assertThat(committee.getText()).contains("Đảng bộ phường Vĩnh Phúc (demo)");
        var ranking = committee.findElement(By.tagName("img"));
        browser.waitUntil(driver -> (Boolean) browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0", ranking));
        assertThat(ranking.getAttribute("alt")).contains("2 chi bộ thấp nhất");
        assertThat(browser.download(browser.shown(By.id("committee-excel")).getAttribute("href")).statusCode()).isEqualTo(200);
        browser.assertFitsTheScreen("the overview of an admin signed in with the token");
        phoneAndDesktop("first-day-7-admin-token");
        for (String page : java.util.List.of("/dashboard/tree", "/dashboard/roster", "/dashboard/quiz-banks")) {
            browser.open(base + page);
            browser.assertFitsTheScreen(page);
            browser.resize(Browser.SMALL_PHONE);
            browser.assertFitsTheScreen(page + " at 360 px");
            browser.resize(Browser.PHONE);
        }
        browser.open(base + "/dashboard/tree");
        browser.screenshot("first-day-8-tree-phone");
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

    /** At 390 px (saved), at the smallest phones' 360 px, then at a desktop's size (saved). */
    private void phoneAndDesktop(String name) {
        browser.screenshot(name + "-phone");
        browser.resize(Browser.SMALL_PHONE);
        browser.assertFitsTheScreen(name + " at 360 px");
        browser.resize(Browser.DESKTOP);
        browser.assertFitsTheScreen(name + " on a desktop");
        browser.screenshot(name + "-desktop");
        browser.resize(Browser.PHONE);
    }
}
