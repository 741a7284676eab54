package vn.chibo.quiz;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** /bangxephang ranks each member's best quiz of the month by score, then by time, for the cell and the committee. */
class LeaderboardTest {

    @TempDir
    Path folder;

    @Test
    void bestScoreFirstFasterFirstAtEqualScoresForTheCellAndTheCommittee() {
        try (var app = RunningApp.start(folder, "chibo.quiz.tick=1h")) {
            Roster roster = Roster.load(app);
            var play = new QuizPlay(app);
            WebChatUser binh = linked(app, roster, "Trần Thị Bình");
            WebChatUser cuong = linked(app, roster, "Lê Văn Cường");
            WebChatUser em = linked(app, roster, "Hoàng Văn Em");

            assertThat(binh.sayText("/bangxephang")).contains("Chưa ai hoàn thành bài ôn tập trong tháng này.");

            play.play(binh, binh.press("/thi @dang-phi").get(0), 8, 4);
            play.play(binh, binh.press("/thi @dang-phi").get(0), 5, 1);
            play.play(cuong, cuong.press("/thi @dang-phi").get(0), 8, 2);
            play.play(em, em.press("/thi @*").get(0), 10, 5);

            String board = binh.sayText("/bangxephang");
            assertThat(board).startsWith("🏆 Bảng xếp hạng ôn tập tháng 11/2026");
            String cell = board.substring(board.indexOf("Chi bộ tổ dân phố 3:"), board.indexOf("Đảng bộ phường Liên Bảo:"));
            assertThat(cell.lines().skip(1).filter(line -> !line.isBlank()).toList()).containsExactly(
                    "1. Lê Văn Cường — 8/10 câu · 20 giây",
                    "2. Trần Thị Bình — 8/10 câu · 40 giây");
            String committee = board.substring(board.indexOf("Đảng bộ phường Liên Bảo:"));
            assertThat(committee.lines().skip(1).toList()).containsExactly(
                    "1. Hoàng Văn Em — 10/10 câu · 50 giây",
                    "2. Lê Văn Cường — 8/10 câu · 20 giây",
                    "3. Trần Thị Bình — 8/10 câu · 40 giây");
            assertThat(em.sayText("/leaderboard")).contains("Chi bộ tổ dân phố 4:\n1. Hoàng Văn Em");
        }
    }

    private static WebChatUser linked(RunningApp app, Roster roster, String name) {
        var user = new WebChatUser(app);
        user.say("/start " + roster.code(name));
        return user;
    }
}
