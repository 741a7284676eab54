package vn.chibo.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where the bot is reached, for the links it gives: on CHIBO_PUBLIC_URL, or on this machine while there is none
 * ({@code http://localhost:<port>}, the port the server listens on).
 */
@Component
public class AppAddress {

    private final String publicUrl;
    private final Environment environment;

    AppAddress(@Value("${chibo.public-url:}") String publicUrl, Environment environment) {
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
        this.environment = environment;
    }

    /** Whether CHIBO_PUBLIC_URL is set, so links reach the bot from anywhere. */
    public boolean isPublic() {
        return !publicUrl.isEmpty();
    }

    /** The address links start with, without a trailing slash. */
    public String base() {
        return isPublic() ? publicUrl : local();
    }

    /** This machine's own address, as a browser on it reaches the server. */
    public String local() {
        return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }
}
