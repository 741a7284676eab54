package vn.chibo.channel.inbound;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param workers           chats handled at once; one chat's updates are always handled one after another
 * @param perChatPerMinute  messages one chat may send a minute; more are dropped, the first with a notice
 */
@ConfigurationProperties("chibo.inbound")
public record InboundProperties(int workers, int perChatPerMinute) {
}
