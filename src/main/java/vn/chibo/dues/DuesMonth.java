package vn.chibo.dues;

import java.time.LocalDate;

/**
 * One member's month as the record has it; {@code amount}, {@code paidOn} and {@code method} when paid,
 * {@code reducedPercent} under a reduction, {@code due} the amount due where the member declared its basis.
 */
public record DuesMonth(DuesState state, Long amount, LocalDate paidOn, PayMethod method, Integer reducedPercent, Long due) {
}
