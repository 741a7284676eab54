package vn.chibo.dues;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.common.Outcome;
import vn.chibo.organization.Member;
import vn.chibo.text.VietnameseText;

/**
 * What a member's months rest on besides payments: an exemption, a reduction of 30, 50 or 70 % or leave to pay late
 * or ahead, each with its reason and for at most 12 months (fact 37), ending by itself; and the basis the member
 * declared, from which the amount due is shown.
 */
@Service
public class DuesRules {

    static final int MAX_MONTHS = 12;
    static final int MAX_REASON = 500;
    private static final Set<Integer> REDUCTIONS = Set.of(30, 50, 70);

    private final DuesRecords records;

    DuesRules(DuesRecords records) {
        this.records = records;
    }

    @Transactional
    public Outcome<DuesExemption, String> exempt(Member member, DuesExemption.Kind kind, Integer percent, YearMonth from,
                                                 YearMonth to, String reason) {
        String kept = reason == null ? "" : VietnameseText.tidy(reason);
        if (kind == null) {
            return Outcome.refused("dues.problem.kind");
        }
        if (kind == DuesExemption.Kind.REDUCED ? percent == null || !REDUCTIONS.contains(percent) : percent != null) {
            return Outcome.refused("dues.problem.percent");
        }
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.MONTHS.between(from, to) + 1 > MAX_MONTHS) {
            return Outcome.refused("dues.problem.period");
        }
        if (kept.isEmpty() || kept.length() > MAX_REASON) {
            return Outcome.refused("dues.problem.reason");
        }
        records.exempt(member.id(), kind, percent, from, to, kept);
        return Outcome.done(exemptions(member).stream().filter(span -> span.covers(from)).findFirst().orElseThrow());
    }

    public List<DuesExemption> exemptions(Member member) {
        return records.exemptions(List.of(member.id())).getOrDefault(member.id(), List.of());
    }

    @Transactional
    public Outcome<DuesBasis, String> declare(Member member, DuesBasis basis, Long base) {
        if (basis == null || (basis != DuesBasis.STUDENT && (base == null || base <= 0 || base > 1_000_000_000L))) {
            return Outcome.refused("dues.problem.basis");
        }
        records.setBasis(member.id(), basis, basis == DuesBasis.STUDENT ? null : base);
        return Outcome.done(basis);
    }
}
