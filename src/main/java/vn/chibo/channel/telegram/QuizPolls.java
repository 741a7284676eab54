package vn.chibo.channel.telegram;

import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The quiz polls the bot sent: a poll answer names only the poll, this says which chat and question it answers. */
@Component
class QuizPolls {

    /** What a poll answers: the chat it was sent to, and the prefix of the answer it stands for. */
    record SentPoll(String chatId, String answerPrefix) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    QuizPolls(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void remember(String pollId, String chatId, String answerPrefix) {
        jdbc.sql("INSERT INTO telegram_poll (poll_id, chat_id, answer_prefix, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(pollId, chatId, answerPrefix, clock.instant().toEpochMilli()).update();
    }

    Optional<SentPoll> find(String pollId) {
        return jdbc.sql("SELECT chat_id, answer_prefix FROM telegram_poll WHERE poll_id = ?").param(pollId)
                .query((rs, row) -> new SentPoll(rs.getString("chat_id"), rs.getString("answer_prefix"))).optional();
    }
}
