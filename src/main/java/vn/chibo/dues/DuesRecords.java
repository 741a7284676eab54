package vn.chibo.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chibo.common.InLists;

/** The dues tables, read in bulk for a cell's year and written one row at a time. */
@Component
class DuesRecords {

    record Payment(Long amount, LocalDate paidOn, PayMethod method) {
    }

    record Basis(DuesBasis basis, Long base) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    DuesRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes the month paid; the same payment again changes nothing. */
    void pay(long memberId, YearMonth month, Long amount, LocalDate paidOn, PayMethod method, DuesLedger.Source source, Long by) {
        int changed = jdbc.sql("""
                        UPDATE dues_payment SET amount = ?, paid_on = ?, method = ?, source = ?, recorded_by = ?, recorded_at = ?
                        WHERE member_id = ? AND month = ?""")
                .params(amount, paidOn.toString(), method.name(), source.name(), by, clock.millis(), memberId, month.toString())
                .update();
        if (changed == 0) {
            jdbc.sql("""
                            INSERT INTO dues_payment (member_id, month, amount, paid_on, method, source, recorded_by, recorded_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(memberId, month.toString(), amount, paidOn.toString(), method.name(), source.name(), by, clock.millis())
                    .update();
        }
    }

    Map<Long, Map<YearMonth, Payment>> payments(Collection<Long> memberIds, int year) {
        var payments = new HashMap<Long, Map<YearMonth, Payment>>();
        InLists.forEachSlice(memberIds, slice -> jdbc.sql("""
                        SELECT member_id, month, amount, paid_on, method FROM dues_payment
                        WHERE member_id IN (:ids) AND month >= :first AND month <= :last""")
                .param("ids", slice).param("first", year + "-01").param("last", year + "-12")
                .query((rs, n) -> {
                    long amount = rs.getLong("amount");
                    Long paid = rs.wasNull() ? null : amount;
                    return payments.computeIfAbsent(rs.getLong("member_id"), id -> new HashMap<>())
                            .put(YearMonth.parse(rs.getString("month")), new Payment(paid, LocalDate.parse(rs.getString("paid_on")),
                                    PayMethod.valueOf(rs.getString("method"))));
                }).list());
        return payments;
    }

    Map<Long, List<DuesExemption>> exemptions(Collection<Long> memberIds) {
        var spans = new HashMap<Long, List<DuesExemption>>();
        InLists.forEachSlice(memberIds, slice -> jdbc.sql("SELECT * FROM dues_exemption WHERE member_id IN (:ids) ORDER BY id")
                .param("ids", slice).query((rs, n) -> {
                    int percent = rs.getInt("percent");
                    Integer reduced = rs.wasNull() ? null : percent;
                    var exemption = new DuesExemption(rs.getLong("id"), rs.getLong("member_id"),
                            DuesExemption.Kind.valueOf(rs.getString("kind")), reduced, YearMonth.parse(rs.getString("from_month")),
                            YearMonth.parse(rs.getString("to_month")), rs.getString("reason"));
                    return spans.computeIfAbsent(exemption.memberId(), id -> new ArrayList<>()).add(exemption);
                }).list());
        return spans;
    }

    /** A new span replaces those it overlaps, so one month has one rule. */
    void exempt(long memberId, DuesExemption.Kind kind, Integer percent, YearMonth from, YearMonth to, String reason) {
        jdbc.sql("DELETE FROM dues_exemption WHERE member_id = ? AND from_month <= ? AND to_month >= ?")
                .params(memberId, to.toString(), from.toString()).update();
        jdbc.sql("INSERT INTO dues_exemption (member_id, kind, percent, from_month, to_month, reason, set_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(memberId, kind.name(), percent, from.toString(), to.toString(), reason, clock.millis()).update();
    }

    Map<Long, Basis> bases(Collection<Long> memberIds) {
        var bases = new HashMap<Long, Basis>();
        InLists.forEachSlice(memberIds, slice -> jdbc.sql("SELECT member_id, basis, base FROM dues_basis WHERE member_id IN (:ids)")
                .param("ids", slice).query((rs, n) -> {
                    long base = rs.getLong("base");
                    return bases.put(rs.getLong("member_id"), new Basis(DuesBasis.valueOf(rs.getString("basis")), rs.wasNull() ? null : base));
                }).list());
        return bases;
    }

    void setBasis(long memberId, DuesBasis basis, Long base) {
        jdbc.sql("DELETE FROM dues_basis WHERE member_id = ?").param(memberId).update();
        jdbc.sql("INSERT INTO dues_basis (member_id, basis, base, updated_at) VALUES (?, ?, ?, ?)")
                .params(memberId, basis.name(), base, clock.millis()).update();
    }
}
