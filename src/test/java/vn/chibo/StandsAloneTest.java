package vn.chibo;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The repository builds and tests from itself alone: no source, build or CI file reaches for a sibling folder. */
class StandsAloneTest {

    /** Spelled in two pieces so that this file does not name it. */
    private static final String OUTSIDE = ".." + "/shared";

    @Test
    void noSourceBuildOrCiFileNamesAFolderOutsideTheRepository() throws IOException {
        var offenders = new ArrayList<String>();
        for (Path root : List.of(Path.of("src"), Path.of(".ci"), Path.of(".mvn"))) {
            if (Files.exists(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(Files::isRegularFile).forEach(file -> check(file, offenders));
                }
            }
        }
        for (String file : List.of("pom.xml", "mvnw", "mvnw.cmd")) {
            check(Path.of(file), offenders);
        }
        assertThat(offenders).as("files that name %s", OUTSIDE).isEmpty();
    }

    @Test
    void theTelegramSpecificationTheFakeChecksAgainstIsInTheRepositoryWithItsLicence() {
        assertThat(Path.of("src/test/resources/telegram-bot-api/api.min.json")).isNotEmptyFile();
        assertThat(Path.of("src/test/resources/telegram-bot-api/LICENSE")).content().contains("MIT License");
    }

    private static void check(Path file, List<String> offenders) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.contains(OUTSIDE) || text.contains(OUTSIDE.replace('/', '\\'))) {
                offenders.add(file.toString());
            }
        } catch (CharacterCodingException binary) {
            // images and other binary test data cannot name a path
        } catch (IOException e) {
            throw new IllegalStateException(file + " cannot be read", e);
        }
    }
}
