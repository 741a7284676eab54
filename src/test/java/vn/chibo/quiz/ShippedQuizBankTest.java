package vn.chibo.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import vn.chibo.handbook.HandbookSection;
import vn.chibo.quiz.bank.BankFiles;
import vn.chibo.support.MutableClock;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The bank the bot ships with: real content, each question resting on a cited handbook section, valid by the schema. */
class ShippedQuizBankTest {

    private static final Path BANK = Path.of("quiz-bank");

    @TempDir
    Path folder;

    @Test
    void everyShippedFilePassesItsJsonSchemaAsAnEditorWouldCheckIt() throws IOException {
        Schema handbook = schema("handbook.schema.json");
        Schema questions = schema("questions.schema.json");
        List<Path> files = yamlFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(18);
        for (Path file : files) {
            String yaml = Files.readString(file);
            Schema schema = yaml.contains("\nsections:") ? handbook : questions;
            assertThat(yaml).as(file + " names its schema for editors").startsWith("# yaml-language-server: $schema=../schema/");
            List<Error> errors = schema.validate(yaml, InputFormat.YAML);
            assertThat(errors).as(file.toString()).isEmpty();
        }
    }

    @Test
    void theShippedBankLoadsAtStartWithAHundredAndFiftyQuestionsOverTwelveTopicsEachCitingItsSource() {
        try (var app = RunningApp.start(folder)) {
            List<QuizBankVersion> versions = app.bean(QuizBanks.class).versions();
            assertThat(versions).hasSize(1);
            assertThat(versions.get(0).origin()).isEqualTo(QuizBankVersion.Origin.SHIPPED);

            BankFiles.Content bank = app.bean(QuizBanks.class).currentContent();
            assertThat(bank.questions()).hasSizeGreaterThanOrEqualTo(150);
            assertThat(bank.topics()).hasSize(12);
            Map<String, HandbookSection> sections = bank.sections().stream()
                    .collect(Collectors.toMap(HandbookSection::id, Function.identity()));
            for (var topic : bank.topics()) {
                assertThat(bank.sections()).as("sections of " + topic.id()).anyMatch(s -> s.topicId().equals(topic.id()));
                assertThat(bank.questions()).as("questions of " + topic.id()).anyMatch(q -> q.topicId().equals(topic.id()));
            }
            for (Question question : bank.questions()) {
                HandbookSection section = sections.get(question.sectionId());
                assertThat(section).as(question.id()).isNotNull();
                String cited = section.source().number() != null ? section.source().number() : section.source().document();
                assertThat(question.explanation()).as(question.id() + " cites its document").contains(cited);
                assertThat(question.explanation().length()).isLessThanOrEqualTo(200);
                assertThat(question.answer()).allMatch(index -> index < question.options().size());
            }
            assertThat(bank.sections()).allMatch(section -> !section.source().document().isBlank());
        }
    }

    /**
     * Every question and section names the facts it rests on; a question rests only on VERIFIED facts, or on
     * HISTORICAL ones when it says it is the old rule; nothing rests on an UNVERIFIED fact.
     */
    @Test
    void everyQuestionAndSectionRestsOnVerifiedFactsOrSaysItIsTheOldRule() throws IOException {
        Map<String, String> register = factRegister();
        assertThat(register).containsEntry("4", "VERIFIED").containsEntry("9", "HISTORICAL").containsEntry("6", "UNVERIFIED");
        assertThat(register.keySet()).as("a fact of the sheet, or a part of one").allMatch(key -> key.matches("\\d+[a-z]?"));
        for (String partly : List.of("8", "11", "13", "15", "35", "37", "40", "42")) {
            assertThat(register).as("fact %s is verified only in part: the rest has its own row", partly)
                    .containsEntry(partly, "VERIFIED").containsEntry(partly + "u", "UNVERIFIED");
        }
        var items = new ArrayList<Map<String, Object>>();
        for (Path file : yamlFiles()) {
            Map<String, Object> content = new Yaml().load(Files.readString(file));
            Object list = content.containsKey("questions") ? content.get("questions") : content.get("sections");
            for (Object item : (List<?>) list) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = new LinkedHashMap<>((Map<String, Object>) item);
                fields.put("file", file.toString());
                items.add(fields);
            }
        }
        assertThat(items).hasSizeGreaterThan(130);
        for (Map<String, Object> item : items) {
            String name = item.get("file") + " " + item.get("id");
            assertThat(item.get("facts")).as(name + " names its facts").isInstanceOf(List.class);
            String wording = String.valueOf(item.get("text")) + " " + item.get("explanation") + " " + item.get("title");
            boolean saysOldRule = OLD_RULE.matcher(wording.toLowerCase(Locale.ROOT)).find()
                    || item.get("source") instanceof Map<?, ?> source
                    && (source.containsKey("replacedBy") || Boolean.FALSE.equals(source.get("inForce")));
            for (Object fact : (List<?>) item.get("facts")) {
                String status = register.get(String.valueOf(fact));
                assertThat(status).as(name + " rests on fact " + fact + ", which the register lists").isNotNull();
                assertThat(status).as(name + " rests on fact " + fact).isNotEqualTo("UNVERIFIED");
                if (status.equals("HISTORICAL")) {
                    assertThat(saysOldRule).as(name + " rests on the old rule of fact " + fact + " and must say so").isTrue();
                }
            }
        }
    }

    /**
     * The options test knowledge, not guessing: the right answer is the longest option in at most 1 question in 10,
     * and never conspicuously so (more than 1.5 times every other); no option is a longer copy of the question; none
     * of the joke options a review found is left. The questions past a limit are named.
     */
    @Test
    void theOptionsCannotBeGuessedByTheirLength() throws IOException {
        var longest = new ArrayList<String>();
        var conspicuous = new ArrayList<String>();
        var copies = new ArrayList<String>();
        var jokes = new ArrayList<String>();
        int questions = 0;
        for (Path file : yamlFiles()) {
            Map<String, Object> content = new Yaml().load(Files.readString(file));
            if (!content.containsKey("questions")) {
                continue;
            }
            for (Object item : (List<?>) content.get("questions")) {
                Map<?, ?> question = (Map<?, ?>) item;
                questions++;
                List<String> options = ((List<?>) question.get("options")).stream().map(String::valueOf).toList();
                Object answer = question.get("answer");
                String id = String.valueOf(question.get("id"));
                if (answer instanceof String letter) {
                    int right = letter.charAt(0) - 'A';
                    int longestOther = 0;
                    for (int i = 0; i < options.size(); i++) {
                        if (i != right) {
                            longestOther = Math.max(longestOther, options.get(i).length());
                        }
                    }
                    if (options.get(right).length() > longestOther) {
                        longest.add(id);
                    }
                    if (options.get(right).length() > 1.5 * longestOther) {
                        conspicuous.add(id + " (" + options.get(right).length() + " vs " + longestOther + ")");
                    }
                }
                String asked = String.valueOf(question.get("text")).toLowerCase(Locale.ROOT).replaceAll("[?:.…\\s]+$", "");
                for (String option : options) {
                    String lower = option.toLowerCase(Locale.ROOT);
                    if (lower.length() > asked.length() && lower.contains(asked)) {
                        copies.add(id + ": " + option);
                    }
                    if (JOKES.stream().anyMatch(lower::contains)) {
                        jokes.add(id + ": " + option);
                    }
                }
            }
        }
        assertThat(longest.size()).as("questions whose right answer is the longest option: %s", longest)
                .isLessThanOrEqualTo(questions / 10);
        assertThat(conspicuous).as("questions whose right answer stands out by length").isEmpty();
        assertThat(copies).as("options that copy the question").isEmpty();
        assertThat(jokes).as("options that are jokes, not mistakes a member could make").isEmpty();
    }

    /** Options a review of the bank found to be jokes; they teach nothing. */
    private static final List<String> JOKES = List.of("du lịch", "im lặng là vàng", "biển số xe", "giải trí", "lạm phát",
            "nộp thuế", "không cần làm gì", "giàu có", "đảng viên nữ", "đảng viên trẻ nhất", "hoạt động văn nghệ",
            "tính hình thức", "bí mật tuyệt đối", "quy định giao thông", "hợp đồng kinh tế");

    /**
     * A release ships a new bank: at start it replaces the old one (a topic the release dropped is gone), while a
     * quiz begun on the old bank goes on with the old questions.
     */
    @Test
    void aNewShippedBankReplacesTheOldAtStartWhileAQuizInProgressKeepsItsQuestions() throws IOException {
        Path oldRelease = folder.resolve("old-release").resolve("quiz-bank");
        try (Stream<Path> walk = Files.walk(BANK)) {
            for (Path path : walk.toList()) {
                Path target = oldRelease.resolve(BANK.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        Files.writeString(oldRelease.resolve("handbook/on-cu.yaml"), """
                topic: {id: on-cu, title: Ôn tập cũ}
                sections:
                  - id: on-cu-muc
                    title: Mục cũ
                    text: Mục của bản phát hành trước.
                    source: {document: Điều lệ Đảng, date: "2011"}
                """);
        Files.writeString(oldRelease.resolve("questions/on-cu.yaml"), """
                topic: on-cu
                questions:
                  - {id: cu-1, text: Câu cũ thứ nhất?, options: [Đúng, Sai], answer: A, explanation: Điều lệ Đảng., section: on-cu-muc, difficulty: easy}
                  - {id: cu-2, text: Câu cũ thứ hai?, options: [Đúng, Sai], answer: B, explanation: Điều lệ Đảng., section: on-cu-muc, difficulty: easy}
                """);
        var clock = new MutableClock(RunningApp.START);
        WebChatUser member;
        WebChatUser.Reply firstQuestion;
        try (var before = RunningApp.start(folder, clock, "chibo.quiz.shipped-bank=" + oldRelease.toUri() ,
                "chibo.quiz.tick=1h")) {
            member = new WebChatUser(before);
            member.say("/start " + Roster.load(before).code("Trần Thị Bình"));
            firstQuestion = member.press("/thi @on-cu").get(0);
            assertThat(firstQuestion.text()).startsWith("Câu 1/2").containsAnyOf("Câu cũ thứ nhất?", "Câu cũ thứ hai?");
        }

        try (var after = RunningApp.start(folder, clock, "chibo.quiz.tick=1h")) {
            List<QuizBankVersion> versions = after.bean(QuizBanks.class).versions();
            assertThat(versions).extracting(QuizBankVersion::origin)
                    .containsExactly(QuizBankVersion.Origin.SHIPPED, QuizBankVersion.Origin.SHIPPED);
            BankFiles.Content current = after.bean(QuizBanks.class).currentContent();
            assertThat(current.topics()).extracting(topic -> topic.id()).doesNotContain("on-cu").contains("dieu-le");
            assertThat(current.questions()).extracting(Question::id).doesNotContain("cu-1", "cu-2");
            assertThat(versions.get(0).questionCount()).isEqualTo(versions.get(1).questionCount() - 2);

            WebChatUser sameBrowser = member.on(after);
            assertThat(sameBrowser.sayText("/sotay @on-cu")).contains("không còn trong sổ tay");
            String firstOption = firstQuestion.buttonLabels().get(0);
            List<WebChatUser.Reply> next = sameBrowser.press(QuizPlay.payloadOf(firstQuestion, firstOption));
            assertThat(next.get(next.size() - 1).text()).startsWith("Câu 2/2").containsAnyOf("Câu cũ thứ nhất?", "Câu cũ thứ hai?");
        }
    }

    @Test
    void aRestartWithTheSameShippedBankMakesNoNewVersion() {
        try (var app = RunningApp.start(folder)) {
            assertThat(app.bean(QuizBanks.class).versions()).hasSize(1);
        }
        try (var app = RunningApp.start(folder)) {
            assertThat(app.bean(QuizBanks.class).versions()).hasSize(1);
        }
    }

    private static final Pattern OLD_RULE = Pattern.compile("cũ|trước đây|thay thế|hết hiệu lực");

    /** Fact number to status, from the table in {@code quiz-bank/facts.md}. */
    private static Map<String, String> factRegister() throws IOException {
        Pattern row = Pattern.compile("^\\| (\\w+) \\| (VERIFIED|UNVERIFIED|HISTORICAL) \\|");
        var register = new LinkedHashMap<String, String>();
        for (String line : Files.readAllLines(BANK.resolve("facts.md"))) {
            Matcher matcher = row.matcher(line);
            if (matcher.find()) {
                register.put(matcher.group(1), matcher.group(2));
            }
        }
        return register;
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(BANK)) {
            return walk.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static Schema schema(String name) throws IOException {
        try (InputStream in = Files.newInputStream(BANK.resolve("schema").resolve(name))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }
}
