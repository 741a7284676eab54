package vn.chibo.web.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class DashboardConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new DashboardGuard()).addPathPatterns("/dashboard", "/dashboard/**")
                .excludePathPatterns("/dashboard/login", "/dashboard/login/**");
    }
}
