package vn.chibo.quiz.bank;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.chibo.quiz.Difficulty;
import vn.chibo.quiz.Question;
import vn.chibo.text.VietnameseText;

/**
 * Aiken text, as kept in Word: the question, options "A." / "A)" one per line, "ANSWER: B", a blank line
 * between questions. After the answer, lines "SECTION:", "EXPLANATION:" (required here, since every question
 * rests on the handbook) and optionally "ID:", "TOPIC:", "DIFFICULTY:", also in Vietnamese ("MỤC:",
 * "GIẢI THÍCH:", "MÃ:", "CHỦ ĐỀ:", "MỨC ĐỘ:", "ĐÁP ÁN:").
 */
final class AikenBankFile {

    private static final Pattern OPTION = Pattern.compile("([A-Fa-f])[.)]\\s*(.*)");
    private static final Pattern FIELD = Pattern.compile("([^:]{2,20}):\\s*(.*)");
    private static final Map<String, String> FIELD_NAMES = Map.ofEntries(
            Map.entry("answer", "answer"), Map.entry("dap an", "answer"),
            Map.entry("section", "section"), Map.entry("muc", "section"), Map.entry("muc so tay", "section"),
            Map.entry("explanation", "explanation"), Map.entry("giai thich", "explanation"),
            Map.entry("id", "id"), Map.entry("ma", "id"), Map.entry("ma cau hoi", "id"),
            Map.entry("topic", "topic"), Map.entry("chu de", "topic"),
            Map.entry("difficulty", "difficulty"), Map.entry("muc do", "difficulty"));

    private AikenBankFile() {
    }

    private record Line(int number, String text) {
    }

    static ParsedFile parse(String fileName, byte[] content, Problems problems) {
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String[] lines = text.split("\\r?\\n|\\r", -1);
        var questions = new ArrayList<ParsedFile.Located<Question>>();
        var block = new ArrayList<Line>();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            if (line.isEmpty()) {
                if (!block.isEmpty()) {
                    readBlock(fileName, block, questions.size() + 1, problems).ifPresent(questions::add);
                    block.clear();
                }
            } else {
                block.add(new Line(i + 1, line));
            }
        }
        if (questions.isEmpty() && !problems.any()) {
            problems.at(Location.text(fileName, 1, 1), "quizBank.problem.noQuestions");
        }
        return new ParsedFile(fileName, List.of(), List.of(), questions);
    }

    private static Optional<ParsedFile.Located<Question>> readBlock(String fileName, List<Line> block, int ordinal,
                                                                   Problems problems) {
        int before = problems.count();
        var question = new StringBuilder();
        var options = new ArrayList<String>();
        Map<String, Line> fields = new HashMap<>();
        Line first = block.get(0);
        for (Line line : block) {
            Matcher field = FIELD.matcher(line.text());
            String name = field.matches() ? FIELD_NAMES.get(VietnameseText.fold(field.group(1))) : null;
            if (name != null && (name.equals("answer") || fields.containsKey("answer"))) {
                fields.put(name, new Line(line.number(), field.group(2).strip()));
                continue;
            }
            if (fields.containsKey("answer")) {
                problems.at(Location.text(fileName, line.number(), 1), "quizBank.problem.aikenAfterAnswer", line.text());
                continue;
            }
            Matcher option = OPTION.matcher(line.text());
            if (option.matches() && !question.isEmpty()) {
                char expected = QuestionRules.LETTERS.charAt(Math.min(options.size(), QuestionRules.LETTERS.length() - 1));
                if (Character.toUpperCase(option.group(1).charAt(0)) != expected || options.size() >= QuestionRules.MAX_OPTIONS) {
                    problems.at(Location.text(fileName, line.number(), 1), "quizBank.problem.aikenOptionOrder", expected);
                }
                options.add(option.group(2).strip());
            } else if (options.isEmpty()) {
                question.append(question.isEmpty() ? "" : " ").append(line.text());
            } else {
                problems.at(Location.text(fileName, line.number(), 1), "quizBank.problem.aikenStray", line.text());
            }
        }
        Location blockAt = Location.text(fileName, first.number(), 1);
        Line answerLine = fields.get("answer");
        if (answerLine == null) {
            problems.at(blockAt, "quizBank.problem.aikenNoAnswer");
            return Optional.empty();
        }
        Location answerAt = Location.text(fileName, answerLine.number(), 1);
        Location optionsAt = Location.text(fileName, first.number() + 1, 1);
        Line explanationLine = fields.getOrDefault("explanation", new Line(answerLine.number(), ""));
        Location explanationAt = Location.text(fileName, explanationLine.number(), 1);
        QuestionRules.checkLengths(question.toString(), options, explanationLine.text(), blockAt, optionsAt,
                explanationAt, problems);
        Optional<List<Integer>> answer = QuestionRules.letters(answerLine.text());
        if (answer.isEmpty()) {
            problems.at(answerAt, "quizBank.problem.answer", answerLine.text());
        } else {
            QuestionRules.checkMeaning(options, answer.get(), explanationLine.text(), answerAt, optionsAt,
                    explanationAt, problems);
        }
        Line section = fields.get("section");
        if (section == null || section.text().isEmpty()) {
            problems.at(answerAt, "quizBank.problem.missing", "SECTION");
        }
        String id = fields.containsKey("id") ? fields.get("id").text() : Ids.fromFileName(fileName) + "-" + ordinal;
        if (!Ids.valid(id)) {
            problems.at(Location.text(fileName, fields.get("id").number(), 1), "quizBank.problem.id", id);
        }
        Optional<Difficulty> difficulty = fields.containsKey("difficulty")
                ? Difficulty.parse(fields.get("difficulty").text()) : Optional.of(Difficulty.MEDIUM);
        if (difficulty.isEmpty()) {
            problems.at(Location.text(fileName, fields.get("difficulty").number(), 1), "quizBank.problem.enum",
                    fields.get("difficulty").text(), "easy, medium, hard");
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        Line topic = fields.get("topic");
        var parsed = new Question(id, topic == null ? null : topic.text(), question.toString(), options, answer.get(),
                explanationLine.text(), section.text(), difficulty.get(), fileName, List.of());
        Location idAt = fields.containsKey("id") ? Location.text(fileName, fields.get("id").number(), 1) : blockAt;
        return Optional.of(new ParsedFile.Located<>(parsed, idAt,
                topic == null ? blockAt : Location.text(fileName, topic.number(), 1),
                Location.text(fileName, section.number(), 1)));
    }
}
