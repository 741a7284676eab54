package vn.chibo.common;

import java.util.List;

/** One page of a long list, numbered from 1, and how many there are in all: for pages, the pager and the API. */
public record Paged<T>(List<T> items, int page, int pages, int total) {

    /** Members a dashboard page lists at once (a cell's members, a meeting's replies). */
    public static final int MEMBERS_A_PAGE = 100;

    /** The requested page of {@code all}, {@code size} a page, the request brought into range. */
    public static <T> Paged<T> of(List<T> all, int requested, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int shown = Math.min(Math.max(requested, 1), pages);
        return new Paged<>(all.subList((shown - 1) * size, Math.min(all.size(), shown * size)), shown, pages, all.size());
    }

    /** The same page of other items, made from this page's (figures for the members on it). */
    public <R> Paged<R> with(List<R> items) {
        return new Paged<>(items, page, pages, total);
    }
}
