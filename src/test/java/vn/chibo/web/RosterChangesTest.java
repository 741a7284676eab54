package vn.chibo.web;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an import does beyond the rows it names: the units it creates are listed, a unit named like an existing
 * one but for a typo is refused, role changes are listed, and no import takes the last admin from a committee.
 */
class RosterChangesTest {

    private static final String HEADER = "cell,full_name,phone,role,status\n";

    @TempDir
    Path folder;

    @Test
    void newUnitsAreListedAndATypoOfAnExistingUnitIsRefusedNamingIt() {
        try (var app = RunningApp.start(folder)) {
            Roster.load(app);

            var typo = app.importRoster(HEADER + "Đảng bộ phường Liên Bảo/chi bo to dan pho 3,Mai Văn Mới,0912345077,member,official\n"
                    + "Dang bo phuong Lien Bao/Chi bộ ma,Đỗ Văn Ma,0912345078,member,official\n");
            assertThat(typo.status()).isEqualTo(422);
            JsonNode errors = typo.json().get("errors");
            assertThat(errors).hasSize(2);
            assertThat(errors.get(0).get("row").asInt()).isEqualTo(2);
            assertThat(errors.get(0).get("message").asString()).contains("chi bo to dan pho 3",
                    "Đảng bộ phường Liên Bảo/Chi bộ tổ dân phố 3");
            assertThat(errors.get(1).get("message").asString()).contains("Đảng bộ phường Liên Bảo\"");
            assertThat(app.adminGet("/api/admin/cells").json()).as("nothing created").hasSize(2);

            var fresh = app.importRoster(HEADER + "Đảng bộ phường Vĩnh Phúc/Chi bộ khu 1,Mai Văn Mới,0912345077,member,official\n");
            assertThat(fresh.status()).isEqualTo(200);
            assertThat(fresh.json().get("createdUnits")).extracting(JsonNode::asString)
                    .containsExactly("Đảng bộ phường Vĩnh Phúc", "Đảng bộ phường Vĩnh Phúc/Chi bộ khu 1");
            assertThat(app.importRoster(HEADER + "Đảng bộ phường Vĩnh Phúc/Chi bộ khu 1,Mai Văn Mới,0912345077,member,official\n")
                    .json().get("createdUnits")).as("again: nothing new").isEmpty();
        }
    }

    @Test
    void roleChangesAreListedAndTheLastAdminOfACommitteeCannotBeDemotedByAnImport() {
        try (var app = RunningApp.start(folder)) {
            Roster.load(app);

            var demoted = app.importRoster(Roster.CSV.replace("Nguyễn Văn An,0912345001,secretary", "Nguyễn Văn An,0912345001,member"));
            assertThat(demoted.status()).isEqualTo(200);
            JsonNode change = demoted.json().get("roleChanges").get(0);
            assertThat(change.get("fullName").asString()).isEqualTo("Nguyễn Văn An");
            assertThat(change.get("from").asString()).isEqualTo("SECRETARY");
            assertThat(change.get("to").asString()).isEqualTo("MEMBER");

            String lastAdminDemoted = Roster.CSV.replace("Ngô Văn Khoa,0912345009,admin,", "Ngô Văn Khoa,0912345009,member,official")
                    .replace(Roster.COMMITTEE + ",Ngô Văn Khoa", Roster.CELL_3 + ",Ngô Văn Khoa");
            var refused = app.importRoster(lastAdminDemoted);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("errors").get(0).get("message").asString())
                    .contains("Ngô Văn Khoa", "quản trị viên cuối cùng", Roster.COMMITTEE);

            var handedOver = app.importRoster(lastAdminDemoted + Roster.COMMITTEE + ",Lý Văn Phúc,0912345011,admin,\n");
            assertThat(handedOver.status()).as("with another admin named in the same file").isEqualTo(200);
            assertThat(handedOver.json().get("roleChanges")).extracting(c -> c.get("fullName").asString())
                    .contains("Ngô Văn Khoa");
        }
    }

    @Test
    void aRosterFileOverTheLimitsIsRefusedAndNothingImported() {
        try (var app = RunningApp.start(folder)) {
            var huge = app.postBytes("/api/admin/roster", "text/csv", new byte[33 * 1024 * 1024],
                    "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN);
            assertThat(huge.status()).isEqualTo(413);
            assertThat(huge.json().get("detail").asString()).contains("tối đa 32 MB");

            var csv = new StringBuilder(HEADER);
            for (int i = 0; i <= 150_000; i++) {
                csv.append("Đảng bộ phường Vĩnh Phúc/Chi bộ khu 1,Đảng viên ").append(i).append(",09")
                        .append(String.format("%08d", i)).append(",member,official\n");
            }
            var tooMany = app.importRoster(csv.toString());
            assertThat(tooMany.status()).isEqualTo(422);
            JsonNode errors = tooMany.json().get("errors");
            assertThat(errors.get(errors.size() - 1).get("message").asString()).contains("hơn 150000 dòng");
            assertThat(errors.get(errors.size() - 1).get("row").asInt()).isEqualTo(150_002);
            assertThat(app.adminGet("/api/admin/cells").json()).isEmpty();
        }
    }

    @Test
    void aLargeRosterIsImportedInTheBackgroundWithItsProgressToAsk() {
        try (var app = RunningApp.start(folder)) {
            var csv = new StringBuilder(HEADER);
            for (int i = 0; i < 2_000; i++) {
                csv.append("Đảng bộ phường Vĩnh Phúc/Chi bộ khu ").append(i % 20).append(",Đảng viên ").append(i)
                        .append(",09").append(String.format("%08d", i)).append(",member,official\n");
            }
            var started = app.post("/api/admin/roster", "text/csv", csv.toString(),
                    "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN, "Prefer", "respond-async");
            assertThat(started.status()).isEqualTo(202);
            String location = started.headers().get("location").get(0);
            assertThat(location).startsWith("/api/admin/roster/imports/");

            var job = new JsonNode[1];
            vn.chibo.support.Await.until("the import done", () -> {
                job[0] = app.adminGet(location).json();
                return job[0].get("state").asString().equals("DONE");
            });
            assertThat(job[0].get("rowsTotal").asInt()).isEqualTo(2_000);
            assertThat(job[0].get("rowsDone").asInt()).isEqualTo(2_000);
            assertThat(job[0].get("result").get("created").asInt()).isEqualTo(2_000);
            assertThat(job[0].get("result").get("createdUnits")).hasSize(21);
            assertThat(app.adminGet("/api/admin/cells").json()).hasSize(20);

            var refused = app.post("/api/admin/roster", "text/csv", HEADER + "Đảng bộ phường Vĩnh Phúc/Chi bộ khu 1,Ai Đó,123,member,official\n",
                    "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN, "Prefer", "respond-async");
            String refusedAt = refused.headers().get("location").get(0);
            vn.chibo.support.Await.until("the import refused", () -> app.adminGet(refusedAt).json().get("state").asString()
                    .equals("REFUSED"));
            assertThat(app.adminGet(refusedAt).json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
        }
    }
}
