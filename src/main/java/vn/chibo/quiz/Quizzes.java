package vn.chibo.quiz;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.channel.Outbox;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.conversation.QuizPoll;
import vn.chibo.handbook.Handbook;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.text.Languages;
import vn.chibo.text.VietnameseDates;

/**
 * Quizzes members take in chat: practice quizzes and cell quizzes, one question at a time with a time limit,
 * scored per answer. Every attempt keeps the bank version it started with.
 */
@Service
public class Quizzes {

    /** One question of an attempt: the bank question, the order its options are shown in, and what happened. */
    record Asked(long attemptId, int position, String questionId, List<Integer> optionOrder, Instant askedAt,
                 Instant deadline, Instant answeredAt, boolean timedOut) {

        boolean open() {
            return answeredAt == null && !timedOut;
        }
    }

    /** The answer to a question, as the numbers of the options shown (1, 2…): "2", "1,3" or "1 3". */
    private static final Pattern SHOWN_NUMBERS = Pattern.compile("[1-9](\\s*[,; ]\\s*[1-9])*");
    private static final TypeReference<List<Integer>> INTEGERS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    static final String ANSWER_COMMAND = "/thi tl";
    /** Ids per IN list, well under SQLite's limit on bound parameters. */
    private static final int IN_CHUNK = 500;

    private final JdbcClient jdbc;
    private final QuizBanks banks;
    private final Handbook handbook;
    private final Organization organization;
    private final Outbox outbox;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;
    private final QuizProperties properties;
    private final Random random = new Random();

    Quizzes(JdbcClient jdbc, QuizBanks banks, Handbook handbook, Organization organization, Outbox outbox,
            MessageSource messages, JsonMapper json, Clock clock, QuizProperties properties) {
        this.jdbc = jdbc;
        this.banks = banks;
        this.handbook = handbook;
        this.organization = organization;
        this.outbox = outbox;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    /** Where a quiz runs: the chat it was started from and the language it speaks. */
    public record Chat(ChatChannel channel, String chatId, Locale locale) {
    }

    /**
     * Starts a practice quiz of up to {@code questionsPerQuiz} questions drawn at random (from one topic, or
     * all when {@code topicId} is null) and asks the first; a practice quiz left unfinished is dropped, while
     * a cell quiz in progress must be finished first, since it allows one attempt.
     */
    @Transactional
    public List<OutboundMessage> startPractice(Member member, Chat chat, String topicId) {
        Optional<Long> version = banks.currentVersion();
        if (version.isEmpty()) {
            return List.of(text(chat.locale(), "quiz.noBank"));
        }
        List<Question> pool = banks.content(version.get()).questions().stream()
                .filter(question -> topicId == null || question.topicId().equals(topicId)).toList();
        if (pool.isEmpty()) {
            return List.of(text(chat.locale(), "quiz.noQuestions"));
        }
        if (running(member.id()).filter(attempt -> attempt.cellQuizId() != null).isPresent()) {
            return List.of(OutboundMessage.withButtons(messages.getMessage("quiz.cellRunning", null, chat.locale()),
                    List.of(new Button(messages.getMessage("quiz.button.resume", null, chat.locale()), "/thi tiep"))));
        }
        abandonRunning(member.id());
        List<String> drawn = draw(pool.stream().map(Question::id).toList(), properties.questionsPerQuiz());
        Attempt attempt = newAttempt(member, chat, null, version.get(), topicId, drawn);
        return List.of(ask(attempt, 1, clock.instant()));
    }

    /** The question the member's running quiz waits on, with the time it has left. */
    @Transactional
    public List<OutboundMessage> resume(Member member, Locale locale) {
        Optional<Attempt> running = running(member.id());
        if (running.isEmpty()) {
            return List.of(text(locale, "quiz.nothingRunning"));
        }
        Attempt attempt = running.get();
        Optional<Asked> current = current(attempt.id());
        if (current.isEmpty()) {
            return List.of(finish(attempt, clock.instant()));
        }
        return List.of(render(attempt, current.get(), clock.instant()));
    }

    /** A member's quiz that has not ended, if any. */
    public Optional<Attempt> running(long memberId) {
        return jdbc.sql("SELECT * FROM quiz_attempt WHERE member_id = ? AND finished_at IS NULL AND abandoned = FALSE "
                        + "ORDER BY id DESC LIMIT 1")
                .param(memberId).query(this::attemptRow).optional();
    }

    public Optional<Attempt> attempt(long id) {
        return jdbc.sql("SELECT * FROM quiz_attempt WHERE id = ?").param(id).query(this::attemptRow).optional();
    }

    /**
     * An answer given with a button, a poll vote or typed numbers. Late answers and answers to questions
     * already closed count for nothing; the reply says so.
     */
    @Transactional
    public List<OutboundMessage> answer(Member member, long attemptId, int position, String shownNumbers, Locale locale) {
        Optional<Attempt> found = attempt(attemptId).filter(attempt -> attempt.memberId() == member.id());
        if (found.isEmpty() || !found.get().running()) {
            return List.of(text(locale, "quiz.answer.ended"));
        }
        Attempt attempt = found.get();
        Optional<Asked> current = current(attemptId);
        if (current.isEmpty() || current.get().position() != position || current.get().askedAt() == null) {
            return List.of(text(locale, "quiz.answer.stale"));
        }
        return answer(attempt, current.get(), shownNumbers);
    }

    /** A plain message that answers the running quiz's open question ("2", "1 3"); empty when it is none. */
    @Transactional
    public Optional<List<OutboundMessage>> answerTyped(Member member, String text) {
        String typed = text.strip();
        if (!SHOWN_NUMBERS.matcher(typed).matches()) {
            return Optional.empty();
        }
        return running(member.id()).flatMap(attempt -> current(attempt.id())
                .filter(asked -> asked.askedAt() != null)
                .map(asked -> answer(attempt, asked, typed)));
    }

    private List<OutboundMessage> answer(Attempt attempt, Asked asked, String shownNumbers) {
        Instant now = clock.instant();
        Locale locale = attempt.locale();
        Question question = question(attempt, asked);
        Set<Integer> shown = new TreeSet<>();
        for (String number : shownNumbers.split("[\\s,;]+")) {
            if (!number.matches("\\d{1,2}") || Integer.parseInt(number) < 1
                    || Integer.parseInt(number) > asked.optionOrder().size()) {
                return List.of(text(locale, "quiz.answer.invalid", asked.optionOrder().size()));
            }
            shown.add(Integer.parseInt(number));
        }
        if (now.isAfter(asked.deadline())) {
            return timeOut(attempt, asked, now);
        }
        List<Integer> chosen = shown.stream().map(number -> asked.optionOrder().get(number - 1)).sorted().toList();
        boolean correct = chosen.equals(question.answer());
        int updated = jdbc.sql("""
                UPDATE quiz_attempt_answer SET answered_at = ?, chosen = ?, correct = ?
                WHERE attempt_id = ? AND position = ? AND answered_at IS NULL AND timed_out = FALSE""")
                .params(now.toEpochMilli(), json.writeValueAsString(chosen), correct, attempt.id(), asked.position())
                .update();
        if (updated == 0) {
            return List.of(text(locale, "quiz.answer.stale"));
        }
        var replies = new ArrayList<OutboundMessage>();
        replies.add(OutboundMessage.text(feedback(attempt, asked, question, correct ? "quiz.feedback.right" : "quiz.feedback.wrong")));
        replies.add(next(attempt, asked.position(), now));
        return replies;
    }

    /**
     * Closes every question whose time ran out with no answer, and moves each quiz on: the correct answer,
     * then the next question or the result, sent to the chat the quiz runs in.
     */
    @Transactional
    public void closeOverdueQuestions() {
        Instant now = clock.instant();
        List<long[]> overdue = jdbc.sql("""
                SELECT q.attempt_id, q.position FROM quiz_attempt_answer q JOIN quiz_attempt a ON a.id = q.attempt_id
                WHERE q.deadline < ? AND q.answered_at IS NULL AND q.timed_out = FALSE
                  AND a.finished_at IS NULL AND a.abandoned = FALSE""")
                .param(now.toEpochMilli())
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        for (long[] key : overdue) {
            Attempt attempt = attempt(key[0]).orElseThrow();
            Asked asked = asked(key[0], (int) key[1]).orElseThrow();
            List<OutboundMessage> replies = timeOut(attempt, asked, now);
            for (int i = 0; i < replies.size(); i++) {
                outbox.enqueue(attempt.channel(), attempt.chatId(), replies.get(i),
                        "quiz:attempt-" + attempt.id() + ":question-" + asked.position() + ":timeout#" + i);
            }
        }
    }

    private List<OutboundMessage> timeOut(Attempt attempt, Asked asked, Instant now) {
        int updated = jdbc.sql("""
                UPDATE quiz_attempt_answer SET timed_out = TRUE, correct = FALSE
                WHERE attempt_id = ? AND position = ? AND answered_at IS NULL AND timed_out = FALSE""")
                .params(attempt.id(), asked.position()).update();
        if (updated == 0) {
            return List.of(text(attempt.locale(), "quiz.answer.stale"));
        }
        Question question = question(attempt, asked);
        return List.of(OutboundMessage.text(feedback(attempt, asked, question, "quiz.feedback.timeout")),
                next(attempt, asked.position(), asked.deadline().isAfter(now) ? now : asked.deadline()));
    }

    private OutboundMessage next(Attempt attempt, int position, Instant now) {
        if (position < attempt.questionCount()) {
            return ask(attempt, position + 1, clock.instant());
        }
        return finish(attempt, now);
    }

    private OutboundMessage ask(Attempt attempt, int position, Instant now) {
        Instant deadline = now.plusSeconds(attempt.secondsPerQuestion());
        jdbc.sql("UPDATE quiz_attempt_answer SET asked_at = ?, deadline = ? WHERE attempt_id = ? AND position = ?")
                .params(now.toEpochMilli(), deadline.toEpochMilli(), attempt.id(), position).update();
        return render(attempt, asked(attempt.id(), position).orElseThrow(), now);
    }

    private OutboundMessage finish(Attempt attempt, Instant now) {
        int correct = jdbc.sql("SELECT COUNT(*) FROM quiz_attempt_answer WHERE attempt_id = ? AND correct = TRUE")
                .param(attempt.id()).query(Integer.class).single();
        jdbc.sql("UPDATE quiz_attempt SET finished_at = ?, correct_count = ? WHERE id = ? AND finished_at IS NULL")
                .params(now.toEpochMilli(), correct, attempt.id()).update();
        Locale locale = attempt.locale();
        String took = duration(Duration.between(attempt.startedAt(), now), locale);
        String key = attempt.cellQuizId() == null ? "quiz.finished.practice" : "quiz.finished.cell";
        return OutboundMessage.withButtons(messages.getMessage(key, new Object[] {correct, attempt.questionCount(), took}, locale),
                List.of(new Button(messages.getMessage("quiz.button.again", null, locale), "/thi"),
                        new Button(messages.getMessage("quiz.button.leaderboard", null, locale), "/bangxephang")));
    }

    /** The question as every platform shows it, and as a native quiz poll where the platform has one. */
    private OutboundMessage render(Attempt attempt, Asked asked, Instant now) {
        Locale locale = attempt.locale();
        Question question = question(attempt, asked);
        List<String> shown = asked.optionOrder().stream().map(index -> question.options().get(index)).toList();
        List<Integer> correctShown = IntStream.range(0, shown.size())
                .filter(i -> question.answer().contains(asked.optionOrder().get(i))).boxed().toList();
        long secondsLeft = Math.max(1, (Duration.between(now, asked.deadline()).toMillis() + 999) / 1000);
        String header = messages.getMessage("quiz.question.header",
                new Object[] {asked.position(), attempt.questionCount(), secondsLeft}, locale);
        String prefix = ANSWER_COMMAND + " " + attempt.id() + " " + asked.position();
        var text = new StringBuilder(header).append("\n\n").append(question.text());
        List<List<Button>> buttons = new ArrayList<>();
        if (question.answer().size() > 1) {
            text.append('\n');
            for (int i = 0; i < shown.size(); i++) {
                text.append('\n').append(i + 1).append(". ").append(shown.get(i));
            }
            text.append("\n\n").append(messages.getMessage("quiz.question.several", null, locale));
        } else {
            for (int i = 0; i < shown.size(); i++) {
                buttons.add(List.of(new Button(shown.get(i), prefix + " " + (i + 1))));
            }
        }
        var poll = new QuizPoll(header, question.text(), shown, correctShown, question.explanation(), (int) secondsLeft, prefix);
        return new OutboundMessage(text.toString(), buttons, null, null, poll);
    }

    private String feedback(Attempt attempt, Asked asked, Question question, String key) {
        Locale locale = attempt.locale();
        var right = new ArrayList<String>();
        for (int i = 0; i < asked.optionOrder().size(); i++) {
            int bankIndex = asked.optionOrder().get(i);
            if (question.answer().contains(bankIndex)) {
                right.add((i + 1) + ". " + question.options().get(bankIndex));
            }
        }
        String section = handbook.section(attempt.versionId(), question.sectionId())
                .map(found -> messages.getMessage("quiz.feedback.section",
                        new Object[] {found.title(), found.source().citation(), found.id()}, locale))
                .orElse("");
        return messages.getMessage(key, new Object[] {String.join("; ", right), question.explanation()}, locale)
                + (section.isEmpty() ? "" : "\n" + section);
    }

    // Cell quizzes

    /**
     * Sets a quiz for everyone under {@code unit} and tells each member; they take it with one attempt before
     * the deadline. Empty when the bank has no question (in that topic).
     */
    @Transactional
    public Optional<CellQuiz> createCellQuiz(Member starter, OrgUnit unit, Instant deadline, String topicId) {
        Optional<Long> current = banks.currentVersion();
        List<String> pool = current.map(version -> banks.content(version).questions().stream()
                .filter(question -> topicId == null || question.topicId().equals(topicId)).map(Question::id).toList())
                .orElse(List.of());
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        long version = current.get();
        List<String> questionIds = draw(pool, properties.questionsPerQuiz());
        Instant now = clock.instant();
        long id = jdbc.sql("""
                INSERT INTO cell_quiz (unit_id, version_id, topic_id, question_ids, seconds_per_question, deadline,
                                       created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(unit.id(), version, topicId, json.writeValueAsString(questionIds), properties.secondsPerQuestion(),
                        deadline.toEpochMilli(), starter.id(), now.toEpochMilli())
                .query(Long.class).single();
        var quiz = new CellQuiz(id, unit.id(), version, topicId, questionIds, properties.secondsPerQuestion(),
                deadline, starter.id(), now);
        for (Member member : organization.membersUnder(unit)) {
            if (member.id() == starter.id()) {
                continue;
            }
            outbox.recipient(member.id()).ifPresent(to -> outbox.enqueue(to, invitation(quiz, unit, to.locale()),
                    "cell-quiz:" + id + ":member-" + member.id()));
        }
        return Optional.of(quiz);
    }

    /** The announcement each member gets, with the button that starts their attempt. */
    public OutboundMessage invitation(CellQuiz quiz, OrgUnit unit, Locale locale) {
        String text = messages.getMessage("quiz.cell.invitation", new Object[] {unit.name(), quiz.questionIds().size(),
                quiz.secondsPerQuestion(), deadline(quiz.deadline(), locale)}, locale);
        return OutboundMessage.withButtons(text,
                List.of(new Button(messages.getMessage("quiz.button.take", null, locale), "/thi lam " + quiz.id())));
    }

    public Optional<CellQuiz> cellQuiz(long id) {
        return jdbc.sql("SELECT * FROM cell_quiz WHERE id = ?").param(id).query(this::cellQuizRow).optional();
    }

    /** Cell quizzes set for this member's unit or a unit above it, still open, which they have not begun. */
    public List<CellQuiz> openCellQuizzesFor(Member member) {
        List<Long> units = organization.lineage(member.unit()).stream().map(OrgUnit::id).toList();
        return jdbc.sql("""
                SELECT * FROM cell_quiz c WHERE c.deadline > ?
                  AND NOT EXISTS (SELECT 1 FROM quiz_attempt a WHERE a.cell_quiz_id = c.id AND a.member_id = ?)
                ORDER BY c.deadline""")
                .params(clock.instant().toEpochMilli(), member.id())
                .query(this::cellQuizRow).list().stream().filter(quiz -> units.contains(quiz.unitId())).toList();
    }

    /** Cell quizzes set for units this person manages, newest first. */
    public List<CellQuiz> cellQuizzesManagedBy(Member manager) {
        return jdbc.sql("SELECT * FROM cell_quiz ORDER BY id DESC LIMIT 50").query(this::cellQuizRow).list().stream()
                .filter(quiz -> organization.unit(quiz.unitId()).map(manager::mayManage).orElse(false)).toList();
    }

    /** Begins a member's one attempt at a cell quiz, with its questions in an order of their own. */
    @Transactional
    public List<OutboundMessage> startCellQuizAttempt(Member member, long cellQuizId, Chat chat) {
        Locale locale = chat.locale();
        Optional<CellQuiz> found = cellQuiz(cellQuizId);
        Optional<OrgUnit> unit = found.flatMap(quiz -> organization.unit(quiz.unitId()));
        if (found.isEmpty() || unit.isEmpty() || !unit.get().covers(member.unit())) {
            return List.of(text(locale, "quiz.cell.notYours"));
        }
        CellQuiz quiz = found.get();
        Optional<Attempt> earlier = jdbc.sql("SELECT * FROM quiz_attempt WHERE cell_quiz_id = ? AND member_id = ?")
                .params(cellQuizId, member.id()).query(this::attemptRow).optional();
        if (earlier.isPresent()) {
            Attempt attempt = earlier.get();
            if (attempt.running()) {
                return resume(member, locale);
            }
            return List.of(text(locale, "quiz.cell.alreadyTaken", attempt.correctCount(), attempt.questionCount()));
        }
        if (!clock.instant().isBefore(quiz.deadline())) {
            return List.of(text(locale, "quiz.cell.closed", deadline(quiz.deadline(), locale)));
        }
        abandonRunning(member.id());
        var order = new ArrayList<>(quiz.questionIds());
        Collections.shuffle(order, random);
        Attempt attempt = newAttempt(member, chat, quiz.id(), quiz.versionId(), quiz.topicId(), order,
                quiz.secondsPerQuestion());
        return List.of(ask(attempt, 1, clock.instant()));
    }

    /** Finished attempts at a cell quiz, best first (score, then time). */
    public List<QuizResult> results(CellQuiz quiz) {
        OrgUnit unit = organization.unit(quiz.unitId()).orElseThrow();
        return ranked(unit, jdbc.sql("SELECT * FROM quiz_attempt WHERE cell_quiz_id = ? AND finished_at IS NOT NULL")
                .param(quiz.id()).query(this::attemptRow).list());
    }

    /** Members under the quiz's unit who have not finished it. */
    public List<Member> notTaken(CellQuiz quiz) {
        Set<Long> finished = new HashSet<>(jdbc.sql(
                "SELECT member_id FROM quiz_attempt WHERE cell_quiz_id = ? AND finished_at IS NOT NULL")
                .param(quiz.id()).query(Long.class).list());
        return organization.unit(quiz.unitId()).map(organization::membersUnder).orElse(List.of()).stream()
                .filter(member -> !finished.contains(member.id()) && member.id() != quiz.createdBy()).toList();
    }

    /**
     * Each member's best finished quiz (practice or cell) started in {@code [from, to)}, among members of
     * {@code unit} and the units below it; ranked by correct answers, then by time taken.
     */
    public List<QuizResult> leaderboard(OrgUnit unit, Instant from, Instant to) {
        List<Long> units = new ArrayList<>(organization.cellsUnder(unit).stream().map(OrgUnit::id).toList());
        units.add(unit.id());
        String placeholders = String.join(",", Collections.nCopies(units.size(), "?"));
        var params = new ArrayList<Object>(units);
        params.add(from.toEpochMilli());
        params.add(to.toEpochMilli());
        List<Attempt> attempts = jdbc.sql("SELECT * FROM quiz_attempt WHERE unit_id IN (" + placeholders + ") "
                        + "AND started_at >= ? AND started_at < ? AND finished_at IS NOT NULL AND abandoned = FALSE")
                .params(params).query(this::attemptRow).list();
        return ranked(unit, attempts);
    }

    /** Finished quizzes (practice and cell) of these members, begun in [from, to). */
    public List<Attempt> finishedAttempts(Collection<Long> memberIds, Instant from, Instant to) {
        var attempts = new ArrayList<Attempt>();
        List<Long> ids = List.copyOf(memberIds);
        for (int start = 0; start < ids.size(); start += IN_CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + IN_CHUNK));
            var params = new ArrayList<Object>(chunk);
            params.add(from.toEpochMilli());
            params.add(to.toEpochMilli());
            attempts.addAll(jdbc.sql("SELECT * FROM quiz_attempt WHERE member_id IN ("
                            + String.join(",", Collections.nCopies(chunk.size(), "?"))
                            + ") AND started_at >= ? AND started_at < ? AND finished_at IS NOT NULL")
                    .params(params).query(this::attemptRow).list());
        }
        return attempts;
    }

    /** Names come from one read of the unit's members; someone who has left it since is looked up alone. */
    private List<QuizResult> ranked(OrgUnit unit, List<Attempt> attempts) {
        Comparator<Attempt> best = Comparator.comparingInt(Attempt::correctCount).reversed()
                .thenComparing(Attempt::timeTaken).thenComparingLong(Attempt::id);
        Map<Long, Attempt> bestPerMember = new LinkedHashMap<>();
        attempts.stream().sorted(best).forEach(attempt -> bestPerMember.putIfAbsent(attempt.memberId(), attempt));
        Map<Long, String> names = new HashMap<>();
        organization.membersUnder(unit).forEach(member -> names.put(member.id(), member.fullName()));
        return bestPerMember.values().stream()
                .map(attempt -> new QuizResult(attempt.memberId(), names.computeIfAbsent(attempt.memberId(),
                        id -> organization.member(id).map(Member::fullName).orElseThrow()),
                        attempt.correctCount(), attempt.questionCount(), attempt.timeTaken()))
                .toList();
    }

    // Helpers

    private Attempt newAttempt(Member member, Chat chat, Long cellQuizId, long versionId, String topicId,
                               List<String> questionIds) {
        return newAttempt(member, chat, cellQuizId, versionId, topicId, questionIds, properties.secondsPerQuestion());
    }

    private Attempt newAttempt(Member member, Chat chat, Long cellQuizId, long versionId, String topicId,
                               List<String> questionIds, int secondsPerQuestion) {
        Instant now = clock.instant();
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
            List<Integer> order = new ArrayList<>(IntStream.range(0, question.options().size()).boxed().toList());
            Collections.shuffle(order, random);
            jdbc.sql("INSERT INTO quiz_attempt_answer (attempt_id, position, question_id, option_order) VALUES (?, ?, ?, ?)")
                    .params(id, i + 1, question.id(), json.writeValueAsString(order)).update();
        }
        return attempt(id).orElseThrow();
    }

    private void abandonRunning(long memberId) {
        jdbc.sql("UPDATE quiz_attempt SET abandoned = TRUE WHERE member_id = ? AND finished_at IS NULL AND abandoned = FALSE "
                        + "AND cell_quiz_id IS NULL")
                .param(memberId).update();
    }

    private List<String> draw(List<String> pool, int count) {
        var shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }

    private Optional<Asked> current(long attemptId) {
        return jdbc.sql("""
                SELECT * FROM quiz_attempt_answer WHERE attempt_id = ? AND answered_at IS NULL AND timed_out = FALSE
                ORDER BY position LIMIT 1""").param(attemptId).query(this::askedRow).optional();
    }

    private Optional<Asked> asked(long attemptId, int position) {
        return jdbc.sql("SELECT * FROM quiz_attempt_answer WHERE attempt_id = ? AND position = ?")
                .params(attemptId, position).query(this::askedRow).optional();
    }

    private Question question(Attempt attempt, Asked asked) {
        return banks.question(attempt.versionId(), asked.questionId()).orElseThrow();
    }

    private OutboundMessage text(Locale locale, String key, Object... args) {
        return OutboundMessage.text(messages.getMessage(key, args, locale));
    }

    String duration(Duration duration, Locale locale) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds < 60 ? messages.getMessage("quiz.duration.seconds", new Object[] {seconds}, locale)
                : messages.getMessage("quiz.duration.minutes", new Object[] {seconds / 60, seconds % 60}, locale);
    }

    String deadline(Instant deadline, Locale locale) {
        return VietnameseDates.dateTime(deadline.atZone(clock.getZone()), messages, locale);
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

    private CellQuiz cellQuizRow(ResultSet rs, int row) throws SQLException {
        return new CellQuiz(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("version_id"), rs.getString("topic_id"),
                json.readValue(rs.getString("question_ids"), STRINGS), rs.getInt("seconds_per_question"),
                Instant.ofEpochMilli(rs.getLong("deadline")), rs.getLong("created_by"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
