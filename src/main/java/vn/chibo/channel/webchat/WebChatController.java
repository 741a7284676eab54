package vn.chibo.channel.webchat;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.channel.WebChat;

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

    WebChatController(WebChatExchange exchange) {
        this.exchange = exchange;
    }

    /** {@code messageId}, made by the browser, makes a resent request harmless; one is made here if missing. */
    record SendRequest(String chatId, String messageId, String text, String payload, String language) {
    }

    record Replies(List<WebChat.Reply> replies) {
    }

    record Inbox(List<WebChat.Reply> messages) {
    }

    @PostMapping("/messages")
    Replies send(@RequestBody SendRequest request) {
        return new Replies(exchange.send(request.chatId(), request.messageId(), request.text(), request.payload(),
                request.language()));
    }

    /** Messages for this browser since {@code after}, which the page asks for every few seconds. */
    @GetMapping("/inbox")
    Inbox inbox(@RequestParam String chatId, @RequestParam(defaultValue = "0") long after) {
        return new Inbox(exchange.after(chatId, after));
    }
}
