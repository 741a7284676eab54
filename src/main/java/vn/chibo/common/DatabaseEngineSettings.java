package vn.chibo.common;

import java.util.LinkedHashMap;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * What changes with the engine, decided once from the datasource URL: on PostgreSQL (the path for more than one
 * instance) Quartz keeps its jobs in the database as a cluster, so every periodic job runs once across the
 * instances, dashboard sessions live in the database, so any instance serves any request, and the pool is
 * larger. On SQLite (one instance) none of that is needed and Quartz stays in memory.
 */
class DatabaseEngineSettings implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "chiboDatabaseEngine";
    private static final String JDBC_SESSIONS = "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var settings = new LinkedHashMap<String, Object>();
        if (DatabaseEngine.isPostgres(environment.getProperty("spring.datasource.url", ""))) {
            settings.put("spring.quartz.job-store-type", "jdbc");
            settings.put("spring.quartz.jdbc.initialize-schema", "never");
            settings.put("spring.quartz.properties.org.quartz.jobStore.isClustered", "true");
            settings.put("spring.quartz.properties.org.quartz.scheduler.instanceId", "AUTO");
            settings.put("spring.quartz.properties.org.quartz.jobStore.driverDelegateClass",
                    "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
            settings.put("spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval", "5000");
            settings.put("spring.quartz.properties.org.quartz.threadPool.threadCount", "4");
            settings.put("spring.session.jdbc.initialize-schema", "never");
            settings.put("spring.datasource.hikari.maximum-pool-size",
                    environment.getProperty("chibo.database.postgres-pool-size", "16"));
        } else {
            settings.put("spring.autoconfigure.exclude", JDBC_SESSIONS);
        }
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, settings));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
