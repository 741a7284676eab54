package vn.chibo.quiz;

import java.util.Locale;
import java.util.Optional;

import vn.chibo.text.VietnameseText;

/** How hard a question is; written easy / medium / hard in bank files, or dễ / trung bình / khó. */
public enum Difficulty {
    EASY("de"), MEDIUM("trung binh"), HARD("kho");

    private final String foldedVietnamese;

    Difficulty(String foldedVietnamese) {
        this.foldedVietnamese = foldedVietnamese;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Difficulty> parse(String text) {
        String folded = VietnameseText.fold(text);
        for (Difficulty difficulty : values()) {
            if (difficulty.code().equals(folded) || difficulty.foldedVietnamese.equals(folded)) {
                return Optional.of(difficulty);
            }
        }
        return Optional.empty();
    }
}
