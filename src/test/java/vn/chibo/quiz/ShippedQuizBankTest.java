package vn.chibo.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.handbook.HandbookSection;
import vn.chibo.quiz.bank.BankFiles;
import vn.chibo.support.RunningApp;

/** The bank the bot ships with: real content, each question resting on a cited handbook section, valid by the schema. */
class ShippedQuizBankTest {

    private static final Path BANK = Path.of("quiz-bank");

    @TempDir
    Path folder;

    @Test
    void everyShippedFilePassesItsJsonSchemaAsAnEditorWouldCheckIt() throws IOException {
        Schema handbook = schema("handbook.schema.json");
        Schema questions = schema("questions.schema.json");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(BANK)) {
            files = walk.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
        for (Path file : files) {
            String yaml = Files.readString(file);
            Schema schema = yaml.contains("\nsections:") ? handbook : questions;
            assertThat(yaml).as(file + " names its schema for editors").startsWith("# yaml-language-server: $schema=../schema/");
            List<Error> errors = schema.validate(yaml, InputFormat.YAML);
            assertThat(errors).as(file.toString()).isEmpty();
        }
    }

    @Test
    void theShippedBankLoadsAtStartWithEightyQuestionsOverSixTopicsEachCitingItsSource() {
        try (var app = RunningApp.start(folder)) {
            List<QuizBankVersion> versions = app.bean(QuizBanks.class).versions();
            assertThat(versions).hasSize(1);
            assertThat(versions.get(0).origin()).isEqualTo(QuizBankVersion.Origin.SHIPPED);

            BankFiles.Content bank = app.bean(QuizBanks.class).currentContent();
            assertThat(bank.questions()).hasSizeGreaterThanOrEqualTo(80);
            assertThat(bank.topics()).hasSizeGreaterThanOrEqualTo(6);
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

    @Test
    void aRestartWithTheSameShippedBankMakesNoNewVersion() {
        try (var app = RunningApp.start(folder)) {
            assertThat(app.bean(QuizBanks.class).versions()).hasSize(1);
        }
        try (var app = RunningApp.start(folder)) {
            assertThat(app.bean(QuizBanks.class).versions()).hasSize(1);
        }
    }

    private static Schema schema(String name) throws IOException {
        try (InputStream in = Files.newInputStream(BANK.resolve("schema").resolve(name))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }
}
