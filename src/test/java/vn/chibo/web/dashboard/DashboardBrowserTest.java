package vn.chibo.web.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.quiz.QuizPlay;
import vn.chibo.statistics.Charts;
import vn.chibo.support.Browser;
import vn.chibo.support.MutableClock;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver) driven by Selenium:
 * sign-in by one-time link and by admin token, overview, meeting, Excel export, a broken quiz bank, a roster
 * with a bad row, and a secretary refused another cell. Screenshots go to target/screenshots.
 */
class DashboardBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern LINK = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/dashboard/login/[A-Za-z0-9_-]+)");

    @TempDir
    Path folder;
    @TempDir
    Path browserProfile;

    private RunningApp app;
    private Roster roster;
    private Browser window;
    private WebDriver browser;
    private String base;

    @BeforeEach
    void start() {
        app = RunningApp.start(folder);
        roster = Roster.load(app);
        base = "http://127.0.0.1:" + app.port();
        window = Browser.chromium(browserProfile, "vi", Browser.DESKTOP);
        browser = window.driver();
    }

    @AfterEach
    void stop() {
        if (window != null) {
            window.close();
        }
        app.close();
    }

    @Test
    void aSecretarySignsInWithAOneTimeLinkSeesTheOverviewAndRunsAMeeting() throws IOException, InterruptedException {
        OrgUnit cell = cell(Roster.CELL_3);
        Meeting meeting = app.bean(Meetings.class).add(cell, Meeting.Kind.THEMATIC,
                ZonedDateTime.of(LocalDate.of(2026, 11, 28), LocalTime.of(19, 30), MutableClock.VIETNAM),
                "Nhà văn hóa tổ 3", "Học tập Chỉ thị 50", null).orElseThrow();
        var an = linkedInChat("Nguyễn Văn An");
        var binh = linkedInChat("Trần Thị Bình");
        binh.press("/diemdanh " + meeting.id() + " co");

        app.clock.set(meeting.startsAt().toInstant().minus(Duration.ofMinutes(30)));
        String link = signInLink(an);
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("a messenger fetching a preview").isEqualTo(200);
        openSignInLink(link);
        assertThat(browser.getCurrentUrl()).as("the preview did not use the link up").isEqualTo(base + "/dashboard");
        WebElement row = browser.findElement(By.cssSelector("#cells tr[data-cell='" + cell.id() + "']"));
        assertThat(row.getText()).contains("Chi bộ tổ dân phố 3", "19:30 thứ Bảy, 28/11/2026",
                "1 tham dự · 0 vắng có lý do · 0 vắng · 2 chưa trả lời");
        assertThat(browser.findElements(By.cssSelector("#cells tbody tr"))).as("a secretary sees their cell only").hasSize(1);
        screenshot("1-overview");

        submit(By.linkText("19:30 thứ Bảy, 28/11/2026"));
        assertThat(shown(By.id("summary")).getText())
                .isEqualTo("3 đảng viên: 1 tham dự, 0 vắng có lý do, 0 vắng, 2 chưa trả lời.");
        assertThat(browser.findElement(By.id("replies")).getText()).contains("Trần Thị Bình Tham dự", "Lê Văn Cường Chưa trả lời");
        submit(By.id("nudge"));
        assertThat(shown(By.id("notice")).getText()).isEqualTo("Đã nhắc 1 đồng chí chưa trả lời.");
        submit(By.id("open-check-in"));
        assertThat(shown(By.id("check-in-code")).getText()).matches("Đang điểm danh, mã: \\d{4}");
        screenshot("2-meeting");

        try (var fresh = Browser.chromium(Files.createTempDirectory(browserProfile, "again"), "vi", Browser.PHONE)) {
            fresh.open(link);
            fresh.submit(By.id("link-login"));
            assertThat(fresh.shown(By.id("problem")).getText()).startsWith("Liên kết đăng nhập không dùng được");
        }
    }

    @Test
    void aSecretaryAttachesMovesTakesCheckInAddsCancelsAndSeesAMembersRecord() throws IOException {
        OrgUnit cell = cell(Roster.CELL_3);
        Meeting meeting = app.bean(Meetings.class).add(cell, Meeting.Kind.THEMATIC,
                ZonedDateTime.of(LocalDate.of(2026, 11, 28), LocalTime.of(19, 30), MutableClock.VIETNAM),
                "Nhà văn hóa tổ 3", "Học tập Chỉ thị 50", null).orElseThrow();
        var binh = linkedInChat("Trần Thị Bình");
        new QuizPlay(app).play(binh, binh.press("/thi @dang-phi").get(0), 8, 2);
        var an = linkedInChat("Nguyễn Văn An");
        openSignInLink(signInLink(an));
        browser.get(base + "/dashboard/meetings/" + meeting.id());

        Path document = folder.resolve("du-thao-nghi-quyet.txt");
        Files.writeString(document, "Dự thảo nghị quyết tháng 11");
        shown(By.id("document-file")).sendKeys(document.toAbsolutePath().toString());
        submit(By.id("attach"));
        assertThat(shown(By.id("notice")).getText()).isEqualTo("Đã đính kèm du-thao-nghi-quyet.txt.");
        assertThat(shown(By.id("documents")).getText()).isEqualTo("du-thao-nghi-quyet.txt");
        var download = withBrowserSession(shown(By.cssSelector("#documents a")).getAttribute("href"));
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).isEqualTo("Dự thảo nghị quyết tháng 11");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
                .contains("du-thao-nghi-quyet.txt");
        browser.get(base + "/dashboard/meetings/" + meeting.id() + "/documents/999999");
        assertThat(browser.getPageSource()).doesNotContain("Dự thảo nghị quyết");
        browser.get(base + "/dashboard/meetings/" + meeting.id());

        assertThat(shown(By.id("move-place")).getAttribute("value")).as("no retyping the place to move a meeting")
                .isEqualTo("Nhà văn hóa tổ 3");
        setValue("move-when", "2026-11-29T19:30");
        submit(By.id("move"));
        assertThat(shown(By.id("notice")).getText()).startsWith("Đã dời cuộc họp sang 19:30 Chủ nhật, 29/11/2026");
        assertThat(app.bean(Meetings.class).meeting(meeting.id()).orElseThrow().place()).isEqualTo("Nhà văn hóa tổ 3");

        app.clock.set(Instant.parse("2026-11-29T14:00:00Z"));
        openSignInLink(signInLink(an));
        browser.get(base + "/dashboard/meetings/" + meeting.id());
        submit(By.id("open-check-in"));
        submit(By.cssSelector("#replies tr[data-member='" + roster.id("Trần Thị Bình") + "'] button"));
        submit(By.id("close-check-in"));
        assertThat(shown(By.id("presence")).getText())
                .isEqualTo("Có mặt 1/3 (33,3%); vắng có lý do 0, vắng không lý do 2.");

        submit(By.linkText("Trần Thị Bình"));
        assertThat(shown(By.id("record")).getText()).startsWith("12 tháng qua: 1 buổi sinh hoạt, có mặt 1, vắng có lý do 0")
                .contains("Năm 2026: vắng không lý do");
        assertThat(shown(By.id("history")).getText()).contains("19:30 Chủ nhật, 29/11/2026", "Có");
        assertThat(shown(By.id("quizzes")).getText()).contains("Ôn tập", "8/10");
        screenshot("8-member");

        browser.get(base + "/dashboard/cells/" + cell.id());
        setValue("add-when", "2026-12-12T08:00");
        shown(By.id("add-place")).sendKeys("Hội trường phường");
        shown(By.id("add-title")).sendKeys("Học tập chuyên đề năm 2026");
        submit(By.id("add-thematic"));
        assertThat(shown(By.id("notice")).getText()).startsWith("Đã thêm cuộc họp 08:00 thứ Bảy, 12/12/2026");
        shown(By.id("cancel-reason")).sendKeys("Trùng hội nghị của phường");
        submit(By.id("cancel"));
        assertThat(shown(By.id("notice")).getText()).startsWith("Đã hủy cuộc họp");
        assertThat(binh.awaitPushedContaining("đã hủy")).contains("Học tập chuyên đề năm 2026", "Trùng hội nghị của phường");
    }

    @Test
    void theCellPageShowsTheChartAndExportsExcel() throws IOException {
        OrgUnit cell = cell(Roster.CELL_3);
        openSignInLink(signInLink(linkedInChat("Nguyễn Văn An")));
        submit(By.linkText("Chi bộ tổ dân phố 3"));
        assertThat(shown(By.id("chart")).getAttribute("naturalWidth")).as("drawn at twice its size").isEqualTo(String.valueOf(Charts.WIDTH * 2));
        assertThat(shown(By.id("chart")).getAttribute("alt")).startsWith("Tỷ lệ có mặt theo tháng — Chi bộ tổ dân phố 3, mục tiêu 90%: 12/2025 không họp");
        screenshot("3-cell");

        String excel = browser.findElement(By.id("excel")).getAttribute("href");
        assertThat(excel).isEqualTo(base + "/dashboard/units/" + cell.id() + "/report.xlsx");
        HttpResponse<byte[]> download = withBrowserSession(excel);
        assertThat(download.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Theo tháng");
            assertThat(workbook.getSheet("Đảng viên").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Nguyễn Văn An");
        }
        HttpResponse<byte[]> csv = withBrowserSession(browser.findElement(By.id("csv")).getAttribute("href"));
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("month,meetings,recordedMeetings");

        assertThat(shown(By.id("rule")).getText()).isEqualTo("Chi bộ chưa có lịch sinh hoạt định kỳ.");
        shown(By.id("rule-place")).sendKeys("Nhà văn hóa tổ 3");
        submit(By.id("rule-save"));
        assertThat(shown(By.id("notice")).getText()).startsWith("Đã lưu lịch sinh hoạt");
        assertThat(shown(By.id("rule")).getText())
                .isEqualTo("Họp thứ Bảy tuần thứ 1 của tháng lúc 19:30 tại Nhà văn hóa tổ 3 (lịch của Chi bộ tổ dân phố 3)");
        assertThat(shown(By.id("calendar")).getText()).contains("19:30 thứ Bảy, 05/12/2026", "19:30 thứ Bảy, 02/01/2027");
        assertThat(shown(By.id("rule-place")).getAttribute("value")).as("the form keeps the place").isEqualTo("Nhà văn hóa tổ 3");
        assertThat(shown(By.id("rule-time")).getAttribute("value")).isEqualTo("19:30");
        shown(By.id("rule-place")).clear();

        new Select(shown(By.id("rule-kind"))).selectByValue("DAY_OF_MONTH");
        shown(By.id("rule-place")).sendKeys("Nhà văn hóa");
        submit(By.id("rule-save"));
        assertThat(shown(By.id("problem")).getText()).contains("ngày trong tháng phải từ 1 đến 28");
    }

    @Test
    void aSecretaryIsRefusedAnotherCellsPagesAndTheAdminPages() {
        OrgUnit other = cell(Roster.CELL_4);
        openSignInLink(signInLink(linkedInChat("Nguyễn Văn An")));
        for (String page : List.of("/dashboard/cells/" + other.id(), "/dashboard/cells/99999",
                "/dashboard/units/" + other.id() + "/report.xlsx", "/dashboard/roster", "/dashboard/quiz-banks")) {
            browser.get(base + page);
            assertThat(shown(By.id("refused")).getText()).as(page).isEqualTo("Không có quyền xem trang này");
        }
        screenshot("4-refused");
        browser.get(base + "/dashboard/units/" + other.id() + "/report.xlsx");
        assertThat(browser.getPageSource()).doesNotContain("Phạm Thị Dung");
    }

    @Test
    void anAdminUploadsABrokenQuizBankAndSeesEachProblemInItsPlace() throws IOException {
        signInWithToken();
        submit(By.linkText("Bộ câu hỏi"));
        Path broken = folder.resolve("cau-hoi-hong.yaml");
        Files.writeString(broken, """
                topic: dang-phi
                questions:
                  - id: dp-moi
                    text: Câu hỏi có đáp án ngoài phương án?
                    options: [Một, Hai]
                    answer: D
                    explanation: Quy định 01-QĐ/TW.
                    section: muc-khong-co
                    difficulty: easy
                """);
        browser.findElement(By.id("bank-file")).sendKeys(broken.toAbsolutePath().toString());
        submit(By.id("bank-upload"));

        String problems = shown(By.id("bank-problems")).getText();
        assertThat(problems).contains("Tệp cau-hoi-hong.yaml không được nạp: có 2 lỗi",
                "cau-hoi-hong.yaml 6 13 đáp án D không phải là một phương án",
                "cau-hoi-hong.yaml 8 14 mục sổ tay \"muc-khong-co\" (câu hỏi \"dp-moi\") không có trong sổ tay");
        assertThat(browser.findElements(By.cssSelector("#versions tbody tr"))).as("nothing loaded").hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#versions tbody tr")).getText()).contains("Bộ câu hỏi kèm theo bot");
        screenshot("5-quiz-bank-problems");
    }

    @Test
    void anAdminSeesARosterWithABadRowRefusedThenImportsAGoodOneAfterConfirming() throws IOException {
        signInWithToken();
        submit(By.linkText("Nạp danh sách"));
        var template = withBrowserSession(shown(By.id("roster-template-csv")).getAttribute("href"));
        assertThat(new String(template.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFChi bộ,Họ và tên,Số điện thoại");
        assertThat(withBrowserSession(shown(By.id("roster-template-xlsx")).getAttribute("href")).statusCode()).isEqualTo(200);
        Path bad = folder.resolve("danh-sach.csv");
        Files.writeString(bad, "cell,full_name,phone,role,status\n"
                + Roster.CELL_3 + ",Mai Văn Mới,0912345077,member,official\n"
                + Roster.CELL_3 + ",Số Sai,12345,member,official\n");
        browser.findElement(By.id("roster-file")).sendKeys(bad.toAbsolutePath().toString());
        submit(By.id("roster-check"));
        String problems = shown(By.id("roster-problems")).getText();
        assertThat(problems).contains("Tệp danh-sach.csv có 1 lỗi; chưa lưu gì.").containsPattern("\\n3 phone .+");
        screenshot("6-roster-refused");
        assertThat(app.bean(Organization.class).memberByPhone("0912345077")).as("nothing saved").isEmpty();

        Files.writeString(bad, "cell,full_name,phone,role,status\n" + Roster.CELL_3 + ",Mai Văn Mới,0912345077,member,official\n"
                + Roster.COMMITTEE + "/Chi bộ tổ dân phố 9,Hà Văn Chín,0912345081,member,official\n"
                + Roster.CELL_3 + ",Nguyễn Văn An,0912345001,deputy,official\n");
        browser.findElement(By.id("roster-file")).sendKeys(bad.toAbsolutePath().toString());
        submit(By.id("roster-check"));
        assertThat(shown(By.id("roster-preview")).getText()).contains("2 đảng viên mới");
        assertThat(shown(By.id("roster-preview-members")).getText()).as("headers, phones and changes in words")
                .contains("Họ và tên Số điện thoại Chi bộ Vai trò Trạng thái Thay đổi",
                        "Mai Văn Mới 0912345077", "Chính thức Thêm mới", "Nguyễn Văn An 0912345001", "Cập nhật").doesNotContain("CREATED", "UNCHANGED");
        assertThat(browser.findElement(By.id("roster-new-units")).getText())
                .contains("Sẽ tạo 1 đơn vị mới", Roster.COMMITTEE + "/Chi bộ tổ dân phố 9");
        assertThat(browser.findElement(By.id("roster-role-changes")).getText())
                .contains("Nguyễn Văn An (0912345001): Bí thư → Phó bí thư");
        assertThat(app.bean(Organization.class).memberByPhone("0912345077")).as("not before confirming").isEmpty();
        assertThat(app.bean(Organization.class).unitByPath(Roster.COMMITTEE + "/Chi bộ tổ dân phố 9")).isEmpty();
        submit(By.id("roster-confirm"));
        assertThat(shown(By.id("roster-imported")).getText()).contains("Đã nạp: 2 mới", "Mai Văn Mới");
        assertThat(app.bean(Organization.class).memberByPhone("0912345077")).isPresent();

        Path excel = folder.resolve("danh-sach.xlsx");
        try (var workbook = new XSSFWorkbook(); var out = Files.newOutputStream(excel)) {
            var sheet = workbook.createSheet("Danh sách");
            String[][] rows = {{"Chi bộ", "Họ và tên", "Số điện thoại", "Vai trò", "Trạng thái"},
                    {Roster.CELL_4, "Đinh Thị Năm", "0912345078", "Đảng viên", "Chính thức"},
                    {Roster.CELL_4, "Vai Trò Lạ", "0912345079", "Thủ quỹ", "Chính thức"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        browser.findElement(By.id("roster-file")).sendKeys(excel.toAbsolutePath().toString());
        submit(By.id("roster-check"));
        assertThat(shown(By.id("roster-problems")).getText()).contains("Tệp danh-sach.xlsx có 1 lỗi; chưa lưu gì.")
                .containsPattern("\\n3 \\S+ .+");
        assertThat(app.bean(Organization.class).memberByPhone("0912345078")).as("nothing saved").isEmpty();
    }

    @Test
    void anAdminSignedInFromChatSetsACommitteeQuizFromTheQuizBanksPage() {
        var binh = linkedInChat("Trần Thị Bình");
        openSignInLink(signInLink(linkedInChat("Ngô Văn Khoa")));
        submit(By.linkText("Bộ câu hỏi"));
        assertThat(new Select(shown(By.id("quiz-unit"))).getFirstSelectedOption().getText())
                .isEqualTo("Đảng bộ phường Liên Bảo");
        submit(By.id("set-quiz"));
        assertThat(shown(By.id("notice")).getText()).startsWith("Đã giao bài thi 10 câu, hạn hết ");
        assertThat(binh.awaitPushed()).startsWith("Đảng bộ phường Liên Bảo giao bài thi tìm hiểu Sổ tay đảng viên");
    }

    @Test
    void aSignInLinkExpiresAfterTenMinutesAndASignInAfterEightHours() {
        var an = linkedInChat("Nguyễn Văn An");
        String link = signInLink(an);
        browser.get(base + "/dashboard");
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/dashboard/login");
        screenshot("0-login");
        app.clock.advance(Duration.ofMinutes(11));
        openSignInLink(link);
        assertThat(shown(By.id("problem")).getText()).startsWith("Liên kết đăng nhập không dùng được");

        openSignInLink(signInLink(an));
        assertThat(shown(By.id("cells")).getText()).contains("Chi bộ tổ dân phố 3");
        app.clock.advance(Duration.ofHours(8).plusMinutes(1));
        browser.get(base + "/dashboard");
        assertThat(browser.getCurrentUrl()).as("a sign-in lasts 8 hours at most").isEqualTo(base + "/dashboard/login");
    }

    @Test
    void thePagesWorkWithTheDemoCommitteeToo() {
        window.close();
        app.close();
        app = RunningApp.start(folder.resolve("demo"), "chibo.demo.enabled=true");
        base = "http://127.0.0.1:" + app.port();
        window = Browser.chromium(browserProfile.resolve("demo"), "vi", Browser.DESKTOP);
        browser = window.driver();
        signInWithToken();
        assertThat(shown(By.id("cells")).getText()).contains("Chi bộ");
        assertThat(browser.findElements(By.cssSelector("#cells tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        submit(By.cssSelector("#cells tbody tr a"));
        assertThat(shown(By.id("calendar")).getText()).contains("19:30");
        screenshot("7-demo-cell");

        browser.get(base + "/chat");
        new Select(shown(By.id("demo-member"))).selectByIndex(1);
        var wait = new WebDriverWait(browser, WAIT);
        wait.until(driver -> driver.findElement(By.id("log")).getText().contains("Chào đồng chí"));
        browser.findElement(By.id("text")).sendKeys("/hoso");
        browser.findElement(By.id("text")).submit();
        wait.until(driver -> driver.findElement(By.id("log")).getText().contains("Số điện thoại:"));
        assertThat(browser.findElement(By.id("log")).getText()).containsOnlyOnce("Chào đồng chí");
        assertThat(browser.manage().getCookieNamed("chibo_chat").isHttpOnly()).isTrue();
        screenshot("9-demo-chat");
    }

    private void submit(By target) {
        window.submit(target);
    }

    private void setValue(String id, String value) {
        window.setValue(id, value);
    }

    private WebElement shown(By locator) {
        return window.shown(locator);
    }

    private void signInWithToken() {
        browser.get(base + "/dashboard/login");
        browser.findElement(By.id("token")).sendKeys(RunningApp.ADMIN_TOKEN);
        submit(By.id("token-login"));
        shown(By.id("cells"));
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/dashboard");
    }

    private WebChatUser linkedInChat(String name) {
        var user = new WebChatUser(app);
        user.say("/start " + roster.code(name));
        return user;
    }

    /** Opens a link from /dangnhap and presses its button, as a secretary does on her phone. */
    private void openSignInLink(String link) {
        browser.get(link);
        submit(By.id("link-login"));
    }

    private String signInLink(WebChatUser leader) {
        String reply = leader.sayText("/dangnhap");
        Matcher link = LINK.matcher(reply);
        assertThat(link.find()).as("a sign-in link in: %s", reply).isTrue();
        return link.group(1);
    }

    private OrgUnit cell(String path) {
        return app.bean(Organization.class).unitByPath(path).orElseThrow();
    }

    private HttpResponse<byte[]> withBrowserSession(String url) {
        return window.download(url);
    }

    /** The page as it is, at a phone's width (which it must fit, down to 360 px) and at a desktop's, both saved. */
    private void screenshot(String name) {
        window.resize(Browser.SMALL_PHONE);
        window.assertFitsTheScreen(name + " at 360 px");
        window.resize(Browser.PHONE);
        window.assertFitsTheScreen(name);
        window.screenshot(name + "-phone");
        window.resize(Browser.DESKTOP);
        window.screenshot(name);
    }
}
