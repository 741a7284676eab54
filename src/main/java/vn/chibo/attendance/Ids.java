package vn.chibo.attendance;

import java.util.Optional;

/** An id typed or carried by a button ("/diemdanh 12 co"): a number, or nothing. */
final class Ids {

    private Ids() {
    }

    static Optional<Long> parse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
