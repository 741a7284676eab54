package vn.chibo.review;

import java.util.Optional;

import vn.chibo.text.VietnameseText;

/**
 * The four grades of QĐ 366-QĐ/TW Điều 11 (fact 57), best first: hoàn thành xuất sắc nhiệm vụ, hoàn thành tốt
 * nhiệm vụ, hoàn thành nhiệm vụ, không hoàn thành nhiệm vụ.
 */
public enum Grade {
    EXCELLENT, GOOD, DONE, NOT_DONE;

    /** Whether this grade is above {@code other}. */
    public boolean above(Grade other) {
        return ordinal() < other.ordinal();
    }

    /** The band a total score falls in under {@code frame}. */
    public static Grade band(int total, ReviewFrame frame) {
        if (total >= frame.excellentFrom()) {
            return EXCELLENT;
        }
        if (total >= frame.goodFrom()) {
            return GOOD;
        }
        return total >= frame.doneFrom() ? DONE : NOT_DONE;
    }

    /**
     * A grade as a person writes it in a file or a chat: its code ({@code GOOD}), a number 1–4 from the best, or its
     * Vietnamese name with or without marks ("Hoàn thành tốt nhiệm vụ", "hoan thanh tot").
     */
    public static Optional<Grade> read(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(written).replace("nhiem vu", "").replaceAll("\\s+", " ").strip();
        for (Grade grade : values()) {
            if (grade.name().equalsIgnoreCase(written.strip()) || folded.equals(String.valueOf(grade.ordinal() + 1))) {
                return Optional.of(grade);
            }
        }
        return switch (folded) {
            case "hoan thanh xuat sac", "xuat sac", "htxs", "completed tasks excellently" -> Optional.of(EXCELLENT);
            case "hoan thanh tot", "tot", "httt", "completed tasks well" -> Optional.of(GOOD);
            case "hoan thanh", "htnv", "completed tasks" -> Optional.of(DONE);
            case "khong hoan thanh", "khong ht", "khtnv", "did not complete tasks" -> Optional.of(NOT_DONE);
            default -> Optional.empty();
        };
    }
}
