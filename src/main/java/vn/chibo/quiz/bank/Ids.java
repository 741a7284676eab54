package vn.chibo.quiz.bank;

import java.util.regex.Pattern;

import vn.chibo.text.VietnameseText;

/** Ids of topics, sections and questions: lower-case ASCII letters, digits and hyphens, as the schema says. */
final class Ids {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private Ids() {
    }

    static boolean valid(String id) {
        return VALID.matcher(id).matches();
    }

    /** "Câu hỏi Điều lệ.xlsx" becomes "cau-hoi-dieu-le", the stem of ids a file gives its unnamed questions. */
    static String fromFileName(String fileName) {
        String stem = fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
        String id = VietnameseText.fold(stem).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        id = id.isEmpty() ? "q" : id;
        return id.length() > 50 ? id.substring(0, 50) : id;
    }
}
