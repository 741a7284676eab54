package vn.chibo.meeting;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Where a cell's calendar feed is reached: under CHIBO_PUBLIC_URL, or this machine when that is not set. */
@Component
class CalendarLinks {

    static final String PATH = "/calendar/";

    private final Environment environment;

    CalendarLinks(Environment environment) {
        this.environment = environment;
    }

    /** The address a phone's calendar subscribes to, and so keeps up to date: webcal://…. */
    String subscription(String token) {
        return feed(token).replaceFirst("^https?://", "webcal://");
    }

    /** The address of the file itself, for a calendar that imports it once. */
    String feed(String token) {
        String base = environment.getProperty("chibo.public-url", "");
        if (base.isBlank()) {
            base = "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        }
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + PATH + token + ".ics";
    }
}
