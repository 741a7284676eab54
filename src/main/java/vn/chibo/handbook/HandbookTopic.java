package vn.chibo.handbook;

/** A subject of the handbook and of the quiz questions: "Điều lệ Đảng", "Đảng phí". */
public record HandbookTopic(String id, String title, String sourceFile) {
}
