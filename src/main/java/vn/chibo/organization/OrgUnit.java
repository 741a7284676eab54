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

    /**
     * The unit's name said once, followed by the committee right above it where there is one: "Chi bộ tổ dân phố
     * Liên Bảo 1, Đảng bộ phường Vĩnh Phúc".
     */
    public String nameWithCommittee() {
        String committee = committeeName();
        return committee.isEmpty() ? name : name + ", " + committee;
    }

    /** The name of the unit right above this one, read from the path; empty for a root. */
    public String committeeName() {
        int cut = path.lastIndexOf(PATH_SEPARATOR);
        if (cut < 0) {
            return "";
        }
        String above = path.substring(0, cut);
        return above.substring(above.lastIndexOf(PATH_SEPARATOR) + 1);
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
