package vn.chibo.statistics;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/** A statistics period is at most ten years: 0001 to 9999 is refused with a clear problem, not answered with 38 MB. */
class StatisticsPeriodTest {

    @TempDir
    Path folder;

    @Test
    void aPeriodOverTenYearsIsRefusedAndTenYearsAreAnswered() {
        try (var app = RunningApp.start(folder)) {
            Roster.load(app);
            long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();

            var huge = app.adminGet("/api/admin/cells/" + cell + "/stats?from=0001-01&to=9999-12");
            assertThat(huge.status()).isEqualTo(400);
            assertThat(huge.json().get("detail").asString()).contains("tối đa 10 năm (120 tháng)");
            assertThat(app.adminGet("/api/admin/cells/" + cell + "/stats?from=2016-01&to=2026-01").status())
                    .as("121 months").isEqualTo(400);
            assertThat(app.adminGet("/api/admin/cells/" + cell + "/stats?from=2017-01&to=2026-12").status())
                    .as("ten years exactly").isEqualTo(200);
        }
    }
}
