package vn.chibo.quiz;

import java.time.Instant;

/** One accepted state of the bank: what was uploaded to make it, by whom, and what it holds. */
public record QuizBankVersion(long id, Origin origin, String fileName, Long uploadedBy, Instant createdAt,
                              int topicCount, int sectionCount, int questionCount) {

    public enum Origin { SHIPPED, ADMIN_API, CHAT, DASHBOARD }
}
