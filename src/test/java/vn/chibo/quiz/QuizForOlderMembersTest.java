package vn.chibo.quiz;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quizzes for members who read slowly: a minute a question unless the committee sets otherwise, a member's own
 * longer time, a quiz taken up again from another chat going on from where it is, and the handbook section behind
 * each answer one tap away.
 */
class QuizForOlderMembersTest {

    @TempDir
    Path folder;
    RunningApp app;
    Roster roster;
    QuizPlay play;

    @BeforeEach
    void start() {
        app = RunningApp.start(folder, "chibo.quiz.tick=1h");
        roster = Roster.load(app);
        play = new QuizPlay(app);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theCommitteeSetsTheTimeAndAMemberAsksForMore() {
        WebChatUser binh = linked("Trần Thị Bình");
        assertThat(binh.press("/thi @dang-phi").get(0).text()).as("a minute by default").startsWith("Câu 1/10 · 60 giây");

        long committee = app.adminGet("/api/admin/cells").json().get(0).get("parentId").asLong();
        var refused = app.send("PUT", "/api/admin/org-units/" + committee + "/quiz-settings", "application/json",
                "{\"secondsPerQuestion\":5}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("từ 10 đến 600");
        assertThat(app.send("PUT", "/api/admin/org-units/" + committee + "/quiz-settings", "application/json",
                "{\"secondsPerQuestion\":90}").status()).isEqualTo(200);
        long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
        var inherited = app.adminGet("/api/admin/org-units/" + cell + "/quiz-settings").json();
        assertThat(inherited.get("secondsPerQuestion").asInt()).as("the cell takes its committee's").isEqualTo(90);
        assertThat(inherited.get("definedAt").asLong()).isEqualTo(committee);
        assertThat(inherited.get("defaultSeconds").asInt()).isEqualTo(60);
        assertThat(binh.press("/thi @dang-phi").get(0).text()).startsWith("Câu 1/10 · 90 giây");

        WebChatUser.Reply menu = binh.say("/thi").get(0);
        assertThat(menu.buttonLabels()).contains("⏱ Thời gian mỗi câu: 90 giây");
        WebChatUser.Reply paces = binh.press("/thi thoigian").get(0);
        assertThat(paces.text()).contains("Mỗi câu hỏi đồng chí có 90 giây");
        assertThat(paces.buttonLabels()).containsExactly("Như đảng bộ đặt (90 giây)", "Gấp rưỡi (135 giây)",
                "Gấp đôi (180 giây)", "Gấp ba (270 giây)");
        assertThat(binh.press(paces.buttonPayloads().get(2)).get(0).text()).contains("mỗi câu hỏi 180 giây");
        assertThat(binh.press("/thi @dang-phi").get(0).text()).as("her next quiz at her pace").startsWith("Câu 1/10 · 180 giây");
        assertThat(binh.sayText("/thi thoigian 999")).as("only the paces offered").contains("Mỗi câu hỏi đồng chí có 180 giây");

        WebChatUser cuong = linked("Lê Văn Cường");
        assertThat(cuong.press("/thi @dang-phi").get(0).text()).as("another member keeps the committee's time")
                .startsWith("Câu 1/10 · 90 giây");
        assertThat(app.send("DELETE", "/api/admin/org-units/" + committee + "/quiz-settings", "application/json", "")
                .json().get("secondsPerQuestion").asInt()).isEqualTo(60);
    }

    @Test
    void aQuizTakenUpAgainFromAnotherChatGoesOnFromWhereItIs() {
        WebChatUser phone = linked("Trần Thị Bình");
        WebChatUser.Reply first = phone.press("/thi @dang-phi").get(0);
        Question firstAsked = play.question(first.text());
        app.clock.advance(Duration.ofSeconds(59));

        WebChatUser computer = new WebChatUser(app);
        computer.say("/start " + app.adminPost("/api/admin/members/" + roster.id("Trần Thị Bình") + "/invite",
                "application/json", "").json().get("inviteCode").asString());
        assertThat(computer.say("/thi").get(0).buttonLabels()).contains("Tiếp tục bài đang làm");
        List<WebChatUser.Reply> resumed = computer.press("/thi tiep");
        assertThat(resumed.get(0).text()).as("one second left is no time to read: the question is closed")
                .startsWith("⏰ Hết giờ").contains(QuizPlay.rightOption(firstAsked));
        WebChatUser.Reply second = resumed.get(1);
        assertThat(second.text()).as("and the next asked with its full time").startsWith("Câu 2/10 · 60 giây");

        app.clock.advance(Duration.ofSeconds(20));
        WebChatUser.Reply again = computer.press("/thi tiep").get(0);
        assertThat(again.text()).as("shown again with the time it has left").startsWith("Câu 2/10 · 40 giây");
        List<WebChatUser.Reply> answered = computer.press(QuizPlay.payloadOf(again, QuizPlay.rightOption(play.question(again.text()))));
        assertThat(answered.get(0).text()).startsWith("✅ Đúng!");
        assertThat(answered.get(1).text()).startsWith("Câu 3/10");

        List<WebChatUser.Reply> stale = computer.press(QuizPlay.payloadOf(first, QuizPlay.rightOption(firstAsked)));
        assertThat(stale.get(0).text()).isEqualTo("Câu này đã qua. Đồng chí trả lời câu hỏi mới nhất.");
        assertThat(stale.get(1).text()).as("an old question's button leads to the current one").startsWith("Câu 3/10");
    }

    @Test
    void theAnswerLeadsToItsHandbookSectionByTitle() {
        WebChatUser binh = linked("Trần Thị Bình");
        WebChatUser.Reply question = binh.press("/thi @dang-phi").get(0);
        WebChatUser.Reply feedback = binh.press(QuizPlay.payloadOf(question, QuizPlay.rightOption(play.question(question.text()))))
                .get(0);
        assertThat(feedback.text()).as("no raw anchors in the text").doesNotContain("/sotay", "#");
        assertThat(feedback.buttonLabels()).singleElement().asString().startsWith("📖 ");
        String title = feedback.buttonLabels().get(0).substring("📖 ".length());
        assertThat(binh.press(feedback.buttonPayloads().get(0)).get(0).text()).as("the section opens").contains(title);
    }

    private WebChatUser linked(String fullName) {
        var member = new WebChatUser(app);
        member.say("/start " + roster.code(fullName));
        return member;
    }
}
