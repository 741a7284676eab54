package vn.chibo.quiz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.FakeTelegram;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Await.until;

/**
 * On Telegram a question is a native quiz poll, checked against the Bot API spec; a vote answers it. Admins
 * load a bank by sending the file to the bot.
 */
class TelegramQuizTest {

    private static final long BINH = 6002;
    private static final long KHOA = 6009;

    @TempDir
    Path folder;
    private FakeTelegram telegram;
    private RunningApp app;
    private Roster roster;

    @BeforeEach
    void start() {
        telegram = new FakeTelegram();
        app = RunningApp.start(folder, telegram.settings("chibo.quiz.tick=1h"));
        roster = Roster.load(app);
    }

    @AfterEach
    void stop() {
        app.close();
        telegram.close();
        assertThat(telegram.violations()).as("every request matches the Bot API spec").isEmpty();
    }

    @Test
    void questionsAreQuizPollsWithTheRightOptionMarkedAndAVoteAnswersThem() {
        telegram.userSends(BINH, "/start " + roster.code("Trần Thị Bình"));
        telegram.awaitSentTo(BINH, 1);
        telegram.userSends(BINH, "/thi @dang-phi");

        FakeTelegram.SentPoll first = telegram.awaitPolls(1).get(0);
        Question asked = new QuizPlay(app).question("\n\n" + first.question());
        assertThat(first.chatId()).isEqualTo(String.valueOf(BINH));
        assertThat(first.fields().get("type").asString()).isEqualTo("quiz");
        assertThat(first.fields().get("is_anonymous").asBoolean()).isFalse();
        assertThat(first.fields().get("open_period").asInt()).isEqualTo(60);
        assertThat(first.fields().get("description").asString()).isEqualTo("Câu 1/10 · 60 giây");
        assertThat(first.fields().get("explanation").asString()).isEqualTo(asked.explanation());
        assertThat(first.options()).containsExactlyInAnyOrderElementsOf(asked.options());
        assertThat(first.correctOptionIds()).hasSize(1);
        assertThat(first.options().get(first.correctOptionIds().get(0))).isEqualTo(QuizPlay.rightOption(asked));

        app.awaitPollKnown(first.pollId());
        telegram.userAnswersPoll(BINH, first.pollId(), first.correctOptionIds().get(0));
        FakeTelegram.SentPoll second = telegram.awaitPolls(2).get(1);
        assertThat(second.fields().get("description").asString()).isEqualTo("Câu 2/10 · 60 giây");
        until("the feedback", () -> telegram.sentTo(BINH).stream().anyMatch(call -> "sendMessage".equals(call.method())
                && call.text() != null && call.text().startsWith("✅ Đúng!")));

        int wrong = second.correctOptionIds().get(0) == 0 ? 1 : 0;
        app.awaitPollKnown(second.pollId());
        telegram.userAnswersPoll(BINH, second.pollId(), wrong);
        telegram.awaitPolls(3);
        until("the correction", () -> telegram.sentTo(BINH).stream().anyMatch(call -> call.text() != null
                && call.text().startsWith("❌ Chưa đúng. Đáp án: " + second.options().get(second.correctOptionIds().get(0)) + "\n")));
    }

    @Test
    void aQuestionWithTooLittleTimeLeftToReadIsClosedAndTheNextComesAsAPoll() {
        telegram.userSends(BINH, "/start " + roster.code("Trần Thị Bình"));
        telegram.awaitSentTo(BINH, 1);
        telegram.userSends(BINH, "/thi @dang-phi");
        telegram.awaitPolls(1);

        app.clock.advance(Duration.ofSeconds(57));
        telegram.userSends(BINH, "/thi tiep");
        until("the question closed", () -> telegram.sentTo(BINH).stream().anyMatch(call ->
                call.text() != null && call.text().startsWith("⏰ Hết giờ")));
        List<FakeTelegram.SentPoll> polls = telegram.awaitPolls(2);
        assertThat(polls.get(1).fields().get("description").asString()).as("the next, with its full time")
                .isEqualTo("Câu 2/10 · 60 giây");
        assertThat(telegram.sentTo(BINH)).as("no question shown with 3 seconds left").noneMatch(call ->
                call.text() != null && call.text().startsWith("Câu 1/10 · 3 giây"));
    }

    @Test
    void anAdminLoadsAQuizBankBySendingTheFileToTheBot() throws IOException {
        telegram.userSends(KHOA, "/start " + roster.code("Ngô Văn Khoa"));
        telegram.awaitSentTo(KHOA, 1);
        telegram.userSends(KHOA, "/napcauhoi");
        until("the template", () -> telegram.sentTo(KHOA).stream().anyMatch(call -> call.method().equals("sendDocument")));
        FakeTelegram.Call template = telegram.sentTo(KHOA).stream().filter(c -> c.method().equals("sendDocument")).findFirst().orElseThrow();
        assertThat(template.fields().get("caption").asString()).startsWith("Bộ câu hỏi hiện tại: phiên bản 1, 169 câu hỏi");

        String broken = "Câu hỏi không có đáp án?\nA. Có\nB. Không\n";
        telegram.userSendsDocument(KHOA, "hong.txt", "text/plain", broken.getBytes(StandardCharsets.UTF_8));
        until("the problems", () -> telegram.sentTo(KHOA).stream().anyMatch(call -> call.text() != null
                && call.text().contains("Tệp hong.txt không được nạp: có 1 lỗi")
                && call.text().contains("• hong.txt:1:1: câu hỏi thiếu dòng \"ANSWER: <chữ cái>\"")));
        assertThat(app.bean(QuizBanks.class).versions()).hasSize(1);

        telegram.userSends(KHOA, "/napcauhoi");
        telegram.userSendsDocument(KHOA, "bo-sung.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                oneQuestionWorkbook());
        until("the new version", () -> telegram.sentTo(KHOA).stream().anyMatch(call -> call.text() != null
                && call.text().startsWith("Đã nạp phiên bản 2: 170 câu hỏi")));
        List<QuizBankVersion> versions = app.bean(QuizBanks.class).versions();
        assertThat(versions.get(0).origin()).isEqualTo(QuizBankVersion.Origin.CHAT);
        assertThat(versions.get(0).uploadedBy()).isEqualTo(roster.id("Ngô Văn Khoa"));
    }

    @Test
    void aMemberMayNotLoadAQuizBank() {
        telegram.userSends(BINH, "/start " + roster.code("Trần Thị Bình"));
        telegram.awaitSentTo(BINH, 1);
        telegram.userSends(BINH, "/napcauhoi");
        until("the refusal", () -> telegram.sentTo(BINH).stream().anyMatch(call -> call.text() != null
                && call.text().contains("dành cho")));
    }

    private static byte[] oneQuestionWorkbook() throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Câu hỏi");
            String[][] rows = {
                    {"Câu hỏi", "Phương án A", "Phương án B", "Đáp án", "Giải thích", "Mục sổ tay"},
                    {"Chi bộ họp thường lệ bao lâu một lần?", "Mỗi tháng một lần", "Mỗi năm một lần", "A",
                            "Điều lệ Đảng, Điều 24, khoản 2.", "chi-bo-hop-thuong-le"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
