package vn.chibo.quiz;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.channel.GroupPosts;
import vn.chibo.channel.Outbox;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/**
 * Quizzes a secretary or an admin sets for a cell or a committee: the same questions for everyone, each member
 * in an order of their own, one attempt before the deadline; every member is told, and results are kept.
 */
@Service
public class CellQuizzes {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final QuizBanks banks;
    private final AttemptStore attempts;
    private final Quizzes quizzes;
    private final Leaderboards leaderboards;
    private final QuizMessages texts;
    private final Organization organization;
    private final Outbox outbox;
    private final GroupPosts groupPosts;
    private final JsonMapper json;
    private final Clock clock;
    private final QuizProperties properties;
    private final QuizTimes times;

    CellQuizzes(JdbcClient jdbc, QuizBanks banks, AttemptStore attempts, Quizzes quizzes, Leaderboards leaderboards,
                QuizMessages texts, Organization organization, Outbox outbox, GroupPosts groupPosts, JsonMapper json,
                Clock clock, QuizProperties properties, QuizTimes times) {
        this.times = times;
        this.groupPosts = groupPosts;
        this.jdbc = jdbc;
        this.banks = banks;
        this.attempts = attempts;
        this.quizzes = quizzes;
        this.leaderboards = leaderboards;
        this.texts = texts;
        this.organization = organization;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Sets a quiz for everyone under {@code unit} and tells each member; they take it with one attempt before
     * the deadline. Empty when the bank has no question (in that topic).
     */
    @Transactional
    public Optional<CellQuiz> create(Member starter, OrgUnit unit, Instant deadline, String topicId) {
        Optional<Long> current = banks.currentVersion();
        List<String> pool = current.map(version -> banks.content(version).questions().stream()
                .filter(question -> topicId == null || question.topicId().equals(topicId)).map(Question::id).toList())
                .orElse(List.of());
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        long version = current.get();
        List<String> questionIds = attempts.draw(pool, properties.questionsPerQuiz());
        Instant now = clock.instant();
        int seconds = times.effective(unit).secondsPerQuestion();
        long id = jdbc.sql("""
                INSERT INTO cell_quiz (unit_id, version_id, topic_id, question_ids, seconds_per_question, deadline,
                                       created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(unit.id(), version, topicId, json.writeValueAsString(questionIds), seconds,
                        deadline.toEpochMilli(), starter.id(), now.toEpochMilli())
                .query(Long.class).single();
        var quiz = new CellQuiz(id, unit.id(), version, topicId, questionIds, seconds,
                deadline, starter.id(), now);
        List<Long> members = organization.membersUnder(unit).stream().map(Member::id)
                .filter(memberId -> memberId != starter.id()).toList();
        outbox.toMembers(members, Outbox.NoticeKey.of("cell-quiz", id), locale -> texts.invitation(quiz, unit, locale));
        if (unit.isCell()) {
            groupPosts.post(unit.id(), "cell-quiz:" + id, locale -> texts.invitation(quiz, unit, locale));
        }
        return Optional.of(quiz);
    }

    public Optional<CellQuiz> cellQuiz(long id) {
        return jdbc.sql("SELECT * FROM cell_quiz WHERE id = ?").param(id).query(this::cellQuizRow).optional();
    }

    /** Cell quizzes set for this member's unit or a unit above it, still open, which they have not begun. */
    public List<CellQuiz> openFor(Member member) {
        List<Long> units = organization.lineage(member.unit()).stream().map(OrgUnit::id).toList();
        return jdbc.sql("""
                SELECT * FROM cell_quiz c WHERE c.deadline > ?
                  AND NOT EXISTS (SELECT 1 FROM quiz_attempt a WHERE a.cell_quiz_id = c.id AND a.member_id = ?)
                ORDER BY c.deadline""")
                .params(clock.instant().toEpochMilli(), member.id())
                .query(this::cellQuizRow).list().stream().filter(quiz -> units.contains(quiz.unitId())).toList();
    }

    /** Cell quizzes set for units this person manages, newest first. */
    public List<CellQuiz> managedBy(Member manager) {
        return jdbc.sql("SELECT * FROM cell_quiz ORDER BY id DESC LIMIT 50").query(this::cellQuizRow).list().stream()
                .filter(quiz -> organization.unit(quiz.unitId()).map(manager::mayManage).orElse(false)).toList();
    }

    /** Begins a member's one attempt at a cell quiz, with its questions in an order of their own. */
    @Transactional
    public List<OutboundMessage> startAttempt(Member member, long cellQuizId, Quizzes.Chat chat) {
        Locale locale = chat.locale();
        Optional<CellQuiz> found = cellQuiz(cellQuizId);
        Optional<OrgUnit> unit = found.flatMap(quiz -> organization.unit(quiz.unitId()));
        if (found.isEmpty() || unit.isEmpty() || !unit.get().covers(member.unit())) {
            return List.of(texts.text(locale, "quiz.cell.notYours"));
        }
        CellQuiz quiz = found.get();
        Optional<Attempt> earlier = attempts.ofCellQuiz(cellQuizId, member.id());
        if (earlier.isPresent()) {
            Attempt attempt = earlier.get();
            if (attempt.running()) {
                return quizzes.resume(member, chat);
            }
            return List.of(texts.text(locale, "quiz.cell.alreadyTaken", attempt.correctCount(), attempt.questionCount()));
        }
        if (!clock.instant().isBefore(quiz.deadline())) {
            return List.of(texts.text(locale, "quiz.cell.closed", texts.deadline(quiz.deadline(), locale)));
        }
        attempts.abandonRunningPractice(member.id());
        Attempt attempt = attempts.insert(member, chat, quiz.id(), quiz.versionId(), quiz.topicId(),
                attempts.shuffled(quiz.questionIds()), times.paced(member, quiz.secondsPerQuestion()), clock.instant());
        return List.of(quizzes.begin(attempt));
    }

    /** Finished attempts at a cell quiz, best first (score, then time). */
    public List<QuizResult> results(CellQuiz quiz) {
        OrgUnit unit = organization.unit(quiz.unitId()).orElseThrow();
        return leaderboards.ranked(unit, attempts.finishedOfCellQuiz(quiz.id()));
    }

    /** Members under the quiz's unit who have not finished it. */
    public List<Member> notTaken(CellQuiz quiz) {
        Set<Long> finished = new HashSet<>(attempts.finishedOfCellQuiz(quiz.id()).stream().map(Attempt::memberId).toList());
        return organization.unit(quiz.unitId()).map(organization::membersUnder).orElse(List.of()).stream()
                .filter(member -> !finished.contains(member.id()) && member.id() != quiz.createdBy()).toList();
    }

    private CellQuiz cellQuizRow(ResultSet rs, int row) throws SQLException {
        return new CellQuiz(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("version_id"), rs.getString("topic_id"),
                json.readValue(rs.getString("question_ids"), STRINGS), rs.getInt("seconds_per_question"),
                Instant.ofEpochMilli(rs.getLong("deadline")), rs.getLong("created_by"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
