package vn.chibo.dues;

/**
 * A member's month: paid; not paid (yet); exempt; under a reduction and not paid yet; allowed to pay late or ahead
 * and not paid yet. Only {@code UNPAID} counts towards the mark.
 */
public enum DuesState {
    PAID, UNPAID, EXEMPT, REDUCED, DEFERRED
}
