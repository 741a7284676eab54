package vn.chibo.organization;

/** One thing wrong in a roster file: the row (the header is row 1), the column as the file names it, why. */
public record RosterProblem(int row, String column, String message) {
}
