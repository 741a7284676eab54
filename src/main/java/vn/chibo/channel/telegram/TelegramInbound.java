package vn.chibo.channel.telegram;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import vn.chibo.channel.inbound.InboundPipeline;

/** Updates from polling or the webhook into the pipeline; then every pressed button gets its answer. */
class TelegramInbound {

    private static final Logger log = LoggerFactory.getLogger(TelegramInbound.class);

    private final TelegramUpdates updates;
    private final InboundPipeline pipeline;
    private final TelegramClient client;

    TelegramInbound(TelegramUpdates updates, InboundPipeline pipeline, TelegramClient client) {
        this.updates = updates;
        this.pipeline = pipeline;
        this.client = client;
    }

    void handle(List<Update> batch) {
        pipeline.handle(batch.stream().map(updates::toInbound).flatMap(Optional::stream).toList());
        for (Update update : batch) {
            if (update.hasCallbackQuery()) {
                answer(update.getCallbackQuery().getId());
            }
        }
    }

    /** Stops the button's spinner; the reply itself comes as a message. */
    private void answer(String callbackQueryId) {
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
        } catch (TelegramApiException e) {
            log.warn("Could not answer callback query {}: {}", callbackQueryId, e.toString());
        }
    }
}
