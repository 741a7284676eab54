package vn.chibo.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.common.InLists;
import vn.chibo.common.Outcome;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.organization.Role;
import vn.chibo.text.VietnameseText;

/**
 * The dues record: each member's months from the month the cell began keeping dues here (or the member joined the
 * roster, if later) to this month, each paid, exempt, reduced, deferred or unpaid; and the writes that change it.
 */
@Service
public class DuesLedger {

    static final long MAX_AMOUNT = 1_000_000_000L;

    /** Where a payment was recorded from. */
    public enum Source { CHAT, DASHBOARD, UPLOAD, API }

    /** One member's months of a year. */
    public record MemberYear(long memberId, String fullName, String phone, Map<YearMonth, DuesMonth> months) {

        /** The months before {@code before} left unpaid with no recorded reason, the oldest first. */
        public List<YearMonth> unpaidBefore(YearMonth before) {
            return months.entrySet().stream().filter(entry -> entry.getKey().isBefore(before))
                    .filter(entry -> entry.getValue().state() == DuesState.UNPAID).map(Map.Entry::getKey).toList();
        }
    }

    /** A month over the cell: members counted, paid, excused (exempt, reduced or deferred and not paid), unpaid. */
    public record MonthTotal(int members, int paid, int excused, int unpaid, long amount) {
    }

    public record CellYear(long cellId, String cellName, int year, List<MemberYear> members, Map<YearMonth, MonthTotal> totals) {
    }

    private final JdbcClient jdbc;
    private final Organization organization;
    private final DuesSettings settings;
    private final DuesRecords records;
    private final Clock clock;
    private final ZoneId zone;

    DuesLedger(JdbcClient jdbc, Organization organization, DuesSettings settings, DuesRecords records, Clock clock,
               @Value("${chibo.time-zone}") ZoneId zone) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.settings = settings;
        this.records = records;
        this.clock = clock;
        this.zone = zone;
    }

    public YearMonth thisMonth() {
        return YearMonth.from(clock.instant().atZone(zone));
    }

    public CellYear cellYear(OrgUnit cell, int year) {
        List<Member> members = organization.membersOf(cell).stream().filter(member -> member.role() != Role.ADMIN)
                .sorted(Comparator.comparing(member -> VietnameseText.fold(member.fullName()))).toList();
        List<MemberYear> years = years(cell, members, year);
        var totals = new LinkedHashMap<YearMonth, MonthTotal>();
        for (int month = 1; month <= 12; month++) {
            YearMonth at = YearMonth.of(year, month);
            int counted = 0;
            int paid = 0;
            int excused = 0;
            int unpaid = 0;
            long amount = 0;
            for (MemberYear member : years) {
                DuesMonth state = member.months().get(at);
                if (state == null) {
                    continue;
                }
                counted++;
                switch (state.state()) {
                    case PAID -> {
                        paid++;
                        amount += state.amount() == null ? 0 : state.amount();
                    }
                    case UNPAID -> unpaid++;
                    default -> excused++;
                }
            }
            if (counted > 0) {
                totals.put(at, new MonthTotal(counted, paid, excused, unpaid, amount));
            }
        }
        return new CellYear(cell.id(), cell.name(), year, years, totals);
    }

    public MemberYear memberYear(Member member, int year) {
        return years(member.unit(), List.of(member), year).get(0);
    }

    /** Records a month paid; a month after this one only for a member allowed to pay ahead (fact 37). */
    @Transactional
    public Outcome<DuesMonth, String> pay(Member member, YearMonth month, Long amount, LocalDate paidOn, PayMethod method,
                                          Source source, Long by) {
        Optional<String> refusal = refusal(member, month, amount, paidOn);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        record(member, month, amount, paidOn, method == null ? PayMethod.CASH : method, source, by);
        return Outcome.done(memberYear(member, month.getYear()).months().get(month));
    }

    /** Writes a payment {@link #refusal} has let through; the cell's first record starts its dues here. */
    void record(Member member, YearMonth month, Long amount, LocalDate paidOn, PayMethod method, Source source, Long by) {
        if (startOf(member.unit()) == null) {
            settings.startAt(member.unit(), month);
        }
        records.pay(member.id(), month, amount, paidOn == null ? today() : paidOn, method, source, by);
    }

    /** Why a payment cannot be recorded (an amount out of range, a day to come, a month ahead, before the start). */
    Optional<String> refusal(Member member, YearMonth month, Long amount, LocalDate paidOn) {
        if (amount != null && (amount < 0 || amount > MAX_AMOUNT)) {
            return Optional.of("dues.problem.amount");
        }
        if (paidOn != null && paidOn.isAfter(today())) {
            return Optional.of("dues.problem.paidOn");
        }
        boolean deferred = records.exemptions(List.of(member.id())).getOrDefault(member.id(), List.of()).stream()
                .anyMatch(exemption -> exemption.kind() == DuesExemption.Kind.DEFERRED && exemption.covers(month));
        if (month.isAfter(thisMonth()) && !deferred) {
            return Optional.of("dues.problem.ahead");
        }
        YearMonth start = startOf(member.unit());
        if (start != null && month.isBefore(start)) {
            return Optional.of("dues.problem.beforeStart");
        }
        return Optional.empty();
    }

    private LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /** The month back to not paid (a payment recorded by mistake). */
    @Transactional
    public void clear(Member member, YearMonth month) {
        jdbc.sql("DELETE FROM dues_payment WHERE member_id = ? AND month = ?").params(member.id(), month.toString()).update();
    }

    private List<MemberYear> years(OrgUnit cell, List<Member> members, int year) {
        List<Long> ids = members.stream().map(Member::id).toList();
        // a cell that has not begun keeping dues here shows this month, so its collector can record the first payment
        YearMonth cellStart = startOf(cell) != null ? startOf(cell) : thisMonth();
        YearMonth through = YearMonth.of(year, 12).isAfter(thisMonth()) ? thisMonth() : YearMonth.of(year, 12);
        Map<Long, Map<YearMonth, DuesRecords.Payment>> payments = records.payments(ids, year);
        Map<Long, List<DuesExemption>> exemptions = records.exemptions(ids);
        Map<Long, DuesRecords.Basis> bases = records.bases(ids);
        Map<Long, YearMonth> firstMonths = firstMonths(ids);
        var years = new ArrayList<MemberYear>();
        for (Member member : members) {
            var months = new LinkedHashMap<YearMonth, DuesMonth>();
            Map<YearMonth, DuesRecords.Payment> paid = payments.getOrDefault(member.id(), Map.of());
            List<DuesExemption> spans = exemptions.getOrDefault(member.id(), List.of());
            DuesRecords.Basis basis = bases.get(member.id());
            YearMonth first = firstMonths.get(member.id());
            YearMonth start = first == null || first.isBefore(cellStart) ? cellStart : first;
            for (int number = 1; number <= 12; number++) {
                YearMonth month = YearMonth.of(year, number);
                DuesExemption span = spans.stream().filter(exemption -> exemption.covers(month)).findFirst().orElse(null);
                Integer reduced = span != null && span.kind() == DuesExemption.Kind.REDUCED ? span.percent() : null;
                Long due = basis == null ? null : reduce(basis.basis().due(basis.base(), month), reduced);
                DuesRecords.Payment payment = paid.get(month);
                if (payment != null) {
                    months.put(month, new DuesMonth(DuesState.PAID, payment.amount(), payment.paidOn(), payment.method(), reduced, due));
                } else if (!month.isBefore(start) && !month.isAfter(through)) {
                    DuesState state = span == null ? DuesState.UNPAID : switch (span.kind()) {
                        case EXEMPT -> DuesState.EXEMPT;
                        case REDUCED -> DuesState.REDUCED;
                        case DEFERRED -> DuesState.DEFERRED;
                    };
                    months.put(month, new DuesMonth(state, null, null, null, reduced, state == DuesState.EXEMPT ? null : due));
                }
            }
            years.add(new MemberYear(member.id(), member.fullName(), member.phone(), months));
        }
        return years;
    }

    private static Long reduce(Long due, Integer percent) {
        return due == null || percent == null ? due : Math.round(due * (100 - percent) / 100.0);
    }

    /** The month the cell began keeping dues here: its setting, or the month of its first record. */
    YearMonth startOf(OrgUnit cell) {
        return settings.of(cell).startMonth();
    }

    /** Each member's first month on the roster, or of their first record if that is earlier. */
    private Map<Long, YearMonth> firstMonths(Collection<Long> ids) {
        var first = new HashMap<Long, YearMonth>();
        organization.addedAt(ids).forEach((id, at) -> first.put(id, YearMonth.from(at.atZone(zone))));
        InLists.forEachSlice(ids, slice -> jdbc.sql("SELECT member_id, MIN(month) FROM dues_payment WHERE member_id IN (:ids) GROUP BY member_id")
                .param("ids", slice).query((rs, n) -> first.merge(rs.getLong(1), YearMonth.parse(rs.getString(2)),
                        (a, b) -> a.isBefore(b) ? a : b)).list());
        return first;
    }
}
