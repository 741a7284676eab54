package vn.chibo.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Spring Security guards the dashboard: every page but sign-in needs a signed-in viewer, every form its session's
 * CSRF token, a sign-in gets a new session id, and pages carry a strict content policy, no framing, no type
 * sniffing and, over HTTPS, HSTS. Everything else (the admin API with its bearer token, webhooks with their
 * secrets, the web chat with its SameSite cookie, files and calendar feeds at unguessable addresses) is left to
 * its own guard.
 */
@Configuration(proxyBeanMethods = false)
class DashboardSecurity {

    /** Where the page a /dangnhap link opens sends its token. */
    static final String LINK_SIGN_IN = "/dashboard/login/ott";

    private static final String CONTENT_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    @Bean
    SecurityContextRepository dashboardContexts() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Order(1)
    SecurityFilterChain dashboard(HttpSecurity http, SecurityContextRepository dashboardContexts, DashboardLogins logins,
                                  DashboardUsers users) throws Exception {
        return http.securityMatcher("/dashboard", "/dashboard/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/dashboard/login", "/dashboard/login/**").permitAll()
                        .anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(dashboardContexts))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/dashboard/login")))
                .headers(headers -> headers
                        .contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_POLICY))
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .oneTimeTokenLogin(links -> links.tokenService(logins)
                        .loginProcessingUrl(LINK_SIGN_IN)
                        .loginPage("/dashboard/login")
                        .showDefaultSubmitPage(false)
                        // tokens are made by /dangnhap in chat, never over HTTP: this address lies outside the chain
                        .tokenGeneratingUrl("/not-served/ott/generate")
                        .tokenGenerationSuccessHandler((request, response, token) -> response.sendError(404))
                        .authenticationSuccessHandler(users)
                        .failureUrl("/dashboard/login?link=invalid"))
                .userDetailsService(users)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(frames -> frames.deny()))
                .build();
    }
}
