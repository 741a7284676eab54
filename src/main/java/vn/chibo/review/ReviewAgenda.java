package vn.chibo.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingAgenda;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.organization.Role;
import vn.chibo.text.Languages;

/**
 * The agenda of a review meeting, in the order of fact 61: the cell's leaders (the chi ủy, or the secretary and
 * deputy where there is none) before the members, every member before the cell's own grade.
 */
@Component
public class ReviewAgenda implements MeetingAgenda {

    private final ReviewRounds rounds;
    private final ReviewSubjects subjects;
    private final Organization organization;
    private final ReviewTexts texts;

    ReviewAgenda(ReviewRounds rounds, ReviewSubjects subjects, Organization organization, ReviewTexts texts) {
        this.rounds = rounds;
        this.subjects = subjects;
        this.organization = organization;
        this.texts = texts;
    }

    @Override
    public List<String> lines(Meeting meeting) {
        if (meeting.kind() != Meeting.Kind.REVIEW) {
            return List.of();
        }
        OrgUnit cell = organization.unit(meeting.cellId()).orElseThrow();
        Optional<ReviewRound> round = rounds.covering(cell).stream().filter(found -> found.year() == meeting.startsAt().getYear()
                || found.year() == meeting.startsAt().getYear() - 1).findFirst();
        if (round.isEmpty()) {
            return List.of();
        }
        var locale = Languages.VIETNAMESE;
        List<Member> reviewed = subjects.reviewed(round.get(), cell, rounds.frame(round.get(), locale));
        var lines = new ArrayList<String>();
        List<Member> leaders = reviewed.stream().filter(member -> member.role().leadsCell()).toList();
        lines.add("1. " + texts.text(locale, "review.agenda.leaders", names(leaders)));
        int position = 2;
        for (Member member : reviewed.stream().filter(member -> member.role() != Role.SECRETARY && member.role() != Role.DEPUTY).toList()) {
            lines.add(position++ + ". " + texts.text(locale, "review.agenda.member", member.fullName()));
        }
        lines.add(position + ". " + texts.text(locale, "review.agenda.cell", cell.name()));
        return lines;
    }

    private static String names(List<Member> members) {
        return members.isEmpty() ? "—" : String.join(", ", members.stream().map(Member::fullName).toList());
    }
}
