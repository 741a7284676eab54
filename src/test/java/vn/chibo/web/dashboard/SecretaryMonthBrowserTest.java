package vn.chibo.web.dashboard;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import vn.chibo.support.Browser;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new ward secretary's month with the demo on a phone, at 390 px and at the smallest phones' 360 px, in a browser
 * whose own language is English: the links the bot gives open on the phone, the overview leads to the coming
 * meeting, a meeting not held is not graded and offers only what the server accepts, the minutes form stacks its
 * fields, the exempt member reads as exempt, the months table shows its rate, dates are written dd/mm/yyyy whatever
 * the phone's language. Screenshots go to target/screenshots/month-*.
 */
class SecretaryMonthBrowserTest {

    private static final List<Dimension> PHONES = List.of(Browser.PHONE, Browser.SMALL_PHONE);

    @TempDir
    Path folder;
    @TempDir
    Path profile;

    private RunningApp app;
    private Browser browser;
    /** The server as a phone on the same network reaches it: by an address, not by "localhost". */
    private String base;

    @BeforeEach
    void start() {
        app = RunningApp.start(folder, "chibo.demo.enabled=true");
        base = "http://127.0.0.1:" + app.port();
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
    void aSecretarysMonthOnAPhone() {
        browser.open(base + "/chat");
        for (Dimension phone : PHONES) {
            browser.resize(phone);
            long top = ((Number) browser.script("""
                    return document.querySelector('header').getBoundingClientRect().height
                        + document.getElementById('demo').getBoundingClientRect().height""")).longValue();
            assertThat(top).as("header and demo picker at %d px leave the screen to the chat", phone.width)
                    .isLessThanOrEqualTo(phone.height / 5);
        }
        browser.resize(Browser.PHONE);
        var members = new Select(browser.shown(By.id("demo-member")));
        browser.waitUntil(driver -> members.getOptions().size() > 1);
        assertThat(members.getOptions()).extracting(WebElement::getText).as("each unit named once, by its own name")
                .contains("Nguyễn Văn An — Bí thư — Chi bộ tổ dân phố Liên Bảo 1").noneMatch(text -> text.contains("/"));
        members.getOptions().stream().filter(option -> option.getText().startsWith("Nguyễn Văn An — Bí thư")).findFirst()
                .orElseThrow().click();
        browser.waitUntil(driver -> browser.shown(By.id("log")).getText().contains("Chào đồng chí"));
        assertThat(browser.shown(By.id("log")).getText()).contains("liên kết với Chi bộ tổ dân phố Liên Bảo 1, Đảng bộ phường Vĩnh Phúc (demo).")
                .doesNotContain("(demo)/");
        say("/thongke", "Buổi gần nhất");
        assertThat(browser.shown(By.id("log")).getText()).contains("buổi đạt tiêu chí dự họp", "Tiêu chí dự họp:",
                "Xếp loại chất lượng theo khung chấm điểm").doesNotContain("chất lượng tốt", "không quá 0 đồng chí");
        say("/lich", "webcal://");
        assertThat(browser.shown(By.cssSelector("#log a[href^='webcal://']")).getAttribute("href"))
                .as("the calendar on the address the phone reached").startsWith("webcal://127.0.0.1:" + app.port() + "/calendar/");
        say("/dangnhap", "/dashboard/login/");
        WebElement signIn = browser.shown(By.cssSelector("#log a[href*='/dashboard/login/']"));
        assertThat(signIn.getAttribute("href")).as("the sign-in link opens on the phone").startsWith(base + "/dashboard/login/");
        browser.screenshot("month-1-chat-phone");
        browser.submit(By.cssSelector("#log a[href*='/dashboard/login/']"));
        browser.submit(By.id("link-login"));

        WebElement row = browser.shown(By.cssSelector("#cells tr[data-cell]"));
        assertThat(row.findElement(By.cssSelector(".next-meeting")).getText()).as("the coming meeting, not last month's")
                .contains("19:30 thứ Bảy, 05/12/2026");
        assertThat(row.findElement(By.cssSelector(".this-month")).getAttribute("class")).as("this month's rate, coloured")
                .containsAnyOf("ok", "below");
        assertThat(row.findElement(By.cssSelector(".last-month")).getAttribute("class")).doesNotContain("below");
        onPhones("month-2-overview");

        browser.submit(By.cssSelector("#cells tr[data-cell] .next-meeting a"));
        assertThat(browser.shown(By.id("nudge")).isDisplayed()).as("the coming meeting, where the nudge is").isTrue();
        assertThat(browser.shown(By.id("grade")).getText()).startsWith("Chưa họp");
        assertThat(browser.shown(By.id("grading")).getText()).doesNotContain("Tổng", "Kém", "0/");
        assertThat(browser.driver().findElements(By.id("open-check-in"))).as("check-in is not opened a week ahead").isEmpty();
        assertThat(browser.driver().findElements(By.id("move"))).as("a meeting to come can still be moved").hasSize(1);
        assertThat(browser.shown(By.id("reads")).getText()).isEqualTo("Đã đọc tài liệu: chưa đồng chí nào (0/5 đồng chí).");
        assertThat(browser.shown(By.id("move-when")).getAttribute("type")).as("no date picker in the phone's language").isEqualTo("text");
        String called = browser.shown(By.cssSelector("#call-list tr[data-call]")).getAttribute("data-call");
        browser.submit(By.cssSelector("#call-list tr[data-call='" + called + "'] button[value='ATTENDING']"));
        assertThat(browser.shown(By.id("notice")).getText()).as("a call's outcome, from the row's button").isEqualTo("Sẽ đến");
        assertThat(browser.shown(By.cssSelector("#replies tr[data-member='" + called + "']")).getText()).contains("Tham dự");
        assertThat(browser.shown(By.id("move-when")).getAttribute("placeholder")).isEqualTo("dd/mm/yyyy hh:mm");
        for (Dimension phone : PHONES) {
            browser.resize(phone);
            assertStacked("minutes-form", phone);
            assertStacked("agenda-form", phone);
        }
        browser.resize(Browser.PHONE);
        onPhones("month-3-meeting-to-come");
        browser.shown(By.id("move-when")).sendKeys("12/12/2026 19:30");
        browser.submit(By.id("move"));
        assertThat(browser.shown(By.id("notice")).getText()).as("typed dd/mm/yyyy on an English phone").contains("19:30 thứ Bảy, 12/12/2026");

        browser.submit(By.linkText("Chi bộ tổ dân phố Liên Bảo 1"));
        for (Dimension phone : PHONES) {
            browser.resize(phone);
            browser.open(browser.driver().getCurrentUrl());
            browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.shown(By.cssSelector("#months tbody tr td.rate")));
            assertThat(browser.inView(By.cssSelector("#months tbody tr td.rate"))).as("the rate column at %d px", phone.width).isTrue();
        }
        browser.resize(Browser.PHONE);
        WebElement tho = browser.shown(By.xpath("//table[@id='members']//tr[td/a[text()='Lý Văn Thọ']]"));
        assertThat(tho.getText()).as("the exempt member reads as exempt").contains("miễn sinh hoạt").doesNotContain("0/0");
        assertThat(browser.shown(By.id("chart-large")).getAttribute("href")).as("a tap opens the chart large").endsWith("/chart.png");
        assertThat(browser.shown(By.tagName("main")).getText()).as("a quiz's deadline says the day").contains("Hạn hết ")
                .doesNotContain("00:00");
        onPhones("month-4-cell");

        browser.submit(By.cssSelector("#calendar tbody tr.past a"));
        assertThat(browser.driver().findElements(By.id("move"))).as("a past meeting is not moved").isEmpty();
        assertThat(browser.driver().findElements(By.id("cancel"))).isEmpty();
        assertThat(browser.shown(By.id("grade")).getText()).startsWith("Tổng");
        assertThat(browser.shown(By.id("assessment")).getText()).doesNotContain("'");
        onPhones("month-5-meeting-held");
        browser.submit(By.id("lang-en"));
        assertThat(browser.shown(By.id("frame-name")).getText()).as("the default frame named in English")
                .isEqualTo("The bot's default frame (the committee has not set its own)");
        browser.submit(By.id("lang-vi"));

        browser.submit(By.linkText("Chi bộ tổ dân phố Liên Bảo 1"));
        browser.submit(By.linkText("Lý Văn Thọ"));
        String page = browser.shown(By.tagName("main")).getText();
        assertThat(browser.shown(By.id("history")).getText()).contains("miễn sinh hoạt").doesNotContain("Chưa trả lời");
        assertThat(page.split("Được miễn sinh hoạt từ", -1)).as("the exemption said once").hasSize(2);
        onPhones("month-6-exempt-member");
    }

    /** Each field of the form under the one before, at full width, and the button under the last. */
    private void assertStacked(String form, Dimension phone) {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) browser.script("""
                const form = document.getElementById(arguments[0]);
                const width = form.getBoundingClientRect().width;
                const problems = [];
                let bottom = -1;
                for (const e of form.querySelectorAll('input:not([type=hidden]), textarea, select, button')) {
                  const box = e.getBoundingClientRect();
                  if (box.top < bottom - 0.5) problems.push((e.id || e.name || e.tagName) + ' beside the field before it');
                  if (e.tagName !== 'BUTTON' && box.width < width * 0.9) problems.push((e.id || e.name) + ' narrow: ' + box.width);
                  bottom = box.bottom;
                }
                return problems;""", form);
        assertThat(problems).as("%s at %d px", form, phone.width).isEmpty();
    }

    private void say(String text, String expected) {
        browser.shown(By.id("text")).sendKeys(text, Keys.ENTER);
        browser.waitUntil(driver -> browser.shown(By.id("log")).getText().contains(expected));
    }

    /** Fits at 390 px (saved) and at 360 px (saved). */
    private void onPhones(String name) {
        browser.assertFitsTheScreen(name + " at 390 px");
        browser.screenshot(name + "-390");
        browser.resize(Browser.SMALL_PHONE);
        browser.assertFitsTheScreen(name + " at 360 px");
        browser.screenshot(name + "-360");
        browser.resize(Browser.PHONE);
    }
}
