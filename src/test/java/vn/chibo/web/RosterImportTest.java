package vn.chibo.web;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

class RosterImportTest {

    private static final String COMMITTEE = "Đảng bộ phường Liên Bảo";
    private static final String CELL_3 = COMMITTEE + "/Chi bộ tổ dân phố 3";
    private static final String CELL_4 = COMMITTEE + "/Chi bộ tổ dân phố 4";

    private static final String GOOD = """
            cell,full_name,phone,role,status
            %1$s,Nguyễn Văn An,0912 345 001,secretary,official
            %1$s,Trần Thị Bình,+84912345002,member,official
            %1$s,Lê Văn Cường,84912345003,member,probationary
            %2$s,Phạm Thị Dung,0912345004,deputy,official
            %3$s,Ngô Văn Khoa,0912345009,admin,
            """.formatted(CELL_3, CELL_4, COMMITTEE);

    @TempDir
    Path folder;
    RunningApp app;

    @BeforeEach
    void start() {
        app = RunningApp.start(folder);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aGoodFileCreatesTheTreeAndTheMembersWithInviteCodesAndTelegramLinks() {
        var response = app.importRoster(GOOD);

        assertThat(response.status()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.get("created").asInt()).isEqualTo(5);
        assertThat(answer.get("members")).hasSize(5);
        JsonNode an = answer.get("members").get(0);
        assertThat(an.get("fullName").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(an.get("phone").asString()).isEqualTo("0912345001");
        assertThat(an.get("role").asString()).isEqualTo("SECRETARY");
        assertThat(an.get("inviteCode").asString()).matches("[A-Z2-9]{8}");
        assertThat(an.get("telegramLink").asString())
                .isEqualTo("https://t.me/chibo_bot?start=" + an.get("inviteCode").asString());
        assertThat(answer.get("members").get(4).get("cell").asString()).isEqualTo(COMMITTEE);

        JsonNode cells = app.adminGet("/api/admin/cells").json();
        assertThat(paths(cells)).containsExactly(CELL_3, CELL_4);
        long cell3 = cells.get(0).get("id").asLong();
        JsonNode members = app.adminGet("/api/admin/cells/" + cell3 + "/members").json();
        assertThat(names(members)).containsExactly("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường");
        assertThat(members.get(2).get("status").asString()).isEqualTo("PROBATIONARY");
        assertThat(members.get(1).get("phone").asString()).isEqualTo("0912345002");
    }

    @Test
    void vietnameseHeadersInAnyOrderAndSemicolonsAreReadTheSame() {
        String vietnamese = """
                Số điện thoại;Họ và tên;Trạng thái;Vai trò;Chi bộ
                0912 345 001;Nguyễn Văn An;Chính thức;Bí thư;%s
                0912 345 005;Hoàng Thị Em;Dự bị;Đảng viên;%s
                """.formatted(CELL_3, CELL_3);

        var response = app.importRoster(vietnamese);

        assertThat(response.status()).isEqualTo(200);
        JsonNode members = response.json().get("members");
        assertThat(members.get(0).get("role").asString()).isEqualTo("SECRETARY");
        assertThat(members.get(1).get("status").asString()).isEqualTo("PROBATIONARY");
        assertThat(members.get(1).get("cell").asString()).isEqualTo(CELL_3);
    }

    @Test
    void theTemplatesAreEmptyRostersTheImportReads() throws java.io.IOException {
        String csv = new String(app.adminGetBytes("/api/admin/roster/template.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFChi bộ,Họ và tên,Số điện thoại,Vai trò,Trạng thái,Miễn sinh hoạt,Ngày vào Đảng\r\n");
        var filled = app.importRoster(csv.substring(1) + CELL_3 + ",Nguyễn Văn An,0912 345 001,Bí thư,Chính thức,Không,03/02/1995\r\n");
        assertThat(filled.status()).isEqualTo(200);
        assertThat(filled.json().get("created").asInt()).isEqualTo(1);

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                app.adminGetBytes("/api/admin/roster/template.xlsx")))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Danh sách");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Vai trò");
            assertThat(sheet.getLastRowNum()).as("no example row to be imported by mistake").isZero();
            assertThat(sheet.getDataValidations()).extracting(v -> List.of(v.getValidationConstraint().getExplicitListValues()))
                    .containsExactlyInAnyOrder(List.of("Đảng viên", "Bí thư", "Phó bí thư", "Quản trị"),
                            List.of("Chính thức", "Dự bị"), List.of("Có", "Không"));
            assertThat(workbook.getSheet("Hướng dẫn").getRow(3).getCell(0).getStringCellValue()).startsWith("Ví dụ:");
        }
    }

    @Test
    void badRowsAreAllReportedWithRowAndColumnAndNothingIsImported() {
        String bad = """
                cell,full_name,phone,role,status
                %1$s,Nguyễn Văn An,0912 345 001,secretary,official
                %1$s,,0912 345 002,member,official
                %1$s,Lê Văn Cường,12345,member,official
                %1$s,Phạm Thị Dung,0912345004,chairman,official
                %1$s,Hoàng Thị Em,0912345005,member,retired
                %1$s,Vũ Văn Phong,+84 912 345 001,member,official
                Chi bộ mồ côi,Đỗ Văn Giang,0912345007,member,official
                %1$s/Tổ 1,Bùi Văn Hải,0912345008,member,official
                """.formatted(CELL_3);

        var response = app.importRoster(bad);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var errors = errors(response.json());
        assertThat(errors).as("row 2 and row 9 disagree on whether tổ dân phố 3 is a cell").containsExactly(
                "2 cell", "3 full_name", "4 phone", "5 role", "6 status", "7 phone", "8 cell", "9 cell");
        assertThat(response.json().get("errors").get(5).get("message").asString())
                .as("the repeated phone names the row it repeats").contains("dòng 2");
        assertThat(app.adminGet("/api/admin/cells").json()).isEmpty();
    }

    @Test
    void aDayOfJoiningThatIsNoDateIsReportedWithItsRowAndColumn() {
        String bad = "cell,full_name,phone,role,status,joined_on\n" + CELL_3 + ",Nguyễn Văn An,0912345001,secretary,official,31/02/2020\n"
                + CELL_3 + ",Trần Thị Bình,0912345002,member,official,2020-02-28\n";

        var response = app.importRoster(bad);

        assertThat(response.status()).isEqualTo(422);
        assertThat(errors(response.json())).containsExactly("2 joined_on");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("\"31/02/2020\" không phải ngày hợp lệ");
        assertThat(app.adminGet("/api/admin/cells").json()).isEmpty();
    }

    @Test
    void problemsAreWrittenInTheCallersLanguage() {
        String bad = "cell,full_name,phone,role,status\n" + CELL_3 + ",An,12345,member,official\n";

        var vietnamese = app.importRoster(bad).json().get("errors").get(0).get("message").asString();
        var english = app.post("/api/admin/roster", "text/csv", bad, "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN,
                "Accept-Language", "en").json().get("errors").get(0).get("message").asString();

        assertThat(vietnamese).contains("không phải số điện thoại Việt Nam hợp lệ");
        assertThat(english).contains("is not a valid Vietnamese phone number");
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderRow() {
        var response = app.importRoster("cell,full_name,role,status\n" + CELL_3 + ",An,member,official\n");

        assertThat(response.status()).isEqualTo(422);
        assertThat(errors(response.json())).containsExactly("1 phone");
    }

    @Test
    void aCellCannotAlsoBeACommittee() {
        var response = app.importRoster("""
                cell,full_name,phone,role,status
                %1$s,Nguyễn Văn An,0912345001,member,official
                """.formatted(CELL_3));
        assertThat(response.status()).isEqualTo(200);

        var clash = app.importRoster("""
                cell,full_name,phone,role,status
                %1$s/Tổ 2,Trần Thị Bình,0912345002,member,official
                %2$s,Lê Văn Cường,0912345003,member,official
                """.formatted(CELL_3, COMMITTEE));

        assertThat(clash.status()).isEqualTo(422);
        assertThat(errors(clash.json())).containsExactly("2 cell", "3 cell");
    }

    @Test
    void reimportingTheSameFileChangesNothingAndAChangedRowUpdatesTheMemberByPhone() {
        JsonNode first = app.importRoster(GOOD).json();

        JsonNode again = app.importRoster(GOOD).json();

        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(5);
        assertThat(codes(again)).isEqualTo(codes(first));
        assertThat(paths(app.adminGet("/api/admin/cells").json())).containsExactly(CELL_3, CELL_4);

        String changed = GOOD.replace("%s,Lê Văn Cường,84912345003,member,probationary".formatted(CELL_3),
                "%s,Lê Văn Cường,0912 345 003,member,official".formatted(CELL_4));
        JsonNode update = app.importRoster(changed).json();

        assertThat(update.get("updated").asInt()).isEqualTo(1);
        assertThat(update.get("created").asInt()).isZero();
        long cell4 = app.adminGet("/api/admin/cells").json().get(1).get("id").asLong();
        JsonNode cell4Members = app.adminGet("/api/admin/cells/" + cell4 + "/members").json();
        assertThat(names(cell4Members)).containsExactly("Lê Văn Cường", "Phạm Thị Dung");
        assertThat(cell4Members.get(0).get("status").asString()).isEqualTo("OFFICIAL");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithAHint() {
        byte[] windows1258 = ("cell,full_name,phone,role,status\n" + CELL_3 + ",Nguyễn Văn An,0912345001,member,official\n")
                .getBytes(Charset.forName("windows-1258"));

        var response = app.postBytes("/api/admin/roster", "text/csv", windows1258,
                "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("UTF-8");
    }

    private static List<String> errors(JsonNode problem) {
        var list = new ArrayList<String>();
        problem.get("errors").forEach(e -> list.add(e.get("row").asInt() + " " + e.get("column").asString()));
        return list;
    }

    private static List<String> paths(JsonNode cells) {
        var list = new ArrayList<String>();
        cells.forEach(c -> list.add(c.get("path").asString()));
        return list;
    }

    private static List<String> names(JsonNode members) {
        var list = new ArrayList<String>();
        members.forEach(m -> list.add(m.get("fullName").asString()));
        return list;
    }

    private static List<String> codes(JsonNode answer) {
        var list = new ArrayList<String>();
        answer.get("members").forEach(m -> list.add(m.get("inviteCode").asString()));
        return list;
    }
}
