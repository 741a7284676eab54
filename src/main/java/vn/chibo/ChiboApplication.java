package vn.chibo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.chibo.common.DatabaseCommands;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ChiboApplication {
    /** The bot; or, with {@code backup} or {@code copy-to-postgresql}, that command alone ({@link DatabaseCommands}). */
    public static void main(String[] args) {
        if (DatabaseCommands.isCommand(args)) {
            System.exit(new DatabaseCommands(System.out).run(args, System.getenv()));
        }
        SpringApplication.run(ChiboApplication.class, args);
    }
}
