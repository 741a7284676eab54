package vn.chibo.conversation;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

        assertThat(help.text()).contains("/trogiup", "/hoso").doesNotContain("/thanhvien", "/moi");
        assertThat(help.buttonPayloads()).containsExactly("/bangxephang", "/cuatoi", "/diemdanh", "/hoso", "/lich", "/sotay", "/thi");
        assertThat(binh.sayText("/thanhvien")).contains("dành cho bí thư");
    }

    @Test
    void aSecretarySeesTheirCellCommandsAndTheirCellOnly() {
        var an = linked("Nguyễn Văn An", "vi");
        linked("Lê Văn Cường", "vi");

        var help = an.say("/trogiup").get(0);
        assertThat(help.text()).contains("/trogiup", "/hoso", "/thanhvien", "/moi");

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
    void repliesAreVietnameseByDefaultAndEnglishWhenTheUserLanguageIsEnglish() {
        var vietnamese = linked("Trần Thị Bình", "vi");
        var english = linked("Lê Văn Cường", "en-US");

        assertThat(vietnamese.sayText("/trogiup")).contains("Các lệnh đồng chí có thể dùng", "/trogiup");
        assertThat(english.sayText("/help")).contains("Commands you can use", "/help", "/profile");
        assertThat(english.sayText("/profile")).contains("Comrade Lê Văn Cường", "Probationary");
        assertThat(english.sayText("/hoso")).as("Vietnamese names work in English too").contains("Probationary");
        assertThat(new WebChatUser(app, "en").sayText("/start")).contains("To link your account");
    }
}
