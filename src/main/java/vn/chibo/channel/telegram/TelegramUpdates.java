package vn.chibo.channel.telegram;

import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Contact;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import vn.chibo.channel.inbound.InboundUpdate;
import vn.chibo.conversation.InboundMessage;
import vn.chibo.organization.ChatChannel;

/** Telegram updates to neutral messages: texts, pressed buttons, shared contacts, sent documents. */
class TelegramUpdates {

    private final CallbackPayloads callbacks;

    TelegramUpdates(CallbackPayloads callbacks) {
        this.callbacks = callbacks;
    }

    /** Empty for updates the bot has nothing to say to (edits, joins, reactions). */
    Optional<InboundUpdate> toInbound(Update update) {
        String id = String.valueOf(update.getUpdateId());
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            if (query.getMessage() == null) {
                return Optional.empty();
            }
            String payload = callbacks.fromCallbackData(query.getData()).orElse("/trogiup");
            return Optional.of(new InboundUpdate(id, new InboundMessage(ChatChannel.TELEGRAM,
                    String.valueOf(query.getFrom().getId()), String.valueOf(query.getMessage().getChatId()),
                    name(query.getFrom()), query.getFrom().getLanguageCode(), null, payload, null, null)));
        }
        if (!update.hasMessage()) {
            return Optional.empty();
        }
        Message message = update.getMessage();
        User from = message.getFrom();
        if (from == null) {
            return Optional.empty();
        }
        InboundMessage.SharedContact contact = null;
        if (message.hasContact()) {
            Contact shared = message.getContact();
            contact = new InboundMessage.SharedContact(shared.getPhoneNumber(),
                    shared.getUserId() == null ? null : String.valueOf(shared.getUserId()));
        }
        InboundMessage.Attachment attachment = null;
        if (message.hasDocument()) {
            Document document = message.getDocument();
            attachment = new InboundMessage.Attachment(document.getFileName(), document.getMimeType(),
                    document.getFileId());
        }
        String text = message.hasText() ? message.getText() : message.getCaption();
        return Optional.of(new InboundUpdate(id, new InboundMessage(ChatChannel.TELEGRAM, String.valueOf(from.getId()),
                String.valueOf(message.getChatId()), name(from), from.getLanguageCode(), text, null, attachment, contact)));
    }

    private static String name(User user) {
        return user.getLastName() == null ? user.getFirstName() : user.getFirstName() + " " + user.getLastName();
    }
}
