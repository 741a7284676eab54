package vn.chibo.channel.webchat;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.channel.WebChat;
import vn.chibo.channel.WebChatIds;

/**
 * The web chat's HTTP side. What a browser sends enters the same inbound pipeline as Telegram's and Zalo's
 * (de-duplicated by the browser's message id, in order per chat, one transaction, replies through the
 * outbox); the answer carries the replies as the outbox delivered them. The browser keeps a random chat id,
 * which is both the chat and the user on this channel.
 */
@RestController
@RequestMapping("/api/chat")
class WebChatController {

    private final WebChatExchange exchange;
    private final WebChatIds ids;
    private final BrowserAddress address;

    WebChatController(WebChatExchange exchange, WebChatIds ids, BrowserAddress address) {
        this.exchange = exchange;
        this.ids = ids;
        this.address = address;
    }

    /**
     * {@code messageId}, made by the browser, makes a resent request harmless; one is made here if missing. The
     * chat is the browser's cookie's, whatever the body says.
     */
    record SendRequest(String messageId, String text, String payload, String language) {
    }

    record Replies(List<WebChat.Reply> replies) {
    }

    record Inbox(List<WebChat.Reply> messages) {
    }

    @PostMapping("/messages")
    Replies send(@RequestBody SendRequest body, HttpServletRequest request, HttpServletResponse response) {
        return new Replies(exchange.send(ids.of(request, response), body.messageId(), body.text(), body.payload(),
                body.language()).stream().map(reply -> reachable(reply, request)).toList());
    }

    /** Messages for this browser since {@code after}, which the page asks for every few seconds. */
    @GetMapping("/inbox")
    Inbox inbox(@RequestParam(defaultValue = "0") long after, HttpServletRequest request, HttpServletResponse response) {
        return new Inbox(exchange.after(ids.of(request, response), after).stream()
                .map(reply -> reachable(reply, request)).toList());
    }

    private WebChat.Reply reachable(WebChat.Reply reply, HttpServletRequest request) {
        return new WebChat.Reply(reply.id(), address.rewrite(reply.text(), request), reply.buttons(), reply.file());
    }

    /** A new chat in this browser: a new id, and the old one's chat account no longer reachable from here. */
    @PostMapping("/reset")
    void reset(HttpServletRequest request, HttpServletResponse response) {
        ids.renew(request, response);
    }
}
