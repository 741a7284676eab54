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
 * match (SQLite's LIKE ignores case), so a sibling left from before the rule keeps its cells' paths.
 */
class RenameTest {

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
}
