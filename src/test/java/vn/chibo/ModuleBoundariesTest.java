package vn.chibo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

class ModuleBoundariesTest {

    private static final Path COMMITTED_DOCS = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(ChiboApplication.class);
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.chibo");

    /** Each module's package-info declares the modules it may use; anything else, or a cycle, fails. */
    @Test
    void modulesUseOnlyTheirDeclaredDependenciesThroughTheirPublicSurfaceAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void theModulesAreThoseOfTheDesign() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder("organization", "conversation", "channel", "meeting", "attendance", "reminder",
                        "quiz", "handbook", "statistics", "web", "signin", "demo", "text", "record", "grading", "common", "review",
                        "dues");
    }

    @Test
    void onlyTheTelegramChannelSeesTelegramsTypes() {
        noClasses().that().resideOutsideOfPackage("vn.chibo.channel.telegram..")
                .should().dependOnClassesThat().resideInAnyPackage("org.telegram..", "vn.chibo.channel.telegram..")
                .check(classes);
    }

    @Test
    void onlyTheZaloChannelKnowsZalo() {
        noClasses().that().resideOutsideOfPackage("vn.chibo.channel.zalo..")
                .should().dependOnClassesThat().resideInAPackage("vn.chibo.channel.zalo..")
                .check(classes);
    }

    /** docs/modules holds what Spring Modulith's Documenter writes for the code as it is. */
    @Test
    void theCommittedModuleDocumentationIsCurrent(@TempDir Path generated) throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        if (System.getenv("CHIBO_WRITE_MODULE_DOCS") != null) {
            copy(generated, COMMITTED_DOCS);
        }
        assertThat(names(COMMITTED_DOCS)).as("docs/modules holds no file the code no longer makes (a module renamed or "
                + "removed); regenerate with CHIBO_WRITE_MODULE_DOCS=1 ./mvnw test -Dtest=ModuleBoundariesTest")
                .containsExactlyInAnyOrderElementsOf(names(generated));
        try (Stream<Path> files = Files.list(generated)) {
            for (Path file : files.sorted().toList()) {
                Path committed = COMMITTED_DOCS.resolve(file.getFileName());
                assertThat(committed).as("%s is committed; regenerate with CHIBO_WRITE_MODULE_DOCS=1 ./mvnw test "
                        + "-Dtest=ModuleBoundariesTest", committed).exists();
                // the Documenter lists relations in no fixed order, so the files are compared line by line as sets
                assertThat(Files.readAllLines(committed)).as("%s is current; regenerate with CHIBO_WRITE_MODULE_DOCS=1 "
                        + "./mvnw test -Dtest=ModuleBoundariesTest", committed)
                        .containsExactlyInAnyOrderElementsOf(Files.readAllLines(file));
            }
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /** Makes {@code to} hold exactly what {@code from} holds. */
    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> stale = Files.list(to)) {
            for (Path file : stale.toList()) {
                if (!Files.exists(from.resolve(file.getFileName()))) {
                    Files.delete(file);
                }
            }
        }
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
