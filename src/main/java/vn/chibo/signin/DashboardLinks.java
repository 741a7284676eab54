package vn.chibo.signin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Addresses of dashboard pages for chat messages: on CHIBO_PUBLIC_URL, or on this machine while there is none. */
@Component
class DashboardLinks {

    private final String publicUrl;
    private final Environment environment;

    DashboardLinks(@Value("${chibo.public-url:}") String publicUrl, Environment environment) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.environment = environment;
    }

    String signIn(String token) {
        return base() + "/dashboard/login/" + token;
    }

    private String base() {
        if (!publicUrl.isBlank()) {
            return publicUrl;
        }
        return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }
}
