package vn.chibo.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import vn.chibo.text.Texts;

/** Beans every module shares: the clock, the user-facing texts, and the SQLite file's folder. */
@Configuration(proxyBeanMethods = false)
class Infrastructure {

    /**
     * The system clock, or the movable one tests register as {@code baseClock} before the context refreshes,
     * which work can be backdated on.
     */
    @Bean
    @Primary
    BackdatingClock clock(@Value("${chibo.time-zone}") ZoneId zone, @Qualifier("baseClock") ObjectProvider<Clock> base) {
        return new BackdatingClock(base.getIfAvailable(() -> Clock.system(zone)));
    }

    @Bean
    MessageSource messageSource() {
        return Texts.messageSource();
    }

    /** SQLite creates the file but not its folder; a fresh checkout has no {@code data/} yet. */
    @Bean
    static BeanPostProcessor sqliteFolderCreator() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
                    createFolderOf(hikari.getJdbcUrl());
                }
                return bean;
            }
        };
    }

    private static void createFolderOf(String jdbcUrl) {
        String prefix = "jdbc:sqlite:";
        if (!jdbcUrl.startsWith(prefix)) {
            return;
        }
        String location = jdbcUrl.substring(prefix.length());
        int query = location.indexOf('?');
        if (query >= 0) {
            location = location.substring(0, query);
        }
        if (location.isEmpty() || location.startsWith(":memory:") || location.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(location).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database folder " + parent, e);
        }
    }
}
