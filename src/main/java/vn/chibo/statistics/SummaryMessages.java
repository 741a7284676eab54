package vn.chibo.statistics;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.attendance.CheckInClosed;
import vn.chibo.channel.GroupPosts;
import vn.chibo.channel.Outbox;
import vn.chibo.common.Periodic;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.dues.DuesShares;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.organization.Role;

/**
 * Figures that go out by themselves: a meeting's summary to the cell's secretary and deputies when check-in
 * closes, and on the digest day the month before to each committee admin, with the cell ranking chart.
 */
@Component
class SummaryMessages {

    private final Statistics statistics;
    private final StatisticsTexts texts;
    private final Charts charts;
    private final Organization organization;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final StatisticsProperties properties;
    private final GroupPosts groupPosts;
    private final Meetings meetings;
    private final MeetingTexts meetingTexts;
    private final Clock clock;

    private final ReachTexts reach;
    private final DuesShares dues;

    SummaryMessages(Statistics statistics, StatisticsTexts texts, Charts charts, Organization organization, Outbox outbox,
               JdbcClient jdbc, MessageSource messages, StatisticsProperties properties, GroupPosts groupPosts,
               Meetings meetings, MeetingTexts meetingTexts, Clock clock, ReachTexts reach, DuesShares dues) {
        this.reach = reach;
        this.dues = dues;
        this.groupPosts = groupPosts;
        this.meetings = meetings;
        this.meetingTexts = meetingTexts;
        this.statistics = statistics;
        this.texts = texts;
        this.charts = charts;
        this.organization = organization;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * In the transaction that closed check-in, so the summary is queued if and only if the close holds: to the
     * cell's leaders in full, to its group (if linked) as counts only.
     */
    @ApplicationModuleListener
    void checkInClosed(CheckInClosed closed) {
        statistics.meeting(closed.meetingId()).ifPresent(meeting -> {
            OrgUnit cell = organization.unit(meeting.cellId()).orElseThrow();
            List<Long> leaders = organization.membersOf(cell).stream().filter(member -> member.role().leadsCell())
                    .map(Member::id).toList();
            Meeting held = meetings.meeting(meeting.meetingId()).orElseThrow();
            outbox.toMembers(leaders, Outbox.NoticeKey.of("stats", "check-in-closed", "meeting-" + meeting.meetingId()),
                    locale -> OutboundMessage.text(messages.getMessage("stats.checkInSummary",
                            new Object[] {cell.name(), texts.meeting(meeting, locale)}, locale)
                            + reach.answersByRoute(held, locale).map(line -> "\n" + line).orElse("")
                            + "\n" + texts.criteria(meeting.criteria(), locale)));
            groupPosts.post(cell.id(), "summary:" + meeting.meetingId(), locale -> OutboundMessage.text(
                    messages.getMessage("group.summary", new Object[] {meetingTexts.line(held, locale), meeting.present(),
                            meeting.expected(), meeting.absentExcused(), meeting.absentUnexcused()}, locale)));
        });
    }

    /**
     * From the digest day and time on, each admin not yet sent last month's digest gets it; the rest of the
     * month a tick only reads who has had it.
     */
    @Transactional
    @Periodic(name = "send-due-digests", every = "${chibo.statistics.tick}")
    public void sendDueDigests() {
        LocalDateTime now = LocalDateTime.now(clock);
        if (now.getDayOfMonth() < properties.digestDay() || (now.getDayOfMonth() == properties.digestDay()
                && now.toLocalTime().isBefore(properties.digestTime()))) {
            return;
        }
        YearMonth month = YearMonth.from(now).minusMonths(1);
        Statistics.Period period = new Statistics.Period(month, month);
        Set<Long> sent = new HashSet<>(jdbc.sql("SELECT member_id FROM stats_digest WHERE month = ?")
                .param(month.toString()).query(Long.class).list());
        for (Member admin : organization.withRole(Role.ADMIN)) {
            if (sent.contains(admin.id())) {
                continue;
            }
            int claimed = jdbc.sql("INSERT INTO stats_digest (member_id, month, sent_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(admin.id(), month.toString(), clock.instant().toEpochMilli()).update();
            if (claimed == 0) {
                continue;
            }
            outbox.toMembers(List.of(admin.id()), Outbox.NoticeKey.of("stats", "digest", month),
                    (memberId, locale) -> digest(admin, period, locale));
        }
    }

    /** The committee's month in words, and its ranking chart when there is one. */
    private List<OutboundMessage> digest(Member admin, Statistics.Period period, Locale locale) {
        CommitteeFigures figures = statistics.committee(admin.unit(), period);
        var parts = new ArrayList<OutboundMessage>();
        parts.add(OutboundMessage.text(messages.getMessage("stats.digest.intro", null, locale) + "\n"
                + texts.committee(figures, period, locale) + "\n" + reach.reach(admin.unit(), locale)
                + reach.znsCost(admin.unit(), period.from(), locale).map(line -> "\n" + line).orElse("")
                + dues.line(admin.unit(), period.from(), locale).map(line -> "\n" + line).orElse("")));
        if (figures.total().meetings() > 0 && !figures.cells().isEmpty()) {
            byte[] chart = charts.ranking(figures.name(), figures.cells(), figures.targetPercent(),
                    texts.criteria(figures.criteria(), locale), locale);
            parts.add(OutboundMessage.withFile(texts.rankingCaption(figures.name(), figures.cells().size(),
                            figures.targetPercent(), locale),
                    new OutboundFile(OutboundFile.Kind.PHOTO, "xep-hang.png", "image/png", chart)));
        }
        return parts;
    }
}
