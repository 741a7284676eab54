package vn.chibo.channel;

import java.time.LocalDate;

/**
 * Today's ZNS quota as Zalo stated it ({@code dailyQuota}, {@code remaining}: null until it did), whether it is spent,
 * the ZNS messages sent today and those waiting.
 */
public record ZnsToday(LocalDate day, Integer dailyQuota, Integer remaining, boolean spent, int sentToday, int waiting) {
}
