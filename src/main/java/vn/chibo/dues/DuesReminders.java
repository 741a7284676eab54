package vn.chibo.dues;

import java.time.Clock;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chibo.channel.Outbox;
import vn.chibo.channel.PhoneNotice;
import vn.chibo.common.Periodic;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.text.Languages;

/**
 * From the cell's reminder day on, members whose month is not paid (a reduced amount included; not the exempt, not
 * those allowed to pay late, not those who paid) are reminded once, by their route, between the reminder time and the
 * quiet hours. Months of the calendar year left unpaid without a recorded reason are marked: at two the member and the
 * cell's leaders are told privately; at three the leaders get the case to bring to the cell (Điều lệ Đảng Điều 8 and
 * QĐ 01-QĐ/TW Điều 2 khoản 1, fact 76): the bot flags, the cell decides.
 */
@Component
class DuesReminders {

    static final String KIND = "dues";

    private final JdbcClient jdbc;
    private final DuesLedger ledger;
    private final DuesSettings settings;
    private final Organization organization;
    private final Outbox outbox;
    private final DuesTexts texts;
    private final Clock clock;
    private final ZoneId zone;
    private final LocalTime remindAt;
    private final LocalTime quietFrom;

    DuesReminders(JdbcClient jdbc, DuesLedger ledger, DuesSettings settings, Organization organization, Outbox outbox,
                  DuesTexts texts, Clock clock, @Value("${chibo.time-zone}") ZoneId zone,
                  @Value("${chibo.dues.remind-at}") LocalTime remindAt,
                  @Value("${chibo.reminders.quiet-from}") LocalTime quietFrom) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.settings = settings;
        this.organization = organization;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
        this.zone = zone;
        this.remindAt = remindAt;
        this.quietFrom = quietFrom;
    }

    @Periodic(name = "dues-reminders", every = "${chibo.dues.tick}")
    public void remindAndMark() {
        ZonedDateTime now = clock.instant().atZone(zone);
        if (now.toLocalTime().isBefore(remindAt) || !now.toLocalTime().isBefore(quietFrom)) {
            return;
        }
        List<Long> cells = jdbc.sql("SELECT cell_id FROM dues_setting WHERE start_month IS NOT NULL").query(Long.class).list();
        for (long cellId : cells) {
            organization.unit(cellId).filter(OrgUnit::isCell).filter(cell -> !cell.closed()).ifPresent(cell -> cell(cell, now));
        }
    }

    private void cell(OrgUnit cell, ZonedDateTime now) {
        YearMonth month = YearMonth.from(now);
        DuesLedger.CellYear year = ledger.cellYear(cell, month.getYear());
        if (now.getDayOfMonth() >= settings.of(cell).remindDay()) {
            List<Long> unpaid = year.members().stream().map(member -> Map.entry(member.memberId(), member.months().get(month)))
                    .filter(entry -> entry.getValue() != null && (entry.getValue().state() == DuesState.UNPAID
                            || entry.getValue().state() == DuesState.REDUCED))
                    .map(Map.Entry::getKey).toList();
            String collector = settings.collector(cell).map(Member::fullName).orElse("");
            outbox.toMembers(unpaid, Outbox.NoticeKey.of("dues-remind", month),
                    (memberId, locale) -> List.of(OutboundMessage.text(texts.text(locale, "dues.remind", texts.month(month), collector))),
                    member -> new PhoneNotice(KIND, member.id(), Map.of("member_name", member.fullName(), "cell_name", cell.name(),
                            "month", texts.month(month)), texts.text(Languages.VIETNAMESE, "dues.sms.remind", texts.month(month))));
        }
        List<Long> leaders = organization.membersOf(cell).stream().filter(member -> member.role().leadsCell()).map(Member::id).toList();
        for (DuesLedger.MemberYear member : year.members()) {
            List<YearMonth> behind = member.unpaidBefore(month);
            if (behind.size() >= 2) {
                String months = texts.months(behind.subList(0, 2));
                outbox.toMembers(List.of(member.memberId()), Outbox.NoticeKey.of("dues-mark", member.memberId(), month.getYear(), 2),
                        locale -> OutboundMessage.text(texts.text(locale, "dues.mark.member", month.getYear(), months)));
                outbox.toMembers(leaders, Outbox.NoticeKey.of("dues-mark", member.memberId(), month.getYear(), 2, "leaders"),
                        locale -> OutboundMessage.text(texts.text(locale, "dues.mark.two", member.fullName(), month.getYear(), months)));
            }
            if (behind.size() >= 3) {
                String months = texts.months(behind.subList(0, 3));
                outbox.toMembers(leaders, Outbox.NoticeKey.of("dues-mark", member.memberId(), month.getYear(), 3),
                        locale -> OutboundMessage.text(texts.text(locale, "dues.mark.three", member.fullName(), month.getYear(), months)));
            }
        }
    }
}
