package vn.chibo.quiz.bank;

/** Where something stands in an uploaded file; see {@link vn.chibo.quiz.BankProblem}. */
record Location(String file, String sheet, Integer line, Integer column, String columnName) {

    static Location text(String file, Integer line, Integer column) {
        return new Location(file, null, line, column, null);
    }

    static Location cell(String file, String sheet, int row, Integer column, String columnName) {
        return new Location(file, sheet, row, column, columnName);
    }

    static Location file(String file) {
        return new Location(file, null, null, null, null);
    }
}
