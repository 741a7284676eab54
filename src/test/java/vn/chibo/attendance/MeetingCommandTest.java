package vn.chibo.attendance;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.FirstSaturday;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingCommandTest {

    @TempDir
    Path folder;
    RunningApp app;
    long meeting;
    WebChatUser an;
    WebChatUser binh;

    @BeforeEach
    void start() {
        app = RunningApp.start(folder);
        var roster = Roster.load(app);
        long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
        meeting = FirstSaturday.nextMeeting(app, cell);
        an = new WebChatUser(app);
        an.say("/start " + roster.code("Nguyễn Văn An"));
        binh = new WebChatUser(app);
        binh.say("/start " + roster.code("Trần Thị Bình"));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theSecretarySeesWhoRepliedWhatAndWhoHasNot() {
        binh.press("/diemdanh " + meeting + " co");

        var status = an.say("/hop").get(0);

        assertThat(status.text()).contains("19:30 thứ Bảy, 05/12/2026", "Tham dự (1): Trần Thị Bình",
                "Chưa trả lời (2): Nguyễn Văn An, Lê Văn Cường");
        assertThat(status.buttonLabels()).contains("Dời lịch", "Hủy họp", "Thêm họp chuyên đề")
                .as("check-in opens only an hour before the start, so it is not offered days ahead")
                .doesNotContain("Mở điểm danh");
        assertThat(binh.sayText("/hop")).contains("dành cho bí thư");

        app.clock.set(Instant.parse("2026-12-05T12:00:00Z"));
        assertThat(an.say("/hop").get(0).buttonLabels()).contains("Mở điểm danh", "Dời lịch");
    }

    @Test
    void theSecretaryMovesAMeetingInADialogAndMembersAreTold() {
        assertThat(an.press("/hop doi " + meeting).get(0).text()).contains("thời điểm mới");
        assertThat(an.sayText("thứ bảy tuần sau")).contains("Chưa đọc được");
        assertThat(an.sayText("19:30 12/12/2026")).contains("Đã dời", "19:30 thứ Bảy, 12/12/2026");

        assertThat(binh.awaitPushed()).contains("đổi sang 19:30 thứ Bảy, 12/12/2026");
    }

    @Test
    void theSecretaryCancelsWithAReasonAndAddsAThematicMeeting() {
        an.press("/hop huy " + meeting);
        assertThat(an.sayText("Trùng hội nghị của phường")).contains("Đã hủy");
        assertThat(binh.awaitPushed()).contains("đã hủy", "Trùng hội nghị của phường");

        an.press("/hop them");
        an.say("Học tập chuyên đề năm 2026");
        an.say("Làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
        an.say("08:00 13/12/2026");
        assertThat(an.sayText("Hội trường phường")).contains("Đã thêm", "08:00 Chủ nhật, 13/12/2026");
        assertThat(binh.awaitPushed()).contains("Học tập chuyên đề năm 2026", "Hội trường phường");
    }

    @Test
    void theSecretaryOpensAndClosesCheckIn() {
        app.clock.advance(Duration.between(app.clock.instant(), Instant.parse("2026-12-05T12:30:00Z")));

        String opened = an.press("/hop mo " + meeting).get(0).text();
        String code = opened.replaceAll("(?s).*Mã điểm danh: (\\d{4}).*", "$1");
        assertThat(binh.sayText(code)).contains("Đã điểm danh");

        assertThat(an.press("/hop dong " + meeting).get(0).text()).contains("Có mặt: 1/3");
        assertThat(app.adminGet("/api/admin/meetings/" + meeting + "/attendance").body())
                .contains("\"fullName\":\"Lê Văn Cường\",\"reply\":null,\"reason\":null,\"repliedAt\":null,\"channel\":null,\"present\":false");
    }
}
