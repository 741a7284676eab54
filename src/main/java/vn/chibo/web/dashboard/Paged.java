package vn.chibo.web.dashboard;

import java.util.List;

/** One page of a long list on a dashboard page, as the pager fragment reads it. */
public record Paged<T>(List<T> items, int page, int pages, int total) {

    /** The requested page of {@code all}, {@code size} a page, the request brought into range. */
    public static <T> Paged<T> of(List<T> all, int requested, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int shown = Math.min(Math.max(requested, 1), pages);
        return new Paged<>(all.subList((shown - 1) * size, Math.min(all.size(), shown * size)), shown, pages, all.size());
    }
}
