package vn.chibo.quiz;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.common.InLists;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.Member;
import vn.chibo.text.Languages;

/** Quiz attempts and each question asked in them: what was shown, when, and how it was answered. */
@Component
class AttemptStore {

    private static final TypeReference<List<Integer>> INTEGERS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final QuizBanks banks;
    private final JsonMapper json;
    private final Random random = new Random();

    AttemptStore(JdbcClient jdbc, QuizBanks banks, JsonMapper json) {
        this.jdbc = jdbc;
        this.banks = banks;
        this.json = json;
    }

    Optional<Attempt> attempt(long id) {
        return jdbc.sql("SELECT * FROM quiz_attempt WHERE id = ?").param(id).query(this::attemptRow).optional();
    }

    /** A member's quiz that has not ended, if any. */
    Optional<Attempt> running(long memberId) {
        return jdbc.sql("SELECT * FROM quiz_attempt WHERE member_id = ? AND finished_at IS NULL AND abandoned = FALSE "
                        + "ORDER BY id DESC LIMIT 1")
                .param(memberId).query(this::attemptRow).optional();
    }

    /** A new attempt with every question's options in an order of its own. */
    Attempt insert(Member member, Quizzes.Chat chat, Long cellQuizId, long versionId, String topicId,
                   List<String> questionIds, int secondsPerQuestion, Instant now) {
        long id = jdbc.sql("""
                INSERT INTO quiz_attempt (member_id, unit_id, cell_quiz_id, version_id, topic_id, channel, chat_id,
                                          language, seconds_per_question, question_count, started_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(member.id(), member.unit().id(), cellQuizId, versionId, topicId, chat.channel().name(),
                        chat.chatId(), chat.locale().getLanguage(), secondsPerQuestion, questionIds.size(),
                        now.toEpochMilli())
                .query(Long.class).single();
        for (int i = 0; i < questionIds.size(); i++) {
            Question question = banks.question(versionId, questionIds.get(i)).orElseThrow();
            jdbc.sql("INSERT INTO quiz_attempt_answer (attempt_id, position, question_id, option_order) VALUES (?, ?, ?, ?)")
                    .params(id, i + 1, question.id(), json.writeValueAsString(shuffled(
                            IntStream.range(0, question.options().size()).boxed().toList()))).update();
        }
        return attempt(id).orElseThrow();
    }

    /** A practice quiz left unfinished is dropped when another begins; a cell quiz never is. */
    void abandonRunningPractice(long memberId) {
        jdbc.sql("UPDATE quiz_attempt SET abandoned = TRUE WHERE member_id = ? AND finished_at IS NULL AND abandoned = FALSE "
                        + "AND cell_quiz_id IS NULL")
                .param(memberId).update();
    }

    /** The first question not yet answered or timed out. */
    Optional<Asked> current(long attemptId) {
        return jdbc.sql("""
                SELECT * FROM quiz_attempt_answer WHERE attempt_id = ? AND answered_at IS NULL AND timed_out = FALSE
                ORDER BY position LIMIT 1""").param(attemptId).query(this::askedRow).optional();
    }

    /** The attempt goes on in another chat: the member came back to it from there. */
    void moveTo(long attemptId, Quizzes.Chat chat) {
        jdbc.sql("UPDATE quiz_attempt SET channel = ?, chat_id = ?, language = ? WHERE id = ?")
                .params(chat.channel().name(), chat.chatId(), chat.locale().getLanguage(), attemptId).update();
    }

    Optional<Asked> asked(long attemptId, int position) {
        return jdbc.sql("SELECT * FROM quiz_attempt_answer WHERE attempt_id = ? AND position = ?")
                .params(attemptId, position).query(this::askedRow).optional();
    }

    /** Questions of running attempts whose time ran out with no answer. */
    List<Asked> overdue(Instant now) {
        return jdbc.sql("""
                SELECT q.* FROM quiz_attempt_answer q JOIN quiz_attempt a ON a.id = q.attempt_id
                WHERE q.deadline < ? AND q.answered_at IS NULL AND q.timed_out = FALSE
                  AND a.finished_at IS NULL AND a.abandoned = FALSE""")
                .param(now.toEpochMilli()).query(this::askedRow).list();
    }

    void markAsked(long attemptId, int position, Instant now, Instant deadline) {
        jdbc.sql("UPDATE quiz_attempt_answer SET asked_at = ?, deadline = ? WHERE attempt_id = ? AND position = ?")
                .params(now.toEpochMilli(), deadline.toEpochMilli(), attemptId, position).update();
    }

    /** False when the question was answered or timed out meanwhile: the first word counts. */
    boolean markAnswered(Asked asked, List<Integer> chosen, boolean correct, Instant now) {
        return jdbc.sql("""
                UPDATE quiz_attempt_answer SET answered_at = ?, chosen = ?, correct = ?
                WHERE attempt_id = ? AND position = ? AND answered_at IS NULL AND timed_out = FALSE""")
                .params(now.toEpochMilli(), json.writeValueAsString(chosen), correct, asked.attemptId(), asked.position())
                .update() == 1;
    }

    /** False when the question was answered or timed out meanwhile. */
    boolean markTimedOut(Asked asked) {
        return jdbc.sql("""
                UPDATE quiz_attempt_answer SET timed_out = TRUE, correct = FALSE
                WHERE attempt_id = ? AND position = ? AND answered_at IS NULL AND timed_out = FALSE""")
                .params(asked.attemptId(), asked.position()).update() == 1;
    }

    /** Records the end and answers the number of right answers. */
    int finish(long attemptId, Instant now) {
        int correct = jdbc.sql("SELECT COUNT(*) FROM quiz_attempt_answer WHERE attempt_id = ? AND correct = TRUE")
                .param(attemptId).query(Integer.class).single();
        jdbc.sql("UPDATE quiz_attempt SET finished_at = ?, correct_count = ? WHERE id = ? AND finished_at IS NULL")
                .params(now.toEpochMilli(), correct, attemptId).update();
        return correct;
    }

    Optional<Attempt> ofCellQuiz(long cellQuizId, long memberId) {
        return jdbc.sql("SELECT * FROM quiz_attempt WHERE cell_quiz_id = ? AND member_id = ?")
                .params(cellQuizId, memberId).query(this::attemptRow).optional();
    }

    List<Attempt> finishedOfCellQuiz(long cellQuizId) {
        return jdbc.sql("SELECT * FROM quiz_attempt WHERE cell_quiz_id = ? AND finished_at IS NOT NULL")
                .param(cellQuizId).query(this::attemptRow).list();
    }

    /** Finished, not abandoned, begun in [from, to), by members then in any of these units. */
    List<Attempt> finishedInUnits(Collection<Long> unitIds, Instant from, Instant to) {
        return InLists.query(unitIds, slice -> jdbc.sql("""
                        SELECT * FROM quiz_attempt WHERE unit_id IN (:units) AND started_at >= :from AND started_at < :to
                          AND finished_at IS NOT NULL AND abandoned = FALSE""")
                .param("units", slice).param("from", from.toEpochMilli()).param("to", to.toEpochMilli())
                .query(this::attemptRow).list());
    }

    /** Finished quizzes (practice and cell) of these members, begun in [from, to). */
    List<Attempt> finishedBy(Collection<Long> memberIds, Instant from, Instant to) {
        return InLists.query(memberIds, slice -> jdbc.sql("""
                        SELECT * FROM quiz_attempt WHERE member_id IN (:members) AND started_at >= :from
                          AND started_at < :to AND finished_at IS NOT NULL""")
                .param("members", slice).param("from", from.toEpochMilli()).param("to", to.toEpochMilli())
                .query(this::attemptRow).list());
    }

    /** Up to {@code count} of {@code pool}, drawn at random. */
    List<String> draw(List<String> pool, int count) {
        List<String> all = shuffled(pool);
        return List.copyOf(all.subList(0, Math.min(count, all.size())));
    }

    <T> List<T> shuffled(List<T> values) {
        var copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy;
    }

    private Attempt attemptRow(ResultSet rs, int row) throws SQLException {
        long cellQuizId = rs.getLong("cell_quiz_id");
        Long cellQuiz = rs.wasNull() ? null : cellQuizId;
        long finishedAt = rs.getLong("finished_at");
        Instant finished = rs.wasNull() ? null : Instant.ofEpochMilli(finishedAt);
        return new Attempt(rs.getLong("id"), rs.getLong("member_id"), rs.getLong("unit_id"), cellQuiz,
                rs.getLong("version_id"), rs.getString("topic_id"), ChatChannel.valueOf(rs.getString("channel")),
                rs.getString("chat_id"), Languages.of(rs.getString("language")), rs.getInt("seconds_per_question"),
                rs.getInt("question_count"), rs.getInt("correct_count"), Instant.ofEpochMilli(rs.getLong("started_at")),
                finished, rs.getBoolean("abandoned"));
    }

    private Asked askedRow(ResultSet rs, int row) throws SQLException {
        long askedAt = rs.getLong("asked_at");
        Instant asked = rs.wasNull() ? null : Instant.ofEpochMilli(askedAt);
        long deadlineAt = rs.getLong("deadline");
        Instant deadline = rs.wasNull() ? null : Instant.ofEpochMilli(deadlineAt);
        long answeredAt = rs.getLong("answered_at");
        Instant answered = rs.wasNull() ? null : Instant.ofEpochMilli(answeredAt);
        return new Asked(rs.getLong("attempt_id"), rs.getInt("position"), rs.getString("question_id"),
                json.readValue(rs.getString("option_order"), INTEGERS), asked, deadline, answered,
                rs.getBoolean("timed_out"));
    }
}
