package vn.chibo.channel.zns;

import java.time.LocalDate;

/** The OA's ZNS quota ran out today; what waits goes tomorrow. */
record ZnsQuotaSpent(LocalDate day, ZnsQuota.Today today) {
}
