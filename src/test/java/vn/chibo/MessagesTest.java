package vn.chibo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.chibo.text.Languages;
import vn.chibo.text.Texts;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text a user reads, rendered the way the bot renders it, in both languages, with sample arguments. */
class MessagesTest {

    private static final Pattern LEFTOVER_PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyTextExistsInVietnameseAndInEnglish() throws IOException {
        Properties vietnamese = load("messages_vi.properties");
        Properties english = load("messages_en.properties");

        assertThat(vietnamese.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
        assertThat(vietnamese.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @Test
    void everyTextRendersWholeInBothLanguagesWithNoLeftoverPlaceholderOrDoubledQuote() throws IOException {
        MessageSource messages = Texts.messageSource();
        Properties vietnamese = load("messages_vi.properties");
        Properties english = load("messages_en.properties");
        List<String> broken = new ArrayList<>();
        for (String key : new TreeSet<>(vietnamese.stringPropertyNames())) {
            Object[] arguments = sampleArguments(vietnamese.getProperty(key), english.getProperty(key));
            String inVietnamese = messages.getMessage(key, arguments, Languages.VIETNAMESE);
            String inEnglish = messages.getMessage(key, arguments, Locale.ENGLISH);
            for (String rendered : List.of(inVietnamese, inEnglish)) {
                if (LEFTOVER_PLACEHOLDER.matcher(rendered).find() || rendered.contains("''")) {
                    broken.add(key + " → " + rendered);
                }
            }
            for (var text : List.of(vietnamese.getProperty(key), english.getProperty(key))) {
                if (LONE_APOSTROPHE.matcher(text).find()) {
                    broken.add(key + ": a lone apostrophe quotes the rest of the text: " + text);
                }
            }
            if (!shownArguments(inVietnamese, arguments).equals(shownArguments(inEnglish, arguments))) {
                broken.add(key + ": the languages show different arguments: " + inVietnamese + " | " + inEnglish);
            }
        }
        assertThat(broken).isEmpty();
    }

    /**
     * Spring renders its own problems' texts ({@code problemDetail.<exception>}) with the arguments each exception
     * gives, not with sample ones: each text here uses exactly those, in both languages.
     */
    @Test
    void everyTextOfSpringsProblemsRendersWithTheArgumentsItsExceptionGives() throws Exception {
        MessageSource messages = Texts.messageSource();
        Map<String, Object[]> problems = new LinkedHashMap<>();
        for (ErrorResponse problem : List.of(
                new NoResourceFoundException(HttpMethod.GET, "/api/admin/khong-co", "api/admin/khong-co"),
                new HttpRequestMethodNotSupportedException("DELETE", List.of("GET", "POST")),
                new HttpMediaTypeNotSupportedException(MediaType.TEXT_PLAIN, List.of(MediaType.APPLICATION_JSON)),
                new MissingServletRequestParameterException("name", "String"))) {
            problems.put(problem.getDetailMessageCode(), problem.getDetailMessageArguments());
        }
        // Spring's handler for a type mismatch passes the parameter's name and the value given
        problems.put("problemDetail." + MethodArgumentTypeMismatchException.class.getName(), new Object[] {"id", "abc"});
        problems.put("problemDetail." + HttpMessageNotReadableException.class.getName(), new Object[0]);
        List<String> broken = new ArrayList<>();
        Properties vietnamese = load("messages_vi.properties");
        problems.forEach((key, arguments) -> {
            assertThat(vietnamese.getProperty(key)).as("a text for %s", key).isNotNull();
            for (Locale locale : List.of(Languages.VIETNAMESE, Locale.ENGLISH)) {
                String rendered = messages.getMessage(key, arguments, locale);
                if (LEFTOVER_PLACEHOLDER.matcher(rendered).find()) {
                    broken.add(key + " → " + rendered);
                }
            }
        });
        assertThat(broken).isEmpty();
        assertThat(messages.getMessage("problemDetail." + NoResourceFoundException.class.getName(),
                problems.get("problemDetail." + NoResourceFoundException.class.getName()), Languages.VIETNAMESE))
                .isEqualTo("Không có địa chỉ /api/admin/khong-co.");
    }

    /** A distinct marker for each text argument, a number or a date where the text formats one. */
    private static Object[] sampleArguments(String vietnamese, String english) {
        Format[] vi = new MessageFormat(vietnamese.replace("'", "''"), Languages.VIETNAMESE).getFormatsByArgumentIndex();
        Format[] en = new MessageFormat(english, Locale.ENGLISH).getFormatsByArgumentIndex();
        int count = Math.max(vi.length, en.length);
        Object[] arguments = new Object[count];
        for (int i = 0; i < count; i++) {
            Format format = i < vi.length && vi[i] != null ? vi[i] : i < en.length ? en[i] : null;
            if (format instanceof ChoiceFormat || format instanceof NumberFormat) {
                arguments[i] = 2;
            } else if (format instanceof DateFormat) {
                arguments[i] = new Date(1_780_000_000_000L);
            } else {
                arguments[i] = "«" + i + "»";
            }
        }
        return arguments;
    }

    private static Set<Object> shownArguments(String rendered, Object[] arguments) {
        Set<Object> shown = new TreeSet<>();
        for (Object argument : arguments) {
            if (argument instanceof String marker && rendered.contains(marker)) {
                shown.add(marker);
            }
        }
        return shown;
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(MessagesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
