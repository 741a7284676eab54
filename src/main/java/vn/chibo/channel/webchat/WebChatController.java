package vn.chibo.channel.webchat;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.channel.SharedFiles;
import vn.chibo.channel.WebChatIds;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.Conversation;
import vn.chibo.conversation.InboundMessage;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.ChatChannel;

/**
 * The web chat: a channel like Telegram and Zalo, through the same conversation core. The browser keeps a
 * random chat id, which is both the chat and the user on this channel.
 */
@RestController
@RequestMapping("/api/chat")
class WebChatController {

    private final Conversation conversation;
    private final WebChatInbox inbox;
    private final SharedFiles files;

    WebChatController(Conversation conversation, WebChatInbox inbox, SharedFiles files) {
        this.conversation = conversation;
        this.inbox = inbox;
        this.files = files;
    }

    record SendRequest(String chatId, String text, String payload, String language) {
    }

    /** A photo or document with a message, as a link on this server that expires. */
    record FileLink(String kind, String name, String mediaType, String url) {
    }

    record Reply(String text, List<List<Button>> buttons, FileLink file) {
    }

    record Replies(List<Reply> replies) {
    }

    record PushedReply(long id, String text, List<List<Button>> buttons, FileLink file) {
    }

    record Inbox(List<PushedReply> messages) {
    }

    @PostMapping("/messages")
    Replies send(@RequestBody SendRequest request) {
        String chatId = validChatId(request.chatId());
        var message = new InboundMessage(ChatChannel.WEB, chatId, chatId, null, request.language(), request.text(),
                request.payload(), null, null);
        return replies(conversation.handle(message));
    }

    /** Messages pushed to this browser since {@code after}, which the page asks for every few seconds. */
    @GetMapping("/inbox")
    Inbox inbox(@RequestParam String chatId, @RequestParam(defaultValue = "0") long after) {
        return new Inbox(inbox.after(validChatId(chatId), after).stream()
                .map(p -> new PushedReply(p.id(), p.message().text(), p.message().buttons(), link(p.message().file())))
                .toList());
    }

    private static String validChatId(String chatId) {
        return WebChatIds.valid(chatId);
    }

    private Replies replies(List<OutboundMessage> messages) {
        return new Replies(messages.stream().map(m -> new Reply(m.text(), m.buttons(), link(m.file()))).toList());
    }

    private FileLink link(OutboundFile file) {
        return file == null ? null : new FileLink(file.kind().name(), file.fileName(), file.mediaType(), files.path(file));
    }
}
