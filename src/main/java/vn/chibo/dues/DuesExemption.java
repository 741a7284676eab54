package vn.chibo.dues;

import java.time.YearMonth;

/**
 * An exemption ({@code EXEMPT}), a reduction by {@code percent} ({@code REDUCED}: 30, 50 or 70) or leave to pay late
 * or ahead ({@code DEFERRED}), from one month to another, both included, at most 12 months (fact 37).
 */
public record DuesExemption(long id, long memberId, Kind kind, Integer percent, YearMonth from, YearMonth to, String reason) {

    public enum Kind { EXEMPT, REDUCED, DEFERRED }

    public boolean covers(YearMonth month) {
        return !month.isBefore(from) && !month.isAfter(to);
    }
}
