package vn.chibo.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param dialogTimeToLive after this, an unanswered question is forgotten and a message is read afresh */
@ConfigurationProperties("chibo.conversation")
record ConversationProperties(Duration dialogTimeToLive) {
}
