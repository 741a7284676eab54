package vn.chibo.organization;

/** A committee (đảng bộ, at any level) holds units; a cell (chi bộ) holds members. */
public enum UnitKind {
    COMMITTEE, CELL
}
