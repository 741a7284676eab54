package vn.chibo.channel.telegram;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param token          the bot token (TELEGRAM_BOT_TOKEN); blank: no Telegram channel
 * @param botUsername    the bot's username, for invite links
 * @param apiUrl         the Bot API base (TELEGRAM_API_URL): the real one, or a local server in tests
 * @param mode           POLLING (getUpdates) or WEBHOOK (deliveries to /telegram/webhook)
 * @param webhookSecret  what Telegram sends in X-Telegram-Bot-Api-Secret-Token with each delivery
 * @param publicUrl      where Telegram reaches this app in webhook mode (CHIBO_PUBLIC_URL)
 * @param paidBroadcast  send with allow_paid_broadcast, raising the overall limit to {@code paidPerSecond}
 */
@ConfigurationProperties("chibo.telegram")
public record TelegramProperties(String token, String botUsername, URI apiUrl, Mode mode, String webhookSecret,
                                 String publicUrl, Limits limits, boolean paidBroadcast, int paidPerSecond) {

    public enum Mode { POLLING, WEBHOOK }

    public record Limits(int perSecond, int perChatPerSecond, int perGroupPerMinute) {
    }
}
