package vn.chibo.record;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.FakeTelegram;
import vn.chibo.support.LibreOffice;
import vn.chibo.support.PlatformUser;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * One meeting from its agenda to its grade, as the secretary and two members live it on Telegram: the agenda a
 * day ahead with the documents and a "read" button, the secretary seeing who has read them, check-in, the
 * note-taker she names recording two speakers, a vote the probationary member cannot take part in, a task from
 * the resolution, the minutes with every field, the grade from the frame, and the task on the next agenda.
 * Lê Văn Cường uses Telegram in English.
 */
class MeetingRecordTest {

    private static final Pattern CODE = Pattern.compile("Mã điểm danh: (\\d{4})");
    /** Sat 5/12/2026 19:30 in Vietnam; the stages fall on 2/12 08:00, 4/12 19:00 and 5/12 17:30. */
    private static final Instant STARTS = Instant.parse("2026-12-05T12:30:00Z");

    @TempDir
    Path folder;
    FakeTelegram telegram;
    RunningApp app;
    Roster roster;

    @BeforeEach
    void start() {
        telegram = new FakeTelegram(100, 20);
        app = RunningApp.start(folder, telegram.settings("chibo.reminders.tick=100ms", "chibo.telegram.limits.per-second=100",
                "chibo.telegram.limits.per-chat-per-second=20"));
        roster = Roster.load(app);
    }

    @AfterEach
    void stop() {
        app.close();
        telegram.close();
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void oneMeetingFromAgendaToGradeOnTelegram() throws IOException {
        PlatformUser an = linked(101, "Nguyễn Văn An", "vi", "Chào đồng chí");
        PlatformUser binh = linked(102, "Trần Thị Bình", "vi", "Chào đồng chí");
        PlatformUser cuong = linked(103, "Lê Văn Cường", "en", "Welcome");
        long meeting = addMeeting("2026-12-05T19:30", "Nghị quyết tháng 12");
        binh.awaitReply("Nghị quyết tháng 12");

        an.say("/chuongtrinh");
        assertThat(an.awaitReply("Chưa có chương trình họp")).contains("Thư ký cuộc họp: chưa giao");
        an.press("Đặt chương trình");
        an.awaitReply("mỗi mục một dòng");
        an.say("1. Quán triệt Chỉ thị 50-CT/TW - Nguyễn Văn An\n2) Thông qua nghị quyết tháng 12 - Trần Thị Bình");
        assertThat(an.awaitReply("📋 Chương trình họp:")).contains(
                "1. Quán triệt Chỉ thị 50-CT/TW (trình bày: Nguyễn Văn An)",
                "2. Thông qua nghị quyết tháng 12 (trình bày: Trần Thị Bình)");
        an.say("/hop tailieu " + meeting);
        an.awaitReply("gửi tệp");
        telegram.userSendsDocument(101, "du-thao-nghi-quyet.docx", "application/msword", "dự thảo".getBytes());
        an.awaitReply("Đã đính kèm du-thao-nghi-quyet.docx");

        moveTo("2026-12-02T01:00:00Z");
        assertThat(binh.awaitReply("Nhắc họp")).as("three days ahead: no agenda yet").doesNotContain("Chương trình họp");
        assertThat(documentsSentTo(102)).as("the document goes with the first reminder").isEqualTo(1);

        moveTo("2026-12-04T12:00:00Z");
        String dayAhead = binh.awaitReply("Chương trình họp");
        assertThat(dayAhead).contains("Nhắc họp", "1. Quán triệt Chỉ thị 50-CT/TW (trình bày: Nguyễn Văn An)");
        assertThat(documentsSentTo(102)).as("the document is not sent twice").isEqualTo(1);
        assertThat(cuong.awaitReply("Agenda:")).contains("1. Quán triệt Chỉ thị 50-CT/TW (presented by Nguyễn Văn An)");
        binh.press("✅ Đã đọc tài liệu");
        binh.awaitReply("Đã ghi nhận đồng chí đã đọc tài liệu");

        an.say("/chuongtrinh");
        assertThat(an.awaitReply("Đã đọc tài liệu: 1/3")).contains("— Trần Thị Bình.", "Chưa đọc: Nguyễn Văn An, Lê Văn Cường.");
        assertThat(app.adminGet("/api/admin/meetings/" + meeting + "/reads").json())
                .extracting(reader -> reader.get("fullName").asString()).containsExactly("Trần Thị Bình");
        an.press("Giao thư ký");
        an.awaitReply("chọn người làm thư ký");
        an.press("Trần Thị Bình");
        an.awaitReply("Đã giao đồng chí Trần Thị Bình làm thư ký");

        moveTo("2026-12-05T12:20:00Z");
        an.say("/hop");
        an.awaitReply("Tham dự (");
        an.press("Mở điểm danh");
        Matcher code = CODE.matcher(an.awaitReply("Mã điểm danh"));
        assertThat(code.find()).isTrue();
        for (PlatformUser member : List.of(an, binh, cuong)) {
            member.say("/diemdanh");
            member.awaitReply(member == cuong ? "Send the 4-digit code" : "Đồng chí gửi mã 4 số");
            member.say(code.group(1));
            member.awaitReply(member == cuong ? "Checked in" : "Đã điểm danh");
        }

        moveTo("2026-12-05T12:50:00Z");
        cuong.say("/phatbieu");
        cuong.awaitReply("Only the secretary, a deputy or the named note-taker");
        binh.say("/phatbieu");
        binh.awaitReply("Ai phát biểu?");
        binh.press("Nguyễn Văn An");
        binh.awaitReply("mục nào");
        binh.press("1. Quán triệt Chỉ thị 50-CT/TW");
        binh.awaitReply("Đã ghi: đồng chí Nguyễn Văn An phát biểu (mục 1)");
        binh.say("Nêu ba điểm mới của Chỉ thị");
        binh.awaitReply("Đã ghi tóm tắt ý kiến của đồng chí Nguyễn Văn An");
        binh.press("Ghi người khác");
        binh.awaitReply("Ai phát biểu?");
        binh.press("Lê Văn Cường");
        binh.awaitReply("mục nào");
        binh.press("2. Thông qua nghị quyết tháng 12");
        binh.awaitReply("Đã ghi: đồng chí Lê Văn Cường phát biểu (mục 2)");

        an.say("/bieuquyet moi Thông qua nghị quyết tháng 12");
        an.awaitReply("Đã mở biểu quyết");
        cuong.awaitReply("As a probationary member you have no vote");
        binh.awaitReply("Biểu quyết: Thông qua nghị quyết tháng 12");
        binh.press("Tán thành");
        binh.awaitReply("Đã ghi nhận: Tán thành");
        an.awaitReply("Biểu quyết: Thông qua nghị quyết tháng 12");
        an.press("Tán thành");
        an.awaitReply("Đã ghi nhận: Tán thành");
        an.say("/bieuquyet");
        an.awaitReply("Đang biểu quyết");
        an.press("Kết thúc biểu quyết");
        assertThat(an.awaitReply("Thông qua nghị quyết tháng 12")).contains("Tán thành 2, không tán thành 0",
                "trong 2 đảng viên có quyền biểu quyết", "Thông qua");

        String base = "/api/admin/meetings/" + meeting;
        moveTo("2026-12-05T14:00:00Z");
        an.say("/hop");
        an.awaitReply("Tham dự (");
        an.press("Đóng điểm danh");
        an.awaitReply("Có mặt: 3/3");
        assertThat(app.adminGet(base + "/assessment").json().get("items").get(1).get("detail").asString())
                .as("the duration, from the start to the close of check-in, until the minutes give the end").isEqualTo("90 phút");
        assertThat(app.adminPost(base + "/tasks", "application/json", "{\"title\":\"Báo cáo kết quả học tập Chỉ thị 50\","
                + "\"memberId\":" + roster.id("Lê Văn Cường") + ",\"dueOn\":\"2026-12-20\"}").status()).isEqualTo(201);
        cuong.awaitReply("The cell gives you a task: Báo cáo kết quả học tập Chỉ thị 50");
        assertThat(app.send("PUT", base + "/minutes", "application/json", """
                {"endedAt":"2026-12-05T21:15:00+07:00","conclusion":"Chi bộ thông qua nghị quyết tháng 12."}""")
                .status()).isEqualTo(200);

        an.say("/bienban");
        an.awaitReply("Biên bản cuộc họp");
        assertThat(telegram.sentTo(101).get(telegram.sentTo(101).size() - 1).method()).isEqualTo("sendDocument");
        byte[] docx = app.adminGetBytes(base + "/minutes.docx");
        assertThat(text(docx)).contains("BIÊN BẢN SINH HOẠT CHI BỘ CHUYÊN ĐỀ", "THÁNG 12 NĂM 2026",
                "Thời gian bắt đầu: 19:30 thứ Bảy, 05/12/2026", "Thời gian kết thúc: 21:15 thứ Bảy, 05/12/2026",
                "Chủ trì: Nguyễn Văn An", "Thư ký: Trần Thị Bình",
                "Đảng viên phải dự: 3 (chính thức 2, dự bị 1; không kể 0 đồng chí được miễn sinh hoạt)",
                "Có mặt: 3 (chính thức 2, dự bị 1): Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường", "Vắng có lý do: 0",
                "Vắng không lý do: 0",
                "1. Quán triệt Chỉ thị 50-CT/TW — trình bày: Nguyễn Văn An",
                "- Nguyễn Văn An (mục 1): Nêu ba điểm mới của Chỉ thị", "- Lê Văn Cường (mục 2)",
                "Tán thành 2, không tán thành 0, không biểu quyết 0; chưa biểu quyết 0 trong 2",
                "Chi bộ thông qua nghị quyết tháng 12.", "Báo cáo kết quả học tập Chỉ thị 50", "THƯ KÝ", "CHỦ TRÌ",
                "Cuộc họp kết thúc lúc 21 giờ 15 phút, ngày 05/12/2026. Biên bản đã được đọc lại cho các đồng chí dự họp "
                        + "cùng nghe và nhất trí thông qua.");
        assertTheUsualForm(docx);

        assertThat(text(app.getBytes(base + "/minutes.docx", "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN,
                "Accept-Language", "en"))).as("the minutes in English").contains("MINUTES OF THE CELL'S THEMATIC MEETING",
                "Note-taker: Trần Thị Bình", "Present: 3 (official 2, probationary 1): Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường",
                "1. Quán triệt Chỉ thị 50-CT/TW — presented by Nguyễn Văn An", "- Nguyễn Văn An (item 1): Nêu ba điểm mới của Chỉ thị",
                "IV. VOTES", "VI. TASKS GIVEN", "NOTE-TAKER", "CHAIR");

        JsonNode grade = app.adminGet(base + "/assessment").json();
        assertThat(grade.get("items")).extracting(item -> item.get("item").asString() + " " + item.get("points").asDouble())
                .containsExactly("DOCUMENTS_AHEAD 15.0", "DURATION 15.0", "ATTENDANCE 25.0", "SPEAKERS 10.0",
                        "RESOLUTION_VOTED 15.0", "MINUTES_COMPLETE 15.0");
        assertThat(grade.get("total").asDouble()).isEqualTo(95.0);
        assertThat(grade.get("gradeText").asString()).isEqualTo("Tốt");

        long next = addMeeting("2027-01-09T19:30", "Nghị quyết tháng 1");
        moveTo("2027-01-08T12:00:00Z");
        assertThat(cuong.awaitReply("Review of the resolutions' tasks")).as("the open task comes back on the next agenda")
                .contains("Meeting reminder: Nghị quyết tháng 1", "Agenda:\n1. Review of the resolutions' tasks",
                        "Báo cáo kết quả học tập Chỉ thị 50 — Lê Văn Cường, due 20/12/2026");
        an.say("/chuongtrinh " + next);
        assertThat(an.awaitReply("Kiểm điểm việc thực hiện nghị quyết"))
                .contains("Báo cáo kết quả học tập Chỉ thị 50 — Lê Văn Cường, hạn 20/12/2026");
    }

    private PlatformUser linked(long userId, String fullName, String language, String greeting) {
        PlatformUser user = PlatformUser.telegram(telegram, userId, language);
        user.say("/start " + roster.code(fullName));
        user.awaitReply(greeting);
        return user;
    }

    private long addMeeting(String startsAt, String title) {
        var added = app.adminPost("/api/admin/cells/" + cell() + "/meetings", "application/json",
                "{\"kind\":\"THEMATIC\",\"startsAt\":\"" + startsAt + "\",\"place\":\"Nhà văn hóa tổ 3\",\"title\":\"" + title + "\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    private long cell() {
        for (JsonNode cell : app.adminGet("/api/admin/cells").json()) {
            if (cell.get("path").asString().equals(Roster.CELL_3)) {
                return cell.get("id").asLong();
            }
        }
        throw new AssertionError("no cell 3");
    }

    private void moveTo(String instant) {
        app.clock.advance(Duration.between(app.clock.instant(), Instant.parse(instant)));
    }

    private long documentsSentTo(long chatId) {
        return telegram.sentTo(chatId).stream().filter(call -> call.method().equals("sendDocument")).count();
    }

    /**
     * The minutes as LibreOffice prints them: one A4 page size throughout, the header's two columns side by side
     * above the title (the committee and the cell with its "*" left, the party with the place and date right), and
     * the closing sentence before the signatures.
     */
    private void assertTheUsualForm(byte[] docx) throws IOException {
        try (var word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var header = word.getTables().get(0).getRow(0);
            assertThat(header.getCell(0).getText()).contains("ĐẢNG BỘ", "CHI BỘ TỔ DÂN PHỐ 3", "*");
            assertThat(header.getCell(1).getParagraphs().get(0).getRuns().get(0).getUnderline())
                    .as("the party's name with its rule").isNotEqualTo(UnderlinePatterns.NONE);
            XWPFParagraph placeAndDate = header.getCell(1).getParagraphs().get(2);
            assertThat(placeAndDate.getText()).endsWith("ngày 05 tháng 12 năm 2026");
            assertThat(placeAndDate.getRuns().get(0).isItalic()).isTrue();
        }
        try (PDDocument pdf = LibreOffice.pdf(docx, "bien-ban.docx", folder)) {
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).as("A4 wide, in points").isCloseTo(595.3f, within(1f));
                assertThat(page.getMediaBox().getHeight()).as("A4 high").isCloseTo(841.9f, within(1f));
            }
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String printed = stripper.getText(pdf);
            assertThat(printed).contains("BIÊN BẢN SINH HOẠT");
            String firstLines = printed.substring(0, printed.indexOf("BIÊN BẢN SINH HOẠT"));
            assertThat(firstLines).as("the header above the title").contains("ĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ TỔ DÂN PHỐ 3",
                    "*", "ngày 05 tháng 12 năm 2026");
            assertThat(printed.replaceAll("\\s+", " ")).contains("THÁNG 12 NĂM 2026",
                    "Biên bản đã được đọc lại cho các đồng chí dự họp cùng nghe và nhất trí thông qua");
            assertThat(printed.indexOf("nhất trí thông qua")).as("the closing before the signatures")
                    .isLessThan(printed.lastIndexOf("CHỦ TRÌ"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] docx) throws IOException {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            String tables = document.getTables().stream().map(table -> table.getText()).collect(Collectors.joining("\n"));
            return paragraphs + "\n" + tables;
        }
    }
}
