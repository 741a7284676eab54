package vn.chibo.channel.inbound;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param workers chats handled at once; one chat's updates are always handled one after another */
@ConfigurationProperties("chibo.inbound")
public record InboundProperties(int workers) {
}
