package vn.chibo.quiz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Practice quizzes in the web chat: random draws, shuffled options, time limits on the bot's clock, scores. */
class PracticeQuizTest {

    @TempDir
    Path folder;

    private RunningApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private WebChatUser member(String... settings) {
        app = RunningApp.start(folder, settings);
        Roster roster = Roster.load(app);
        var member = new WebChatUser(app);
        member.say("/start " + roster.code("Trần Thị Bình"));
        return member;
    }

    @Test
    void tenQuestionsWithoutRepeatsAndTheRightOptionStaysRightHoweverItIsShuffled() {
        WebChatUser member = member("chibo.quiz.tick=1h");
        List<WebChatUser.Reply> menu = member.say("/thi");
        assertThat(menu.get(0).buttonLabels()).contains("Trộn các chủ đề", "Điều lệ Đảng", "Đảng phí");

        WebChatUser.Reply question = member.press("/thi @*").get(0);
        Set<String> seen = new HashSet<>();
        boolean someOptionsMoved = false;
        for (int number = 1; number <= 10; number++) {
            assertThat(question.text()).startsWith("Câu " + number + "/10 · 60 giây");
            Question asked = bankQuestion(question.text());
            assertThat(seen.add(asked.id())).as("question %s asked twice", asked.id()).isTrue();
            assertThat(question.buttonLabels()).containsExactlyInAnyOrderElementsOf(asked.options());
            someOptionsMoved |= !question.buttonLabels().equals(asked.options());

            List<WebChatUser.Reply> replies = member.press(QuizPlay.payloadOf(question, QuizPlay.rightOption(asked)));
            assertThat(replies.get(0).text()).startsWith("✅ Đúng!").contains(asked.explanation()).doesNotContain("/sotay");
            assertThat(replies.get(0).buttonPayloads()).as("the section it comes from, to open with a tap")
                    .singleElement().asString().startsWith("/sotay #");
            question = replies.get(1);
        }
        assertThat(someOptionsMoved).isTrue();
        assertThat(question.text()).startsWith("🏁 Xong bài ôn tập: đúng 10/10 câu");
        assertThat(question.buttonPayloads()).containsExactly("/thi", "/bangxephang");
    }

    @Test
    void theScoreCountsRightAnswersAndTheTimeRunsOnTheBotsClock() {
        WebChatUser member = member("chibo.quiz.tick=1h");
        WebChatUser.Reply question = member.press("/thi @dang-phi").get(0);
        for (int number = 1; number <= 10; number++) {
            app.clock.advance(Duration.ofSeconds(5));
            Question asked = bankQuestion(question.text());
            assertThat(asked.topicId()).isEqualTo("dang-phi");
            String chosen = number <= 7 ? QuizPlay.rightOption(asked) : QuizPlay.wrongOption(asked);
            List<WebChatUser.Reply> replies = member.press(QuizPlay.payloadOf(question, chosen));
            if (number > 7) {
                assertThat(replies.get(0).text()).as("named as the button shows it, with no number")
                        .startsWith("❌ Chưa đúng. Đáp án: " + QuizPlay.rightOption(asked) + "\n");
            }
            question = replies.get(1);
        }
        assertThat(question.text()).isEqualTo("🏁 Xong bài ôn tập: đúng 7/10 câu, thời gian 50 giây.");
    }

    @Test
    void anAnswerAfterTheTimeLimitDoesNotCount() {
        WebChatUser member = member("chibo.quiz.tick=1h");
        WebChatUser.Reply question = member.press("/thi @dang-phi").get(0);
        Question first = bankQuestion(question.text());
        app.clock.advance(Duration.ofSeconds(61));
        List<WebChatUser.Reply> late = member.press(QuizPlay.payloadOf(question, QuizPlay.rightOption(first)));
        assertThat(late.get(0).text()).startsWith("⏰ Hết giờ, câu này không tính điểm. Đáp án: ");
        question = late.get(1);
        assertThat(question.text()).startsWith("Câu 2/10 · 60 giây");

        app.clock.advance(Duration.ofSeconds(60));
        question = member.press(QuizPlay.payloadOf(question, QuizPlay.rightOption(bankQuestion(question.text())))).get(1);
        assertThat(question.text()).as("exactly at the limit still counts").startsWith("Câu 3/10");
        for (int number = 3; number <= 10; number++) {
            question = member.press(QuizPlay.payloadOf(question, QuizPlay.rightOption(bankQuestion(question.text())))).get(1);
        }
        assertThat(question.text()).startsWith("🏁 Xong bài ôn tập: đúng 9/10 câu");
    }

    @Test
    void whenTimeRunsOutTheBotMovesOnByItself() {
        WebChatUser member = member("chibo.quiz.tick=100ms");
        WebChatUser.Reply question = member.press("/thi @dang-phi").get(0);
        Question first = bankQuestion(question.text());
        app.clock.advance(Duration.ofSeconds(61));

        String pushed = member.awaitPushedContaining("Câu 2/10");
        assertThat(pushed).startsWith("⏰ Hết giờ").contains(QuizPlay.rightOption(first)).contains("Câu 2/10 · 60 giây");
        List<WebChatUser.Reply> stale = member.press(QuizPlay.payloadOf(question, QuizPlay.rightOption(first)));
        assertThat(stale.get(0).text()).isEqualTo("Câu này đã qua. Đồng chí trả lời câu hỏi mới nhất.");
        assertThat(stale.get(1).text()).as("and the quiz goes on from where it is").startsWith("Câu 2/10");
    }

    @Test
    void aTypedNumberAnswersWhereThereAreNoButtonsAndNonsenseGetsAHint() {
        WebChatUser member = member("chibo.quiz.tick=1h");
        WebChatUser.Reply question = member.press("/thi @dieu-le").get(0);
        Question asked = bankQuestion(question.text());
        assertThat(member.sayText("9")).isEqualTo("Trả lời bằng số của phương án, từ 1 đến " + asked.options().size() + ".");
        int number = question.buttonLabels().indexOf(QuizPlay.rightOption(asked)) + 1;
        assertThat(member.sayText(String.valueOf(number))).startsWith("✅ Đúng!").contains("Câu 2/10");
    }

    @Test
    void aQuizInProgressKeepsTheVersionItStartedWith() throws IOException {
        WebChatUser member = member("chibo.quiz.tick=1h");
        WebChatUser.Reply question = member.press("/thi @dang-phi").get(0);
        question = member.press(QuizPlay.payloadOf(question, QuizPlay.rightOption(bankQuestion(question.text())))).get(1);

        RunningApp.Response upload = app.postBytes("/api/admin/quiz-banks?fileName=questions/dang-phi.yaml",
                "application/yaml", secondVersionOfDangPhi(), "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN);
        assertThat(upload.status()).isEqualTo(201);

        for (int number = 2; number <= 10; number++) {
            assertThat(question.text()).doesNotContain("[v2]");
            Question asked = bankQuestion(question.text());
            List<WebChatUser.Reply> replies = member.press(QuizPlay.payloadOf(question, QuizPlay.rightOption(asked)));
            assertThat(replies.get(0).text()).startsWith("✅ Đúng!");
            question = replies.get(1);
        }
        assertThat(question.text()).startsWith("🏁 Xong bài ôn tập: đúng 10/10 câu");
        assertThat(member.press("/thi @dang-phi").get(0).text()).contains("[v2]");
    }

    /** The shipped dang-phi questions with every text marked and every answer moved to another option. */
    private static byte[] secondVersionOfDangPhi() throws IOException {
        var yaml = YAMLMapper.builder().build();
        JsonNode file = yaml.readTree(Files.readString(Path.of("quiz-bank/questions/dang-phi.yaml")));
        for (JsonNode question : file.get("questions")) {
            var editable = (ObjectNode) question;
            editable.put("text", "[v2] " + question.get("text").asString());
            editable.put("answer", question.get("answer").asString().equals("A") ? "B" : "A");
        }
        return yaml.writeValueAsString(file).getBytes(StandardCharsets.UTF_8);
    }

    private Question bankQuestion(String message) {
        return new QuizPlay(app).question(message);
    }
}
