package vn.chibo.channel.zns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chibo.channel.ZnsToday;

/**
 * The OA's daily ZNS quota as Zalo last stated it (in each send's answer and from the quota endpoint), in Zalo's
 * day, which we take to be Vietnam's. Once it is spent, nothing more goes by ZNS until the next day.
 */
public class ZnsQuota {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    private LocalDate day;
    private Integer dailyQuota;
    private Integer remaining;
    private boolean spent;
    private boolean asked;
    private boolean told;

    ZnsQuota(JdbcClient jdbc, Clock clock, ZoneId zone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    /** What an admin sees: today's quota and what is left of it (null until Zalo said), sent today, still waiting. */
    public synchronized ZnsToday today() {
        rollOver();
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        int sent = jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE channel = 'ZNS' AND state = 'SENT' AND sent_at >= ?")
                .param(dayStart.toEpochMilli()).query(Integer.class).single();
        int waiting = jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE channel = 'ZNS' AND state = 'PENDING'")
                .query(Integer.class).single();
        return new ZnsToday(day, dailyQuota, remaining, spent, sent, waiting);
    }

    /** The daily quota as Zalo last stated it; null until it did. */
    synchronized Integer dailyQuota() {
        return dailyQuota;
    }

    /** Whether Zalo's answer for today is still unknown, so the quota endpoint should be asked before a send. */
    synchronized boolean unknown() {
        rollOver();
        return !asked && remaining == null && !spent;
    }

    /** The quota endpoint was asked today, whatever it answered: not again until tomorrow. */
    synchronized void asked() {
        rollOver();
        asked = true;
    }

    /**
     * What Zalo said is left. Answers to sends made at once come back in any order, so what is left only goes down
     * within a day.
     */
    synchronized void stated(Integer daily, Integer left) {
        rollOver();
        if (daily != null) {
            dailyQuota = daily;
        }
        if (left != null) {
            remaining = remaining == null ? left : Math.min(remaining, left);
        }
    }

    /**
     * Takes one message of today's quota before the call, so that sends made at once never go past it together; false
     * when none is left (and the quota counts as spent). With the quota unknown (Zalo did not say), the send goes.
     */
    synchronized boolean reserve() {
        rollOver();
        if (spent) {
            return false;
        }
        if (remaining != null && remaining <= 0) {
            spent = true;
            return false;
        }
        if (remaining != null) {
            remaining--;
        }
        return true;
    }

    /** A reserved message that Zalo did not take (an error, no answer) goes back to the quota. */
    synchronized void release() {
        if (remaining != null && !spent) {
            remaining++;
        }
    }

    /** Zalo refused for quota: spent until tomorrow. */
    synchronized void refused() {
        rollOver();
        spent = true;
        remaining = 0;
    }

    /** True once a day, the first time it is asked after the quota is spent: the admins are told then. */
    synchronized boolean tellAdmins() {
        rollOver();
        if (!spent || told) {
            return false;
        }
        told = true;
        return true;
    }

    /** How long until the quota is renewed: the start of the next day. */
    Duration untilNextDay() {
        Instant now = clock.instant();
        Instant next = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
        return Duration.between(now, next);
    }

    private void rollOver() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (!today.equals(day)) {
            day = today;
            remaining = null;
            spent = false;
            asked = false;
            told = false;
        }
    }
}
