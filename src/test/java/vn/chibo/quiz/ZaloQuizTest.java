package vn.chibo.quiz;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.FakeZalo;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/** On Zalo, which has no buttons, a question's options are numbered and the member replies with a number. */
class ZaloQuizTest {

    private static final String BINH = "zalo-user-binh";

    @TempDir
    Path folder;

    @Test
    void optionsAreNumberedAndANumberAnswers() {
        try (var zalo = new FakeZalo(); var app = RunningApp.start(folder, zalo.settings("chibo.quiz.tick=1h"))) {
            Roster roster = Roster.load(app);
            zalo.userSends(BINH, "/start " + roster.code("Trần Thị Bình"));
            zalo.awaitSentTo(BINH, 1);
            zalo.userSends(BINH, "/thi @dang-phi");

            String question = zalo.awaitSentTo(BINH, 2).get(1).text();
            assertThat(question).startsWith("Câu 1/10 · 60 giây").contains("\n1. ", "\n2. ", "Trả lời 1, 2");
            Question asked = new QuizPlay(app).question(question);
            int right = numberOf(question, QuizPlay.rightOption(asked));
            zalo.userSends(BINH, String.valueOf(right));

            List<FakeZalo.Call> sent = zalo.awaitSentTo(BINH, 4);
            assertThat(sent.get(2).text()).startsWith("✅ Đúng!");
            assertThat(sent.get(3).text()).startsWith("Câu 2/10");
            assertThat(zalo.violations()).isEmpty();
        }
    }

    private static int numberOf(String message, String option) {
        Matcher line = Pattern.compile("(?m)^(\\d)\\. " + Pattern.quote(option) + "$").matcher(message);
        assertThat(line.find()).as("option %s in %s", option, message).isTrue();
        return Integer.parseInt(line.group(1));
    }
}
