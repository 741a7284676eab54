package vn.chibo.quiz.bank;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.chibo.quiz.Difficulty;
import vn.chibo.quiz.Question;
import vn.chibo.text.VietnameseText;

/**
 * Questions kept in Excel: the first sheet, one question per row under a header row whose columns may come
 * in any order, in Vietnamese or English. The template the bot hands out has the same columns.
 */
final class ExcelBankFile {

    enum Column {
        ID("Mã câu hỏi", "id", false),
        TOPIC("Chủ đề", "topic", false),
        TEXT("Câu hỏi", "question", true),
        OPTION_A("Phương án A", "option a", true),
        OPTION_B("Phương án B", "option b", true),
        OPTION_C("Phương án C", "option c", false),
        OPTION_D("Phương án D", "option d", false),
        OPTION_E("Phương án E", "option e", false),
        OPTION_F("Phương án F", "option f", false),
        ANSWER("Đáp án", "answer", true),
        EXPLANATION("Giải thích", "explanation", true),
        SECTION("Mục sổ tay", "section", true),
        DIFFICULTY("Mức độ", "difficulty", false);

        final String vietnamese;
        final String english;
        final boolean required;

        Column(String vietnamese, String english, boolean required) {
            this.vietnamese = vietnamese;
            this.english = english;
            this.required = required;
        }

        static Optional<Column> byHeader(String header) {
            String folded = VietnameseText.fold(header);
            for (Column column : values()) {
                if (VietnameseText.fold(column.vietnamese).equals(folded) || column.english.equals(folded)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }
    }

    static final String QUESTIONS_SHEET = "Câu hỏi";
    private static final List<Column> OPTIONS = List.of(Column.OPTION_A, Column.OPTION_B, Column.OPTION_C,
            Column.OPTION_D, Column.OPTION_E, Column.OPTION_F);

    private ExcelBankFile() {
    }

    static ParsedFile parse(String fileName, byte[] content, Problems problems) {
        var empty = new ParsedFile(fileName, List.of(), List.of(), List.of());
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            String sheetName = sheet.getSheetName();
            var formatter = new DataFormatter();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            if (header != null) {
                for (Cell cell : header) {
                    Column.byHeader(formatter.formatCellValue(cell)).ifPresent(column -> columns.put(column, cell.getColumnIndex()));
                }
            }
            int headerRow = header == null ? 1 : header.getRowNum() + 1;
            for (Column column : Column.values()) {
                if (column.required && !columns.containsKey(column)) {
                    problems.at(Location.cell(fileName, sheetName, headerRow, null, null),
                            "quizBank.problem.missingColumn", column.vietnamese);
                }
            }
            if (problems.any()) {
                return empty;
            }
            var questions = new ArrayList<ParsedFile.Located<Question>>();
            for (Row row : sheet) {
                if (row.getRowNum() <= header.getRowNum()) {
                    continue;
                }
                readRow(fileName, sheetName, row, columns, formatter, problems).ifPresent(questions::add);
            }
            if (questions.isEmpty() && !problems.any()) {
                problems.at(Location.cell(fileName, sheetName, headerRow + 1, null, null), "quizBank.problem.noQuestions");
            }
            return new ParsedFile(fileName, List.of(), List.of(), questions);
        } catch (IOException | RuntimeException e) {
            problems.at(Location.file(fileName), "quizBank.problem.notExcel");
            return empty;
        }
    }

    private static Optional<ParsedFile.Located<Question>> readRow(String fileName, String sheetName, Row row,
                                                                 Map<Column, Integer> columns, DataFormatter formatter,
                                                                 Problems problems) {
        int rowNumber = row.getRowNum() + 1;
        Map<Column, String> values = new EnumMap<>(Column.class);
        columns.forEach((column, index) -> values.put(column, formatter.formatCellValue(row.getCell(index)).strip()));
        if (values.values().stream().allMatch(String::isEmpty)) {
            return Optional.empty();
        }
        Function<Column, Location> at = column -> Location.cell(fileName, sheetName, rowNumber,
                columns.containsKey(column) ? columns.get(column) + 1 : null, column.vietnamese);
        List<String> options = OPTIONS.stream().map(column -> values.getOrDefault(column, ""))
                .filter(option -> !option.isEmpty()).toList();
        String text = values.get(Column.TEXT);
        String explanation = values.get(Column.EXPLANATION);
        int before = problems.count();
        QuestionRules.checkLengths(text, options, explanation, at.apply(Column.TEXT), at.apply(Column.OPTION_A),
                at.apply(Column.EXPLANATION), problems);
        Optional<List<Integer>> answer = QuestionRules.letters(values.get(Column.ANSWER));
        if (answer.isEmpty()) {
            problems.at(at.apply(Column.ANSWER), "quizBank.problem.answer", values.get(Column.ANSWER));
        } else {
            QuestionRules.checkMeaning(options, answer.get(), explanation, at.apply(Column.ANSWER),
                    at.apply(Column.OPTION_A), at.apply(Column.EXPLANATION), problems);
        }
        String section = values.get(Column.SECTION);
        if (section.isEmpty()) {
            problems.at(at.apply(Column.SECTION), "quizBank.problem.missing", Column.SECTION.vietnamese);
        }
        String id = values.getOrDefault(Column.ID, "");
        if (id.isEmpty()) {
            id = Ids.fromFileName(fileName) + "-" + rowNumber;
        } else if (!Ids.valid(id)) {
            problems.at(at.apply(Column.ID), "quizBank.problem.id", id);
        }
        String difficultyText = values.getOrDefault(Column.DIFFICULTY, "");
        Optional<Difficulty> difficulty = difficultyText.isEmpty() ? Optional.of(Difficulty.MEDIUM) : Difficulty.parse(difficultyText);
        if (difficulty.isEmpty()) {
            problems.at(at.apply(Column.DIFFICULTY), "quizBank.problem.enum", difficultyText, "Dễ, Trung bình, Khó");
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        String topic = values.getOrDefault(Column.TOPIC, "");
        var question = new Question(id, topic.isEmpty() ? null : topic, text, options, answer.get(), explanation,
                section, difficulty.get(), fileName, List.of());
        return Optional.of(new ParsedFile.Located<>(question, at.apply(Column.ID), at.apply(Column.TOPIC),
                at.apply(Column.SECTION)));
    }
}
