package vn.chibo.quiz.bank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.chibo.quiz.BankProblem;

/** Collects the problems of one upload, worded in the uploader's language. */
public final class Problems {

    private static final Comparator<BankProblem> READING_ORDER = Comparator
            .comparing(BankProblem::file)
            .thenComparing(BankProblem::sheet, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(BankProblem::line, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(BankProblem::column, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final MessageSource messages;
    private final Locale locale;
    private final List<BankProblem> found = new ArrayList<>();

    public Problems(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    void at(Location location, String key, Object... args) {
        add(location, text(key, args));
    }

    void add(Location location, String message) {
        found.add(new BankProblem(location.file(), location.sheet(), location.line(), location.column(),
                location.columnName(), message));
    }

    int count() {
        return found.size();
    }

    public boolean any() {
        return !found.isEmpty();
    }

    /** In reading order: by file, then sheet, line and column. */
    public List<BankProblem> all() {
        return found.stream().sorted(READING_ORDER).toList();
    }
}
