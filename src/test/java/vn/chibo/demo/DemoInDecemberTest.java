package vn.chibo.demo;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.support.DashboardLink;
import vn.chibo.support.MutableClock;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In December a newcomer finds the demo committee's year-end review under way, with some self-reviews in, and a year
 * of dues with one member three months behind, whom the secretary is told about.
 */
class DemoInDecemberTest {

    @TempDir
    Path folder;

    @Test
    void inDecemberTheDemoCommitteeHasARoundWithSelfReviewsInAndAYearOfDuesWithOneMemberBehind() {
        try (var app = RunningApp.start(folder, new MutableClock(Instant.parse("2026-12-07T02:00:00Z")), "chibo.demo.enabled=true",
                "chibo.dues.tick=200ms")) {
            var organization = app.bean(Organization.class);
            OrgUnit root = organization.unitByPath(DemoCommittee.ROOT_PATH).orElseThrow();
            JsonNode rounds = app.adminGet("/api/admin/org-units/" + root.id() + "/reviews").json();
            assertThat(rounds).hasSize(1);
            assertThat(rounds.get(0).get("year").asInt()).isEqualTo(2026);
            assertThat(rounds.get(0).get("selfReviewDue").asString()).isEqualTo("2026-12-20");
            assertThat(rounds.get(0).get("submitted").asInt()).isEqualTo(2);

            Member an = organization.membersUnder(root).stream().filter(m -> m.fullName().equals("Nguyễn Văn An")).findFirst()
                    .orElseThrow();
            var chat = new WebChatUser(app);
            chat.actAsDemoMember(an.id());
            assertThat(chat.sayText("/kiemdiem")).contains("Kiểm điểm năm 2026", "Đã nộp 1/5: Nguyễn Văn An",
                    "Phạm Thị Dung (đang làm dở)", "Lý Văn Thọ (được miễn công tác và sinh hoạt đảng)");
            assertThat(DashboardLink.page(DashboardLink.signedIn(app, chat), "http://127.0.0.1:" + app.port() + "/dashboard/reviews"))
                    .contains("Năm 2026: hạn nộp bản tự kiểm điểm 20/12/2026", "Chi bộ tổ dân phố Liên Bảo 1", "1/5");

            OrgUnit khaiQuang = organization.unitByPath(DemoCommittee.ROOT_PATH + "/Chi bộ tổ dân phố Khai Quang 2").orElseThrow();
            JsonNode dues = app.adminGet("/api/admin/cells/" + khaiQuang.id() + "/dues?year=2026").json();
            for (JsonNode member : dues.get("members")) {
                String state = member.get("months").get("2026-11").get("state").asString();
                assertThat(state).as(member.get("fullName").asString()).isEqualTo(switch (member.get("fullName").asString()) {
                    case "Đặng Văn Hùng" -> "UNPAID";
                    default -> "PAID";
                });
            }
            assertThat(dues.get("totals").get("2026-01").get("paid").asInt()).isEqualTo(4);
            Member giang = organization.membersOf(khaiQuang).stream().filter(m -> m.fullName().equals("Vũ Thị Giang")).findFirst()
                    .orElseThrow();
            var secretary = new WebChatUser(app);
            secretary.actAsDemoMember(giang.id());
            assertThat(secretary.awaitPushedContaining("Đặng Văn Hùng không đóng đảng phí 3 tháng")).contains("09/2026, 10/2026, 11/2026");
        }
    }
}
