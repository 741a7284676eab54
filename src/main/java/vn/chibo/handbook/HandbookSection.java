package vn.chibo.handbook;

/** One section of the member handbook, with the document it rests on and the bank file it came from. */
public record HandbookSection(String id, String topicId, String title, String body, Source source, String sourceFile) {
}
