package vn.chibo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    @Test
    void everyTextExistsInVietnameseAndInEnglish() throws IOException {
        Properties vietnamese = load("messages_vi.properties");
        Properties english = load("messages_en.properties");

        assertThat(vietnamese.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
        assertThat(vietnamese.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(MessagesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
