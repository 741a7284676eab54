package vn.chibo.channel.zns;

import java.time.LocalDate;

/** The OA's ZNS quota ran out today ({@code dailyQuota} as Zalo stated it, null if it did not); what waits goes tomorrow. */
record ZnsQuotaSpent(LocalDate day, Integer dailyQuota) {
}
