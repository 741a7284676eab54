package vn.chibo.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.chibo.channel.Outbox;
import vn.chibo.channel.PhoneNotice;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.text.Languages;

/**
 * What members hear of the review, each privately and by their route (chat, ZNS, SMS): the round has opened with its
 * due date and their form's link; a reminder before the due date while theirs is not in; the grade decided for them.
 */
@Component
class ReviewNotices {

    static final String KIND = "review";

    private final Outbox outbox;
    private final Organization organization;
    private final ReviewSubjects subjects;
    private final ReviewFrames frames;
    private final SelfReviews reviews;
    private final ReviewLinks links;
    private final ReviewTexts texts;

    ReviewNotices(Outbox outbox, Organization organization, ReviewSubjects subjects, ReviewFrames frames,
                  SelfReviews reviews, ReviewLinks links, ReviewTexts texts) {
        this.outbox = outbox;
        this.organization = organization;
        this.subjects = subjects;
        this.frames = frames;
        this.reviews = reviews;
        this.links = links;
        this.texts = texts;
    }

    /** Every member the round reviews hears it has opened. */
    void opened(ReviewRound round) {
        tell(round, reviewed(round), Outbox.NoticeKey.of("review-open", round.id()), "review.notice.opened");
    }

    /** Those whose review is not in hear that it is due in {@code daysLeft} days. */
    int remind(ReviewRound round, int daysLeft) {
        List<Member> reviewed = reviewed(round);
        Set<Long> submitted = reviews.of(round, reviewed.stream().map(Member::id).toList()).values().stream()
                .filter(SelfReview::submitted).map(SelfReview::memberId).collect(Collectors.toSet());
        List<Member> late = reviewed.stream().filter(member -> !submitted.contains(member.id())).toList();
        return tell(round, late, Outbox.NoticeKey.of("review-remind", round.id(), daysLeft), "review.notice.remind");
    }

    /** The member hears the grade the committee decided; a changed decision is told again. */
    void graded(ReviewRound round, long memberId, Grade grade) {
        outbox.toMembers(List.of(memberId), Outbox.NoticeKey.of("review-grade", round.id(), grade.name()),
                (id, locale) -> List.of(OutboundMessage.text(texts.text(locale, "review.notice.graded", round.year(),
                        texts.grade(grade, locale)))),
                member -> new PhoneNotice(KIND, member.id(), Map.of("member_name", member.fullName(),
                        "cell_name", member.unit().name(), "grade", texts.grade(grade, Languages.VIETNAMESE)),
                        texts.text(Languages.VIETNAMESE, "review.sms.graded", round.year(), texts.grade(grade, Languages.VIETNAMESE))));
    }

    private int tell(ReviewRound round, List<Member> members, Outbox.NoticeKey key, String messageKey) {
        String due = texts.day(round.selfReviewDue());
        return outbox.toMembers(members.stream().map(Member::id).toList(), key,
                (memberId, locale) -> List.of(OutboundMessage.withButtons(
                        texts.text(locale, messageKey, round.year(), due, links.linkFor(round.id(), memberId)),
                        List.of(new Button(texts.text(locale, "review.button.start"), "/" + ReviewCommand.NAME)))),
                member -> {
                    String link = links.linkFor(round.id(), member.id());
                    return new PhoneNotice(KIND, member.id(), Map.of("member_name", member.fullName(),
                            "cell_name", member.unit().name(), "due", due, "answer_link", link),
                            texts.text(Languages.VIETNAMESE, "review.sms." + messageKey.substring(messageKey.lastIndexOf('.') + 1),
                                    round.year(), due, link));
                });
    }

    private List<Member> reviewed(ReviewRound round) {
        OrgUnit committee = organization.unit(round.unitId()).orElseThrow();
        ReviewFrame frame = frames.of(round, Languages.VIETNAMESE);
        var members = new ArrayList<Member>();
        for (OrgUnit cell : organization.cellsUnder(committee)) {
            members.addAll(subjects.reviewed(round, cell, frame));
        }
        return members;
    }
}
