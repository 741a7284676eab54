package vn.chibo.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chibo.common.Periodic;

/**
 * Reminds members whose self-review is not in, on each of the days before it is due that the settings name, from
 * the time of day they name until the quiet hours. Each reminder is a notice once per member: a second run of the same day sends nothing.
 */
@Component
class ReviewReminders {

    private final JdbcClient jdbc;
    private final ReviewRounds rounds;
    private final ReviewNotices notices;
    private final Clock clock;
    private final ZoneId zone;
    private final List<Integer> daysBefore;
    private final LocalTime remindAt;
    private final LocalTime quietFrom;

    ReviewReminders(JdbcClient jdbc, ReviewRounds rounds, ReviewNotices notices, Clock clock,
                    @Value("${chibo.time-zone}") ZoneId zone,
                    @Value("${chibo.review.remind-days-before}") List<Integer> daysBefore,
                    @Value("${chibo.review.remind-at}") LocalTime remindAt,
                    @Value("${chibo.reminders.quiet-from}") LocalTime quietFrom) {
        this.quietFrom = quietFrom;
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.notices = notices;
        this.clock = clock;
        this.zone = zone;
        this.daysBefore = daysBefore;
        this.remindAt = remindAt;
    }

    @Periodic(name = "review-reminders", every = "${chibo.review.tick}")
    public void remind() {
        ZonedDateTime now = clock.instant().atZone(zone);
        if (now.toLocalTime().isBefore(remindAt) || !now.toLocalTime().isBefore(quietFrom)) {
            return;
        }
        LocalDate today = now.toLocalDate();
        List<Long> open = jdbc.sql("SELECT id FROM review_round WHERE self_review_due >= ?").param(today.toString())
                .query(Long.class).list();
        for (long id : open) {
            rounds.round(id).ifPresent(round -> {
                int daysLeft = (int) ChronoUnit.DAYS.between(today, round.selfReviewDue());
                if (daysBefore.contains(daysLeft)) {
                    notices.remind(round, daysLeft);
                }
            });
        }
    }
}
