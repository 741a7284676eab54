package vn.chibo.dues;

import java.time.YearMonth;

/**
 * What a member's dues are reckoned on (QĐ 01-QĐ/TW of 2026, facts 13 and 14), with {@code base} in đồng: the salary
 * the social insurance is paid on (1 %), a sick or maternity benefit (1 %), the pension (0.5 %), the regional minimum
 * wage for members outside social insurance (0.3 % below the retirement age, 0.2 % at or above it, until 12/2027;
 * 0.5 % and 0.3 % from 01/2028), or the flat 5,000 đ of pupils and students.
 */
public enum DuesBasis {
    SALARY, BENEFIT, PENSION, OUTSIDE_INSURANCE, OUTSIDE_INSURANCE_RETIRED, STUDENT;

    private static final YearMonth NEW_RATES = YearMonth.of(2028, 1);
    private static final long STUDENT_AMOUNT = 5_000;

    /** The amount due for the month, in đồng, rounded; null where the base is needed and not known. */
    public Long due(Long base, YearMonth month) {
        if (this == STUDENT) {
            return STUDENT_AMOUNT;
        }
        if (base == null) {
            return null;
        }
        boolean newRates = !month.isBefore(NEW_RATES);
        int perTenThousand = switch (this) {
            case SALARY, BENEFIT -> 100;
            case PENSION -> 50;
            case OUTSIDE_INSURANCE -> newRates ? 50 : 30;
            case OUTSIDE_INSURANCE_RETIRED -> newRates ? 30 : 20;
            case STUDENT -> 0;
        };
        return Math.round(base * perTenThousand / 10_000.0);
    }
}
