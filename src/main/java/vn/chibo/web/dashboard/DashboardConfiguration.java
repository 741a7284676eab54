package vn.chibo.web.dashboard;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class DashboardConfiguration implements WebMvcConfigurer {

    private final Clock clock;
    private final Duration sessionLifetime;
    private final ViewerRefresh refresh;

    DashboardConfiguration(Clock clock, @Value("${chibo.dashboard.session-lifetime}") Duration sessionLifetime,
                           ViewerRefresh refresh) {
        this.clock = clock;
        this.sessionLifetime = sessionLifetime;
        this.refresh = refresh;
    }

    @Bean
    FilterRegistrationBean<SubmitOnceFilter> submitOnceFilter() {
        var registration = new FilterRegistrationBean<>(new SubmitOnceFilter());
        registration.addUrlPatterns("/dashboard/*");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new DashboardGuard(clock, sessionLifetime, refresh)).addPathPatterns("/dashboard", "/dashboard/**")
                .excludePathPatterns("/dashboard/login", "/dashboard/login/**");
    }
}
