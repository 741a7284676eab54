package vn.chibo.review.web;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chibo.common.Outcome;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.review.Decisions;
import vn.chibo.review.Grade;
import vn.chibo.review.Proposals;
import vn.chibo.review.ReviewList;
import vn.chibo.review.ReviewRound;
import vn.chibo.review.ReviewRounds;
import vn.chibo.review.ReviewSubjects;
import vn.chibo.review.ReviewTexts;
import vn.chibo.review.SelfReviews;
import vn.chibo.signin.DashboardScope;
import vn.chibo.text.VietnameseDates;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.NotInScopeException;
import vn.chibo.web.dashboard.RefusedInput;
import vn.chibo.web.dashboard.Viewer;

/**
 * The secretary's and the committee's review forms: a self-review filled for a member, reopened, a member moved in or
 * out, the review meeting made, each proposal with its comments and vote, and the decided grades uploaded.
 */
@DashboardPage
class ReviewForms {

    private final ReviewRounds rounds;
    private final ReviewSubjects subjects;
    private final SelfReviews reviews;
    private final Proposals proposals;
    private final Decisions decisions;
    private final ReviewList list;
    private final Meetings meetings;
    private final DashboardScope scope;
    private final ReviewTexts texts;
    private final ZoneId zone;
    private final SelfReviewForm form;

    ReviewForms(ReviewRounds rounds, ReviewSubjects subjects, SelfReviews reviews, Proposals proposals, Decisions decisions,
                ReviewList list, Meetings meetings, DashboardScope scope, ReviewTexts texts,
                @Value("${chibo.time-zone}") ZoneId zone, SelfReviewForm form) {
        this.form = form;
        this.rounds = rounds;
        this.subjects = subjects;
        this.reviews = reviews;
        this.proposals = proposals;
        this.decisions = decisions;
        this.list = list;
        this.meetings = meetings;
        this.scope = scope;
        this.texts = texts;
        this.zone = zone;
    }

    @PostMapping("/dashboard/reviews/{id}/members/{memberId}")
    String fill(@RequestAttribute Viewer viewer, @PathVariable long id, @PathVariable long memberId,
                @RequestParam Map<String, String> fields, Model model, Locale locale) {
        ReviewRound round = round(id);
        Member member = member(viewer, round, memberId);
        return form.save(model, round, rounds.frame(round, locale), member, fields,
                scope.asMember(viewer).map(Member::id).orElse(null), "/dashboard/reviews/" + id + "/members/" + memberId, locale);
    }

    @PostMapping("/dashboard/reviews/{id}/members/{memberId}/reopen")
    String reopen(@RequestAttribute Viewer viewer, @PathVariable long id, @PathVariable long memberId,
                  RedirectAttributes flash, Locale locale) {
        ReviewRound round = round(id);
        Member member = member(viewer, round, memberId);
        reviews.reopen(round, member.id());
        flash.addFlashAttribute("notice", texts.text(locale, "review.dashboard.reopened", member.fullName()));
        return back(round, member.unit());
    }

    @PostMapping("/dashboard/reviews/{id}/members/{memberId}/placement")
    String place(@RequestAttribute Viewer viewer, @PathVariable long id, @PathVariable long memberId,
                 @RequestParam boolean included, @RequestParam(required = false) String reason, Locale locale) {
        ReviewRound round = round(id);
        Member member = member(viewer, round, memberId);
        Outcome<Boolean, String> placed = subjects.place(round, member, included, reason,
                scope.asMember(viewer).map(Member::id).orElse(null));
        if (placed instanceof Outcome.Refused<Boolean, String> refused) {
            throw new RefusedInput(texts.text(locale, refused.first()));
        }
        return back(round, member.unit());
    }

    @PostMapping("/dashboard/reviews/{id}/cells/{cellId}/meeting")
    String meeting(@RequestAttribute Viewer viewer, @PathVariable long id, @PathVariable long cellId,
                   @RequestParam String startsAt, @RequestParam String place, Locale locale) {
        ReviewRound round = round(id);
        OrgUnit cell = cell(viewer, round, cellId);
        LocalDateTime at = VietnameseDates.readDateTime(startsAt)
                .orElseThrow(() -> new RefusedInput(texts.text(locale, "review.dashboard.badTime")));
        Outcome<Meeting, String> added = meetings.add(cell, Meeting.Kind.REVIEW, at.atZone(zone), place, null, null);
        if (added instanceof Outcome.Refused<Meeting, String> refused) {
            throw new RefusedInput(texts.text(locale, refused.first()));
        }
        return back(round, cell);
    }

    @PostMapping("/dashboard/reviews/{id}/members/{memberId}/proposal")
    String proposeMember(@RequestAttribute Viewer viewer, @PathVariable long id, @PathVariable long memberId,
                         @RequestParam Map<String, String> fields, RedirectAttributes flash, Locale locale) {
        ReviewRound round = round(id);
        Member member = member(viewer, round, memberId);
        propose(viewer, round, member.unit(), Proposals.MEMBER, member.id(), member.fullName(), fields, flash, locale);
        return back(round, member.unit()) + "-" + memberId;
    }

    @PostMapping("/dashboard/reviews/{id}/cells/{cellId}/proposal")
    String proposeCell(@RequestAttribute Viewer viewer, @PathVariable long id, @PathVariable long cellId,
                       @RequestParam Map<String, String> fields, RedirectAttributes flash, Locale locale) {
        ReviewRound round = round(id);
        OrgUnit cell = cell(viewer, round, cellId);
        propose(viewer, round, cell, Proposals.CELL, cell.id(), cell.name(), fields, flash, locale);
        return back(round, cell);
    }

    /** The list upward with the committee's column filled in; only those who manage the round's committee. */
    @PostMapping("/dashboard/reviews/{id}/grades")
    String grades(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam("file") MultipartFile file,
                  RedirectAttributes flash, Locale locale) throws IOException {
        ReviewRound round = round(id);
        scope.unit(viewer, round.unitId());
        Outcome<List<Decisions.Decision>, Decisions.Refusal> read = list.read(file.getBytes());
        Outcome<Integer, Decisions.Refusal> recorded = read instanceof Outcome.Done<List<Decisions.Decision>, Decisions.Refusal> done
                ? decisions.decide(round, done.value()) : Outcome.refused(read.reasons());
        if (recorded instanceof Outcome.Refused<Integer, Decisions.Refusal> refused) {
            Decisions.Refusal first = refused.first();
            throw new RefusedInput(texts.text(locale, "review.dashboard.gradesRefused", first.row(), first.column(),
                    texts.text(locale, first.key(), first.value())));
        }
        flash.addFlashAttribute("notice", texts.text(locale, "review.dashboard.graded", recorded.orElseThrow()));
        return "redirect:/dashboard/reviews";
    }

    private void propose(Viewer viewer, ReviewRound round, OrgUnit cell, String kind, long subjectId, String name,
                         Map<String, String> fields, RedirectAttributes flash, Locale locale) {
        Meeting meeting = fields.getOrDefault("meetingId", "").matches("\\d{1,18}")
                ? meetings.meeting(Long.parseLong(fields.get("meetingId"))).orElse(null) : null;
        boolean ballots = "ballots".equals(fields.get("vote"));
        boolean hands = "hands".equals(fields.get("vote"));
        var vote = new Proposals.VoteTaken(ballots, hands ? count(fields.get("for"), locale) : null,
                hands ? count(fields.get("against"), locale) : null, hands ? count(fields.get("abstain"), locale) : null);
        Integer selfScore = fields.getOrDefault("selfScore", "").matches("\\d{1,3}") ? Integer.valueOf(fields.get("selfScore")) : null;
        List<String> comments = Arrays.stream(fields.getOrDefault("comments", "").split("\\R")).toList();
        Outcome<Proposals.Proposal, String> proposed = proposals.propose(round, cell, kind, subjectId, name, meeting,
                Grade.read(fields.get("grade")).orElse(null), selfScore, comments, vote,
                scope.asMember(viewer).map(Member::id).orElse(null));
        if (proposed instanceof Outcome.Refused<Proposals.Proposal, String> refused) {
            throw new RefusedInput(texts.text(locale, refused.first()));
        }
        Proposals.CapCheck cap = proposals.cap(rounds.frame(round, locale), proposals.ofCell(round, cell));
        flash.addFlashAttribute(cap.over() ? "problem" : "notice", texts.text(locale, "review.dashboard.proposed", name,
                texts.grade(proposed.orElseThrow().grade(), locale)) + " " + texts.cap(cap, locale));
    }

    private int count(String value, Locale locale) {
        if (value == null || !value.strip().matches("\\d{1,5}")) {
            throw new RefusedInput(texts.text(locale, "review.dashboard.badCount"));
        }
        return Integer.parseInt(value.strip());
    }

    private ReviewRound round(long id) {
        return rounds.round(id).orElseThrow(NotInScopeException::new);
    }

    private Member member(Viewer viewer, ReviewRound round, long memberId) {
        Member member = scope.member(viewer, memberId);
        if (!rounds.covers(round, member.unit())) {
            throw new NotInScopeException();
        }
        return member;
    }

    private OrgUnit cell(Viewer viewer, ReviewRound round, long cellId) {
        OrgUnit cell = scope.cell(viewer, cellId);
        if (!rounds.covers(round, cell)) {
            throw new NotInScopeException();
        }
        return cell;
    }

    private static String back(ReviewRound round, OrgUnit cell) {
        return "redirect:/dashboard/reviews/" + round.id() + "/cells/" + cell.id() + "#member";
    }
}
