package vn.chibo.conversation;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Organization;
import vn.chibo.support.MutableClock;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

class HelpAndLanguageTest {

    @TempDir
    Path folder;
    RunningApp app;
    Roster roster;

    @BeforeEach
    void start() {
        app = RunningApp.start(folder);
        roster = Roster.load(app);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private WebChatUser linked(String fullName, String language) {
        var user = new WebChatUser(app, language);
        user.say("/start " + roster.code(fullName));
        return user;
    }

    @Test
    void aMemberSeesOnlyMemberCommandsAndIsRefusedTheOthers() {
        var binh = linked("Trần Thị Bình", "vi");

        var help = binh.say("/trogiup").get(0);

        assertThat(help.text()).contains("/trogiup", "/hoso").doesNotContain("/thanhvien", "/moi")
                .as("one group of commands needs no heading").doesNotContain("Lệnh của đảng viên");
        assertThat(help.buttonPayloads()).containsExactly("/bangxephang", "/cuatoi", "/dangphi", "/diemdanh", "/hoso", "/kiemdiem", "/lich", "/sotay", "/thi",
                "/viec");
        assertThat(binh.sayText("/thanhvien")).contains("dành cho bí thư");
    }

    @Test
    void aSecretarySeesTheirCellCommandsAndTheirCellOnly() {
        var an = linked("Nguyễn Văn An", "vi");
        linked("Lê Văn Cường", "vi");

        var help = an.say("/trogiup").get(0);
        assertThat(help.text()).as("their own commands first, then the cell's, each under its heading")
                .containsSubsequence("📌 Lệnh của đảng viên:", "/hoso", "📋 Lệnh của bí thư, phó bí thư:", "/moi", "/thanhvien")
                .doesNotContain("Lệnh quản trị");

        String members = an.say(help.buttonPayloads().get(help.buttonLabels().indexOf("Thành viên"))).get(0).text();
        assertThat(members).contains("3 đảng viên, 2 đã liên kết", "Nguyễn Văn An (Bí thư) — đã liên kết",
                        "Trần Thị Bình — chưa liên kết", "Lê Văn Cường — đã liên kết")
                .doesNotContain("Phạm Thị Dung");
    }

    @Test
    void anAdminSeesEveryCellOfTheirScope() {
        var khoa = linked("Ngô Văn Khoa", "vi");

        String members = khoa.sayText("/thanhvien");

        assertThat(members).contains("Chi bộ tổ dân phố 3: 3 đảng viên", "Chi bộ tổ dân phố 4: 2 đảng viên");
        assertThat(khoa.sayText("/moi 0912345004")).contains("Phạm Thị Dung");
    }

    @Test
    void anAdminsHelpListsOnlyWhatTheyCanUseAndTheyActForACellTheyPick() {
        var khoa = linked("Ngô Văn Khoa", "vi");
        linked("Trần Thị Bình", "vi");
        app.bean(Meetings.class).add(app.bean(Organization.class).unitByPath(Roster.CELL_3).orElseThrow(),
                Meeting.Kind.THEMATIC, ZonedDateTime.of(2026, 12, 12, 8, 0, 0, 0, MutableClock.VIETNAM), "Hội trường",
                "Học tập chuyên đề", null).orElseThrow();

        String help = khoa.sayText("/trogiup");
        assertThat(help).contains("/hop", "/nhacnho", "/thongke")
                .containsSubsequence("📋 Lệnh của bí thư, phó bí thư:", "/hop", "⚙️ Lệnh quản trị:", "/napdanhsach")
                .as("an admin above the cells has no reply or record of their own to give")
                .doesNotContain("/diemdanh", "/cuatoi");

        var ask = khoa.say("/hop").get(0);
        assertThat(ask.text()).isEqualTo("Đồng chí làm việc với chi bộ nào?");
        assertThat(ask.buttonLabels()).containsExactly("Chi bộ tổ dân phố 3", "Chi bộ tổ dân phố 4");
        var status = khoa.press(ask.buttonPayloads().get(0)).get(0);
        assertThat(status.text()).contains("Học tập chuyên đề", "Chưa trả lời");
        String nudge = status.buttonPayloads().get(status.buttonLabels().indexOf("Nhắc người chưa trả lời"));
        assertThat(nudge).as("the buttons keep the cell picked").contains("@");
        assertThat(text(khoa.press(nudge))).startsWith("Đã nhắc 3 đồng chí chưa trả lời: Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường");

        String move = status.buttonPayloads().get(status.buttonLabels().indexOf("Dời lịch"));
        assertThat(text(khoa.press(move))).contains("thời điểm mới");
        assertThat(khoa.sayText("08:00 13/12/2026")).as("the dialog stays with the cell").startsWith("Đã dời");

        for (String ownCellCommand : List.of("/cuatoi", "/diemdanh", "/dadoc", "/me", "/rsvp")) {
            assertThat(khoa.sayText(ownCellCommand)).as("%s from an admin above the cells: one rule, one message",
                    ownCellCommand).isEqualTo("Lệnh này dành cho đảng viên của một chi bộ.");
        }

        var other = khoa.say("/nhacnho @" + app.bean(Organization.class).unitByPath("Đảng bộ phường Liên Bảo").orElseThrow().id()).get(0);
        assertThat(other.text()).as("a committee is no cell to pick").isEqualTo("Đồng chí làm việc với chi bộ nào?");
    }

    @Test
    void repliesAreVietnameseByDefaultAndEnglishWhenTheUserLanguageIsEnglish() {
        var vietnamese = linked("Trần Thị Bình", "vi");
        var english = linked("Lê Văn Cường", "en-US");

        assertThat(vietnamese.sayText("/trogiup")).contains("Các lệnh đồng chí có thể dùng", "/trogiup");
        assertThat(english.sayText("/help")).contains("Commands you can use", "/help", "/profile");
        assertThat(english.sayText("/profile")).contains("Comrade Lê Văn Cường", "Probationary");
        assertThat(english.sayText("/hoso")).as("Vietnamese names work in English too").contains("Probationary");
        assertThat(new WebChatUser(app, "en").sayText("/start")).contains("To link your account");
    }

    private static String text(java.util.List<WebChatUser.Reply> replies) {
        return String.join("\n", replies.stream().map(WebChatUser.Reply::text).toList());
    }
}
