package vn.chibo.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** Problems gathered while reading a roster, with messages in the importer's language. */
final class RosterProblems {

    private final MessageSource messages;
    private final Locale locale;
    private final List<RosterProblem> list = new ArrayList<>();

    RosterProblems(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void add(int row, String column, String key, Object... args) {
        list.add(new RosterProblem(row, column, messages.getMessage(key, args, locale)));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    List<RosterProblem> sorted() {
        return list.stream().sorted(Comparator.comparingInt(RosterProblem::row)).toList();
    }
}
