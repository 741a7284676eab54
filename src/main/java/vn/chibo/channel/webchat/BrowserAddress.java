package vn.chibo.channel.webchat;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Without CHIBO_PUBLIC_URL the bot's links name this machine as {@code localhost}, which a phone on the same
 * network cannot open. In the web chat the browser has just reached the server by some address; the links it
 * is given use that one instead.
 */
@Component
class BrowserAddress {

    private final String publicUrl;
    private final Environment environment;

    BrowserAddress(@Value("${chibo.public-url:}") String publicUrl, Environment environment) {
        this.publicUrl = publicUrl;
        this.environment = environment;
    }

    /** {@code text} with this machine's own address replaced by the one {@code request} came to. */
    String rewrite(String text, HttpServletRequest request) {
        if (text == null || !publicUrl.isBlank()) {
            return text;
        }
        String local = "//localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        if (!text.contains(local)) {
            return text;
        }
        String reached = ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).build().toUriString();
        String hostAndPort = reached.replaceFirst("^https?:", "");
        return text.replace("http:" + local, reached).replace("webcal:" + local, "webcal:" + hostAndPort);
    }
}
