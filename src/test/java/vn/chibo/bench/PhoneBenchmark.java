package vn.chibo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chibo.channel.Outbox;
import vn.chibo.channel.PhoneNotice;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.support.FakeSmsGateway;
import vn.chibo.support.FakeZns;
import vn.chibo.support.MutableClock;
import vn.chibo.support.RunningApp;

/**
 * The phone routes' benchmark of the README, in one run: (a) 10,000 members with no linked chat by ZNS against the
 * fake at a daily quota of 5,000: how long the first 5,000 take, that the rest are held (and none sent past the
 * quota), and how long they take once the next day comes; (b) SMS at the gateway's default pace (one every 5 s, 25 in
 * 30 minutes): how long the first 25 take and that the 26th waits. Prints its figures; asserts nothing.
 */
public final class PhoneBenchmark {

    private static final int MEMBERS = 10_000;
    private static final int QUOTA = 5_000;
    private static final int SMS_MEMBERS = 30;

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("chibo-phone-bench");
        zns(folder.resolve("zns"));
        sms(folder.resolve("sms"));
        System.exit(0);
    }

    private static void zns(Path folder) {
        var clock = new MutableClock(Instant.parse("2026-12-02T01:00:00Z"));
        try (var zns = new FakeZns(QUOTA, 0)) {
            var settings = new ArrayList<>(zns.settings());
            settings.add("chibo.public-url=http://127.0.0.1:1");
            try (var app = RunningApp.start(folder, clock, settings.toArray(String[]::new))) {
                List<Long> ids = roster(app, MEMBERS, "09");
                var outbox = app.bean(Outbox.class);
                long start = System.nanoTime();
                app.bean(TransactionTemplate.class).executeWithoutResult(status -> outbox.toMembers(ids,
                        Outbox.NoticeKey.of("bench", "zns"), (memberId, locale) -> List.of(OutboundMessage.text("-")),
                        member -> new PhoneNotice(PhoneNotice.REMINDER, member.id(), Map.of("member_name", member.fullName(),
                                "meeting_title", "Sinh hoạt chi bộ tháng 12/2026", "starts_at", "19:30 thứ Bảy, 05/12/2026",
                                "place", "Nhà văn hóa", "answer_link", "http://127.0.0.1:1/r/x"), "-")));
                double queued = (System.nanoTime() - start) / 1e9;
                awaitMinutes(15, () -> zns.sent().size() >= QUOTA);
                double firstDay = (System.nanoTime() - start) / 1e9;
                sleep(5_000);
                var jdbc = app.bean(JdbcClient.class);
                long held = jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE channel = 'ZNS' AND state = 'PENDING'")
                        .query(Long.class).single();
                int sentFirstDay = zns.sent().size();
                long nextDayStart = System.nanoTime();
                zns.newDay();
                clock.advance(Duration.ofDays(1));
                awaitMinutes(15, () -> zns.sent().size() >= MEMBERS);
                double secondDay = (System.nanoTime() - nextDayStart) / 1e9;
                System.out.printf("(a) ZNS to %,d members, daily quota %,d: queued in %.1f s; first %,d sent in %.1f s (%.1f msg/s);"
                                + " %,d held for the next day (sent that day: %,d, calls past the quota: %d);"
                                + " next day the %,d held sent in %.1f s (%.1f msg/s); ZNS send calls %,d, token refreshes %d%n",
                        MEMBERS, QUOTA, queued, sentFirstDay, firstDay, sentFirstDay / firstDay, held, sentFirstDay,
                        zns.violations().size(), MEMBERS - sentFirstDay, secondDay, (MEMBERS - sentFirstDay) / secondDay,
                        zns.sendCalls(), zns.refreshes());
            }
        }
    }

    private static void sms(Path folder) {
        var clock = new MutableClock(Instant.parse("2026-12-02T01:00:00Z"));
        try (var sms = new FakeSmsGateway(clock)) {
            var settings = new ArrayList<>(sms.settings());
            settings.removeIf(setting -> setting.startsWith("chibo.sms.every="));
            try (var app = RunningApp.start(folder, clock, settings.toArray(String[]::new))) {
                List<Long> ids = roster(app, SMS_MEMBERS, "08");
                var outbox = app.bean(Outbox.class);
                long start = System.nanoTime();
                app.bean(TransactionTemplate.class).executeWithoutResult(status -> outbox.toMembers(ids,
                        Outbox.NoticeKey.of("bench", "sms"), (memberId, locale) -> List.of(OutboundMessage.text("-")),
                        member -> new PhoneNotice(PhoneNotice.REMINDER, member.id(), Map.of(),
                                "Chi bộ 1: Sinh hoạt chi bộ tháng 12/2026, 19:30 thứ Bảy, 05/12/2026 tại Nhà văn hóa.")));
                awaitMinutes(5, () -> sms.sent().size() >= 25);
                double first25 = (System.nanoTime() - start) / 1e9;
                sleep(20_000);
                System.out.printf("(b) SMS at the default pace (1 per 5 s, 25 per 30 min): first 25 of %d sent in %.1f s; "
                                + "20 s later still %d sent (the rest wait for the next 30-minute window); at this pace one phone "
                                + "sends at most %d SMS a day, %d in the 14 hours outside quiet hours; violations %d%n",
                        SMS_MEMBERS, first25, sms.sent().size(), 25 * 48, 25 * 28, sms.violations().size());
            }
        }
    }

    private static List<Long> roster(RunningApp app, int members, String prefix) {
        var roster = new StringBuilder("cell,full_name,phone,role,status\n");
        for (int i = 0; i < members; i++) {
            roster.append("Đảng bộ Bench/Chi bộ ").append(i / 50).append(",Đảng viên ").append(i)
                    .append(',').append(prefix).append(String.format("%08d", i)).append(",member,official\n");
        }
        var imported = app.importRoster(roster.toString()).json().get("members");
        var ids = new ArrayList<Long>();
        imported.forEach(member -> ids.add(member.get("memberId").asLong()));
        return ids;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitMinutes(int minutes, BooleanSupplier done) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Benchmark step did not finish in " + minutes + " minutes");
            }
            sleep(50);
        }
    }
}
