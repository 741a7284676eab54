package vn.chibo.channel.telegram;

import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Contact;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.polls.PollAnswer;

import vn.chibo.channel.inbound.InboundUpdate;
import vn.chibo.conversation.InboundMessage;
import vn.chibo.organization.ChatChannel;

/** Telegram updates to neutral messages: texts, pressed buttons, quiz poll votes, shared contacts, sent documents. */
class TelegramUpdates {

    private final CallbackPayloads callbacks;
    private final QuizPolls polls;

    TelegramUpdates(CallbackPayloads callbacks, QuizPolls polls) {
        this.callbacks = callbacks;
        this.polls = polls;
    }

    /**
     * Empty for updates the bot has nothing to say to (edits, joins, a group's move to a supergroup, reactions,
     * retracted votes).
     */
    Optional<InboundUpdate> toInbound(Update update) {
        String id = String.valueOf(update.getUpdateId());
        if (update.hasPollAnswer()) {
            return pollAnswer(id, update.getPollAnswer());
        }
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
        if (from == null || message.getMigrateToChatId() != null || message.getMigrateFromChatId() != null) {
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

    /** A vote in one of our quiz polls, as if the voter had pressed the button of the options chosen. */
    private Optional<InboundUpdate> pollAnswer(String id, PollAnswer answer) {
        User voter = answer.getUser();
        if (voter == null || answer.getOptionIds() == null || answer.getOptionIds().isEmpty()) {
            return Optional.empty();
        }
        return polls.find(answer.getPollId()).map(poll -> {
            String chosen = String.join(",", answer.getOptionIds().stream().sorted().map(i -> String.valueOf(i + 1)).toList());
            return new InboundUpdate(id, new InboundMessage(ChatChannel.TELEGRAM, String.valueOf(voter.getId()),
                    poll.chatId(), name(voter), voter.getLanguageCode(), null, poll.answerPrefix() + " " + chosen,
                    null, null));
        });
    }

    private static String name(User user) {
        return user.getLastName() == null ? user.getFirstName() : user.getFirstName() + " " + user.getLastName();
    }
}
