package vn.chibo.statistics;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.support.MutableClock;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures that arrive unasked: the secretary's summary when check-in closes, the admins' monthly digest, once. */
class SummaryMessagesTest {

    @TempDir
    Path folder;

    @Test
    void checkInClosingSendsTheSummaryAndTheDigestDayTheMonthBefore() {
        try (var app = RunningApp.start(folder, "chibo.statistics.tick=100ms")) {
            Roster roster = Roster.load(app);
            var an = new WebChatUser(app);
            an.say("/start " + roster.code("Nguyễn Văn An"));
            var khoa = new WebChatUser(app);
            khoa.say("/start " + roster.code("Ngô Văn Khoa"));
            OrgUnit cell = app.bean(Organization.class).unitByPath(Roster.CELL_3).orElseThrow();
            Meeting meeting = app.bean(Meetings.class).add(cell, Meeting.Kind.THEMATIC,
                    ZonedDateTime.of(LocalDate.of(2026, 12, 5), LocalTime.of(19, 30), MutableClock.VIETNAM),
                    "Nhà văn hóa", "Học tập Chỉ thị 50", null).orElseThrow();
            an.awaitPushed();

            app.clock.set(Instant.parse("2026-12-05T14:00:00Z"));
            app.adminPost("/api/admin/meetings/" + meeting.id() + "/check-in/open", "application/json", "");
            app.send("PUT", "/api/admin/meetings/" + meeting.id() + "/attendance/" + roster.id("Trần Thị Bình"),
                    "application/json", "{\"present\":true}");
            app.send("PUT", "/api/admin/meetings/" + meeting.id() + "/attendance/" + roster.id("Nguyễn Văn An"),
                    "application/json", "{\"present\":true}");
            app.adminPost("/api/admin/meetings/" + meeting.id() + "/check-in/close", "application/json", "");

            assertThat(an.awaitPushed()).startsWith("Đã đóng điểm danh — Chi bộ tổ dân phố 3\n"
                    + "19:30 thứ Bảy, 05/12/2026: có mặt 2/3 (66,7%); vắng có lý do 0, vắng không lý do 1");

            assertThat(khoa.awaitPushedContaining("tháng 11/2026")).as("on the digest day or after, November's")
                    .contains("Bản tin sinh hoạt chi bộ tháng trước:\n📊 Đảng bộ phường Liên Bảo — tháng 11/2026\n"
                            + "Chưa có buổi sinh hoạt nào đã diễn ra trong kỳ này.");

            app.clock.set(Instant.parse("2027-01-01T01:30:00Z"));
            String digest = khoa.awaitPushedContaining("Tỷ lệ có mặt của 2 chi bộ thấp nhất");
            assertThat(digest).contains("Bản tin sinh hoạt chi bộ tháng trước:\n📊 Đảng bộ phường Liên Bảo — tháng 12/2026")
                    .contains("1. Chi bộ tổ dân phố 3 — 66,7%")
                    .contains("Tỷ lệ có mặt của 2 chi bộ thấp nhất — Đảng bộ phường Liên Bảo, mục tiêu 90%");

            app.bean(SummaryMessages.class).sendDueDigests();
            long queued = app.bean(JdbcClient.class)
                    .sql("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE 'stats:digest:2026-12:%'")
                    .query(Long.class).single();
            assertThat(queued).as("the text and the ranking chart, once").isEqualTo(2);
        }
    }
}
