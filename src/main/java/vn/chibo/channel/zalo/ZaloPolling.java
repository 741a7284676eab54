package vn.chibo.channel.zalo;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.JsonNode;

import vn.chibo.channel.LeasedWork;
import vn.chibo.channel.Leases;

/**
 * Long polling with getUpdates, one call at a time, each answer handled before the next call; errors back
 * off up to half a minute. Zalo answers with at most one update per call.
 */
class ZaloPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ZaloPolling.class);
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final ZaloClient client;
    private final ZaloInbound inbound;
    private final ZaloProperties properties;
    private volatile boolean running;
    private volatile boolean started;
    private final LeasedWork lease;
    private Thread thread;

    ZaloPolling(ZaloClient client, ZaloInbound inbound, ZaloProperties properties, Leases leases) {
        this.client = client;
        this.inbound = inbound;
        this.properties = properties;
        this.lease = new LeasedWork(leases, "poll-zalo", new LeasedWork.Work() {
            @Override
            public void start() {
                startPolling();
            }

            @Override
            public void stop() {
                stopPolling();
            }
        });
    }

    /** The platform answers getUpdates to one poller only: the instance that holds the lease polls. */
    @Override
    public void start() {
        started = true;
        lease.start();
    }

    private synchronized void startPolling() {
        running = true;
        try {
            client.call("deleteWebhook", Map.of());
        } catch (RuntimeException e) {
            log.warn("Zalo: could not clear a webhook before polling: {}", e.toString());
        }
        thread = new Thread(this::poll, "zalo-poll");
        thread.setDaemon(true);
        thread.start();
        log.info("Zalo: long polling {}", properties.apiUrl());
    }

    private void poll() {
        long backoff = 500;
        String timeout = String.valueOf(properties.pollTimeout().toSeconds());
        while (running) {
            try {
                JsonNode result = client.call("getUpdates", Map.of("timeout", timeout));
                inbound.handle(result);
                backoff = 500;
            } catch (ZaloClient.ZaloApiException e) {
                if (e.code != 408) {
                    backoff = pause(backoff, e);
                }
            } catch (RuntimeException e) {
                backoff = pause(backoff, e);
            }
        }
    }

    private long pause(long backoff, RuntimeException cause) {
        if (!running) {
            return backoff;
        }
        log.warn("Zalo getUpdates failed, trying again in {} ms: {}", backoff, cause.toString());
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
    }

    @Override
    public void stop() {
        lease.stop();
        started = false;
    }

    private synchronized void stopPolling() {
        if (thread == null) {
            return;
        }
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }
}
