package vn.chibo.web;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebConfiguration.class);

    @Bean
    FilterRegistrationBean<AdminTokenFilter> adminTokenFilter(AdminApiProperties properties, AdminToken token) {
        if (!properties.open()) {
            log.warn("The admin API (/api/admin/**) is closed: every call gets 401. "
                    + "Set the environment variable CHIBO_ADMIN_TOKEN to a long random secret to open it.");
        }
        var registration = new FilterRegistrationBean<>(new AdminTokenFilter(token));
        registration.addUrlPatterns("/api/admin/*");
        registration.setOrder(1);
        return registration;
    }

    /** After the admin token: a repeat of a call with the same Idempotency-Key gets the first answer again. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcClient jdbc, Clock clock) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(jdbc, clock));
        registration.addUrlPatterns("/api/admin/*");
        registration.setOrder(2);
        return registration;
    }

    /** Vietnamese unless the user picked English; see {@link LanguageChoice}. */
    @Bean
    LocaleResolver localeResolver() {
        return LanguageChoice.resolver();
    }

    @Bean
    WebMvcConfigurer languageChoice(LocaleResolver localeResolver) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new LanguageChoice(localeResolver)).excludePathPatterns("/api/**");
            }
        };
    }
}
