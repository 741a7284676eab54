package vn.chibo.statistics;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param targetPercent  the committee's attendance target
 * @param qualityPercent the share present a meeting of good quality needs beyond (with nobody absent without reason)
 * @param digestDay      day of the month the digest of the month before goes to committee admins
 * @param digestTime     time of day it goes
 */
@ConfigurationProperties("chibo.statistics")
record StatisticsProperties(double targetPercent, double qualityPercent, int digestDay, LocalTime digestTime) {
}
