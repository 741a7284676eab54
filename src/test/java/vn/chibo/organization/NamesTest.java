package vn.chibo.organization;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rename never touches another ward: a name that differs from a sibling's only by case, spaces or diacritics is
 * refused as the roster import refuses it, and the paths below a renamed unit are found by the tree, not by a text
 * match (SQLite's LIKE ignores case), so a sibling left from before the rule keeps its cells' paths. Names and titles
 * lose the invisible characters that make them show otherwise than they read (a direction override, zero-width
 * spaces and joiners).
 */
class NamesTest {

    private static final String ROSTER = """
            cell,full_name,phone,role,status
            Đảng bộ tỉnh/Đảng bộ phường Liên Bảo/Chi bộ tổ 1,Nguyễn Văn An,0912345001,secretary,official
            Đảng bộ tỉnh/Đảng bộ phường Khai Quang/Chi bộ tổ 2,Trần Thị Bình,0912345002,member,official
            """;

    @TempDir
    Path folder;

    @Test
    void aNearDuplicateNameIsRefusedAndARenameRewritesOnlyItsOwnPaths() {
        try (var app = RunningApp.start(folder)) {
            assertThat(app.importRoster(ROSTER).status()).isEqualTo(200);
            long khaiQuang = unit(app, "Đảng bộ tỉnh/Đảng bộ phường Khai Quang");

            var nearDuplicate = app.send("PATCH", "/api/admin/org-units/" + khaiQuang, "application/json",
                    "{\"name\":\"đảng bộ phường LIÊN BẢO\"}");
            assertThat(nearDuplicate.status()).isEqualTo(422);
            assertThat(nearDuplicate.json().get("detail").asString()).contains("tên gần giống");

            // a sibling named but for the case of its ASCII letters (which SQLite's LIKE ignores), as a database from before this rule may hold one
            JdbcClient jdbc = app.bean(JdbcClient.class);
            jdbc.sql("UPDATE org_unit SET name = ?, path = ? WHERE id = ?")
                    .params("Đảng bộ phường LIêN BảO", "Đảng bộ tỉnh/Đảng bộ phường LIêN BảO", khaiQuang).update();
            jdbc.sql("UPDATE org_unit SET path = ? WHERE parent_id = ?")
                    .params("Đảng bộ tỉnh/Đảng bộ phường LIêN BảO/Chi bộ tổ 2", khaiQuang).update();

            var renamed = app.send("PATCH", "/api/admin/org-units/" + unit(app, "Đảng bộ tỉnh/Đảng bộ phường Liên Bảo"),
                    "application/json", "{\"name\":\"Đảng bộ phường Vĩnh Phúc\"}");
            assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
            assertThat(paths(app)).contains("Đảng bộ tỉnh/Đảng bộ phường Vĩnh Phúc/Chi bộ tổ 1",
                    "Đảng bộ tỉnh/Đảng bộ phường LIêN BảO/Chi bộ tổ 2");
        }
    }

    private static long unit(RunningApp app, String path) {
        return app.bean(Organization.class).unitByPath(path).orElseThrow().id();
    }

    private static List<String> paths(RunningApp app) {
        return app.bean(JdbcClient.class).sql("SELECT path FROM org_unit ORDER BY path").query(String.class).list();
    }

    @Test
    void namesAndTitlesLoseDirectionOverridesAndZeroWidthCharacters() {
        try (var app = RunningApp.start(folder)) {
            var imported = app.importRoster("cell,full_name,phone,role,status\n"
                    + "Đảng bộ tỉnh/Đảng bộ phường Liên Bảo/Chi bộ tổ 1,\u200bTrần Thị\u200d Bình\u202e,0912345002,member,official\n");
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(imported.json().get("members").get(0).get("fullName").asString()).isEqualTo("Trần Thị Bình");

            long cell = unit(app, "Đảng bộ tỉnh/Đảng bộ phường Liên Bảo/Chi bộ tổ 1");
            var meeting = app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json",
                    "{\"kind\":\"THEMATIC\",\"startsAt\":\"2026-12-20T19:30\",\"place\":\"Nhà văn\u200b hóa\","
                            + "\"title\":\"Học tập \u202eChỉ thị 50\"}");
            assertThat(meeting.json().get("title").asString()).isEqualTo("Học tập Chỉ thị 50");
            assertThat(meeting.json().get("place").asString()).isEqualTo("Nhà văn hóa");
            var renamed = app.send("PATCH", "/api/admin/org-units/" + cell, "application/json",
                    "{\"name\":\"Chi bộ\u200b tổ\u2066 một\"}");
            assertThat(renamed.json().get("name").asString()).isEqualTo("Chi bộ tổ một");
        }
    }
}
