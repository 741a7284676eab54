package vn.chibo.organization;

/**
 * A node of the committee tree; {@code path} names it from the root, segments joined by '/'. A closed unit (a
 * cell merged into another) stays for the history of the figures but takes no new members or meetings.
 */
public record OrgUnit(long id, Long parentId, String name, UnitKind kind, String path, boolean closed) {

    public static final String PATH_SEPARATOR = "/";

    public boolean isCell() {
        return kind == UnitKind.CELL;
    }

    /** True when {@code other} is this unit or lies below it. */
    public boolean covers(OrgUnit other) {
        return covers(path, other.path);
    }

    /** True when the unit at {@code path} is the one at {@code scopePath} or lies below it. */
    public static boolean covers(String scopePath, String path) {
        return path.equals(scopePath) || path.startsWith(scopePath + PATH_SEPARATOR);
    }
}
