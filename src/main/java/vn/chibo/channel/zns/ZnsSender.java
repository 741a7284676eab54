package vn.chibo.channel.zns;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

import vn.chibo.channel.PhoneNotice;
import vn.chibo.channel.outbox.ChannelLimits;
import vn.chibo.channel.outbox.PhoneSender;
import vn.chibo.channel.outbox.SendResult;
import vn.chibo.organization.ChatChannel;

/**
 * Sends a notice as the approved ZNS template for its kind. Zalo answers errors with HTTP 200 and a negative code:
 * a number that cannot receive moves the member to the next route; a spent quota holds ZNS until the next day and
 * tells the admins; a refused token is refreshed once; a night-time refusal waits until 06:00; the rest are retried.
 */
class ZnsSender implements PhoneSender {

    private static final Logger log = LoggerFactory.getLogger(ZnsSender.class);

    /** No Zalo account on the number, or the user cannot or will not receive ZNS: try SMS. */
    private static final Set<Integer> CANNOT_RECEIVE = Set.of(-118, -114, -119, -139, -141);
    /** Out of quota or balance, or the OA's or template's daily limit: nothing more today. */
    private static final Set<Integer> QUOTA = Set.of(-115, -144, -147);
    /** A bad number, template or parameter: sending again cannot help, and another route would not either. */
    private static final Set<Integer> MISTAKE = Set.of(-108, -109, -117, -131, -1121, -1122);
    private static final int TOKEN_INVALID = -124;
    private static final int NIGHT = -133;
    private static final int TOO_MANY_CALLS = -32;
    private static final LocalTime MORNING = LocalTime.of(6, 0);

    private final RestClient http;
    private final ZnsTokens tokens;
    private final ZnsQuota quota;
    private final ZnsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    ZnsSender(RestClient http, ZnsTokens tokens, ZnsQuota quota, ZnsProperties properties,
              ApplicationEventPublisher events, Clock clock, ZoneId zone) {
        this.http = http;
        this.tokens = tokens;
        this.quota = quota;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public ChatChannel channel() {
        return ChatChannel.ZNS;
    }

    @Override
    public ChannelLimits limits() {
        return new ChannelLimits(properties.perSecond(), 1, 1);
    }

    @Override
    public boolean sends(String kind) {
        return properties.templates().containsKey(kind);
    }

    @Override
    public SendResult send(long outboxId, String phone, PhoneNotice notice) {
        ZnsProperties.Template template = properties.templates().get(notice.kind());
        if (template == null) {
            return new SendResult.Permanent("no ZNS template for " + notice.kind(), false);
        }
        try {
            synchronized (quota) {
                // the other sends wait for this answer rather than go out with the quota unknown
                if (quota.unknown()) {
                    readQuota();
                }
            }
            if (!quota.reserve()) {
                return heldUntilTomorrow("quota spent");
            }
            Map<String, Object> body = Map.of("phone", international(phone), "template_id", template.id(),
                    "template_data", templateData(template, notice), "tracking_id", String.valueOf(outboxId));
            SendResult result = send(body);
            if (!(result instanceof SendResult.Sent)) {
                quota.release();
            }
            return result;
        } catch (RestClientException | IllegalStateException e) {
            return new SendResult.Transient("ZNS: " + e.getMessage());
        }
    }

    /** One call, and once more with a fresh token if Zalo refused the token; a failed call gives the quota back. */
    private SendResult send(Map<String, Object> body) {
        try {
            String token = tokens.current();
            JsonNode answer = post(token, body);
            if (code(answer) == TOKEN_INVALID) {
                answer = post(tokens.afterRefusal(token), body);
            }
            return result(answer);
        } catch (RestClientException | IllegalStateException e) {
            quota.release();
            throw e;
        }
    }

    private SendResult result(JsonNode answer) {
        int code = code(answer);
        String error = "ZNS " + code + " " + answer.path("message").asString("");
        JsonNode stated = answer.path("data").path("quota");
        if (!stated.isMissingNode()) {
            quota.stated(number(stated.path("dailyQuota")), number(stated.path("remainingQuota")));
        }
        if (code == 0) {
            return new SendResult.Sent();
        }
        if (CANNOT_RECEIVE.contains(code)) {
            return new SendResult.Permanent(error, true);
        }
        if (QUOTA.contains(code)) {
            quota.refused();
            return heldUntilTomorrow(error);
        }
        if (code == NIGHT) {
            return new SendResult.RetryAfter(untilMorning());
        }
        if (code == TOO_MANY_CALLS) {
            return new SendResult.RetryAfter(Duration.ofMinutes(1));
        }
        if (MISTAKE.contains(code)) {
            return new SendResult.Permanent(error, false);
        }
        return new SendResult.Transient(error);
    }

    /** Today's quota from Zalo's quota endpoint, once a day; a failure there does not stop the sends. */
    /** ZNS waits for the next day; the admins hear of it once. */
    private SendResult heldUntilTomorrow(String why) {
        if (quota.tellAdmins()) {
            log.warn("ZNS quota spent for today ({}); the rest wait until tomorrow", why);
            events.publishEvent(new ZnsQuotaSpent(LocalDate.ofInstant(clock.instant(), zone), quota.dailyQuota()));
        }
        return new SendResult.RetryAfter(quota.untilNextDay());
    }

    private void readQuota() {
        quota.asked();
        try {
            JsonNode answer = http.get().uri(properties.apiUrl().resolve("/message/quota"))
                    .header("access_token", tokens.current())
                    .retrieve().body(JsonNode.class);
            if (answer != null && code(answer) == 0) {
                JsonNode data = answer.path("data");
                quota.stated(number(data.path("dailyQuota")), number(data.path("remainingQuota")));
            }
        } catch (RestClientException e) {
            log.warn("Could not read today's ZNS quota: {}", e.getMessage());
        }
    }

    private JsonNode post(String token, Map<String, Object> body) {
        JsonNode answer = http.post().uri(properties.apiUrl().resolve("/message/template"))
                .header("access_token", token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(JsonNode.class);
        if (answer == null) {
            throw new IllegalStateException("empty answer");
        }
        return answer;
    }

    /** The template's parameters from our fields, in composed Unicode as Zalo asks. */
    private static Map<String, String> templateData(ZnsProperties.Template template, PhoneNotice notice) {
        var data = new LinkedHashMap<String, String>();
        template.params().forEach((param, field) ->
                data.put(param, Normalizer.normalize(notice.fields().getOrDefault(field, ""), Normalizer.Form.NFC)));
        return data;
    }

    /** 0912345001 → 84912345001, the form Zalo documents. */
    private static String international(String phone) {
        return phone.startsWith("0") ? "84" + phone.substring(1) : phone;
    }

    /** Zalo states numbers as strings or as numbers. */
    private static int code(JsonNode answer) {
        Integer code = number(answer.path("error"));
        return code == null ? Integer.MIN_VALUE : code;
    }

    private static Integer number(JsonNode value) {
        if (value.isNumber()) {
            return value.asInt();
        }
        try {
            return value.isString() ? Integer.valueOf(value.asString().strip()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Duration untilMorning() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant morning = today.atTime(MORNING).atZone(zone).toInstant();
        return Duration.between(now, now.isBefore(morning) ? morning : today.plusDays(1).atTime(MORNING).atZone(zone).toInstant());
    }
}
