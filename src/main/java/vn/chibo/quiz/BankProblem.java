package vn.chibo.quiz;

/**
 * One thing wrong with an uploaded bank file, where it is: line and column in a text file; in a workbook the
 * sheet, the row (also given as line) and the column (number and header). Unknown parts are null.
 */
public record BankProblem(String file, String sheet, Integer line, Integer column, String columnName, String message) {

    /** "cau-hoi.yaml:12:5: …" or "cau-hoi.xlsx, Câu hỏi, dòng 4, cột Đáp án: …" */
    public String describe() {
        var where = new StringBuilder(file);
        if (sheet != null) {
            where.append(", ").append(sheet);
        }
        if (line != null) {
            where.append(sheet == null ? ":" : " #").append(line);
        }
        if (column != null) {
            where.append(':').append(columnName != null ? columnName : column);
        }
        return where + ": " + message;
    }
}
