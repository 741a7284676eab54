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

/** A secretary sets a quiz for the cell: same questions for everyone, one attempt, a deadline, results. */
class CellQuizTest {

    @TempDir
    Path folder;

    private RunningApp app;
    private QuizPlay play;
    private WebChatUser an;
    private WebChatUser binh;
    private WebChatUser cuong;
    private WebChatUser em;

    @BeforeEach
    void start() {
        app = RunningApp.start(folder, "chibo.quiz.tick=1h");
        play = new QuizPlay(app);
        Roster roster = Roster.load(app);
        an = linked(roster, "Nguyễn Văn An");
        binh = linked(roster, "Trần Thị Bình");
        cuong = linked(roster, "Lê Văn Cường");
        em = linked(roster, "Hoàng Văn Em");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private WebChatUser linked(Roster roster, String name) {
        var user = new WebChatUser(app);
        user.say("/start " + roster.code(name));
        return user;
    }

    @Test
    void everyMemberTakesTheSameQuestionsOnceAndTheSecretarySeesWhoDidWhat() {
        assertThat(binh.sayText("/thi chibo")).contains("dành cho bí thư");
        WebChatUser.Reply askDeadline = an.say("/thi chibo").get(0);
        assertThat(askDeadline.buttonPayloads()).containsExactly("/thi chibo 3", "/thi chibo 7", "/thi chibo 14");
        WebChatUser.Reply askTopic = an.press("/thi chibo 7").get(0);
        assertThat(askTopic.buttonPayloads()).contains("/thi chibo 7 *", "/thi chibo 7 dang-phi");
        WebChatUser.Reply created = an.press("/thi chibo 7 dang-phi").get(0);
        assertThat(created.text()).isEqualTo("Đã giao bài thi cho Chi bộ tổ dân phố 3: 10 câu, gửi tới 2 đồng chí. "
                + "Hạn: hết thứ Sáu, 04/12/2026. Xem ai đã làm bằng nút \"Kết quả bài thi\".");

        assertThat(binh.awaitPushed()).startsWith("Chi bộ tổ dân phố 3 giao bài thi tìm hiểu Sổ tay đảng viên: 10 câu");
        WebChatUser.Reply menu = binh.say("/thi").get(0);
        String take = menu.buttonPayloads().get(0);
        assertThat(take).startsWith("/thi lam ");
        assertThat(em.sayText(take)).isEqualTo("Bài thi này không dành cho chi bộ của đồng chí.");

        QuizPlay.Played binhPlayed = play.play(binh, binh.press(take).get(0), 10, 6);
        assertThat(binhPlayed.result()).startsWith("🏁 Đồng chí đã hoàn thành bài thi của chi bộ: đúng 10/10 câu, thời gian 1 phút 0 giây.");
        assertThat(binh.sayText(take)).isEqualTo("Đồng chí đã làm bài thi này (đúng 10/10 câu). Mỗi đảng viên chỉ làm một lần.");
        assertThat(binh.sayText("/thi @dang-phi")).startsWith("Câu 1/10").as("practice stays open after the cell quiz");

        String resultsBefore = an.sayText("/thi ketqua");
        assertThat(resultsBefore).contains("1/2 đồng chí đã làm", "1. Trần Thị Bình — 10/10 câu · 1 phút 0 giây",
                "Chưa làm: Lê Văn Cường");

        QuizPlay.Played cuongPlayed = play.play(cuong, cuong.press(take).get(0), 6, 3);
        assertThat(cuongPlayed.questionIds()).containsExactlyInAnyOrderElementsOf(binhPlayed.questionIds());
        assertThat(cuongPlayed.result()).contains("đúng 6/10 câu, thời gian 30 giây");

        String results = an.sayText("/thi ketqua");
        assertThat(results).contains("2/2 đồng chí đã làm", "1. Trần Thị Bình — 10/10 câu", "2. Lê Văn Cường — 6/10 câu · 30 giây")
                .doesNotContain("Chưa làm");
    }

    @Test
    void anAdminSetsAQuizForTheWholeCommittee() {
        var khoa = new WebChatUser(app);
        khoa.say("/start " + Roster.load(app).code("Ngô Văn Khoa"));
        assertThat(khoa.press("/thi chibo 7 *").get(0).text())
                .startsWith("Đã giao bài thi cho Đảng bộ phường Liên Bảo: 10 câu, gửi tới 5 đồng chí.");
        assertThat(em.awaitPushed()).startsWith("Đảng bộ phường Liên Bảo giao bài thi");
        assertThat(binh.awaitPushed()).startsWith("Đảng bộ phường Liên Bảo giao bài thi");
        assertThat(an.sayText("/thi ketqua")).as("a secretary sees only quizzes of units they manage")
                .startsWith("Chưa có bài thi nào của chi bộ.");
        assertThat(khoa.sayText("/thi ketqua")).contains("0/5 đồng chí đã làm");
    }

    @Test
    void aCellQuizCannotBeBegunAfterItsDeadlineNorDroppedForPractice() {
        an.press("/thi chibo 1 *");
        binh.awaitPushed();
        String take = binh.say("/thi").get(0).buttonPayloads().get(0);
        WebChatUser.Reply first = cuong.press(take).get(0);
        assertThat(first.text()).startsWith("Câu 1/10");
        List<WebChatUser.Reply> practice = cuong.say("/thi @dieu-le");
        assertThat(practice.get(0).text()).startsWith("Đồng chí đang làm dở bài thi của chi bộ");
        assertThat(cuong.press(practice.get(0).buttonPayloads().get(0)).get(0).text()).startsWith("Câu 1/10");

        app.clock.advance(Duration.ofDays(2));
        assertThat(binh.sayText(take)).startsWith("Bài thi đã hết hạn (hết ");
        assertThat(binh.say("/thi").get(0).buttonPayloads()).doesNotContain(take);
    }
}
