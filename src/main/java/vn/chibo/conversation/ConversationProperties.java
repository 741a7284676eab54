package vn.chibo.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dialogTimeToLive     after this, an unanswered question is forgotten and a message is read afresh
 * @param wrongCodesEverywhere wrong invite codes the bot answers per {@code wrongCodesWindow}, from all chats
 *                             together: a typo costs nothing, while guessing one of the live codes among 32^8
 *                             would take ages
 * @param wrongCodesWindow     the window that budget refills over
 */
@ConfigurationProperties("chibo.conversation")
record ConversationProperties(Duration dialogTimeToLive, int wrongCodesEverywhere, Duration wrongCodesWindow) {
}
