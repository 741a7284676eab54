package vn.chibo.statistics;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bot's default quality criteria, for committees that set none of their own:
 *
 * @param targetPercent         the attendance aimed at
 * @param qualityPercent        the share present a meeting of good quality needs beyond
 * @param maxUnexcusedAbsences  members absent without reason a meeting of good quality allows
 * @param qualityDocument       where these figures come from, named with every figure
 * @param digestDay             day of the month the digest of the month before goes to committee admins
 * @param digestTime            time of day it goes
 */
@ConfigurationProperties("chibo.statistics")
record StatisticsProperties(double targetPercent, double qualityPercent, int maxUnexcusedAbsences,
                            String qualityDocument, int digestDay, LocalTime digestTime) {
}
