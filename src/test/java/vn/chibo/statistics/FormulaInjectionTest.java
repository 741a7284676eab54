package vn.chibo.statistics;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names are what people typed: one that looks like a spreadsheet formula must reach a secretary's Excel as the
 * text it is, from every CSV and every workbook the bot writes.
 */
class FormulaInjectionTest {

    private static final String CELL = "Đảng bộ phường Vĩnh Phúc/=1+1";
    private static final String HYPERLINK = "=HYPERLINK(\"http://x.example\",\"y\")";

    @TempDir
    Path folder;

    @Test
    void namesThatLookLikeFormulasStayTextInCsvAndInWorkbooks() throws Exception {
        try (var app = RunningApp.start(folder)) {
            JsonNode imported = app.importRoster("""
                    cell,full_name,phone,role,status
                    %1$s,Nguyễn Văn An,0912345001,secretary,official
                    %1$s,"%2$s",0912345002,member,official
                    %1$s,+84 giả,0912345003,member,official
                    %1$s,-1,0912345004,member,official
                    %1$s,@SUM(A1),0912345005,member,official
                    """.formatted(CELL, HYPERLINK.replace("\"", "\"\""))).json();
            long cellId = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
            long committeeId = app.adminGet("/api/admin/cells").json().get(0).get("parentId").asLong();

            List<String> names = new ArrayList<>();
            for (JsonNode member : imported.get("members")) {
                String csv = app.get("/api/admin/members/" + member.get("memberId").asLong() + "/stats",
                        "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN, "Accept", "text/csv").body();
                CSVRecord row = records(csv).get(0);
                names.add(row.get("fullName"));
                assertThat(row.get("cellName")).isEqualTo("'=1+1");
            }
            assertThat(names).containsExactly("Nguyễn Văn An", "'" + HYPERLINK, "'+84 giả", "'-1", "'@SUM(A1)");
            String committee = app.get("/api/admin/org-units/" + committeeId + "/stats", "Authorization",
                    "Bearer " + RunningApp.ADMIN_TOKEN, "Accept", "text/csv").body();
            assertThat(records(committee).get(0).get("cellName")).isEqualTo("'=1+1");
            assertThat(cellId).isPositive();

            var an = new WebChatUser(app);
            an.say("/start " + imported.get("members").get(0).get("inviteCode").asString());
            WebChatUser.Reply report = an.say("/baocao").get(0);
            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(app.getBytes(report.fileUrl())))) {
                Sheet members = workbook.getSheetAt(1);
                var formulaLike = new ArrayList<Cell>();
                for (Row row : members) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("no cell is a formula").isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("=")) {
                            formulaLike.add(cell);
                        }
                    }
                }
                assertThat(formulaLike).extracting(Cell::getStringCellValue).contains(HYPERLINK);
            }
        }
    }

    private static List<CSVRecord> records(String csv) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.replace("\uFEFF", ""))).getRecords();
    }
}
