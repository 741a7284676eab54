package vn.chibo.conversation;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

class LinkingTest {

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

    @Test
    void aGoodCodeLinksTheChatAndGreetsTheMemberByNameAndCell() {
        var binh = new WebChatUser(app);

        String greeting = binh.sayText("/start " + roster.code("Trần Thị Bình"));

        assertThat(greeting).contains("Trần Thị Bình", "Chi bộ tổ dân phố 3");
        assertThat(binh.sayText("/hoso")).contains("Trần Thị Bình", Roster.CELL_3, "Chính thức", "Web chat");
    }

    @Test
    void theCodeWorksInLowerCaseAndAsABareMessage() {
        assertThat(new WebChatUser(app).sayText(roster.code("Trần Thị Bình").toLowerCase()))
                .contains("Chào đồng chí Trần Thị Bình");
    }

    @Test
    void aWrongCodeIsRefusedAndTheCorrectedOneStillLinks() {
        var binh = new WebChatUser(app);

        assertThat(binh.sayText("/start ZZZZZZZZ")).contains("Mã mời không đúng");
        assertThat(binh.sayText("/hoso")).contains("chưa liên kết");
        assertThat(binh.sayText(roster.code("Trần Thị Bình"))).contains("Chào đồng chí Trần Thị Bình");
    }

    @Test
    void guessingCodesIsStoppedAfterFiveWrongOnesForAQuarterHour() {
        var guesser = new WebChatUser(app);
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.sayText("/start ZZZZZZZ" + (i + 2))).contains("Mã mời không đúng");
        }

        assertThat(guesser.sayText("/start " + roster.code("Trần Thị Bình"))).contains("quá nhiều lần");
        assertThat(new WebChatUser(app).sayText("/start ZZZZZZZZ")).as("others are not held up").contains("không đúng");

        app.clock.advance(Duration.ofMinutes(15));
        assertThat(guesser.sayText("/start " + roster.code("Trần Thị Bình"))).contains("Chào đồng chí Trần Thị Bình");
    }

    @Test
    void aUsedCodeIsRefusedOnAnotherChat() {
        String code = roster.code("Trần Thị Bình");
        new WebChatUser(app).say("/start " + code);

        var stranger = new WebChatUser(app);

        assertThat(stranger.sayText("/start " + code)).contains("đã được dùng");
        assertThat(stranger.sayText("/hoso")).doesNotContain("Trần Thị Bình").contains("chưa liên kết");
    }

    @Test
    void anExpiredCodeIsRefused() {
        app.clock.advance(Duration.ofDays(31));

        assertThat(new WebChatUser(app).sayText("/start " + roster.code("Trần Thị Bình"))).contains("đã hết hạn");
    }

    @Test
    void aLinkedChatCannotBeTakenOverByAnotherMembersCode() {
        var binh = new WebChatUser(app);
        binh.say("/start " + roster.code("Trần Thị Bình"));

        assertThat(binh.sayText("/start " + roster.code("Lê Văn Cường"))).contains("đã được liên kết với đồng chí Trần Thị Bình");
        assertThat(binh.sayText("/hoso")).contains("Trần Thị Bình").doesNotContain("Lê Văn Cường");
        assertThat(new WebChatUser(app).sayText("/start " + roster.code("Lê Văn Cường")))
                .as("the refused code is still unused").contains("Chào đồng chí Lê Văn Cường");
    }

    @Test
    void startAloneExplainsHowToLinkAndWaitsForTheCode() {
        var binh = new WebChatUser(app);

        assertThat(binh.sayText("/start")).contains("mã mời gồm 8 ký tự");
        assertThat(binh.sayText(roster.code("Trần Thị Bình"))).contains("Chào đồng chí Trần Thị Bình");
    }

    @Test
    void anUnlinkedUserCanOnlyLinkAndAskForHelp() {
        var stranger = new WebChatUser(app);

        assertThat(stranger.sayText("/thanhvien")).contains("chưa liên kết tài khoản");
        assertThat(stranger.sayText("/moi 0912345002")).contains("chưa liên kết tài khoản");
        assertThat(stranger.sayText("xin chào")).contains("/start");
        assertThat(stranger.sayText("/trogiup")).contains("/start", "/trogiup").doesNotContain("/hoso", "/thanhvien");
    }

    @Test
    void aSecretaryHandsANewCodeToAMemberOfTheirCellOnly() {
        var an = new WebChatUser(app);
        an.say("/start " + roster.code("Nguyễn Văn An"));

        assertThat(an.sayText("/moi 0912 345 004")).contains("Không tìm thấy");
        String answer = an.sayText("/moi +84912345002");
        assertThat(answer).contains("Trần Thị Bình");
        String newCode = answer.replaceAll("(?s).*: ([A-Z2-9]{8}) .*", "$1");

        assertThat(new WebChatUser(app).sayText("/start " + newCode)).contains("Chào đồng chí Trần Thị Bình");
    }

    @Test
    void theInviteDialogAsksForThePhoneAndUsesTheNextMessage() {
        var an = new WebChatUser(app);
        an.say("/start " + roster.code("Nguyễn Văn An"));

        assertThat(an.sayText("/moi")).contains("số điện thoại");
        assertThat(an.sayText("0912345003")).contains("Mã mời mới cho đồng chí Lê Văn Cường");
        assertThat(an.sayText("0912345003")).as("the dialog ended with the answer").contains("Tôi chưa hiểu");
    }

    @Test
    void anUnknownCommandOrTextGetsAHintNotSilence() {
        var binh = new WebChatUser(app);
        binh.say("/start " + roster.code("Trần Thị Bình"));

        var unknown = binh.say("/xyz");
        assertThat(unknown.get(0).text()).contains("Không có lệnh /xyz");
        assertThat(unknown.get(1).text()).contains("/trogiup");
        assertThat(binh.sayText("hôm nay họp không?")).contains("/trogiup");
        assertThat(binh.sayText("")).contains("/trogiup");
    }
}
