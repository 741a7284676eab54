package vn.chibo.common;

import java.util.List;
import java.util.function.Function;

/**
 * What a service did with a request it may refuse: {@link Done} with its result, or {@link Refused} with every
 * reason. A refusal is an answer, not a failure, so it never marks the caller's transaction for rollback;
 * only an exception does that.
 *
 * @param <T> the result
 * @param <P> one reason for a refusal: a message key, or a problem placed in a file
 */
public sealed interface Outcome<T, P> {

    record Done<T, P>(T value) implements Outcome<T, P> {
    }

    record Refused<T, P>(List<P> reasons) implements Outcome<T, P> {
        public Refused {
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal names at least one reason");
            }
            reasons = List.copyOf(reasons);
        }

        public P first() {
            return reasons.get(0);
        }
    }

    static <T, P> Outcome<T, P> done(T value) {
        return new Done<>(value);
    }

    static <T, P> Outcome<T, P> refused(P reason) {
        return new Refused<>(List.of(reason));
    }

    static <T, P> Outcome<T, P> refused(List<P> reasons) {
        return new Refused<>(reasons);
    }

    default boolean isDone() {
        return this instanceof Done;
    }

    /** The reasons of a refusal; empty when done. */
    default List<P> reasons() {
        return this instanceof Refused<T, P> refused ? refused.reasons() : List.of();
    }

    /** The result, where a refusal would be a fault of our own (shipped data), not of the user's input. */
    default T orElseThrow() {
        if (this instanceof Done<T, P> done) {
            return done.value();
        }
        throw new IllegalStateException("Refused: " + reasons());
    }

    /** The same refusal, or the result turned by {@code next}. */
    default <U> Outcome<U, P> map(Function<T, U> next) {
        if (this instanceof Done<T, P> done) {
            return new Done<>(next.apply(done.value()));
        }
        return new Refused<>(((Refused<T, P>) this).reasons());
    }
}
