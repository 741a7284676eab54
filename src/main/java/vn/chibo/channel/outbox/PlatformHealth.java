package vn.chibo.channel.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.chibo.organization.ChatChannel;

/**
 * Each platform's last successful call, in the health an operator reads. It stays UP while a platform is
 * down: restarting the bot would not bring Telegram back, and the outbox keeps what waits.
 */
@Component("platforms")
public class PlatformHealth implements HealthIndicator {

    private final Map<ChatChannel, Instant> lastSuccess = new ConcurrentHashMap<>();

    public void succeeded(ChatChannel channel) {
        lastSuccess.put(channel, Instant.now());
    }

    @Override
    public Health health() {
        var details = new TreeMap<String, Object>();
        lastSuccess.forEach((channel, at) -> details.put(channel.name() + ".lastSuccessfulCall", at.toString()));
        return Health.up().withDetails(details).build();
    }
}
