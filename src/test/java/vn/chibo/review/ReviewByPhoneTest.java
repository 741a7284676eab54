package vn.chibo.review;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.organization.Organization;
import vn.chibo.support.Await;
import vn.chibo.support.FakeSmsGateway;
import vn.chibo.support.MutableClock;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member without a chat hears of the review by SMS, with the personal link to the web form, and is reminded the
 * same way until the review is in; the link opens that member's form and nobody else's.
 */
class ReviewByPhoneTest {

    private static final Pattern LINK = Pattern.compile("https://chibo\\.example(/kd/[A-Za-z0-9_-]+)");

    @TempDir
    Path folder;

    @Test
    void aMemberWithoutAChatIsToldAndRemindedBySmsWithTheirOwnLink() {
        var clock = new MutableClock(RunningApp.START);
        try (var sms = new FakeSmsGateway(clock)) {
            var settings = new ArrayList<>(sms.settings());
            settings.add("chibo.public-url=https://chibo.example");
            settings.add("chibo.review.tick=200ms");
            try (var app = RunningApp.start(folder, clock, settings.toArray(String[]::new))) {
                Roster.load(app);
                long committee = app.bean(Organization.class).unitByPath(Roster.COMMITTEE).orElseThrow().id();
                assertThat(app.adminPost("/api/admin/org-units/" + committee + "/reviews", "application/json",
                        "{\"year\":2026,\"selfReviewDue\":\"2026-12-15\",\"cellMeetingsBy\":\"2026-12-25\"}").status()).isEqualTo(201);

                Await.until("the SMS that the review has opened", () -> !sms.sentTo("0912345002").isEmpty());
                String opened = sms.sentTo("0912345002").get(0).text();
                assertThat(opened).startsWith("Chi bo: moi dong chi lam ban tu kiem diem nam 2026 truoc 15/12/2026");
                assertThat(FakeSmsGateway.parts(opened)).isLessThanOrEqualTo(2);
                Matcher link = LINK.matcher(opened);
                assertThat(link.find()).isTrue();
                assertThat(app.get(link.group(1)).body()).contains("Trần Thị Bình").doesNotContain("Nguyễn Văn An");
                assertThat(app.get("/kd/not-a-code").status()).isEqualTo(404);

                clock.advance(Duration.ofDays(17));
                Await.until("the reminder by SMS the day before", () -> sms.sentTo("0912345002").size() == 2);
                assertThat(sms.sentTo("0912345002").get(1).text()).startsWith("Chi bo nhac: ban tu kiem diem nam 2026");
                assertThat(sms.sentTo("0912345002").get(1).text()).contains(link.group(1));
            }
        }
    }
}
