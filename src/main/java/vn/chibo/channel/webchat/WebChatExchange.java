package vn.chibo.channel.webchat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.chibo.channel.SharedFiles;
import vn.chibo.channel.WebChat;
import vn.chibo.channel.WebChatIds;
import vn.chibo.channel.inbound.InboundPipeline;
import vn.chibo.channel.inbound.InboundUpdate;
import vn.chibo.conversation.InboundMessage;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.organization.ChatChannel;

/** A browser's message through the inbound pipeline, then its replies from the browser's inbox. */
@Component
class WebChatExchange implements WebChat {

    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final InboundPipeline pipeline;
    private final WebChatInbox inbox;
    private final SharedFiles files;

    WebChatExchange(InboundPipeline pipeline, WebChatInbox inbox, SharedFiles files) {
        this.pipeline = pipeline;
        this.inbox = inbox;
        this.files = files;
    }

    @Override
    public List<Reply> send(String chatId, String messageId, String text, String payload, String language) {
        String chat = chatId;
        // the page's message id is its own browser's: another browser's same id is another message
        var update = new InboundUpdate(chat + ":" + messageId(messageId),
                new InboundMessage(ChatChannel.WEB, chat, chat, null, language, text, payload, null, null));
        pipeline.handleOne(update);
        try {
            return inbox.awaitQueuedAs(chat, InboundPipeline.replyKeyPrefix(update), PATIENCE).stream()
                    .map(this::reply).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    List<Reply> after(String chatId, long afterId) {
        return inbox.after(chatId, afterId).stream().map(this::reply).toList();
    }

    private static String messageId(String given) {
        if (given == null) {
            return UUID.randomUUID().toString();
        }
        if (!MESSAGE_ID.matcher(given).matches()) {
            throw WebChatIds.badRequest("messageId must be 8 to 64 letters, digits or '-'");
        }
        return given;
    }

    private Reply reply(WebChatInbox.Pushed pushed) {
        OutboundFile file = pushed.message().file();
        return new Reply(pushed.id(), pushed.message().text(), pushed.message().buttons(),
                file == null ? null : new FileLink(file.kind().name(), file.fileName(), file.mediaType(), files.path(file)));
    }
}
