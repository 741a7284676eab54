package vn.chibo.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads by long lists of ids in slices, each bound as one {@code IN (:ids)} list, so that no statement passes
 * the database's limit on bound parameters (SQLite's, the lowest, was 999 in older builds).
 */
public final class InLists {

    public static final int SLICE = 500;

    private InLists() {
    }

    /** Runs {@code query} on each slice of {@code values}. */
    public static <T> void forEachSlice(Collection<T> values, Consumer<List<T>> query) {
        List<T> all = List.copyOf(values);
        for (int start = 0; start < all.size(); start += SLICE) {
            query.accept(all.subList(start, Math.min(all.size(), start + SLICE)));
        }
    }

    /** The rows {@code query} finds for each slice of {@code values}, in slice order. */
    public static <T, R> List<R> query(Collection<T> values, Function<List<T>, List<R>> query) {
        var rows = new ArrayList<R>();
        forEachSlice(values, slice -> rows.addAll(query.apply(slice)));
        return rows;
    }
}
