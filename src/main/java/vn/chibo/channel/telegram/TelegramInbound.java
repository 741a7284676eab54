package vn.chibo.channel.telegram;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import vn.chibo.channel.inbound.InboundPipeline;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.Organization;
import vn.chibo.text.Languages;

/**
 * Updates from polling or the webhook into the pipeline; then every pressed button gets its answer: a short
 * notice on the button itself for someone not linked who pressed in a group, whom the bot may not be able to
 * write to in private; nothing for the rest, whose reply comes as a message.
 */
class TelegramInbound {

    private static final Logger log = LoggerFactory.getLogger(TelegramInbound.class);

    private final TelegramUpdates updates;
    private final InboundPipeline pipeline;
    private final TelegramClient client;
    private final Organization organization;
    private final MessageSource messages;
    private final TelegramChatChanges chatChanges;

    TelegramInbound(TelegramUpdates updates, InboundPipeline pipeline, TelegramClient client, Organization organization,
                    MessageSource messages, TelegramChatChanges chatChanges) {
        this.chatChanges = chatChanges;
        this.organization = organization;
        this.messages = messages;
        this.updates = updates;
        this.pipeline = pipeline;
        this.client = client;
    }

    void handle(List<Update> batch) {
        pipeline.handle(batch.stream().map(updates::toInbound).flatMap(Optional::stream).toList());
        for (Update update : batch) {
            chatChanges.read(update);
            if (update.hasCallbackQuery()) {
                answer(update.getCallbackQuery());
            }
        }
    }

    private void answer(CallbackQuery query) {
        var answer = AnswerCallbackQuery.builder().callbackQueryId(query.getId());
        boolean inGroup = query.getMessage() != null && TelegramSender.isGroup(String.valueOf(query.getMessage().getChatId()));
        if (inGroup && !organization.isLinked(ChatChannel.TELEGRAM, String.valueOf(query.getFrom().getId()))) {
            answer.text(messages.getMessage("group.pressNotLinked", null, Languages.of(query.getFrom().getLanguageCode())));
        }
        try {
            client.execute(answer.build());
        } catch (TelegramApiException e) {
            log.warn("Could not answer callback query {}: {}", query.getId(), e.toString());
        }
    }
}
