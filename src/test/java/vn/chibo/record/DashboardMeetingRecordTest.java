package vn.chibo.record;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.DashboardLink;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretary keeps a meeting's record on the dashboard's meeting page: agenda, note-taker, speakers, a show of
 * hands, the minutes, a task and the checklist; the grade then shows in /thongke, the cell page, the overview,
 * the Excel report, the CSV and the committee's monthly digest.
 */
class DashboardMeetingRecordTest {

    @TempDir
    Path folder;

    @Test
    void theSecretaryKeepsTheRecordOnTheDashboardAndTheGradeRollsUp() throws Exception {
        try (var app = RunningApp.start(folder, "chibo.statistics.tick=100ms")) {
            var roster = Roster.load(app);
            var an = new WebChatUser(app);
            an.say("/start " + roster.code("Nguyễn Văn An"));
            var khoa = new WebChatUser(app);
            khoa.say("/start " + roster.code("Ngô Văn Khoa"));
            long cell = cellId(app);
            long meeting = app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json", """
                    {"kind":"THEMATIC","startsAt":"2026-11-28T19:30","place":"Nhà văn hóa tổ 3","title":"Học tập Chỉ thị 50"}""")
                    .json().get("id").asLong();
            HttpClient signedIn = DashboardLink.signedIn(app, an);
            String page = "http://127.0.0.1:" + app.port() + "/dashboard/meetings/" + meeting;

            String before = DashboardLink.page(signedIn, page);
            assertThat(before).contains("Biên bản và chất lượng sinh hoạt", "id=\"save-agenda\"")
                    .as("speakers and votes wait for the meeting").doesNotContain("id=\"record-speech\"", "id=\"open-vote\"");
            assertThat(DashboardLink.submit(signedIn, page + "/agenda", before, Map.of("agenda",
                    "1. Quán triệt Chỉ thị 50-CT/TW - Nguyễn Văn An\n2. Thông qua nghị quyết tháng 11")).statusCode()).isEqualTo(302);
            String withAgenda = DashboardLink.page(signedIn, page);
            assertThat(withAgenda).contains("Đã lưu chương trình họp (2 mục).", "Quán triệt Chỉ thị 50-CT/TW",
                    "trình bày: Nguyễn Văn An", "Quán triệt Chỉ thị 50-CT/TW - Nguyễn Văn An\nThông qua nghị quyết tháng 11</textarea>",
                    "Đã đọc tài liệu: chưa đồng chí nào (0/3 đồng chí).");

            HttpResponse<String> stranger = DashboardLink.submit(signedIn, page + "/note-taker", withAgenda,
                    Map.of("memberId", String.valueOf(roster.id("Phạm Thị Dung"))));
            assertThat(stranger.statusCode()).isEqualTo(422);
            assertThat(stranger.body()).contains("Thư ký phải là đảng viên của chi bộ họp.");
            DashboardLink.submit(signedIn, page + "/note-taker", withAgenda, Map.of("memberId", String.valueOf(roster.id("Lê Văn Cường"))));

            String attendance = page + "/attendance/";
            DashboardLink.submit(signedIn, attendance + roster.id("Nguyễn Văn An"), withAgenda, Map.of("present", "true"));
            DashboardLink.submit(signedIn, attendance + roster.id("Trần Thị Bình"), withAgenda, Map.of("present", "true"));
            DashboardLink.submit(signedIn, attendance + roster.id("Lê Văn Cường"), withAgenda, Map.of("present", "false"));
            app.clock.set(Instant.parse("2026-11-28T12:40:00Z"));
            HttpClient http = DashboardLink.signedIn(app, an);

            String during = DashboardLink.page(http, page);
            assertThat(during).contains("id=\"record-speech\"", "id=\"open-vote\"");
            DashboardLink.submit(http, page + "/speeches", during, Map.of("memberId", String.valueOf(roster.id("Nguyễn Văn An")),
                    "item", "1", "summary", "Ba điểm mới của Chỉ thị"));
            DashboardLink.submit(http, page + "/speeches", during, Map.of("memberId", String.valueOf(roster.id("Trần Thị Bình")),
                    "item", "", "summary", ""));
            DashboardLink.submit(http, page + "/votes", during, Map.of("question", "Thông qua nghị quyết tháng 11"));
            long vote = app.adminGet("/api/admin/meetings/" + meeting + "/votes").json().get(0).get("id").asLong();
            HttpResponse<String> tooMany = DashboardLink.submit(http, page + "/votes/" + vote + "/hands", during,
                    Map.of("for", "3", "against", "0", "abstain", "0"));
            assertThat(tooMany.statusCode()).isEqualTo(422);
            assertThat(tooMany.body()).contains("Tổng số giơ tay vượt quá số đảng viên có quyền biểu quyết.");
            DashboardLink.submit(http, page + "/votes/" + vote + "/hands", during, Map.of("for", "2", "against", "0", "abstain", "0"));
            DashboardLink.submit(http, page + "/votes/" + vote + "/close", during, Map.of());
            DashboardLink.submit(http, page + "/minutes", during, Map.of("chair", "", "endedAt", "2026-11-28T21:10", "guests", "",
                    "conclusion", "Chi bộ thông qua nghị quyết tháng 11."));
            DashboardLink.submit(http, page + "/tasks", during, Map.of("title", "Báo cáo kết quả học tập", "memberId",
                    String.valueOf(roster.id("Trần Thị Bình")), "dueOn", "2026-12-15"));
            HttpResponse<String> badDue = DashboardLink.submit(http, page + "/tasks", during, Map.of("title", "Việc khác", "memberId",
                    String.valueOf(roster.id("Trần Thị Bình")), "dueOn", "15/12"));
            assertThat(badDue.statusCode()).isEqualTo(422);

            String after = DashboardLink.page(http, page);
            assertThat(after).contains("Nguyễn Văn An (mục 1): Ba điểm mới của Chỉ thị", "<li>Trần Thị Bình</li>",
                    "Tán thành 2, không tán thành 0, không biểu quyết 0; chưa biểu quyết 0 trong 2 đảng viên có quyền biểu quyết.",
                    "Thông qua", "Thư ký: Lê Văn Cường", "value=\"28/11/2026 21:10\"", "Chi bộ thông qua nghị quyết tháng 11.",
                    "Báo cáo kết quả học tập — Trần Thị Bình, 15/12/2026 (đang làm)", "Tổng 71,7/100 điểm: Khá")
                    .doesNotContain("Việc khác");
            DashboardLink.submit(http, page + "/assessment", after, Map.of("documentsAhead", "true", "durationMinutes", "",
                    "minutesComplete", ""));
            String graded = DashboardLink.page(http, page);
            assertThat(graded).contains("Tổng 86,7/100 điểm: Khá", "bí thư trả lời");
            try (var word = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(
                    bytes(http, page + "/minutes.docx"))))) {
                assertThat(word.getText()).contains("Thư ký: Lê Văn Cường", "Ba điểm mới của Chỉ thị",
                        "Chi bộ thông qua nghị quyết tháng 11.");
            }

            assertThat(an.sayText("/thongke")).contains("Xếp loại chất lượng theo khung chấm điểm: Khá (86,7 điểm).",
                    "Xếp loại chất lượng theo khung chấm điểm (1 cuộc họp): bình quân 86,7 điểm — Tốt 0, Khá 1, Trung bình 0, Kém 0.");
            String base = "http://127.0.0.1:" + app.port();
            assertThat(DashboardLink.page(http, base + "/dashboard/cells/" + cell)).contains("Chất lượng (điểm)", "<td>86,7</td>");
            try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes(http, base + "/dashboard/units/" + cell + "/report.xlsx")))) {
                Sheet months = book.getSheetAt(0);
                Row header = months.getRow(0);
                int column = columnOf(header, "Điểm chất lượng sinh hoạt bình quân");
                Row november = months.getRow(12);
                assertThat(new DataFormatter().formatCellValue(november.getCell(0))).isEqualTo("11/2026");
                assertThat(november.getCell(column).getNumericCellValue()).isEqualTo(86.7);
                assertThat(november.getCell(columnOf(header, "Số cuộc họp xếp loại Khá")).getNumericCellValue()).isEqualTo(1);
            }
            String csv = DashboardLink.page(http, base + "/dashboard/units/" + cell + "/stats.csv");
            assertThat(csv.lines().findFirst().orElseThrow()).endsWith(
                    "gradedMeetings,averageGrade,gradesGood,gradesFair,gradesAverage,gradesPoor");
            assertThat(csv).contains("2026-11,").contains(",1,86.7,0,1,0,0");

            app.clock.set(Instant.parse("2026-12-01T01:30:00Z"));
            assertThat(khoa.awaitPushedContaining("tháng 11/2026")).as("the committee's digest")
                    .contains("Xếp loại chất lượng theo khung chấm điểm (1 cuộc họp): bình quân 86,7 điểm — Tốt 0, Khá 1");
            assertThat(DashboardLink.page(DashboardLink.signedIn(app, an), base + "/dashboard"))
                    .contains("Điểm chất lượng sinh hoạt tháng trước", ">86,7</td>");
        }
    }

    private static int columnOf(Row header, String title) {
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (header.getCell(i).getStringCellValue().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("No column " + title);
    }

    private static long cellId(RunningApp app) {
        for (JsonNode cell : app.adminGet("/api/admin/cells").json()) {
            if (cell.get("path").asString().equals(Roster.CELL_3)) {
                return cell.get("id").asLong();
            }
        }
        throw new AssertionError("no cell 3");
    }

    private static byte[] bytes(HttpClient http, String url) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }
}
