package vn.chibo.quiz;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.conversation.PlainTextHandler;

/** Typed answers ("2", "1 3") to the question a member's running quiz waits on, where there are no buttons. */
@Component
class QuizAnswers implements PlainTextHandler {

    private final Quizzes quizzes;

    QuizAnswers(Quizzes quizzes) {
        this.quizzes = quizzes;
    }

    @Override
    public Optional<List<OutboundMessage>> handle(ChatContext chat, String text) {
        return quizzes.answerTyped(chat.member().orElseThrow(), text);
    }
}
