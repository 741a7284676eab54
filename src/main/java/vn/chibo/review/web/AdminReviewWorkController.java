package vn.chibo.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.common.Outcome;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.review.Decisions;
import vn.chibo.review.Grade;
import vn.chibo.review.Proposals;
import vn.chibo.review.ReviewFiles;
import vn.chibo.review.ReviewList;
import vn.chibo.review.ReviewMinutes;
import vn.chibo.review.ReviewProblem;
import vn.chibo.review.ReviewRound;
import vn.chibo.review.ReviewRounds;
import vn.chibo.review.ReviewSubjects;
import vn.chibo.review.ReviewTexts;
import vn.chibo.review.SelfReview;
import vn.chibo.review.SelfReviews;
import vn.chibo.web.ApiProblems;

/**
 * A round's work through the admin API: moving a member in or out, a self-review filled for a member or reopened,
 * the review meeting's proposals and votes, the Word and Excel files, and the decided grades (JSON or the list upward
 * filled in).
 */
@RestController
@RequestMapping("/api/admin/reviews/{id}")
class AdminReviewWorkController {

    private final ReviewRounds rounds;
    private final ReviewSubjects subjects;
    private final SelfReviews reviews;
    private final Proposals proposals;
    private final Decisions decisions;
    private final ReviewFiles files;
    private final ReviewMinutes minutes;
    private final ReviewList list;
    private final Organization organization;
    private final Meetings meetings;
    private final ReviewTexts texts;
    private final MessageSource messages;
    private final JsonMapper json;

    AdminReviewWorkController(ReviewRounds rounds, ReviewSubjects subjects, SelfReviews reviews, Proposals proposals,
                              Decisions decisions, ReviewFiles files, ReviewMinutes minutes, ReviewList list,
                              Organization organization, Meetings meetings, ReviewTexts texts, MessageSource messages,
                              JsonMapper json) {
        this.rounds = rounds;
        this.subjects = subjects;
        this.reviews = reviews;
        this.proposals = proposals;
        this.decisions = decisions;
        this.files = files;
        this.minutes = minutes;
        this.list = list;
        this.organization = organization;
        this.meetings = meetings;
        this.texts = texts;
        this.messages = messages;
        this.json = json;
    }

    record PlacementBody(Boolean included, String reason) {
    }

    /** A self-review as a form sends it; {@code submit} true submits it once saved. */
    record SelfReviewBody(String form, List<String> answers, List<Integer> scores, List<Boolean> failCases, Grade grade,
                          List<Boolean> conditions, Boolean submit, Long filledBy) {
    }

    /** The meeting's proposal: {@code ballots} sends ballots to those present; counts record a show of hands. */
    record ProposalBody(Long meetingId, Grade grade, Integer selfScore, List<String> comments, Boolean ballots,
                        Integer votesFor, Integer against, Integer abstain) {
    }

    record ProposalAnswer(Proposals.Proposal proposal, Proposals.CapCheck cap, String capText) {
    }

    record GradeLine(Long memberId, Long cellId, Grade grade) {
    }

    record GradesBody(List<GradeLine> members, List<GradeLine> cells) {
    }

    @PutMapping("/members/{memberId}/placement")
    Map<String, Object> place(@PathVariable long id, @PathVariable long memberId, @RequestBody PlacementBody body, Locale locale) {
        ReviewRound round = ReviewApi.round(rounds, id);
        Member member = ReviewApi.memberOf(rounds, organization, round, memberId);
        boolean included = ApiProblems.orUnprocessable(subjects.place(round, member, Boolean.TRUE.equals(body.included()),
                body.reason(), null), messages, null, locale);
        return Map.of("memberId", memberId, "included", included);
    }

    @GetMapping("/members/{memberId}/self-review")
    SelfReview selfReview(@PathVariable long id, @PathVariable long memberId, Locale locale) {
        ReviewRound round = ReviewApi.round(rounds, id);
        ReviewApi.memberOf(rounds, organization, round, memberId);
        return reviews.of(round, memberId, rounds.frame(round, locale));
    }

    @PutMapping("/members/{memberId}/self-review")
    SelfReview fill(@PathVariable long id, @PathVariable long memberId, @RequestBody SelfReviewBody body, Locale locale) {
        ReviewRound round = ReviewApi.round(rounds, id);
        Member member = ReviewApi.memberOf(rounds, organization, round, memberId);
        var frame = rounds.frame(round, locale);
        SelfReview current = reviews.of(round, member.id(), frame);
        SelfReview draft = new SelfReview(round.id(), member.id(), body.form() == null ? current.form() : body.form(),
                body.answers() == null ? current.answers() : body.answers(),
                body.scores() == null ? current.scores() : body.scores(),
                body.failCases() == null ? current.failCases() : body.failCases(),
                body.grade() == null ? current.grade() : body.grade(),
                body.conditions() == null ? current.conditions() : body.conditions(), current.state(), null, null);
        orRefuse(reviews.saveDraft(draft, body.filledBy()), locale);
        if (Boolean.TRUE.equals(body.submit())) {
            return orRefuse(reviews.submit(round, member.id(), frame, body.filledBy()), locale);
        }
        return reviews.of(round, member.id(), frame);
    }

    @PostMapping("/members/{memberId}/reopen")
    SelfReview reopen(@PathVariable long id, @PathVariable long memberId, Locale locale) {
        ReviewRound round = ReviewApi.round(rounds, id);
        ReviewApi.memberOf(rounds, organization, round, memberId);
        reviews.reopen(round, memberId);
        return reviews.of(round, memberId, rounds.frame(round, locale));
    }

    @PutMapping("/members/{memberId}/proposal")
    ProposalAnswer proposeMember(@PathVariable long id, @PathVariable long memberId, @RequestBody ProposalBody body,
                                 Locale locale) {
        ReviewRound round = ReviewApi.round(rounds, id);
        Member member = ReviewApi.memberOf(rounds, organization, round, memberId);
        return propose(round, member.unit(), Proposals.MEMBER, member.id(), member.fullName(), body, locale);
    }

    @PutMapping("/cells/{cellId}/proposal")
    ProposalAnswer proposeCell(@PathVariable long id, @PathVariable long cellId, @RequestBody ProposalBody body, Locale locale) {
        ReviewRound round = ReviewApi.round(rounds, id);
        OrgUnit cell = ReviewApi.cellOf(rounds, organization, round, cellId);
        return propose(round, cell, Proposals.CELL, cell.id(), cell.name(), body, locale);
    }

    @GetMapping("/members/{memberId}/self-review.docx")
    ResponseEntity<byte[]> selfReviewFile(@PathVariable long id, @PathVariable long memberId, Locale locale) {
        ReviewRound round = ReviewApi.round(rounds, id);
        Member member = ReviewApi.memberOf(rounds, organization, round, memberId);
        return ReviewDownloads.file(files.selfReview(round, member, locale), files.selfReviewName(round, member), ReviewDownloads.DOCX);
    }

    @GetMapping("/cells/{cellId}/self-reviews.zip")
    ResponseEntity<byte[]> selfReviews(@PathVariable long id, @PathVariable long cellId, Locale locale) {
        ReviewRound round = ReviewApi.round(rounds, id);
        OrgUnit cell = ReviewApi.cellOf(rounds, organization, round, cellId);
        return ReviewDownloads.file(files.selfReviews(round, cell, locale), files.selfReviewsName(round, cell), "application/zip");
    }

    @GetMapping("/cells/{cellId}/minutes.docx")
    ResponseEntity<byte[]> minutes(@PathVariable long id, @PathVariable long cellId, Locale locale) {
        ReviewRound round = ReviewApi.round(rounds, id);
        OrgUnit cell = ReviewApi.cellOf(rounds, organization, round, cellId);
        return ReviewDownloads.file(minutes.write(round, cell, locale), minutes.fileName(round, cell), ReviewDownloads.DOCX);
    }

    @GetMapping("/cells/{cellId}/list.xlsx")
    ResponseEntity<byte[]> cellList(@PathVariable long id, @PathVariable long cellId, Locale locale) {
        ReviewRound round = ReviewApi.round(rounds, id);
        OrgUnit cell = ReviewApi.cellOf(rounds, organization, round, cellId);
        return ReviewDownloads.file(list.write(round, List.of(cell), locale), list.fileName(round, cell), ReviewDownloads.XLSX);
    }

    @GetMapping("/list.xlsx")
    ResponseEntity<byte[]> committeeList(@PathVariable long id, Locale locale) {
        ReviewRound round = ReviewApi.round(rounds, id);
        OrgUnit committee = organization.unit(round.unitId()).orElseThrow();
        return ReviewDownloads.file(list.write(round, organization.cellsUnder(committee), locale), list.fileName(round, committee), ReviewDownloads.XLSX);
    }

    /** The decided grades: JSON ({@code members}, {@code cells}), or the list upward with its last column filled in. */
    @PutMapping("/grades")
    Map<String, Object> grades(@PathVariable long id, @RequestHeader(name = "Content-Type", required = false) String type,
                               @RequestBody byte[] body, Locale locale) {
        ReviewRound round = ReviewApi.round(rounds, id);
        List<Decisions.Decision> decided;
        if (type != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
            GradesBody grades = json.readValue(body, GradesBody.class);
            decided = new ArrayList<>();
            for (GradeLine line : grades.members() == null ? List.<GradeLine>of() : grades.members()) {
                decided.add(new Decisions.Decision(Proposals.MEMBER, line.memberId() == null ? 0 : line.memberId(), line.grade()));
            }
            for (GradeLine line : grades.cells() == null ? List.<GradeLine>of() : grades.cells()) {
                decided.add(new Decisions.Decision(Proposals.CELL, line.cellId() == null ? 0 : line.cellId(), line.grade()));
            }
        } else {
            decided = orRefuseRows(list.read(body), locale);
        }
        int recorded = orRefuseRows(decisions.decide(round, decided), locale);
        return Map.of("recorded", recorded);
    }

    private ProposalAnswer propose(ReviewRound round, OrgUnit cell, String kind, long subjectId, String name, ProposalBody body,
                                   Locale locale) {
        Meeting meeting = body.meetingId() == null ? null : meetings.meeting(body.meetingId())
                .orElseThrow(() -> ApiProblems.notFound("problem.noMeeting", body.meetingId()));
        var vote = new Proposals.VoteTaken(Boolean.TRUE.equals(body.ballots()), body.votesFor(), body.against(), body.abstain());
        Proposals.Proposal proposal = ApiProblems.orUnprocessable(proposals.propose(round, cell, kind, subjectId, name, meeting,
                body.grade(), body.selfScore(), body.comments(), vote, null), messages, "review.proposal.rejected", locale);
        Proposals.CapCheck cap = proposals.cap(rounds.frame(round, locale), proposals.ofCell(round, cell));
        return new ProposalAnswer(proposal, cap, texts.cap(cap, locale));
    }

    private <T> T orRefuse(Outcome<T, ReviewProblem> outcome, Locale locale) {
        if (outcome instanceof Outcome.Refused<T, ReviewProblem> refused) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, texts.problems(refused.reasons(), locale));
            problem.setProperty("errors", refused.reasons().stream().map(reason -> Map.of("message", texts.problem(reason, locale))).toList());
            throw ApiProblems.of(problem);
        }
        return outcome.orElseThrow();
    }

    private <T> T orRefuseRows(Outcome<T, Decisions.Refusal> outcome, Locale locale) {
        if (outcome instanceof Outcome.Refused<T, Decisions.Refusal> refused) {
            List<Map<String, Object>> errors = refused.reasons().stream().map(reason -> Map.<String, Object>of("row", reason.row(),
                    "column", reason.column(), "message", messages.getMessage(reason.key(), new Object[] {reason.value()}, locale)))
                    .toList();
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    messages.getMessage("review.grades.rejected", new Object[] {errors.size()}, locale));
            problem.setProperty("errors", errors);
            throw ApiProblems.of(problem);
        }
        return outcome.orElseThrow();
    }
}
