package vn.chibo.quiz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Plays quizzes in the web chat knowing the bank's answers, as a member who studied (or did not). */
public final class QuizPlay {

    private final RunningApp app;

    public QuizPlay(RunningApp app) {
        this.app = app;
    }

    /** The bank question a question message shows, from any version. */
    public Question question(String message) {
        List<Question> matching = new ArrayList<>();
        for (QuizBankVersion version : app.bean(QuizBanks.class).versions()) {
            app.bean(QuizBanks.class).content(version.id()).questions().stream()
                    .filter(q -> message.contains("\n\n" + q.text())).forEach(matching::add);
        }
        assertThat(matching).as("bank question in %s", message).isNotEmpty();
        return matching.get(0);
    }

    public static String rightOption(Question question) {
        return question.options().get(question.answer().get(0));
    }

    public static String wrongOption(Question question) {
        return question.options().stream().filter(o -> !o.equals(rightOption(question))).findFirst().orElseThrow();
    }

    public static String payloadOf(WebChatUser.Reply question, String option) {
        return question.buttonPayloads().get(question.buttonLabels().indexOf(option));
    }

    /**
     * Answers every question from {@code first} on, the first {@code right} of them rightly, each after
     * {@code secondsEach} on the bot's clock; returns the bank ids asked and the closing message.
     */
    public Played play(WebChatUser member, WebChatUser.Reply first, int right, int secondsEach) {
        var asked = new ArrayList<String>();
        WebChatUser.Reply question = first;
        while (question.text().startsWith("Câu ")) {
            app.clock.advance(Duration.ofSeconds(secondsEach));
            Question shown = question(question.text());
            asked.add(shown.id());
            String option = asked.size() <= right ? rightOption(shown) : wrongOption(shown);
            question = member.press(payloadOf(question, option)).get(1);
        }
        return new Played(asked, question.text());
    }

    public record Played(List<String> questionIds, String result) {
    }
}
