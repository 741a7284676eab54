package vn.chibo.record.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.common.Outcome;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.record.Vote;
import vn.chibo.record.VoteRefusal;
import vn.chibo.record.VoteResult;
import vn.chibo.record.Votes;
import vn.chibo.web.ApiProblems;

/**
 * Votes through the admin API: open one on a question (the members present get the buttons), read its count,
 * record a show of hands, close it. A refusal is a 422 saying why.
 */
@RestController
@RequestMapping("/api/admin/meetings/{meetingId}/votes")
class AdminVoteController {

    private final Votes votes;
    private final Meetings meetings;
    private final MessageSource messages;

    AdminVoteController(Votes votes, Meetings meetings, MessageSource messages) {
        this.votes = votes;
        this.meetings = meetings;
        this.messages = messages;
    }

    record QuestionBody(String question) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    VoteResult open(@PathVariable long meetingId, @RequestBody QuestionBody body, Locale locale) {
        Vote vote = orRefuse(votes.open(meeting(meetingId), body.question(), null), locale);
        return votes.result(vote, locale);
    }

    @GetMapping
    List<VoteResult> list(@PathVariable long meetingId, Locale locale) {
        return votes.results(meeting(meetingId), locale);
    }

    @GetMapping("/{voteId}")
    VoteResult result(@PathVariable long meetingId, @PathVariable long voteId, Locale locale) {
        return votes.result(vote(meetingId, voteId), locale);
    }

    /** A show of hands: {@code {"for", "against", "abstain"}}. */
    @PostMapping("/{voteId}/hands")
    VoteResult hands(@PathVariable long meetingId, @PathVariable long voteId, @RequestBody Map<String, Integer> body,
                     Locale locale) {
        vote(meetingId, voteId);
        return orRefuse(votes.hands(voteId, count(body, "for", locale), count(body, "against", locale),
                count(body, "abstain", locale), locale), locale);
    }

    /** A count left out is 0; one given as null or below 0 is a bad request that says which. */
    private int count(Map<String, Integer> body, String key, Locale locale) {
        if (!body.containsKey(key)) {
            return 0;
        }
        Integer value = body.get(key);
        if (value == null || value < 0) {
            throw ApiProblems.badRequest(messages.getMessage("problem.handsCount", new Object[] {key}, locale));
        }
        return value;
    }

    @PostMapping("/{voteId}/close")
    VoteResult close(@PathVariable long meetingId, @PathVariable long voteId, Locale locale) {
        vote(meetingId, voteId);
        return orRefuse(votes.close(voteId, locale), locale);
    }

    private Meeting meeting(long id) {
        return meetings.meeting(id).orElseThrow(() -> ApiProblems.notFound("problem.noMeeting", id));
    }

    private Vote vote(long meetingId, long voteId) {
        meeting(meetingId);
        return votes.vote(voteId).filter(vote -> vote.meetingId() == meetingId)
                .orElseThrow(() -> ApiProblems.notFound("problem.noVote", voteId));
    }

    private <T> T orRefuse(Outcome<T, VoteRefusal> outcome, Locale locale) {
        if (outcome instanceof Outcome.Refused<T, VoteRefusal> refused) {
            throw ApiProblems.refused(HttpStatus.UNPROCESSABLE_CONTENT, messages, null,
                    List.of(refused.first().messageKey), locale);
        }
        return outcome.orElseThrow();
    }
}
