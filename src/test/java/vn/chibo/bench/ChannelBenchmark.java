package vn.chibo.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import vn.chibo.channel.Outbox;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.Organization;
import vn.chibo.support.FakeTelegram;
import vn.chibo.support.RunningApp;
import vn.chibo.support.TestDatabase;

/**
 * The channel benchmark of the README, against the local fake Telegram server, all in one run:
 * (a) a fan-out of 10,000 messages with the limit at 300/s on both sides, (b) the same unthrottled,
 * (c) 20,000 inbound updates from linked members through the whole core, and a bare TelegramBots echo bot
 * on the same updates. Prints its figures; asserts nothing. {@code -Dchibo.test.database=postgresql} runs it on
 * PostgreSQL, and {@code -Dbench.instances=2} there with a second instance of the app on the same database.
 */
public final class ChannelBenchmark {

    private static final boolean TWO = Integer.getInteger("bench.instances", 1) == 2;

    /** {@code -Dbench.parts=inbound,webhook} runs only those parts (fan-out, inbound with the echo bot, webhook). */
    private static final String PARTS = System.getProperty("bench.parts", "fan-out,inbound,webhook");

    private static final int FAN_OUT = 10_000;
    private static final int INBOUND = 20_000;
    private static final int MEMBERS = 1_000;
    private static final String UNLIMITED = "1000000";
    private static final int STEADY_RATE = 200;
    private static final int WEBHOOK_UPDATES = 10_000;
    private static final int WEBHOOK_CONNECTIONS = 40;
    private static final String WEBHOOK_SECRET = "bench-webhook-secret";
    private static final int STEADY_SECONDS = 15;

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("chibo-bench");
        if (PARTS.contains("fan-out")) {
            fanOut(folder.resolve("throttled"), 300);
            fanOut(folder.resolve("unthrottled"), 0);
        }
        if (PARTS.contains("inbound")) {
            inbound(folder.resolve("inbound"));
            echoBot();
        }
        if (PARTS.contains("webhook")) {
            webhook(folder.resolve("webhook"));
        }
        System.exit(0);
    }

    /** @param limit messages per second on both sides; 0 for no limit anywhere */
    private static void fanOut(Path folder, int limit) {
        boolean throttled = limit > 0;
        try (var telegram = throttled ? new FakeTelegram(limit, 1) : new FakeTelegram(1_000_000, 1_000_000);
             var app = RunningApp.startOnSystemClock(folder, telegram.settings(
                     "chibo.telegram.limits.per-second=" + (throttled ? limit : UNLIMITED)));
             var other = second(folder, telegram.settings(
                     "chibo.telegram.limits.per-second=" + (throttled ? limit : UNLIMITED)))) {
            System.out.println("    at rest: " + Resident.memory());
            var outbox = app.bean(Outbox.class);
            var transaction = app.bean(TransactionTemplate.class);
            long start = System.nanoTime();
            for (int batch = 0; batch < FAN_OUT; batch += 1_000) {
                int first = batch;
                transaction.executeWithoutResult(status -> {
                    for (int i = first; i < first + 1_000; i++) {
                        outbox.enqueue(ChatChannel.TELEGRAM, String.valueOf(100_000 + i),
                                OutboundMessage.text("Thông báo: họp chi bộ 19:30 thứ Năm, 05/12/2026"), "bench:" + i);
                    }
                });
            }
            awaitMinutes(10, () -> telegram.calls("sendMessage").stream()
                    .filter(c -> !c.fields().containsKey("__refused")).count() >= FAN_OUT);
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = FAN_OUT / seconds;
            System.out.println("    " + Resident.memory());
            if (TestDatabase.postgres()) {
                System.out.println("    " + app.bean(JdbcClient.class).sql("""
                                SELECT 'outbox_message: ' || COUNT(*) || ' rows, '
                                       || pg_total_relation_size('outbox_message') / GREATEST(COUNT(*), 1)
                                       || ' bytes a row with its indexes' FROM outbox_message""")
                        .query(String.class).single());
            }
            if (throttled) {
                System.out.printf("(a) fan-out %,d at %d/s: %.1f s, %.1f msg/s, achieved/allowed %.3f, 429s %d%n",
                        FAN_OUT, limit, seconds, rate, rate / limit, telegram.tooManyRequestsAnswered());
            } else {
                System.out.printf("(b) fan-out %,d unthrottled: %.2f s, %.0f msg/s%n", FAN_OUT, seconds, rate);
            }
        }
    }

    private static void inbound(Path folder) {
        try (var telegram = new FakeTelegram(1_000_000, 1_000_000);
             var app = RunningApp.startOnSystemClock(folder, telegram.settings(
                     "chibo.telegram.limits.per-second=" + UNLIMITED, "chibo.telegram.limits.per-chat-per-second=" + UNLIMITED));
             var other = second(folder, telegram.settings(
                     "chibo.telegram.limits.per-second=" + UNLIMITED, "chibo.telegram.limits.per-chat-per-second=" + UNLIMITED))) {
            linkMembers(app);
            var pushedAt = new ConcurrentHashMap<Long, Long>();
            var cpu = ThreadCpu.start();
            long start = System.currentTimeMillis();
            for (int i = 0; i < INBOUND; i++) {
                long id = telegram.userSends(200_000 + (i % MEMBERS), "/hoso");
                pushedAt.put(id, System.currentTimeMillis());
            }
            var jdbc = app.bean(JdbcClient.class);
            awaitMinutes(10, () -> jdbc.sql("SELECT COUNT(*) FROM processed_update").query(Long.class).single() >= INBOUND);
            long handled = System.currentTimeMillis();
            String handledCpu = cpu.report();
            var latencies = new ArrayList<Long>();
            jdbc.sql("SELECT idempotency_key, created_at FROM outbox_message WHERE idempotency_key LIKE 'reply:%'")
                    .query((rs, n) -> {
                        long update = Long.parseLong(rs.getString(1).split(":")[2]);
                        latencies.add(rs.getLong(2) - pushedAt.get(update));
                        return null;
                    }).list();
            awaitMinutes(10, () -> telegram.calls("sendMessage").size() >= INBOUND);
            long replied = System.currentTimeMillis();
            System.out.printf("(c) inbound %,d updates through the core: %.0f updates/s handled (reply queued), "
                            + "latency p50 %d ms p99 %d ms (burst: all pushed at once); all %,d replies sent after %.1f s%n",
                    INBOUND, INBOUND * 1000.0 / (handled - start), percentile(latencies, 50), percentile(latencies, 99),
                    INBOUND, (replied - start) / 1000.0);
            System.out.println("    until handled: " + handledCpu);
            steady(telegram);
        }
    }

    /**
     * (d) Members write at a steady {@value #STEADY_RATE} updates a second for {@value #STEADY_SECONDS} seconds; for each
     * message, the time from the user sending it to Telegram taking the bot's answer. A chat's answers come in the
     * order of its messages, so the n-th answer to a chat is the answer to its n-th message.
     */
    private static void steady(FakeTelegram telegram) {
        int total = STEADY_RATE * STEADY_SECONDS;
        int sentBefore = telegram.calls("sendMessage").size();
        var pushed = new LinkedHashMap<String, List<Long>>();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / STEADY_RATE;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            long user = 200_000 + (i % MEMBERS);
            long at = System.nanoTime();
            telegram.userSends(user, "/hoso");
            pushed.computeIfAbsent(String.valueOf(user), chat -> new ArrayList<>()).add(at);
        }
        awaitMinutes(5, () -> telegram.calls("sendMessage").size() >= sentBefore + total);
        var answered = new LinkedHashMap<String, List<Long>>();
        telegram.calls("sendMessage").stream().skip(sentBefore)
                .forEach(call -> answered.computeIfAbsent(call.chatId(), chat -> new ArrayList<>()).add(call.atNanos()));
        var latencies = new ArrayList<Long>();
        pushed.forEach((chat, times) -> {
            List<Long> answers = answered.get(chat);
            for (int i = 0; i < times.size(); i++) {
                latencies.add((answers.get(i) - times.get(i)) / 1_000_000);
            }
        });
        System.out.printf("(d) steady %d updates/s for %d s: latency from sending to the answer at Telegram p50 %d ms, "
                + "p99 %d ms, max %d ms%n", STEADY_RATE, STEADY_SECONDS, percentile(latencies, 50), percentile(latencies, 99),
                Collections.max(latencies));
    }

    /** {@value #MEMBERS} members in cells of 50, each linked to the Telegram user 200,000 + their number. */
    private static void linkMembers(RunningApp app) {
        var roster = new StringBuilder("cell,full_name,phone,role,status\n");
        for (int i = 0; i < MEMBERS; i++) {
            roster.append("Đảng bộ Bench/Chi bộ ").append(i / 50).append(",Đảng viên ").append(i)
                    .append(",09").append(String.format("%08d", i)).append(",member,official\n");
        }
        var imported = app.importRoster(roster.toString()).json().get("members");
        var organization = app.bean(Organization.class);
        for (int i = 0; i < MEMBERS; i++) {
            organization.link(imported.get(i).get("inviteCode").asString(), ChatChannel.TELEGRAM,
                    String.valueOf(200_000 + i), "Bench", "vi");
        }
    }

    /**
     * (e) Webhook mode behind a load balancer, on PostgreSQL: {@value #WEBHOOK_UPDATES} deliveries to one instance,
     * then as many more shared in turn between two instances on the same database, each with up to
     * {@value #WEBHOOK_CONNECTIONS} deliveries under way at once (Telegram's default {@code max_connections}).
     */
    private static void webhook(Path folder) throws InterruptedException {
        if (!TestDatabase.postgres()) {
            System.out.println("(e) webhook with two instances: PostgreSQL only (-Dchibo.test.database=postgresql)");
            return;
        }
        try (var telegram = new FakeTelegram(1_000_000, 1_000_000)) {
            String[] settings = telegram.settings("chibo.telegram.mode=WEBHOOK", "chibo.telegram.webhook-secret=" + WEBHOOK_SECRET,
                    "chibo.public-url=https://chibo.example.vn", "chibo.telegram.limits.per-second=" + UNLIMITED,
                    "chibo.telegram.limits.per-chat-per-second=" + UNLIMITED);
            try (var first = RunningApp.startOnSystemClock(folder, settings)) {
                linkMembers(first);
                double alone = deliver(List.of(first), 0);
                try (var second = RunningApp.startOnSystemClock(folder, settings)) {
                    double together = deliver(List.of(first, second), WEBHOOK_UPDATES);
                    var jdbc = first.bean(JdbcClient.class);
                    awaitMinutes(5, () -> jdbc.sql("SELECT COUNT(*) FROM processed_update").query(Long.class).single()
                            >= 2L * WEBHOOK_UPDATES);
                    System.out.printf("(e) webhook, %,d deliveries each way, %d at once: one instance %.0f updates/s, two "
                                    + "instances (every other delivery to each) %.0f updates/s, %.2fx%n", WEBHOOK_UPDATES,
                            WEBHOOK_CONNECTIONS, alone, together, together / alone);
                }
            }
        }
    }

    /** Posts the deliveries to the instances in turn and answers how many a second were answered 200. */
    private static double deliver(List<RunningApp> instances, int firstUpdate) throws InterruptedException {
        var client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        var slots = new Semaphore(WEBHOOK_CONNECTIONS);
        var refused = new AtomicInteger();
        var cpu = ThreadCpu.start();
        long start = System.nanoTime();
        for (int i = 0; i < WEBHOOK_UPDATES; i++) {
            RunningApp instance = instances.get(i % instances.size());
            String update = FakeTelegram.textUpdate(1_000_000L + firstUpdate + i, 200_000 + (i % MEMBERS), "/hoso");
            slots.acquire();
            client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + "/telegram/webhook"))
                            .header("Content-Type", "application/json").header("X-Telegram-Bot-Api-Secret-Token", WEBHOOK_SECRET)
                            .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        if (failure != null || response.statusCode() != 200) {
                            refused.incrementAndGet();
                        }
                        slots.release();
                    });
        }
        slots.acquire(WEBHOOK_CONNECTIONS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("    %d instance(s): %s%n", instances.size(), cpu.report());
        if (refused.get() > 0) {
            throw new IllegalStateException(refused.get() + " deliveries were not answered 200");
        }
        return WEBHOOK_UPDATES / seconds;
    }

    /** A second instance on the same database when asked for, else nothing (null closes as nothing). */
    private static RunningApp second(Path folder, String... settings) {
        return TWO ? RunningApp.startOnSystemClock(folder, settings) : null;
    }

    /** The same 20,000 updates to a bare TelegramBots bot that echoes each text back, and nothing else. */
    private static void echoBot() throws TelegramApiException {
        try (var telegram = new FakeTelegram(1_000_000, 1_000_000)) {
            var url = new TelegramUrl("http", "127.0.0.1", Integer.parseInt(telegram.url().replaceAll(".*:", "")), false);
            var client = new OkHttpTelegramClient(FakeTelegram.TOKEN, url);
            var pushedAt = new ConcurrentHashMap<String, Long>();
            var cpu = ThreadCpu.start();
            var latencies = Collections.synchronizedList(new ArrayList<Long>());
            var application = new TelegramBotsLongPollingApplication();
            application.registerBot(FakeTelegram.TOKEN, () -> url, new DefaultGetUpdatesGenerator(), (List<Update> updates) -> {
                for (Update update : updates) {
                    try {
                        client.execute(SendMessage.builder().chatId(update.getMessage().getChatId())
                                .text("echo " + update.getUpdateId()).build());
                        latencies.add(System.currentTimeMillis() - pushedAt.get(String.valueOf(update.getUpdateId())));
                    } catch (TelegramApiException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            long start = System.currentTimeMillis();
            for (int i = 0; i < INBOUND; i++) {
                long id = telegram.userSends(300_000 + (i % MEMBERS), "/hoso");
                pushedAt.put(String.valueOf(id), System.currentTimeMillis());
            }
            awaitMinutes(10, () -> latencies.size() >= INBOUND);
            long done = System.currentTimeMillis();
            System.out.printf("(c') bare TelegramBots echo bot, same %,d updates: %.0f updates/s, latency p50 %d ms p99 %d ms%n",
                    INBOUND, INBOUND * 1000.0 / (done - start), percentile(latencies, 50), percentile(latencies, 99));
            System.out.println("    " + cpu.report());
            application.unregisterBot(FakeTelegram.TOKEN);
        }
    }

    private static long percentile(List<Long> values, int percentile) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    private static void awaitMinutes(int minutes, BooleanSupplier done) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Benchmark step did not finish in " + minutes + " minutes");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

}
