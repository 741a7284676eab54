package vn.chibo.channel.webchat;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.chibo.common.AppAddress;

/**
 * Without CHIBO_PUBLIC_URL the bot's links name this machine as {@code localhost}, which a phone on the same
 * network cannot open. In the web chat the browser has just reached the server by some address; the links it
 * is given use that one instead.
 */
@Component
class BrowserAddress {

    private final AppAddress address;

    BrowserAddress(AppAddress address) {
        this.address = address;
    }

    /** {@code text} with this machine's own address replaced by the one {@code request} came to. */
    String rewrite(String text, HttpServletRequest request) {
        if (text == null || address.isPublic()) {
            return text;
        }
        String local = address.local().replaceFirst("^https?:", "");
        if (!text.contains(local)) {
            return text;
        }
        String reached = ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).build().toUriString();
        String hostAndPort = reached.replaceFirst("^https?:", "");
        return text.replace("http:" + local, reached).replace("webcal:" + local, "webcal:" + hostAndPort);
    }
}
