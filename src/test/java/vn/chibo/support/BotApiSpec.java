package vn.chibo.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Telegram Bot API specification (methods, fields, required flags) and the limits its descriptions state, as a
 * checker for every request the bot sends. The specification is test data of this repository:
 * {@code src/test/resources/telegram-bot-api/api.min.json}, Bot API 10.1 as data, MIT-licensed (its LICENSE and
 * origin in the README beside it).
 */
public final class BotApiSpec {

    private static final String SPEC = "/telegram-bot-api/api.min.json";
    private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");
    private static final BotApiSpec INSTANCE = load();

    private final Map<String, JsonNode> methods = new HashMap<>();
    private final Map<String, JsonNode> types = new HashMap<>();

    private BotApiSpec(JsonNode spec) {
        spec.get("methods").properties().forEach(e -> methods.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue()));
        spec.get("types").properties().forEach(e -> types.put(e.getKey(), e.getValue()));
    }

    public static BotApiSpec get() {
        return INSTANCE;
    }

    private static BotApiSpec load() {
        try (InputStream spec = BotApiSpec.class.getResourceAsStream(SPEC)) {
            if (spec == null) {
                throw new IllegalStateException("The Bot API spec is missing from the test classpath at " + SPEC);
            }
            return new BotApiSpec(JsonMapper.builder().build().readTree(new String(spec.readAllBytes(),
                    StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("The Bot API spec at " + SPEC + " cannot be read", e);
        }
    }

    public boolean knows(String method) {
        return methods.containsKey(method.toLowerCase(Locale.ROOT));
    }

    /** The method's name as the spec spells it ("sendMessage" for "sendmessage"). */
    public String canonical(String method) {
        return methods.get(method.toLowerCase(Locale.ROOT)).get("name").asString();
    }

    /** Every way the request breaks the spec; empty when it is valid. */
    public List<String> violations(String method, Map<String, JsonNode> fields) {
        var problems = new ArrayList<String>();
        JsonNode spec = methods.get(method.toLowerCase(Locale.ROOT));
        if (spec == null) {
            problems.add("unknown method " + method);
            return problems;
        }
        String name = spec.get("name").asString();
        checkFields(name, spec.get("fields"), fields, problems);
        JsonNode text = fields.get("text");
        if (name.equals("sendMessage") && text != null && (text.asString().isEmpty() || text.asString().length() > 4096)) {
            problems.add("sendMessage text has " + text.asString().length() + " characters, not 1-4096");
        }
        if (name.equals("sendPoll")) {
            pollLimits(fields, problems);
        }
        JsonNode caption = fields.get("caption");
        if (caption != null && caption.asString().length() > 1024) {
            problems.add(name + " caption over 1024 characters");
        }
        return problems;
    }

    /** The limits sendPoll's descriptions state, and what a quiz needs. */
    private static void pollLimits(Map<String, JsonNode> fields, List<String> problems) {
        JsonMapper json = JsonMapper.builder().build();
        int question = fields.containsKey("question") ? fields.get("question").asString().length() : 0;
        if (question < 1 || question > 300) {
            problems.add("sendPoll question has " + question + " characters, not 1-300");
        }
        JsonNode options = fields.get("options");
        options = options != null && options.isString() ? json.readTree(options.asString()) : options;
        int count = options == null ? 0 : options.size();
        if (count < 1 || count > 12) {
            problems.add("sendPoll has " + count + " options, not 1-12");
        }
        if (options != null) {
            options.forEach(option -> {
                int length = option.get("text").asString().length();
                if (length < 1 || length > 100) {
                    problems.add("sendPoll option has " + length + " characters, not 1-100");
                }
            });
        }
        String type = fields.containsKey("type") ? fields.get("type").asString() : "regular";
        if (!type.equals("quiz") && !type.equals("regular")) {
            problems.add("sendPoll type " + type + " is not quiz or regular");
        }
        JsonNode correct = fields.get("correct_option_ids");
        correct = correct != null && correct.isString() ? json.readTree(correct.asString()) : correct;
        if (type.equals("quiz")) {
            if (correct == null || correct.isEmpty()) {
                problems.add("sendPoll quiz without correct_option_ids");
            } else {
                int previous = -1;
                for (JsonNode id : correct) {
                    if (id.asInt() <= previous || id.asInt() >= count) {
                        problems.add("sendPoll correct_option_ids not increasing within the options: " + correct);
                    }
                    previous = id.asInt();
                }
                if (correct.size() > 1 && !(fields.containsKey("allows_multiple_answers")
                        && fields.get("allows_multiple_answers").asBoolean())) {
                    problems.add("sendPoll quiz with several right options does not allow multiple answers");
                }
            }
        }
        if (fields.containsKey("explanation")) {
            String explanation = fields.get("explanation").asString();
            if (explanation.length() > 200 || explanation.chars().filter(c -> c == '\n').count() > 2) {
                problems.add("sendPoll explanation over 200 characters or 2 line feeds");
            }
        }
        if (fields.containsKey("open_period")) {
            int period = fields.get("open_period").asInt();
            if (period < 5 || period > 2_628_000) {
                problems.add("sendPoll open_period " + period + " not 5-2628000");
            }
            if (fields.containsKey("close_date")) {
                problems.add("sendPoll has both open_period and close_date");
            }
        }
        if (fields.containsKey("description") && fields.get("description").asString().length() > 1024) {
            problems.add("sendPoll description over 1024 characters");
        }
    }

    private void checkFields(String owner, JsonNode specFields, Map<String, JsonNode> fields, List<String> problems) {
        var known = new HashMap<String, JsonNode>();
        specFields.forEach(f -> known.put(f.get("name").asString(), f));
        fields.forEach((field, value) -> {
            JsonNode spec = known.get(field);
            if (spec == null) {
                problems.add(owner + " has no field " + field);
            } else {
                checkValue(owner + "." + field, spec.get("types"), value, problems);
            }
        });
        known.forEach((field, spec) -> {
            if (spec.get("required").asBoolean() && !fields.containsKey(field)) {
                problems.add(owner + " misses required field " + field);
            }
        });
    }

    private void checkValue(String where, JsonNode typeNames, JsonNode value, List<String> problems) {
        List<String> best = null;
        for (JsonNode typeName : typeNames) {
            var attempt = new ArrayList<String>();
            checkAs(where, typeName.asString(), value, attempt);
            if (attempt.isEmpty()) {
                return;
            }
            if (best == null || attempt.size() < best.size()) {
                best = attempt;
            }
        }
        if (best != null) {
            problems.addAll(best);
        }
    }

    private void checkAs(String where, String type, JsonNode value, List<String> problems) {
        if (type.startsWith("Array of ")) {
            if (value.isString()) {
                value = JsonMapper.builder().build().readTree(value.asString());
            }
            if (!value.isArray()) {
                problems.add(where + " is not an array");
                return;
            }
            String element = type.substring("Array of ".length());
            for (JsonNode item : value) {
                checkAs(where + "[]", element, item, problems);
            }
            return;
        }
        JsonNode spec = types.get(type);
        if (spec == null || !spec.has("fields")) {
            return;
        }
        if (value.isString() && value.asString().startsWith("{")) {
            value = JsonMapper.builder().build().readTree(value.asString());
        }
        if (!value.isObject()) {
            problems.add(where + " is not a " + type);
            return;
        }
        var fields = new HashMap<String, JsonNode>();
        value.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
        checkFields(type, spec.get("fields"), fields, problems);
        if (type.equals("InlineKeyboardButton") && fields.containsKey("callback_data")) {
            int bytes = fields.get("callback_data").asString().getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1 || bytes > 64) {
                problems.add(where + ".callback_data has " + bytes + " bytes, not 1-64");
            }
        }
        if (type.equals("BotCommand")) {
            if (!COMMAND.matcher(fields.get("command").asString()).matches()) {
                problems.add(where + ".command is not 1-32 of a-z, 0-9, _");
            }
            int length = fields.get("description").asString().length();
            if (length < 1 || length > 256) {
                problems.add(where + ".description has " + length + " characters, not 1-256");
            }
        }
    }
}
