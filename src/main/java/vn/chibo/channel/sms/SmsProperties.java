package vn.chibo.channel.sms;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * SMS through an Android phone running SMS Gateway for Android (its local server on the office's network, or its
 * cloud server). Off unless the gateway's address is set.
 *
 * @param gatewayUrl    the gateway's API (SMS_GATEWAY_URL): {@code http://<phone>:8080} or
 *                      {@code https://api.sms-gate.app/3rdparty/v1}
 * @param username      Basic auth user (SMS_GATEWAY_USERNAME)
 * @param password      Basic auth password (SMS_GATEWAY_PASSWORD)
 * @param webhookSecret the key the gateway signs its webhooks with (SMS_WEBHOOK_SECRET)
 * @param diacritics    false (default): Vietnamese without diacritics, 160 characters a part; true: with them, 70
 * @param every         at most one SMS this often (the phone's and the carrier's pace)
 * @param perWindow     at most this many SMS in each {@code window} (Android asks the user past 30 in 30 minutes)
 * @param window        see {@code perWindow}
 * @param quietFrom     no SMS from this time of day ...
 * @param quietUntil    ... until this one
 * @param timeout       how long one call to the gateway may take
 */
@ConfigurationProperties("chibo.sms")
public record SmsProperties(String gatewayUrl, String username, String password, String webhookSecret, boolean diacritics,
                            Duration every, int perWindow, Duration window, LocalTime quietFrom, LocalTime quietUntil,
                            Duration timeout) {
}
