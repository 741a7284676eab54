package vn.chibo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.chibo.text.Languages;

/** Beans every module shares: the clock, the user-facing texts, and the SQLite file's folder. */
@Configuration(proxyBeanMethods = false)
class Infrastructure {

    /** Tests register their own movable clock before the context refreshes; this one is for real runs. */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock(@Value("${chibo.time-zone}") ZoneId zone) {
        return Clock.system(zone);
    }

    @Bean
    MessageSource messageSource() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Languages.VIETNAMESE);
        return messages;
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
