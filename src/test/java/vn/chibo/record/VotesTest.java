package vn.chibo.record;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Organization;
import vn.chibo.support.MutableClock;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vote at the meeting, in chat and through the admin API: only members checked in present get the buttons,
 * a probationary member is told they have no vote, a ballot may change until the close, the count names its rule.
 */
class VotesTest {

    private static final Pattern CODE = Pattern.compile("Mã điểm danh: (\\d{4})");

    @TempDir
    Path folder;
    RunningApp app;
    Roster roster;
    Meeting meeting;

    @BeforeEach
    void start() {
        app = RunningApp.start(folder);
        roster = Roster.load(app);
        meeting = app.bean(Meetings.class).add(app.bean(Organization.class).unitByPath(Roster.CELL_3).orElseThrow(),
                Meeting.Kind.THEMATIC, ZonedDateTime.of(LocalDate.of(2026, 11, 28), LocalTime.of(19, 30), MutableClock.VIETNAM),
                "Nhà văn hóa tổ 3", "Học tập Chỉ thị 50", null).orElseThrow();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private WebChatUser linked(String name, String language) {
        var user = new WebChatUser(app, language);
        user.say("/start " + roster.code(name));
        return user;
    }

    @Test
    void membersPresentVoteProbationaryMembersAreToldTheyHaveNoneAndTheCountNamesItsRule() {
        var an = linked("Nguyễn Văn An", "vi");
        var binh = linked("Trần Thị Bình", "vi");
        var cuong = linked("Lê Văn Cường", "en");
        app.clock.set(meeting.startsAt().toInstant().minus(Duration.ofMinutes(10)));
        var status = an.say("/hop").get(0);
        var opened = an.press(status.buttonPayloads().get(status.buttonLabels().indexOf("Mở điểm danh")));
        Matcher code = CODE.matcher(opened.get(0).text());
        assertThat(code.find()).isTrue();
        for (WebChatUser member : java.util.List.of(an, binh, cuong)) {
            member.say("/diemdanh");
            assertThat(member.sayText(code.group(1))).containsAnyOf("Đã điểm danh", "checked in", "present");
        }
        app.clock.advance(Duration.ofMinutes(40));

        assertThat(binh.sayText("/bieuquyet moi Thông qua nghị quyết")).as("only leaders open a vote")
                .startsWith("Chỉ bí thư, phó bí thư");
        var openedVote = an.say("/bieuquyet moi Thông qua nghị quyết tháng 11").get(0);
        assertThat(openedVote.text()).startsWith("Đã mở biểu quyết: Thông qua nghị quyết tháng 11");
        assertThat(binh.awaitPushedContaining("🗳 Biểu quyết: Thông qua nghị quyết tháng 11")).contains("có thể đổi");
        assertThat(cuong.awaitPushedContaining("probationary")).contains("no vote (Party Charter, Article 5)");

        long voteId = app.adminGet("/api/admin/meetings/" + meeting.id() + "/votes").json().get(0).get("id").asLong();
        assertThat(binh.sayText("/bieuquyet " + voteId + " khong")).startsWith("Đã ghi nhận: Không tán thành");
        assertThat(binh.sayText("/bieuquyet " + voteId + " tan")).as("changed before the close").startsWith("Đã ghi nhận: Tán thành");
        assertThat(cuong.sayText("/vote " + voteId + " tan")).isEqualTo("As a probationary member you have no vote (Party Charter, Article 5).");

        JsonNode count = app.adminGet("/api/admin/meetings/" + meeting.id() + "/votes/" + voteId).json();
        assertThat(count.get("for").asInt()).isEqualTo(1);
        assertThat(count.get("against").asInt()).isZero();
        assertThat(count.get("eligible").asInt()).as("An and Bình; Cường is probationary").isEqualTo(2);
        assertThat(count.get("notVoted").asInt()).isEqualTo(1);
        assertThat(count.get("approved").asBoolean()).as("1 of 2 is not more than half").isFalse();
        assertThat(count.get("rule").asString()).isEqualTo("MORE_THAN_HALF_OF_ELIGIBLE");

        an.say("/bieuquyet " + voteId + " tan");
        String closed = an.sayText("/bieuquyet dong " + voteId);
        assertThat(closed).contains("Tán thành 2, không tán thành 0, không biểu quyết 0; chưa biểu quyết 0 trong 2",
                "Thông qua (cần quá nửa số đảng viên có quyền biểu quyết tán thành)");
        assertThat(binh.sayText("/bieuquyet " + voteId + " khong")).isEqualTo("Biểu quyết này đã kết thúc.");
        assertThat(app.adminGet("/api/admin/meetings/" + meeting.id() + "/votes/" + voteId).json().get("approved").asBoolean()).isTrue();
    }

    @Test
    void theApiOpensAVoteRecordsAShowOfHandsAndRefusesMoreHandsThanVoters() {
        app.clock.set(meeting.startsAt().toInstant().plus(Duration.ofMinutes(30)));
        var opened = app.adminPost("/api/admin/meetings/" + meeting.id() + "/votes", "application/json",
                "{\"question\":\"Kết nạp đồng chí Hoàng Văn Em\"}");
        assertThat(opened.status()).isEqualTo(201);
        long voteId = opened.json().get("id").asLong();
        assertThat(opened.json().get("open").asBoolean()).isTrue();

        var hands = app.adminPost("/api/admin/meetings/" + meeting.id() + "/votes/" + voteId + "/hands", "application/json",
                "{\"for\":2,\"against\":0,\"abstain\":0}");
        assertThat(hands.json().get("showOfHands").asBoolean()).isTrue();
        assertThat(hands.json().get("approved").asBoolean()).isTrue();
        var tooMany = app.adminPost("/api/admin/meetings/" + meeting.id() + "/votes/" + voteId + "/hands", "application/json",
                "{\"for\":3,\"against\":0,\"abstain\":0}");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.json().get("detail").asString()).isEqualTo("Tổng số giơ tay vượt quá số đảng viên có quyền biểu quyết.");

        var closed = app.adminPost("/api/admin/meetings/" + meeting.id() + "/votes/" + voteId + "/close", "application/json", "");
        assertThat(closed.json().get("open").asBoolean()).isFalse();
        assertThat(app.adminPost("/api/admin/meetings/" + meeting.id() + "/votes", "application/json", "{\"question\":\" \"}")
                .status()).isEqualTo(422);
        assertThat(app.adminGet("/api/admin/meetings/" + meeting.id() + "/votes/99999").status()).isEqualTo(404);
    }
}
