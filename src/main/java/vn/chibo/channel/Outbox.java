package vn.chibo.channel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.channel.outbox.OutboxDispatcher;
import vn.chibo.channel.outbox.OutboxStore;
import vn.chibo.channel.outbox.PlatformText;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.Organization;
import vn.chibo.text.Languages;

/**
 * Every message to a chat goes through here: written as rows in the caller's transaction, one per platform
 * message (long texts split), and sent by the dispatcher after commit. A key queued once is never sent again.
 */
@Component
public class Outbox {

    /** Where and in which language a member is written to: the reachable account they used last. */
    public record Recipient(ChatChannel channel, String chatId, Locale locale) {
    }

    private final OutboxStore store;
    private final OutboxDispatcher dispatcher;
    private final Organization organization;
    private final JsonMapper json;
    private final Clock clock;

    Outbox(OutboxStore store, OutboxDispatcher dispatcher, Organization organization, JsonMapper json, Clock clock) {
        this.store = store;
        this.organization = organization;
        this.dispatcher = dispatcher;
        this.json = json;
        this.clock = clock;
    }

    /** Empty when the member has no reachable chat account. */
    public Optional<Recipient> recipient(long memberId) {
        return organization.preferredIdentity(memberId).map(identity ->
                new Recipient(identity.channel(), identity.chatId(), Languages.of(identity.language())));
    }

    public boolean enqueue(Recipient to, OutboundMessage message, String idempotencyKey) {
        return enqueue(to.channel(), to.chatId(), message, idempotencyKey);
    }

    /**
     * @param idempotencyKey what makes this message unique, e.g. "reminder:meeting-12:member-7:stage-1"
     * @return false when this key was queued before, and nothing was queued now
     */
    public boolean enqueue(ChatChannel channel, String chatId, OutboundMessage message, String idempotencyKey) {
        Instant now = clock.instant();
        List<OutboundMessage> parts = parts(channel, message);
        if (!store.insert(channel, chatId, idempotencyKey, json.writeValueAsString(parts.get(0)), now)) {
            return false;
        }
        for (int i = 1; i < parts.size(); i++) {
            store.insert(channel, chatId, idempotencyKey + "#" + (i + 1), json.writeValueAsString(parts.get(i)), now);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.wake();
                }
            });
        } else {
            dispatcher.wake();
        }
        return true;
    }

    /** A file first (with the text as caption if it fits), then the text in parts; buttons go on the last. */
    private static List<OutboundMessage> parts(ChatChannel channel, OutboundMessage message) {
        var parts = new ArrayList<OutboundMessage>();
        String text = message.text() == null ? "" : message.text();
        if (message.file() != null) {
            boolean captionFits = text.length() <= PlatformText.maxCaption(channel);
            parts.add(new OutboundMessage(captionFits ? text : "", List.of(), null, message.file()));
            if (captionFits) {
                return withChoicesOnLast(parts, message);
            }
        }
        int room = PlatformText.maxText(channel) - (message.buttons().isEmpty() ? 0 : PlatformText.choicesReserve(channel));
        for (String part : PlatformText.split(text, room)) {
            parts.add(OutboundMessage.text(part));
        }
        return withChoicesOnLast(parts, message);
    }

    private static List<OutboundMessage> withChoicesOnLast(List<OutboundMessage> parts, OutboundMessage message) {
        OutboundMessage last = parts.remove(parts.size() - 1);
        parts.add(new OutboundMessage(last.text(), message.buttons(), message.shareContactLabel(), last.file(),
                message.quiz()));
        return parts;
    }
}
