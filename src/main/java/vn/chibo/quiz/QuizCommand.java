package vn.chibo.quiz;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.conversation.Access;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.handbook.Handbook;
import vn.chibo.handbook.HandbookTopic;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.text.VietnameseText;

/**
 * /thi (/quiz): alone, a menu (resume, cell quizzes to take, topics, and for leaders setting a cell quiz and
 * its results); with a topic, a practice quiz. Buttons carry the sub-commands: "tl" answers, "tiep" resumes,
 * "lam" takes a cell quiz, "chibo" sets one, "ketqua" shows results, "thoigian" sets the member's time per
 * question, "@topic" starts practice.
 */
@Component
class QuizCommand extends NamedCommand {

    private static final List<Integer> DEADLINE_DAYS = List.of(3, 7, 14);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final String ALL_TOPICS = "*";

    private final Quizzes quizzes;
    private final CellQuizzes cellQuizzes;
    private final QuizMessages texts;
    private final Handbook handbook;
    private final Organization organization;
    private final Clock clock;
    private final QuizTimes times;

    QuizCommand(Quizzes quizzes, CellQuizzes cellQuizzes, QuizMessages texts, Handbook handbook,
                Organization organization, Clock clock, QuizTimes times) {
        super("thi", "quiz", Access.MEMBER, true);
        this.times = times;
        this.cellQuizzes = cellQuizzes;
        this.texts = texts;
        this.quizzes = quizzes;
        this.handbook = handbook;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        String[] words = arguments.isEmpty() ? new String[] {""} : arguments.split("\\s+");
        var where = new Quizzes.Chat(chat.message().channel(), chat.message().chatId(), chat.locale());
        switch (words[0].toLowerCase(Locale.ROOT)) {
            case "":
                return List.of(menu(chat, me));
            case "tl":
                return answer(chat, me, words);
            case "tiep":
                return quizzes.resume(me, where);
            case "thoigian":
                return List.of(pace(chat, me, words));
            case "lam":
                return words.length == 2 && words[1].matches("\\d{1,9}")
                        ? cellQuizzes.startAttempt(me, Long.parseLong(words[1]), where)
                        : List.of(menu(chat, me));
            case "chibo":
                return Access.CELL_LEADER.allows(me.role()) ? setCellQuiz(chat, me, words)
                        : List.of(chat.reply("hint.notAllowed"));
            case "ketqua":
                return Access.CELL_LEADER.allows(me.role()) ? List.of(results(chat, me, words))
                        : List.of(chat.reply("hint.notAllowed"));
            default:
                Optional<String> topic = topic(words[0].startsWith("@") ? words[0].substring(1) : arguments);
                if (topic.isEmpty()) {
                    return List.of(chat.reply("quiz.unknownTopic", arguments), menu(chat, me));
                }
                return quizzes.startPractice(me, where, ALL_TOPICS.equals(topic.get()) ? null : topic.get());
        }
    }

    private List<OutboundMessage> answer(ChatContext chat, Member me, String[] words) {
        if (words.length != 4 || !words[1].matches("\\d{1,12}") || !words[2].matches("\\d{1,3}")) {
            return List.of(chat.reply("quiz.answer.ended"));
        }
        return quizzes.answer(me, Long.parseLong(words[1]), Integer.parseInt(words[2]), words[3], chat.locale());
    }

    /** A topic id, "*" for all, or a topic whose title is typed (with or without diacritics). */
    private Optional<String> topic(String typed) {
        if (ALL_TOPICS.equals(typed)) {
            return Optional.of(ALL_TOPICS);
        }
        String folded = VietnameseText.fold(typed);
        return handbook.topics().stream()
                .filter(topic -> topic.id().equals(typed) || VietnameseText.fold(topic.title()).equals(folded))
                .map(HandbookTopic::id).findFirst();
    }

    private OutboundMessage menu(ChatContext chat, Member me) {
        var rows = new ArrayList<List<Button>>();
        if (quizzes.running(me.id()).isPresent()) {
            rows.add(List.of(new Button(chat.text("quiz.button.resume"), "/thi tiep")));
        }
        for (CellQuiz quiz : cellQuizzes.openFor(me)) {
            rows.add(List.of(new Button(chat.text("quiz.button.cellQuiz", texts.deadline(quiz.deadline(), chat.locale())),
                    "/thi lam " + quiz.id())));
        }
        List<HandbookTopic> topics = handbook.topics();
        if (topics.isEmpty()) {
            return chat.reply("quiz.noBank");
        }
        rows.add(List.of(new Button(chat.text("quiz.button.allTopics"), "/thi @" + ALL_TOPICS)));
        topics.forEach(topic -> rows.add(List.of(new Button(topic.title(), "/thi @" + topic.id()))));
        rows.add(List.of(new Button(chat.text("quiz.button.time", times.practiceSeconds(me)), "/thi thoigian")));
        if (Access.CELL_LEADER.allows(me.role())) {
            rows.add(List.of(new Button(chat.text("quiz.button.setCellQuiz"), "/thi chibo"),
                    new Button(chat.text("quiz.button.results"), "/thi ketqua")));
        }
        return new OutboundMessage(chat.text("quiz.menu"), rows, null, null);
    }

    /**
     * "/thi thoigian" shows the member's time per question and the paces to pick; "/thi thoigian 200" takes one,
     * for the quizzes begun from then on.
     */
    private OutboundMessage pace(ChatContext chat, Member me, String[] words) {
        int committee = times.effective(me.unit()).secondsPerQuestion();
        if (words.length == 2 && words[1].matches("\\d{2,3}") && times.setPace(me.id(), Integer.parseInt(words[1]))) {
            return OutboundMessage.withButtons(chat.text("quiz.time.set", times.practiceSeconds(me)),
                    List.of(new Button(chat.text("quiz.button.again"), "/thi")));
        }
        var choices = QuizTimes.PACES.stream()
                .map(percent -> new Button(chat.text("quiz.time.pace." + percent, committee * percent / 100),
                        "/thi thoigian " + percent))
                .toList();
        return OutboundMessage.withButtons(chat.text("quiz.time.ask", times.practiceSeconds(me), committee), choices);
    }

    /** "/thi chibo" asks the deadline, "/thi chibo 7" the topic, "/thi chibo 7 dieu-le" sets the quiz. */
    private List<OutboundMessage> setCellQuiz(ChatContext chat, Member me, String[] words) {
        OrgUnit unit = me.unit();
        if (words.length == 1) {
            var days = DEADLINE_DAYS.stream()
                    .map(n -> new Button(chat.text("quiz.cell.days", n), "/thi chibo " + n)).toList();
            return List.of(OutboundMessage.withButtons(chat.text("quiz.cell.askDeadline", unit.name()), days));
        }
        Optional<Instant> deadline = deadline(words[1]);
        if (deadline.isEmpty()) {
            return List.of(chat.reply("quiz.cell.badDeadline", words[1]));
        }
        if (words.length == 2) {
            var rows = new ArrayList<List<Button>>();
            rows.add(List.of(new Button(chat.text("quiz.button.allTopics"), "/thi chibo " + words[1] + " " + ALL_TOPICS)));
            handbook.topics().forEach(topic ->
                    rows.add(List.of(new Button(topic.title(), "/thi chibo " + words[1] + " " + topic.id()))));
            return List.of(new OutboundMessage(chat.text("quiz.cell.askTopic"), rows, null, null));
        }
        Optional<String> topic = topic(words[2]);
        if (topic.isEmpty()) {
            return List.of(chat.reply("quiz.unknownTopic", words[2]));
        }
        Optional<CellQuiz> created = cellQuizzes.create(me, unit, deadline.get(),
                ALL_TOPICS.equals(topic.get()) ? null : topic.get());
        if (created.isEmpty()) {
            return List.of(chat.reply("quiz.noQuestions"));
        }
        CellQuiz quiz = created.get();
        int members = (int) organization.membersUnder(unit).stream().filter(m -> m.id() != me.id()).count();
        return List.of(OutboundMessage.withButtons(chat.text("quiz.cell.created", unit.name(), quiz.questionIds().size(),
                        members, texts.deadline(quiz.deadline(), chat.locale())),
                List.of(new Button(chat.text("quiz.button.take"), "/thi lam " + quiz.id()),
                        new Button(chat.text("quiz.button.results"), "/thi ketqua " + quiz.id()))));
    }

    /** A number of days from today, or a date; either way the end of that day in the bot's zone. */
    private Optional<Instant> deadline(String written) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate day;
        if (written.matches("\\d{1,3}")) {
            day = today.plusDays(Integer.parseInt(written));
        } else {
            try {
                day = LocalDate.parse(written, DATE);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        if (day.isBefore(today) || day.isAfter(today.plusYears(1))) {
            return Optional.empty();
        }
        return Optional.of(day.atTime(LocalTime.of(23, 59)).atZone(zone).toInstant());
    }

    private OutboundMessage results(ChatContext chat, Member me, String[] words) {
        List<CellQuiz> managed = cellQuizzes.managedBy(me);
        Optional<CellQuiz> chosen = words.length > 1 && words[1].matches("\\d{1,9}")
                ? managed.stream().filter(quiz -> quiz.id() == Long.parseLong(words[1])).findFirst()
                : managed.stream().findFirst();
        if (chosen.isEmpty()) {
            return chat.reply(words.length > 1 ? "quiz.cell.notYours" : "quiz.cell.none");
        }
        CellQuiz quiz = chosen.get();
        String unitName = organization.unit(quiz.unitId()).map(OrgUnit::name).orElse("?");
        List<QuizResult> results = cellQuizzes.results(quiz);
        List<Member> missing = cellQuizzes.notTaken(quiz);
        var text = new StringBuilder(chat.text("quiz.cell.resultsTitle", unitName,
                texts.deadline(quiz.deadline(), chat.locale()), results.size(), results.size() + missing.size()));
        for (int i = 0; i < results.size(); i++) {
            QuizResult result = results.get(i);
            text.append('\n').append(chat.text("quiz.resultLine", i + 1, result.memberName(), result.correct(),
                    result.questionCount(), texts.duration(result.timeTaken(), chat.locale())));
        }
        if (!missing.isEmpty()) {
            text.append("\n\n").append(chat.text("quiz.cell.notTaken",
                    String.join(", ", missing.stream().map(Member::fullName).toList())));
        }
        var others = managed.stream().filter(other -> other.id() != quiz.id()).limit(4)
                .map(other -> new Button(chat.text("quiz.button.otherQuiz", texts.deadline(other.deadline(), chat.locale())),
                        "/thi ketqua " + other.id()))
                .toList();
        return OutboundMessage.withButtons(text.toString(), others);
    }
}
