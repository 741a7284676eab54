package vn.chibo.dues;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.DashboardLink;
import vn.chibo.support.MutableClock;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three months of dues in a cell of ten, on the users' path: the collector records cash in chat, a member who pays on
 * the portal comes from the portal's list (a bad list refused whole), the secretary records a month on the
 * dashboard; one member is exempt after fifty years, one pays half for six months, one falls behind and is reminded
 * on the 20th, told at two months and flagged to the secretary at three; a member sees only their own months; the
 * figures and the Excel report agree with the record.
 */
class DuesTest {

    private static final String COMMITTEE = "Đảng bộ phường Liên Bảo";
    private static final String CELL = COMMITTEE + "/Chi bộ tổ dân phố 5";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> CASH_PAYERS = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Thị Thu", "Bùi Thị Hà",
            "Ngô Văn Khánh", "Mai Văn Long", "Hoàng Thị Dịu");

    @TempDir
    Path folder;

    @Test
    void threeMonthsOfDuesInACellOfTen() throws Exception {
        var clock = new MutableClock(Instant.parse("2026-09-01T01:00:00Z"));
        try (var app = RunningApp.start(folder, clock, "chibo.dues.tick=200ms")) {
            var imported = app.importRoster("""
                    cell,full_name,phone,role,status
                    %1$s,Nguyễn Văn An,0913000001,secretary,official
                    %1$s,Trần Thị Bình,0913000002,deputy,official
                    %1$s,Lê Thị Thu,0913000003,member,official
                    %1$s,Phạm Văn Cao,0913000004,member,official
                    %1$s,Hoàng Thị Dịu,0913000005,member,official
                    %1$s,Vũ Văn Đông,0913000006,member,official
                    %1$s,Đỗ Văn Bảy,0913000007,member,official
                    %1$s,Bùi Thị Hà,0913000008,member,official
                    %1$s,Ngô Văn Khánh,0913000009,member,probationary
                    %1$s,Mai Văn Long,0913000010,member,official
                    """.formatted(CELL));
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            Map<String, Long> ids = new HashMap<>();
            Map<String, String> codes = new HashMap<>();
            imported.json().get("members").forEach(member -> {
                ids.put(member.get("fullName").asString(), member.get("memberId").asLong());
                codes.put(member.get("fullName").asString(), member.get("inviteCode").asString());
            });
            long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
            WebChatUser an = linked(app, codes.get("Nguyễn Văn An"));
            WebChatUser thu = linked(app, codes.get("Lê Thị Thu"));
            WebChatUser bay = linked(app, codes.get("Đỗ Văn Bảy"));
            WebChatUser cao = linked(app, codes.get("Phạm Văn Cao"));
            WebChatUser diu = linked(app, codes.get("Hoàng Thị Dịu"));

            // the cell names its collector; an exemption and a reduction, each with its reason and period
            assertThat(app.send("PUT", "/api/admin/cells/" + cell + "/dues-settings", "application/json",
                    "{\"collector\":" + ids.get("Lê Thị Thu") + "}").status()).isEqualTo(200);
            assertThat(app.send("PUT", "/api/admin/members/" + ids.get("Phạm Văn Cao") + "/dues-exemption", "application/json",
                    "{\"kind\":\"EXEMPT\",\"from\":\"2026-09\",\"to\":\"2027-08\",\"reason\":\"Đủ 50 năm tuổi Đảng\"}").status())
                    .isEqualTo(200);
            assertThat(app.send("PUT", "/api/admin/members/" + ids.get("Hoàng Thị Dịu") + "/dues-exemption", "application/json",
                    "{\"kind\":\"REDUCED\",\"percent\":40,\"from\":\"2026-09\",\"to\":\"2027-02\",\"reason\":\"Khó khăn\"}").status())
                    .as("a reduction is 30, 50 or 70 %").isEqualTo(422);
            assertThat(app.send("PUT", "/api/admin/members/" + ids.get("Hoàng Thị Dịu") + "/dues-exemption", "application/json",
                    "{\"kind\":\"REDUCED\",\"percent\":50,\"from\":\"2026-09\",\"to\":\"2027-09\",\"reason\":\"Khó khăn\"}").status())
                    .as("at most 12 months").isEqualTo(422);
            assertThat(app.send("PUT", "/api/admin/members/" + ids.get("Hoàng Thị Dịu") + "/dues-exemption", "application/json",
                    "{\"kind\":\"REDUCED\",\"percent\":50,\"from\":\"2026-09\",\"to\":\"2027-02\",\"reason\":\"Hoàn cảnh khó khăn\"}")
                    .status()).isEqualTo(200);
            JsonNode basis = app.send("PUT", "/api/admin/members/" + ids.get("Hoàng Thị Dịu") + "/dues-basis", "application/json",
                    "{\"basis\":\"PENSION\",\"base\":4000000}").json();
            assertThat(basis.get("dueThisMonth").asLong()).as("0.5 % of the pension, halved").isEqualTo(10_000);

            // September: the collector records cash in chat, a page at a time
            setClock(clock, "2026-09-05T03:00:00Z");
            assertThat(bay.sayText("/dangphi")).as("a member who does not collect sees only their own months")
                    .contains("09/2026: chưa đóng", "Lê Thị Thu").doesNotContain("Nguyễn Văn An");
            payInChat(thu, ids, "2026-09");

            // the portal's list: a row that is no member of the cell loads nothing; the right list, twice, once
            String badList = "Số điện thoại,Họ và tên,Số tiền,Ngày đóng,Hình thức\n0913000006,Vũ Văn Đông,25.000,03/09/2026,Cổng DVC\n"
                    + "0999999999,Người lạ,25.000,03/09/2026,Cổng DVC\n";
            var refused = app.adminPost("/api/admin/cells/" + cell + "/dues?month=2026-09", "text/csv", badList);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("errors").get(0).get("row").asInt()).isEqualTo(3);
            assertThat(refused.json().get("errors").get(0).get("column").asString()).isEqualTo("phone");
            assertThat(month(app, cell, "Vũ Văn Đông", "2026-09").get("state").asString()).as("nothing loaded").isEqualTo("UNPAID");
            String goodList = "phone;full_name;amount;paid_on;method\n0913000006;Vũ Văn Đông;25000;2026-09-03;PORTAL\n";
            for (int time = 0; time < 2; time++) {
                var loaded = app.adminPost("/api/admin/cells/" + cell + "/dues?month=2026-09", "text/csv", goodList);
                assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
            }
            JsonNode dong = month(app, cell, "Vũ Văn Đông", "2026-09");
            assertThat(dong.get("state").asString()).isEqualTo("PAID");
            assertThat(dong.get("method").asString()).isEqualTo("PORTAL");
            assertThat(dong.get("amount").asLong()).isEqualTo(25_000);

            // the 20th: only who has not paid is reminded
            setClock(clock, "2026-09-20T02:00:00Z");
            assertThat(bay.awaitPushedContaining("Nhắc đảng phí")).contains("tháng 09/2026", "Lê Thị Thu");
            assertThat(String.join("\n", cao.inbox()) + String.join("\n", an.inbox())).doesNotContain("Nhắc đảng phí");

            // October: the secretary ticks the month on the dashboard; Đông comes from the portal's list in Excel
            setClock(clock, "2026-10-10T03:00:00Z");
            HttpClient browser = DashboardLink.signedIn(app, an);
            String page = DashboardLink.page(browser, base(app) + "/dashboard/cells/" + cell + "/dues");
            assertThat(page).contains("id=\"dues-grid\"", "Đỗ Văn Bảy");
            Map<String, String> ticked = new LinkedHashMap<>();
            ticked.put("month", "2026-10");
            ticked.put("method", "CASH");
            CASH_PAYERS.forEach(name -> ticked.put("member-" + ids.get(name), "on"));
            assertThat(DashboardLink.submit(browser, base(app) + "/dashboard/cells/" + cell + "/dues", page, ticked).statusCode())
                    .isEqualTo(302);
            var badExcel = app.postBytes("/api/admin/cells/" + cell + "/dues?month=2026-10", XLSX,
                    portalList(List.of("0913000006", "Vũ Văn Đông", "25000", "04/10/2026", "Cổng DVC"),
                            List.of("0913000007", "Đỗ Văn Bảy", "25000", "31/09/2026", "Cổng DVC")),
                    "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN);
            assertThat(badExcel.status()).isEqualTo(422);
            assertThat(badExcel.json().get("errors").get(0).get("row").asInt()).isEqualTo(3);
            assertThat(badExcel.json().get("errors").get(0).get("column").asString()).isEqualTo("paid_on");
            assertThat(month(app, cell, "Vũ Văn Đông", "2026-10").get("state").asString()).as("nothing loaded").isEqualTo("UNPAID");
            var excel = app.postBytes("/api/admin/cells/" + cell + "/dues?month=2026-10", XLSX,
                    portalList(List.of("0913000006", "Vũ Văn Đông", "25000", "04/10/2026", "Cổng DVC")), "Authorization",
                    "Bearer " + RunningApp.ADMIN_TOKEN);
            assertThat(excel.status()).as(excel.body()).isEqualTo(200);

            // November begins: two months unpaid; the member and the cell's leaders are told privately
            setClock(clock, "2026-11-01T02:00:00Z");
            assertThat(bay.awaitPushedContaining("chưa đóng đảng phí 2 tháng")).contains("09/2026, 10/2026");
            assertThat(an.awaitPushedContaining("Đỗ Văn Bảy chưa đóng đảng phí 2 tháng")).contains("09/2026, 10/2026");
            setClock(clock, "2026-11-06T03:00:00Z");
            payInChat(thu, ids, "2026-11");
            app.adminPost("/api/admin/cells/" + cell + "/dues?month=2026-11", "text/csv", goodList.replace("2026-09-03", "2026-11-03"));

            // December begins: three months; the secretary gets the case to bring to the cell
            setClock(clock, "2026-12-01T02:00:00Z");
            assertThat(an.awaitPushedContaining("3 tháng trong năm 2026")).contains("Đỗ Văn Bảy", "Điều 8",
                    "Bot chỉ báo; chi bộ quyết định");
            assertThat(String.join("\n", bay.inbox())).as("the case goes to the leaders, not to the member")
                    .doesNotContain("3 tháng trong năm");
            assertThat(String.join("\n", thu.inbox())).as("the collector is no leader").doesNotContain("Đỗ Văn Bảy");

            // the 20th of December: the reduced member who has not paid is reminded, the exempt one is not
            setClock(clock, "2026-12-20T02:00:00Z");
            assertThat(diu.awaitPushedContaining("Nhắc đảng phí")).contains("tháng 12/2026");
            assertThat(String.join("\n", cao.inbox())).doesNotContain("Nhắc đảng phí");

            String mine = diu.sayText("/dangphi");
            assertThat(mine).contains("09/2026: đã đóng 10.000 đ", "10/2026: đã đóng", "11/2026: đã đóng", "12/2026: được giảm 50%")
                    .doesNotContain("Đỗ Văn Bảy");
            assertThat(cao.sayText("/dangphi")).contains("09/2026: được miễn");

            JsonNode year = app.adminGet("/api/admin/cells/" + cell + "/dues?year=2026").json();
            for (String month : List.of("2026-09", "2026-10", "2026-11")) {
                JsonNode total = year.get("totals").get(month);
                assertThat(total.get("members").asInt()).isEqualTo(10);
                assertThat(total.get("paid").asInt()).as(month).isEqualTo(8);
                assertThat(total.get("excused").asInt()).isEqualTo(1);
                assertThat(total.get("unpaid").asInt()).isEqualTo(1);
            }
            assertThat(year.get("totals").has("2026-08")).as("before the cell began keeping dues here").isFalse();
            assertThat(an.sayText("/thongke")).contains("Đảng phí tháng 12/2026: 0/10 đồng chí đã đóng (0%); miễn, giảm, hoãn 2; chưa đóng 8.");
            browser = DashboardLink.signedIn(app, an);
            List<List<String>> sheet = duesSheet(bytes(browser, base(app) + "/dashboard/units/" + cell + "/report.xlsx"));
            assertThat(sheet).contains(List.of("Chi bộ tổ dân phố 5", "9/2026", "10", "8", "1", "1", "80.0%"),
                    List.of("Chi bộ tổ dân phố 5", "11/2026", "10", "8", "1", "1", "80.0%"));
        }
    }

    private static WebChatUser linked(RunningApp app, String code) {
        var user = new WebChatUser(app);
        user.say("/start " + code);
        return user;
    }

    /** The collector presses each cash payer's button, going to the next page when the list has one. */
    private static void payInChat(WebChatUser collector, Map<String, Long> ids, String month) {
        var list = collector.say("/dangphi").get(0);
        assertThat(list.text()).contains("Đảng phí tháng " + month.substring(5) + "/" + month.substring(0, 4),
                "Được miễn: Phạm Văn Cao", "Chưa đóng: 9 đồng chí", "Trang 1/2");
        assertThat(list.buttonLabels()).contains("✅ Hoàng Thị Dịu (được giảm)", "Trang sau").hasSize(8 + 3);
        var next = collector.press(list.buttonPayloads().get(list.buttonLabels().indexOf("Trang sau"))).get(0);
        assertThat(next.text()).contains("Trang 2/2");
        assertThat(next.buttonLabels().stream().filter(label -> label.startsWith("✅"))).hasSize(1);
        for (String name : CASH_PAYERS) {
            String payload = "/dangphi ghi " + month + " " + ids.get(name);
            List<WebChatUser.Reply> replies = collector.press(payload);
            assertThat(replies.get(0).text()).contains("Đã ghi: đồng chí " + name);
        }
    }

    private static JsonNode month(RunningApp app, long cell, String name, String month) {
        for (JsonNode member : app.adminGet("/api/admin/cells/" + cell + "/dues?year=2026").json().get("members")) {
            if (member.get("fullName").asString().equals(name)) {
                return member.get("months").get(month);
            }
        }
        throw new AssertionError(name + " has no dues record");
    }

    @SafeVarargs
    private static byte[] portalList(List<String>... rows) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Danh sách");
            List<String> header = List.of("Số điện thoại", "Họ và tên", "Số tiền", "Ngày đóng", "Hình thức");
            for (int index = 0; index <= rows.length; index++) {
                Row row = sheet.createRow(index);
                List<String> values = index == 0 ? header : rows[index - 1];
                for (int column = 0; column < values.size(); column++) {
                    row.createCell(column).setCellValue(values.get(column));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<List<String>> duesSheet(byte[] xlsx) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var formatter = new DataFormatter();
            var rows = new ArrayList<List<String>>();
            for (Row row : workbook.getSheet("Đảng phí")) {
                var cells = new ArrayList<String>();
                for (int column = 0; column < row.getLastCellNum(); column++) {
                    cells.add(formatter.formatCellValue(row.getCell(column)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static byte[] bytes(HttpClient browser, String url) throws Exception {
        HttpResponse<byte[]> response = browser.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String base(RunningApp app) {
        return "http://127.0.0.1:" + app.port();
    }

    private static void setClock(MutableClock clock, String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }
}
