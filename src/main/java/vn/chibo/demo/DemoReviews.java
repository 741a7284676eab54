package vn.chibo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.review.Grade;
import vn.chibo.review.ReviewFrame;
import vn.chibo.review.ReviewRound;
import vn.chibo.review.ReviewRounds;
import vn.chibo.review.SelfReview;
import vn.chibo.review.SelfReviews;
import vn.chibo.text.Languages;

/**
 * In December the demo committee has its year-end review under way, so a newcomer sees it: the round opened with
 * self-reviews due on the 20th, two members' self-reviews in and a third one started. Made once a year.
 */
@Component
class DemoReviews {

    private static final int DUE_DAY = 20;
    private static final int MEETINGS_BY_DAY = 28;

    private final ReviewRounds rounds;
    private final SelfReviews reviews;
    private final Organization organization;
    private final Clock clock;
    private final ZoneId zone;

    DemoReviews(ReviewRounds rounds, SelfReviews reviews, Organization organization, Clock clock,
                @Value("${chibo.time-zone}") ZoneId zone) {
        this.rounds = rounds;
        this.reviews = reviews;
        this.organization = organization;
        this.clock = clock;
        this.zone = zone;
    }

    void startInDecember(OrgUnit committee) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        if (today.getMonthValue() != 12 || rounds.of(committee).stream().anyMatch(round -> round.year() == today.getYear())) {
            return;
        }
        ReviewRound round = rounds.open(committee, today.getYear(), today.withDayOfMonth(DUE_DAY),
                today.withDayOfMonth(MEETINGS_BY_DAY), null).orElseThrow();
        ReviewFrame frame = rounds.frame(round, Languages.VIETNAMESE);
        Map<String, Member> members = organization.membersUnder(committee).stream()
                .collect(Collectors.toMap(Member::fullName, Function.identity(), (first, second) -> first));
        submit(round, frame, members.get("Nguyễn Văn An"), List.of(26, 62), Grade.GOOD, true);
        submit(round, frame, members.get("Vũ Thị Giang"), List.of(28, 64), Grade.GOOD, true);
        submit(round, frame, members.get("Phạm Thị Dung"), List.of(25, 58), Grade.DONE, false);
    }

    private void submit(ReviewRound round, ReviewFrame frame, Member member, List<Integer> scores, Grade grade, boolean submit) {
        if (member == null) {
            return;
        }
        List<String> answers = frame.items().stream().map(item -> "Đã thực hiện nghiêm túc; tiếp tục phát huy trong năm tới.")
                .toList();
        List<Boolean> conditions = frame.conditions(grade).stream().map(condition -> Boolean.TRUE).toList();
        var draft = new SelfReview(round.id(), member.id(), frame.defaultForm(), answers, scores,
                frame.failCases().stream().map(failCase -> Boolean.FALSE).toList(), grade, conditions,
                SelfReview.State.NOT_STARTED, null, null);
        reviews.saveDraft(draft, null).orElseThrow();
        if (submit) {
            reviews.submit(round, member.id(), frame, null).orElseThrow();
        }
    }
}
