package vn.chibo.channel.telegram;

import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import vn.chibo.channel.LeasedWork;
import vn.chibo.channel.Leases;

/**
 * Long polling: each batch is handled completely before TelegramBots asks for the next one, which confirms
 * it to Telegram; a crash mid-batch means it comes again, and the pipeline drops what it already handled.
 */
class TelegramPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

    private final TelegramProperties properties;
    private final Supplier<TelegramUrl> url;
    private final TelegramInbound inbound;
    private final LeasedWork lease;
    private volatile boolean running;
    private TelegramBotsLongPollingApplication application;
    private BotSession session;

    TelegramPolling(TelegramProperties properties, Supplier<TelegramUrl> url, TelegramInbound inbound, Leases leases) {
        this.properties = properties;
        this.url = url;
        this.inbound = inbound;
        this.lease = new LeasedWork(leases, "poll-telegram", new LeasedWork.Work() {
            @Override
            public void start() {
                poll();
            }

            @Override
            public void stop() {
                stopPolling();
            }
        });
    }

    /** Telegram answers getUpdates to one poller only: the instance that holds the lease polls. */
    @Override
    public void start() {
        running = true;
        lease.start();
    }

    @Override
    public void stop() {
        lease.stop();
        running = false;
    }

    private synchronized void poll() {
        application = new TelegramBotsLongPollingApplication();
        try {
            session = application.registerBot(properties.token(), url, new DefaultGetUpdatesGenerator(),
                    (List<Update> updates) -> inbound.handle(updates));
        } catch (TelegramApiException e) {
            throw new IllegalStateException("Cannot start Telegram long polling", e);
        }
        log.info("Telegram: long polling {}", properties.apiUrl());
    }

    private synchronized void stopPolling() {
        if (application == null) {
            return;
        }
        try {
            session.close();
            application.close();
        } catch (Exception e) {
            log.warn("Telegram long polling did not stop cleanly", e);
        }
        application = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop polling before the outbox and the database go. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }
}
