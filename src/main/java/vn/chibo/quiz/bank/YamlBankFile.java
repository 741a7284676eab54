package vn.chibo.quiz.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.utils.JsonNodes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

import vn.chibo.handbook.HandbookSection;
import vn.chibo.handbook.HandbookTopic;
import vn.chibo.handbook.Source;
import vn.chibo.quiz.Difficulty;
import vn.chibo.quiz.Question;

/**
 * A handbook or question file in YAML. Its structure is checked against the JSON Schema shipped in
 * {@code quiz-bank/schema/} (the same one editors use), with every problem placed at its line and column.
 */
final class YamlBankFile {

    static final String HANDBOOK_SCHEMA = "quiz-bank/schema/handbook.schema.json";
    static final String QUESTIONS_SCHEMA = "quiz-bank/schema/questions.schema.json";

    private static final NodeReader READER = NodeReader.builder().locationAware().build();
    private static final Schema HANDBOOK = schema(HANDBOOK_SCHEMA);
    private static final Schema QUESTIONS = schema(QUESTIONS_SCHEMA);

    private YamlBankFile() {
    }

    static ParsedFile parse(String fileName, byte[] content, Problems problems) {
        var empty = new ParsedFile(fileName, List.of(), List.of(), List.of());
        JsonNode root;
        try {
            root = READER.readTree(new String(content, StandardCharsets.UTF_8), InputFormat.YAML);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            problems.at(at == null ? Location.file(fileName) : Location.text(fileName, at.getLineNr(), at.getColumnNr()),
                    "quizBank.problem.yaml", e.getOriginalMessage());
            return empty;
        }
        if (root == null || !root.isObject()) {
            problems.at(Location.text(fileName, 1, 1), "quizBank.problem.notABankFile");
            return empty;
        }
        Schema schema = root.has("sections") ? HANDBOOK : root.has("questions") ? QUESTIONS : null;
        if (schema == null) {
            problems.at(Location.text(fileName, 1, 1), "quizBank.problem.notABankFile");
            return empty;
        }
        String itemsField = schema == HANDBOOK ? "sections" : "questions";
        List<Error> errors = schema.validate(root);
        report(fileName, errors, problems);
        Set<Integer> brokenItems = new HashSet<>();
        for (Error error : errors) {
            NodePath path = error.getInstanceLocation();
            if (path.getNameCount() < 2 || !itemsField.equals(String.valueOf(path.getElement(0)))
                    || !(path.getElement(1) instanceof Integer index)) {
                return empty;
            }
            brokenItems.add(index);
        }
        return schema == HANDBOOK ? handbook(fileName, root, brokenItems) : questions(fileName, root, brokenItems, problems);
    }

    /** Reads a schema from the classpath, where the build copies {@code quiz-bank/}. */
    static Schema schema(String resource) {
        try (InputStream in = YamlBankFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource + " on the classpath");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's items, but those the schema found broken: their problems are reported, the rest still checked. */
    private static ParsedFile handbook(String fileName, JsonNode root, Set<Integer> brokenItems) {
        JsonNode topicNode = root.get("topic");
        var topic = new HandbookTopic(topicNode.get("id").asString(), topicNode.get("title").asString().strip(), fileName);
        var sections = new ArrayList<ParsedFile.Located<HandbookSection>>();
        for (int i = 0; i < root.get("sections").size(); i++) {
            JsonNode node = root.get("sections").get(i);
            if (brokenItems.contains(i)) {
                continue;
            }
            JsonNode source = node.get("source");
            var section = new HandbookSection(node.get("id").asString(), topic.id(), node.get("title").asString().strip(),
                    node.get("text").asString().strip(),
                    new Source(source.get("document").asString(), optional(source, "number"),
                            optional(source, "date"), optional(source, "article"), optional(source, "replacedBy"),
                            source.has("inForce") && !source.get("inForce").asBoolean()),
                    fileName);
            sections.add(ParsedFile.Located.at(section, at(fileName, node.get("id"))));
        }
        return new ParsedFile(fileName, List.of(ParsedFile.Located.at(topic, at(fileName, topicNode.get("id")))),
                sections, List.of());
    }

    private static ParsedFile questions(String fileName, JsonNode root, Set<Integer> brokenItems, Problems problems) {
        String topic = root.get("topic").asString();
        Location topicAt = at(fileName, root.get("topic"));
        var questions = new ArrayList<ParsedFile.Located<Question>>();
        for (int i = 0; i < root.get("questions").size(); i++) {
            JsonNode node = root.get("questions").get(i);
            if (brokenItems.contains(i)) {
                continue;
            }
            List<String> options = new ArrayList<>();
            node.get("options").forEach(option -> options.add(option.asString().strip()));
            JsonNode answerNode = node.get("answer");
            Set<Integer> answer = new LinkedHashSet<>();
            if (answerNode.isArray()) {
                answerNode.forEach(letter -> answer.add(QuestionRules.LETTERS.indexOf(letter.asString())));
            } else {
                answer.add(QuestionRules.LETTERS.indexOf(answerNode.asString()));
            }
            String explanation = node.get("explanation").asString().strip();
            QuestionRules.checkMeaning(options, List.copyOf(answer), explanation, at(fileName, answerNode),
                    at(fileName, node.get("options")), at(fileName, node.get("explanation")), problems);
            var facts = new ArrayList<String>();
            if (node.has("facts")) {
                node.get("facts").forEach(fact -> facts.add(fact.asString()));
            }
            var question = new Question(node.get("id").asString(), topic, node.get("text").asString().strip(), options,
                    List.copyOf(answer), explanation, node.get("section").asString(),
                    Difficulty.parse(node.get("difficulty").asString()).orElseThrow(), fileName, facts);
            questions.add(new ParsedFile.Located<>(question, at(fileName, node.get("id")), topicAt,
                    at(fileName, node.get("section"))));
        }
        return new ParsedFile(fileName, List.of(), List.of(), questions);
    }

    private static String optional(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asString() : null;
    }

    private static Location at(String fileName, JsonNode node) {
        TokenStreamLocation location = node == null ? null : JsonNodes.tokenStreamLocationOf(node);
        return location == null ? Location.file(fileName)
                : Location.text(fileName, location.getLineNr(), location.getColumnNr());
    }

    private static void report(String fileName, List<Error> errors, Problems problems) {
        Set<String> seen = new HashSet<>();
        for (Error error : errors) {
            JsonNode node = error.getInstanceNode();
            String field = error.getProperty();
            if ("additionalProperties".equals(error.getKeyword()) && field != null && node != null && node.has(field)) {
                node = node.get(field);
            }
            Location location = at(fileName, node);
            String message = path(error.getInstanceLocation()) + ": " + message(error, problems);
            if (seen.add(location.line() + ":" + location.column() + ":" + message)) {
                problems.add(location, message);
            }
        }
    }

    private static String message(Error error, Problems problems) {
        JsonNode value = error.getInstanceNode();
        String field = error.getProperty();
        JsonNode rule = error.getSchemaNode();
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        switch (keyword) {
            case "required":
                return problems.text("quizBank.problem.missing", field);
            case "additionalProperties":
                return problems.text("quizBank.problem.unknownField", field);
            case "maxLength":
                return problems.text("quizBank.problem.tooLongHere", value.asString().length(), rule.asString());
            case "minLength":
                return problems.text("quizBank.problem.empty");
            case "minItems":
            case "maxItems":
                return problems.text("quizBank.problem.itemCount", value.size(), rule.asString());
            case "pattern":
                return problems.text(lastName(error.getInstanceLocation()).equals("date")
                        ? "quizBank.problem.date" : "quizBank.problem.id", value.asString());
            case "enum":
                return problems.text("quizBank.problem.enum", value.asString(), values(rule));
            case "oneOf":
                return problems.text("quizBank.problem.answer", value.toString());
            case "uniqueItems":
                return problems.text("quizBank.problem.repeated");
            case "type":
                return problems.text("quizBank.problem.type", rule.asString());
            default:
                return error.getMessage();
        }
    }

    private static String values(JsonNode list) {
        var names = new ArrayList<String>();
        list.forEach(item -> names.add(item.asString()));
        return names.stream().collect(Collectors.joining(", "));
    }

    private static String path(NodePath path) {
        var text = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                text.append('[').append(index + 1).append(']');
            } else {
                text.append(text.length() == 0 ? "" : ".").append(element);
            }
        }
        return text.length() == 0 ? "/" : text.toString();
    }

    private static String lastName(NodePath path) {
        return path.getNameCount() == 0 ? "" : String.valueOf(path.getElement(path.getNameCount() - 1));
    }
}
