package vn.chibo.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.OrgUnit;
import vn.chibo.record.VoteResult;
import vn.chibo.text.VietnameseText;
import vn.chibo.text.WordPage;

/**
 * The minutes of the cell's review meeting as a Word document: when and where, how many were reviewed and
 * submitted, each member's self-score and grade, the comments, the vote and the cell's proposal, then the cell's own,
 * the cap on "xuất sắc" with its numbers, and the signature lines.
 */
@Component
public class ReviewMinutes {

    private final CellSheets sheets;
    private final Meetings meetings;
    private final MeetingTexts meetingTexts;
    private final ReviewTexts texts;
    private final Clock clock;
    private final ZoneId zone;

    ReviewMinutes(CellSheets sheets, Meetings meetings, MeetingTexts meetingTexts, ReviewTexts texts,
                  Clock clock, @Value("${chibo.time-zone}") ZoneId zone) {
        this.sheets = sheets;
        this.meetings = meetings;
        this.meetingTexts = meetingTexts;
        this.texts = texts;
        this.clock = clock;
        this.zone = zone;
    }

    public byte[] write(ReviewRound round, OrgUnit cell, Locale locale) {
        CellSheets.CellSheet sheet = sheets.sheet(round, cell, locale);
        Optional<Meeting> meeting = meetingOf(sheet);
        LocalDate day = meeting.map(found -> found.startsAt().toLocalDate()).orElse(clock.instant().atZone(zone).toLocalDate());
        try (var page = new WordPage()) {
            texts.heading(page, cell, day, locale);
            page.title(texts.text(locale, "review.minutes.title", round.year()));
            page.field(texts.text(locale, "review.minutes.when"), meeting.map(found -> meetingTexts.when(found, locale)).orElse(null));
            page.field(texts.text(locale, "review.minutes.place"), meeting.map(Meeting::place).orElse(null));
            page.field(texts.text(locale, "review.minutes.reviewed"), texts.text(locale, "review.minutes.counts",
                    sheet.reviewed(), sheet.submitted(), sheet.proposed()));
            page.section(texts.text(locale, "review.minutes.members"));
            var rows = new ArrayList<List<String>>();
            int position = 1;
            for (CellSheets.Row row : sheet.reviewedRows()) {
                rows.add(List.of(String.valueOf(position++), row.fullName(), texts.text(locale, "review.status." + row.status()),
                        row.selfScore() == null ? "" : String.valueOf(row.selfScore()), texts.grade(row.selfGrade(), locale),
                        String.join("; ", row.comments()), votes(row.vote(), locale), texts.grade(row.proposed(), locale)));
            }
            page.table(List.of(texts.text(locale, "review.list.position"), texts.text(locale, "review.list.name"),
                    texts.text(locale, "review.list.kind"), texts.text(locale, "review.list.selfScore"),
                    texts.text(locale, "review.list.selfGrade"), texts.text(locale, "review.minutes.comments"),
                    texts.text(locale, "review.minutes.vote"), texts.text(locale, "review.list.proposed")), rows);
            page.section(texts.text(locale, "review.minutes.cell", cell.name()));
            Proposals.Proposal own = sheet.cellProposal();
            page.field(texts.text(locale, "review.list.selfScore"), own == null || own.selfScore() == null ? null
                    : String.valueOf(own.selfScore()));
            page.field(texts.text(locale, "review.minutes.comments"), own == null ? null : String.join("; ", own.comments()));
            page.field(texts.text(locale, "review.minutes.vote"), votes(sheet.cellVote(), locale));
            page.field(texts.text(locale, "review.list.proposed"), own == null ? null : texts.grade(own.grade(), locale));
            page.line(texts.cap(sheet.cap(), locale));
            page.signatures(texts.text(locale, "review.minutes.signNoteTaker"), null,
                    texts.text(locale, "review.minutes.signChair"), null, texts.text(locale, "review.doc.signHint"));
            return page.bytes();
        }
    }

    public String fileName(ReviewRound round, OrgUnit cell) {
        return "bien-ban-kiem-diem-" + round.year() + "-" + VietnameseText.slug(cell.name()) + ".docx";
    }

    private Optional<Meeting> meetingOf(CellSheets.CellSheet sheet) {
        return sheet.rows().stream().map(CellSheets.Row::vote).filter(vote -> vote != null).findFirst()
                .or(() -> Optional.ofNullable(sheet.cellVote()))
                .flatMap(vote -> meetings.meeting(vote.meetingId()))
                .or(() -> Optional.ofNullable(sheet.cellProposal()).map(Proposals.Proposal::meetingId)
                        .flatMap(meetings::meeting));
    }

    private String votes(VoteResult vote, Locale locale) {
        return vote == null ? "" : texts.text(locale, "review.minutes.votes", vote.votesFor(), vote.against(), vote.abstain());
    }
}
