package vn.chibo.statistics;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.Reply;
import vn.chibo.attendance.Via;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.quiz.QuizPlay;
import vn.chibo.support.MutableClock;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A known half year of one cell (7 members) and a small one (2), built through the bot's own services and
 * chat: every figure, the quality and target flags, the 2 and 3 months warnings, the scope refusals, the
 * chart and the workbook are checked against what happened.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsTest {

    private static final String COMMITTEE = "Đảng bộ phường Liên Bảo";
    private static final String CELL = COMMITTEE + "/Chi bộ tổ dân phố 3";
    private static final String SMALL = COMMITTEE + "/Chi bộ tổ dân phố 4";
    private static final String CSV = """
            cell,full_name,phone,role,status
            %1$s,Nguyễn Văn An,0912345001,secretary,official
            %1$s,Trần Thị Bình,0912345002,member,official
            %1$s,Lê Văn Cường,0912345003,member,official
            %1$s,Đỗ Thị Hoa,0912345006,member,official
            %1$s,Vũ Văn Khánh,0912345007,member,official
            %1$s,Bùi Thị Lan,0912345008,member,official
            %1$s,Đặng Văn Minh,0912345010,member,official
            %2$s,Phạm Thị Dung,0912345004,secretary,official
            %2$s,Hoàng Văn Em,0912345005,member,official
            %3$s,Ngô Văn Khoa,0912345009,admin,
            """.formatted(CELL, SMALL, COMMITTEE);

    @TempDir
    static Path folder;

    private RunningApp app;
    private final Map<String, Member> members = new HashMap<>();
    private final Map<String, Long> meetings = new HashMap<>();
    private final Map<String, WebChatUser> chats = new HashMap<>();
    private OrgUnit cell;
    private OrgUnit small;
    private OrgUnit committee;

    @BeforeAll
    void buildHistory() {
        app = RunningApp.start(folder, "chibo.quiz.tick=1h", "chibo.statistics.tick=1h");
        assertThat(app.importRoster(CSV).status()).isEqualTo(200);
        Organization organization = app.bean(Organization.class);
        committee = organization.unitByPath(COMMITTEE).orElseThrow();
        cell = organization.unitByPath(CELL).orElseThrow();
        small = organization.unitByPath(SMALL).orElseThrow();
        organization.membersUnder(committee).forEach(m -> members.put(m.fullName(), m));

        add("M1", cell, "2026-12-05");
        add("M2", cell, "2027-01-09");
        add("N1", small, "2027-01-16");
        add("M3", cell, "2027-02-06");
        add("M4", cell, "2027-03-06");
        add("M5", cell, "2027-04-03");
        add("M6", cell, "2027-05-08");

        for (String name : List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Đỗ Thị Hoa", "Vũ Văn Khánh")) {
            reply("M1", name, Reply.ATTENDING, null);
        }
        reply("M1", "Bùi Thị Lan", Reply.ABSENT_WITH_REASON, "Ốm");
        after("M1");
        checkIn("M1", "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Đỗ Thị Hoa", "Vũ Văn Khánh", "Đặng Văn Minh");

        after("M2");
        markEveryone("M2", cell);
        after("N1");
        markEveryone("N1", small);

        app.clock.set(Instant.parse("2027-01-20T03:00:00Z"));
        var binh = linked("Trần Thị Bình");
        new QuizPlay(app).play(binh, binh.press("/thi @dang-phi").get(0), 8, 2);

        app.clock.set(Instant.parse("2027-02-01T03:00:00Z"));
        reply("M3", "Đặng Văn Minh", Reply.ABSENT, null);
        after("M3");
        checkIn("M3", "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Đỗ Thị Hoa", "Bùi Thị Lan");

        after("M4");
        checkIn("M4", "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Đỗ Thị Hoa", "Bùi Thị Lan");

        app.clock.set(Instant.parse("2027-04-01T03:00:00Z"));
        reply("M5", "Vũ Văn Khánh", Reply.ABSENT_WITH_REASON, "Đi công tác");
        after("M5");
        checkIn("M5", "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Đỗ Thị Hoa", "Bùi Thị Lan");

        app.clock.set(Instant.parse("2027-05-20T03:00:00Z"));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void aMeetingsFiguresAndTheQualityCriterion() {
        JsonNode first = app.adminGet("/api/admin/meetings/" + meetings.get("M1") + "/stats").json();
        assertThat(first.get("expected").asInt()).isEqualTo(7);
        assertThat(first.get("replied").asInt()).isEqualTo(6);
        assertThat(first.get("repliedAttending").asInt()).isEqualTo(5);
        assertThat(first.get("repliedExcused").asInt()).isEqualTo(1);
        assertThat(first.get("repliedAbsent").asInt()).isZero();
        assertThat(first.get("noReply").asInt()).isEqualTo(1);
        assertThat(first.get("present").asInt()).isEqualTo(6);
        assertThat(first.get("absentExcused").asInt()).isEqualTo(1);
        assertThat(first.get("absentUnexcused").asInt()).isZero();
        assertThat(first.get("attendanceRate").asDouble()).isEqualTo(85.7);
        assertThat(first.get("meetsQualityCriterion").asBoolean()).as("over 85%, nobody absent without reason").isTrue();
        assertThat(first.get("meetsTarget").asBoolean()).as("the committee aims at 90%").isFalse();
        String csv = app.get("/api/admin/meetings/" + meetings.get("M1") + "/stats", "Authorization",
                "Bearer " + RunningApp.ADMIN_TOKEN, "Accept", "text/csv").body();
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).as("a start Excel reads as a date and time")
                .containsPattern(",\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2},");

        JsonNode third = app.adminGet("/api/admin/meetings/" + meetings.get("M3") + "/stats").json();
        assertThat(third.get("repliedAbsent").asInt()).isEqualTo(1);
        assertThat(third.get("present").asInt()).isEqualTo(5);
        assertThat(third.get("absentUnexcused").asInt()).isEqualTo(2);
        assertThat(third.get("attendanceRate").asDouble()).isEqualTo(71.4);
        assertThat(third.get("meetsQualityCriterion").asBoolean()).isFalse();

        JsonNode everyoneMarked = app.adminGet("/api/admin/meetings/" + meetings.get("M2") + "/stats").json();
        assertThat(everyoneMarked.get("attendanceRecorded").asBoolean()).as("every member marked, without check-in").isTrue();
        assertThat(everyoneMarked.get("attendanceRate").asDouble()).isEqualTo(100.0);
        assertThat(everyoneMarked.get("meetsTarget").asBoolean()).isTrue();

        JsonNode notTaken = app.adminGet("/api/admin/meetings/" + meetings.get("M6") + "/stats").json();
        assertThat(notTaken.get("attendanceRecorded").asBoolean()).isFalse();
        assertThat(notTaken.get("attendanceRate").isNull()).isTrue();
        assertThat(notTaken.get("meetsQualityCriterion").isNull()).isTrue();
    }

    @Test
    void aCellsPeriodMonthByMonthAndInCsv() {
        JsonNode figures = app.adminGet("/api/admin/cells/" + cell.id() + "/stats?from=2026-12&to=2027-05").json();
        JsonNode total = figures.get("total");
        assertThat(total.get("meetings").asInt()).isEqualTo(6);
        assertThat(total.get("recordedMeetings").asInt()).isEqualTo(5);
        assertThat(total.get("meetingsOfGoodQuality").asInt()).isEqualTo(2);
        assertThat(total.get("expected").asInt()).isEqualTo(35);
        assertThat(total.get("present").asInt()).isEqualTo(28);
        assertThat(total.get("absentExcused").asInt()).isEqualTo(2);
        assertThat(total.get("absentUnexcused").asInt()).isEqualTo(5);
        assertThat(total.get("attendanceRate").asDouble()).isEqualTo(80.0);
        assertThat(total.get("meetsTarget").asBoolean()).isFalse();
        assertThat(figures.get("months")).extracting(m -> m.get("month").asString())
                .containsExactly("2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05");
        assertThat(figures.get("months")).extracting(m -> m.get("attendanceRate").isNull() ? null : m.get("attendanceRate").asDouble())
                .containsExactly(85.7, 100.0, 71.4, 71.4, 71.4, null);

        RunningApp.Response csv = app.get("/api/admin/cells/" + cell.id() + "/stats?from=2026-12&to=2027-05",
                "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN, "Accept", "text/csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).isEqualTo("month,meetings,recordedMeetings,meetingsOfGoodQuality,expected,present,"
                + "absentExcused,absentUnexcused,attendanceRate,meetsTarget,exempt,criteriaDocument,minPresentPercent,"
                + "maxUnexcusedAbsences,targetPercent,gradedMeetings,averageGrade,gradesGood,gradesFair,gradesAverage,gradesPoor");
        String criteria = ",0,Hướng dẫn 12-HD/BTCTW (06/07/2018),85.0,0,90.0,0,,0,0,0,0";
        assertThat(lines).contains("2027-02,1,1,0,7,5,0,2,71.4,false" + criteria, "total,6,5,2,35,28,2,5,80.0,false" + criteria);

        assertThat(app.adminGet("/api/admin/cells/" + cell.id() + "/stats?from=2027-13").status()).isEqualTo(400);
    }

    @Test
    void aCommitteeRanksItsCellsWorstFirst() {
        JsonNode figures = app.adminGet("/api/admin/org-units/" + committee.id() + "/stats?from=2026-12&to=2027-05").json();
        JsonNode cells = figures.get("cells");
        assertThat(cells.get(0).get("cellName").asString()).isEqualTo("Chi bộ tổ dân phố 3");
        assertThat(cells.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(cells.get(0).get("belowTarget").asBoolean()).isTrue();
        assertThat(cells.get(1).get("cellName").asString()).isEqualTo("Chi bộ tổ dân phố 4");
        assertThat(cells.get(1).get("total").get("attendanceRate").asDouble()).isEqualTo(100.0);
        assertThat(cells.get(1).get("belowTarget").asBoolean()).isFalse();
        assertThat(figures.get("total").get("expected").asInt()).isEqualTo(37);
        assertThat(figures.get("total").get("present").asInt()).isEqualTo(30);
        assertThat(figures.get("total").get("attendanceRate").asDouble()).isEqualTo(81.1);

        String csv = app.get("/api/admin/org-units/" + committee.id() + "/stats?from=2026-12&to=2027-05",
                "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN, "Accept", "text/csv").body();
        assertThat(csv).contains("1," + cell.id() + ",Chi bộ tổ dân phố 3,6,5,2,35,28,2,5,80.0,false,0,"
                + "Hướng dẫn 12-HD/BTCTW (06/07/2018),85.0,0,90.0,true");
        assertThat(csv.lines().filter(line -> line.contains(",total,")).findFirst().orElseThrow())
                .as("the committee's total row leaves cellId empty").startsWith(",,total,");

        String semicolons = app.get("/api/admin/org-units/" + committee.id() + "/stats?from=2026-12&to=2027-05&delimiter=semicolon",
                "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN, "Accept", "text/csv").body();
        assertThat(semicolons).as("for an Excel set to Vietnamese").contains("1;" + cell.id() + ";Chi bộ tổ dân phố 3;6;5;2;35;28;2;5;80,0;false;0;");
    }

    @Test
    void theCommitteeWorkbookTotalsItsMonthsLikeACells() throws IOException {
        byte[] report = app.getBytes(linked("Ngô Văn Khoa").say("/baocao").get(0).fileUrl());
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            Sheet months = workbook.getSheet("Theo tháng");
            Row total = rowOf(months, "Cả kỳ");
            assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(0.811);
            assertThat(months.getRow(1).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("mm/yyyy");
        }
    }

    @Test
    void membersFiguresWarnAtTwoMonthsWithoutReasonAndFlagAtThree() {
        JsonNode minh = memberStats("Đặng Văn Minh");
        assertThat(minh.get("meetings").asInt()).isEqualTo(6);
        assertThat(minh.get("replied").asInt()).isEqualTo(1);
        assertThat(minh.get("replyRate").asDouble()).isEqualTo(16.7);
        assertThat(minh.get("recordedMeetings").asInt()).isEqualTo(5);
        assertThat(minh.get("present").asInt()).isEqualTo(2);
        assertThat(minh.get("absentUnexcused").asInt()).isEqualTo(3);
        assertThat(minh.get("unexcusedMonthsInYear").asInt()).isEqualTo(3);
        assertThat(minh.get("warning").asBoolean()).isTrue();
        assertThat(minh.get("reviewFlag").asBoolean()).isTrue();

        JsonNode khanh = memberStats("Vũ Văn Khánh");
        assertThat(khanh.get("replied").asInt()).isEqualTo(2);
        assertThat(khanh.get("absentExcused").asInt()).isEqualTo(1);
        assertThat(khanh.get("absentUnexcused").asInt()).isEqualTo(2);
        assertThat(khanh.get("warning").asBoolean()).isTrue();
        assertThat(khanh.get("reviewFlag").asBoolean()).isFalse();

        JsonNode binh = memberStats("Trần Thị Bình");
        assertThat(binh.get("present").asInt()).isEqualTo(5);
        assertThat(binh.get("quizzesTaken").asInt()).isEqualTo(1);
        assertThat(binh.get("averageQuizScore").asDouble()).isEqualTo(80.0);
        assertThat(binh.get("warning").asBoolean()).isFalse();
    }

    @Test
    void theSecretaryGetsTheCellTheAdminTheCommitteeAndNobodyAnotherScope() {
        var an = linked("Nguyễn Văn An");
        List<WebChatUser.Reply> stats = an.say("/thongke");
        assertThat(stats.get(0).text()).startsWith("📊 Chi bộ tổ dân phố 3 — năm 2027 (đến tháng 5/2027)")
                .contains("Buổi gần nhất: 19:30 thứ Bảy, 08/05/2027: chưa điểm danh")
                .contains("Cả kỳ: 5 buổi, 4 buổi đã điểm danh; tỷ lệ có mặt 78,6% (mục tiêu 90%: chưa đạt)")
                .contains("❗ Đặng Văn Minh: vắng không lý do 3 tháng trong năm 2027")
                .contains("⚠️ Vũ Văn Khánh: vắng không lý do 2 tháng trong năm 2027");
        assertThat(stats.get(1).fileKind()).isEqualTo("PHOTO");
        assertThat(stats.get(1).text()).isEqualTo("Tỷ lệ có mặt theo tháng — Chi bộ tổ dân phố 3, mục tiêu 90%");

        assertThat(an.sayText("/thongke 2/2027")).contains("tháng 2/2027", "có mặt 5/7 (71,4%)");
        String refusal = "Đồng chí chỉ xem được số liệu trong phạm vi mình phụ trách.";
        assertThat(an.sayText("/thongke Chi bộ tổ dân phố 4")).isEqualTo(refusal);
        assertThat(an.sayText("/thongke Chi bộ không hề có")).as("reveals nothing").isEqualTo(refusal);
        assertThat(an.sayText("/baocao Chi bộ tổ dân phố 4")).isEqualTo(refusal);

        var khoa = linked("Ngô Văn Khoa");
        List<WebChatUser.Reply> committeeStats = khoa.say("/thongke 2027");
        assertThat(committeeStats.get(0).text()).startsWith("📊 Đảng bộ phường Liên Bảo — năm 2027 (đến tháng 5/2027)")
                .contains("1/2 chi bộ dưới mục tiêu 90% (thấp nhất trước):\n1. Chi bộ tổ dân phố 3 — 78,6%");
        assertThat(committeeStats.get(1).fileKind()).isEqualTo("PHOTO");
        assertThat(khoa.sayText("/thongke tổ dân phố 4 2027")).startsWith("📊 Chi bộ tổ dân phố 4");

        assertThat(app.importRoster(CSV + SMALL + ",Lý Văn Phúc,0912345011,admin,\n").status()).isEqualTo(200);
        app.bean(Organization.class).memberByPhone("0912345011").ifPresent(m -> members.put(m.fullName(), m));
        var phuc = linked("Lý Văn Phúc");
        assertThat(phuc.sayText("/thongke 2027")).as("an admin of one cell's scope").startsWith("📊 Chi bộ tổ dân phố 4");
        assertThat(phuc.sayText("/thongke Chi bộ tổ dân phố 3")).isEqualTo(refusal);
        assertThat(phuc.sayText("/thongke Đảng bộ phường Liên Bảo")).isEqualTo(refusal);

        var binh = linked("Trần Thị Bình");
        assertThat(binh.sayText("/thongke")).contains("dành cho bí thư");
        assertThat(binh.sayText("/cuatoi")).startsWith("📋 Trần Thị Bình — từ tháng 6/2026 đến tháng 5/2027")
                .contains("có mặt 5", "Ôn tập: 1 bài, điểm trung bình 80%");
        assertThat(linked("Đặng Văn Minh").sayText("/cuatoi")).contains("❗ Năm 2027: đồng chí đã vắng không lý do 3 tháng");
    }

    @Test
    void theChartsAreDrawnForAPhoneAndColourEachBarByTheTarget() throws IOException {
        Charts charts = app.bean(Charts.class);
        Statistics statistics = app.bean(Statistics.class);
        var period = new Statistics.Period(YearMonth.of(2026, 12), YearMonth.of(2027, 5));
        CellFigures figures = statistics.cell(cell, period);
        List<Double> rates = figures.months().stream().map(PeriodFigures::attendanceRate).filter(Objects::nonNull).toList();
        double target = (Collections.min(rates) + Collections.max(rates)) / 2;
        assertThat(Collections.min(rates)).as("months on both sides of the target").isLessThan(Collections.max(rates));
        BufferedImage trend = ImageIO.read(new ByteArrayInputStream(
                charts.trend(figures.cellName(), figures.months(), target, "Tiêu chí", Locale.forLanguageTag("vi"))));
        assertThat(trend.getWidth()).as("drawn at twice its size, so it stays sharp when tapped open").isEqualTo(Charts.WIDTH * 2);
        assertThat(trend.getHeight()).as("a row per month").isEqualTo(Charts.height(figures.months().size()) * 2);
        assertThat(Charts.SMALLEST_TYPE * 298.0 / Charts.WIDTH)
                .as("the smallest type, in pixels, where a chat shows the photo 298 px wide").isGreaterThanOrEqualTo(9);
        long met = pixels(trend, Charts.barColor(100, 0));
        long below = pixels(trend, Charts.barColor(0, 100));
        long rowArea = (long) (trend.getHeight() / (figures.months().size() + 4.0)) * 10;
        assertThat(met).as("months at or above the target are green bars").isGreaterThan(rowArea);
        assertThat(below).as("months below the target are red bars").isGreaterThan(rowArea);
        BufferedImage allMet = ImageIO.read(new ByteArrayInputStream(
                charts.trend(figures.cellName(), figures.months(), 0, "Tiêu chí", Locale.forLanguageTag("vi"))));
        assertThat(pixels(allMet, Charts.barColor(0, 100))).as("no red where every month meets the target").isZero();

        CommitteeFigures ranking = statistics.committee(committee, period);
        BufferedImage bars = ImageIO.read(new ByteArrayInputStream(
                charts.ranking(ranking.name(), ranking.cells(), 90, "Tiêu chí", Locale.forLanguageTag("vi"))));
        assertThat(bars.getWidth()).isEqualTo(Charts.WIDTH * 2);
        assertThat(bars.getHeight()).isEqualTo(Charts.height(2) * 2);

        var an = linked("Nguyễn Văn An");
        String photo = an.say("/thongke").get(1).fileUrl();
        BufferedImage sent = ImageIO.read(new ByteArrayInputStream(app.getBytes(photo)));
        assertThat(sent.getWidth()).isEqualTo(Charts.WIDTH * 2);
    }

    private static long pixels(BufferedImage image, java.awt.Color color) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (color.getRGB() & 0xFFFFFF)) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void theReportPrintsOnA4AsWideAsThePageWithItsHeadersOnEveryPage() throws IOException {
        var an = linked("Nguyễn Văn An");
        WebChatUser.Reply report = an.say("/baocao").get(0);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(app.getBytes(report.fileUrl())))) {
            for (Sheet sheet : workbook) {
                var setup = sheet.getPrintSetup();
                int columns = sheet.getRow(sheet.getRepeatingRows() == null ? 0 : sheet.getRepeatingRows().getFirstRow())
                        .getLastCellNum();
                assertThat(setup.getPaperSize()).as("%s on A4", sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).as("%s fits the page", sheet.getSheetName()).isTrue();
                assertThat(setup.getFitWidth()).as("one page wide").isEqualTo((short) 1);
                assertThat(setup.getFitHeight()).as("as many pages long as it needs").isZero();
                assertThat(sheet.getRepeatingRows()).as("%s repeats its column titles on every page", sheet.getSheetName())
                        .isNotNull();
                assertThat(setup.getLandscape()).as("%s of %d columns across the page", sheet.getSheetName(), columns)
                        .isEqualTo(columns > 8);
            }
            Sheet months = workbook.getSheet("Theo tháng");
            Cell note = months.getRow(months.getLastRowNum()).getCell(0);
            assertThat(note.getStringCellValue()).startsWith("Tiêu chí dự họp:");
            assertThat(note.getCellStyle().getWrapText()).as("the criteria note wraps").isTrue();
            assertThat(months.getMergedRegions()).as("across the table's width")
                    .anyMatch(region -> region.getFirstRow() == note.getRowIndex() && region.getLastColumn() >= 8);
        }
    }

    @Test
    void theWorkbookHasASheetPerMeetingAndOneOfMembersWithRealDates() throws IOException {
        var an = linked("Nguyễn Văn An");
        WebChatUser.Reply report = an.say("/baocao").get(0);
        assertThat(report.fileKind()).isEqualTo("DOCUMENT");
        assertThat(report.fileName()).endsWith(".xlsx");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(app.getBytes(report.fileUrl())))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Theo tháng");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Đảng viên");
            assertThat(workbook.getNumberOfSheets()).as("months, members, a sheet per meeting, who can be reached").isEqualTo(2 + 6 + 1);
            Sheet reach = workbook.getSheet("Liên lạc");
            assertThat(reach.getRow(0).getCell(0).getStringCellValue()).startsWith("📱 Liên lạc:");
            assertThat(reach.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Cách liên lạc");

            Sheet first = workbook.getSheet("05-12-2026");
            assertThat(first.getRow(0).getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 5, 19, 30));
            assertThat(first.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
            Row lan = rowOf(first, "Bùi Thị Lan");
            assertThat(lan.getCell(2).getStringCellValue()).isEqualTo("Vắng có lý do");
            assertThat(lan.getCell(3).getStringCellValue()).isEqualTo("Ốm");
            assertThat(lan.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 27, 9, 0));
            assertThat(lan.getCell(5).getStringCellValue()).isEqualTo("Không");
            assertThat(lan.getCell(6).getStringCellValue()).isEqualTo("Vắng có lý do");
            assertThat(rowOf(first, "Đặng Văn Minh").getCell(2).getStringCellValue()).isEqualTo("Chưa trả lời");

            Row minh = rowOf(workbook.getSheet("Đảng viên"), "Đặng Văn Minh");
            assertThat(minh.getCell(4).getNumericCellValue()).isEqualTo(2);
            assertThat(minh.getCell(6).getNumericCellValue()).isEqualTo(3);
            assertThat(minh.getCell(10).getStringCellValue()).startsWith("Chi bộ xem xét");

            Sheet months = workbook.getSheet("Theo tháng");
            Row total = rowOf(months, "Cả kỳ");
            assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(0.8);
            assertThat(total.getCell(8).getCellStyle().getDataFormatString()).as("Excel's percentage format").isEqualTo("0.0%");
            Cell firstMonth = months.getRow(1).getCell(0);
            assertThat(firstMonth.getLocalDateTimeCellValue()).as("a month is a real date").isEqualTo(LocalDateTime.of(2026, 6, 1, 0, 0));
            assertThat(firstMonth.getCellStyle().getDataFormatString()).isEqualTo("mm/yyyy");
            assertThat(new DataFormatter(Locale.forLanguageTag("vi")).formatCellValue(months.getRow(12).getCell(0))).isEqualTo("05/2027");
            assertThat(months.getRow(0).getCell(0).getCellStyle().getWrapText()).as("headers wrap").isTrue();
        }
    }

    private Row rowOf(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && firstCell.equals(row.getCell(0).toString())) {
                return row;
            }
        }
        throw new AssertionError(firstCell + " not in " + sheet.getSheetName());
    }

    private JsonNode memberStats(String name) {
        return app.adminGet("/api/admin/members/" + members.get(name).id() + "/stats?from=2026-12&to=2027-05").json();
    }

    private WebChatUser linked(String name) {
        return chats.computeIfAbsent(name, this::link);
    }

    private WebChatUser link(String name) {
        var user = new WebChatUser(app);
        String code = app.adminPost("/api/admin/members/" + members.get(name).id() + "/invite", "application/json", "{}")
                .json().get("inviteCode").asString();
        user.say("/start " + code);
        return user;
    }

    private void add(String key, OrgUnit unit, String date) {
        Meeting meeting = app.bean(Meetings.class).add(unit, Meeting.Kind.THEMATIC,
                ZonedDateTime.of(LocalDate.parse(date), LocalTime.of(19, 30), MutableClock.VIETNAM),
                "Nhà văn hóa", "Học tập chuyên đề " + key, null).orElseThrow();
        meetings.put(key, meeting.id());
    }

    private Meeting meeting(String key) {
        return app.bean(Meetings.class).meeting(meetings.get(key)).orElseThrow();
    }

    private void reply(String key, String name, Reply reply, String reason) {
        app.bean(Attendance.class).reply(meeting(key), members.get(name), reply, reason, Via.WEB).orElseThrow();
    }

    private void after(String key) {
        app.clock.set(meeting(key).startsAt().plusHours(2).toInstant());
    }

    private void checkIn(String key, String... present) {
        Attendance attendance = app.bean(Attendance.class);
        attendance.openCheckIn(meeting(key)).orElseThrow();
        for (String name : present) {
            attendance.mark(meeting(key), members.get(name).id(), true);
        }
        attendance.closeCheckIn(meeting(key)).orElseThrow();
    }

    private void markEveryone(String key, OrgUnit unit) {
        for (Member member : app.bean(Organization.class).membersOf(unit)) {
            app.bean(Attendance.class).mark(meeting(key), member.id(), true);
        }
    }
}
