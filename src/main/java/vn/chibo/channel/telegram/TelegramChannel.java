package vn.chibo.channel.telegram;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import vn.chibo.channel.Leases;
import vn.chibo.channel.inbound.InboundPipeline;
import vn.chibo.channel.outbox.OutboxFiles;
import vn.chibo.channel.outbox.OutboxProperties;
import vn.chibo.conversation.Conversation;
import vn.chibo.organization.CellGroups;
import vn.chibo.organization.Organization;

/** The Telegram channel, present when TELEGRAM_BOT_TOKEN is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${chibo.telegram.token:}'.isBlank()")
class TelegramChannel {

    private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);

    @Bean
    Supplier<TelegramUrl> telegramUrl(TelegramProperties properties) {
        URI api = properties.apiUrl();
        int port = api.getPort() > 0 ? api.getPort() : "https".equals(api.getScheme()) ? 443 : 80;
        var url = new TelegramUrl(api.getScheme(), api.getHost(), port, false);
        return () -> url;
    }

    /**
     * OkHttp lets 5 requests run at once per host by default, and TelegramBots sends through that queue even
     * for a blocking call; the outbox's workers decide how many sends run at once, so the client must not.
     */
    @Bean
    TelegramClient telegramClient(TelegramProperties properties, Supplier<TelegramUrl> telegramUrl,
                                  OutboxProperties outbox) {
        var dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(outbox.workers() + 8);
        dispatcher.setMaxRequestsPerHost(outbox.workers() + 8);
        var http = new OkHttpClient.Builder().dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(outbox.workers() + 8, 5, TimeUnit.MINUTES))
                .build();
        return new OkHttpTelegramClient(http, properties.token(), telegramUrl.get());
    }

    @Bean
    TelegramChatChanges telegramChatChanges(CellGroups cellGroups, Organization organization) {
        return new TelegramChatChanges(cellGroups, organization);
    }

    @Bean
    TelegramSender telegramSender(TelegramClient client, CallbackPayloads callbacks, QuizPolls polls,
                                  TelegramProperties properties, OutboxFiles files, TelegramChatChanges chatChanges) {
        return new TelegramSender(client, callbacks, polls, properties, files, chatChanges);
    }

    @Bean
    TelegramFiles telegramFiles(TelegramClient client, TelegramProperties properties) {
        return new TelegramFiles(client, properties);
    }

    @Bean
    TelegramInbound telegramInbound(CallbackPayloads callbacks, QuizPolls polls, InboundPipeline pipeline,
                                    TelegramClient client, Organization organization, MessageSource messages,
                                    TelegramChatChanges chatChanges) {
        return new TelegramInbound(new TelegramUpdates(callbacks, polls), pipeline, client, organization, messages,
                chatChanges);
    }

    @Bean
    TelegramCommandMenu telegramCommandMenu(TelegramClient client, Conversation conversation) {
        return new TelegramCommandMenu(client, conversation);
    }

    @Bean
    @ConditionalOnProperty(name = "chibo.telegram.mode", havingValue = "POLLING", matchIfMissing = true)
    TelegramPolling telegramPolling(TelegramProperties properties, Supplier<TelegramUrl> telegramUrl,
                                    TelegramInbound inbound, Leases leases) {
        return new TelegramPolling(properties, telegramUrl, inbound, leases);
    }

    /** On start: the command menu, and in webhook mode the address Telegram delivers to. */
    @EventListener(ApplicationReadyEvent.class)
    void ready(ApplicationReadyEvent event) {
        var context = event.getApplicationContext();
        context.getBean(TelegramCommandMenu.class).registerDefault();
        TelegramProperties properties = context.getBean(TelegramProperties.class);
        if (properties.mode() == TelegramProperties.Mode.WEBHOOK) {
            try {
                context.getBean(TelegramClient.class).execute(SetWebhook.builder()
                        .url(properties.publicUrl() + TelegramWebhook.PATH).secretToken(properties.webhookSecret())
                        .build());
            } catch (TelegramApiException e) {
                log.error("Could not set the Telegram webhook; deliveries will not arrive", e);
            }
        }
    }
}
