package vn.chibo.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.BuiltJar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's run command, stopped as a new user stops it: Ctrl-C, the interrupt a terminal sends to the whole
 * foreground process group (Maven and the application it forked). The bot shuts down cleanly and Maven prints no
 * [ERROR]. Run from the built classes, so nothing is compiled again beside the suite.
 */
class StopWithCtrlCIT {

    @TempDir
    Path folder;

    @Test
    void ctrlCStopsTheBotWithoutAMavenError() throws Exception {
        Path log = folder.resolve("run.log");
        int port = BuiltJar.freePort();
        // a shell started in the background ignores the interrupt and its children inherit that; env restores it,
        // and setsid gives the run its own process group, as a terminal's foreground job has
        Process run = new ProcessBuilder(List.of("env", "--default-signal=INT", "setsid", "./mvnw", "-B",
                "spring-boot:run", "-Dmaven.main.skip=true", "-Dmaven.test.skip=true", "-Dcheckstyle.skip=true",
                "-Dspring-boot.run.arguments=--server.port=" + port + " --chibo.database.path="
                        + folder.resolve("chibo.db") + " --chibo.demo.enabled=true"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (!Files.readString(log).contains("Demo mode: open")) {
            assertThat(run.isAlive()).as("the bot runs; see %s", log).isTrue();
            assertThat(System.nanoTime()).as("started within 4 minutes").isLessThan(deadline);
            Thread.sleep(200);
        }
        assertThat(new ProcessBuilder("kill", "-INT", "--", "-" + run.pid()).start().waitFor()).isZero();
        assertThat(run.waitFor(2, TimeUnit.MINUTES)).as("stopped within 2 minutes").isTrue();

        String printed = Files.readString(log);
        assertThat(printed).as("what the run printed").contains("BUILD SUCCESS").doesNotContain("[ERROR]", "BUILD FAILURE");
        assertThat(run.exitValue()).isZero();
    }
}
