package vn.chibo.review.web;

import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.review.ReviewRound;
import vn.chibo.review.ReviewRounds;
import vn.chibo.web.ApiProblems;

/** Looking up what a review address names, as a 404 in the caller's language when it names nothing of the round. */
final class ReviewApi {

    private ReviewApi() {
    }

    static ReviewRound round(ReviewRounds rounds, long id) {
        return rounds.round(id).orElseThrow(() -> ApiProblems.notFound("review.problem.noRound", id));
    }

    static OrgUnit cellOf(ReviewRounds rounds, Organization organization, ReviewRound round, long cellId) {
        return organization.unit(cellId).filter(OrgUnit::isCell).filter(cell -> rounds.covers(round, cell))
                .orElseThrow(() -> ApiProblems.notFound("problem.noUnit", cellId));
    }

    static Member memberOf(ReviewRounds rounds, Organization organization, ReviewRound round, long memberId) {
        return organization.member(memberId).filter(member -> rounds.covers(round, member.unit()))
                .orElseThrow(() -> ApiProblems.notFound("problem.noMember", memberId));
    }
}
