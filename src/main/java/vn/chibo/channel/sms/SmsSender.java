package vn.chibo.channel.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import vn.chibo.channel.PhoneNotice;
import vn.chibo.channel.outbox.ChannelLimits;
import vn.chibo.channel.outbox.PhoneSender;
import vn.chibo.channel.outbox.SendResult;
import vn.chibo.organization.ChatChannel;

/**
 * Sends a notice as an SMS through the gateway ({@code POST /messages}, Basic auth), at the phone's pace and never in
 * quiet hours: a send then waits, and so does every other SMS, until they end.
 */
class SmsSender implements PhoneSender {

    private final RestClient http;
    private final SmsProperties properties;
    private final Clock clock;
    private final ZoneId zone;

    SmsSender(RestClient http, SmsProperties properties, Clock clock, ZoneId zone) {
        this.http = http;
        this.properties = properties;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public ChatChannel channel() {
        return ChatChannel.SMS;
    }

    @Override
    public ChannelLimits limits() {
        return new ChannelLimits(1, 1, 1, List.of(new ChannelLimits.Window(1, properties.every()),
                new ChannelLimits.Window(properties.perWindow(), properties.window())));
    }

    @Override
    public boolean sends(String kind) {
        return true;
    }

    @Override
    public SendResult send(long outboxId, String phone, PhoneNotice notice) {
        Duration quiet = untilQuietHoursEnd();
        if (!quiet.isZero()) {
            return new SendResult.RetryAfter(quiet);
        }
        String text = SmsText.compose(notice.text(), notice.fields().get("answer_link"), properties.diacritics());
        Map<String, Object> body = Map.of("id", SmsIds.of(outboxId), "textMessage", Map.of("text", text),
                "phoneNumbers", List.of("+84" + phone.substring(1)), "withDeliveryReport", true);
        try {
            http.post().uri("/messages")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .toBodilessEntity();
            return new SendResult.Sent();
        } catch (RestClientResponseException e) {
            return refusal(e);
        } catch (RestClientException e) {
            return new SendResult.Transient("SMS gateway: " + e.getMessage());
        }
    }

    private static SendResult refusal(RestClientResponseException e) {
        int status = e.getStatusCode().value();
        String error = "SMS gateway " + status + " " + e.getResponseBodyAsString();
        if (status == 429) {
            String after = e.getResponseHeaders() == null ? null : e.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
            return new SendResult.RetryAfter(Duration.ofSeconds(after != null && after.matches("\\d+") ? Long.parseLong(after) : 60));
        }
        if (status == 400) {
            // the gateway would not take this number
            return new SendResult.Permanent(error, true);
        }
        return new SendResult.Transient(error);
    }

    /** Zero outside quiet hours; inside them, how long until they end. */
    private Duration untilQuietHoursEnd() {
        Instant now = clock.instant();
        LocalTime time = LocalTime.ofInstant(now, zone);
        LocalTime from = properties.quietFrom();
        LocalTime until = properties.quietUntil();
        boolean quiet = from.isAfter(until) ? !time.isBefore(from) || time.isBefore(until)
                : !time.isBefore(from) && time.isBefore(until);
        if (!quiet) {
            return Duration.ZERO;
        }
        LocalDate day = LocalDate.ofInstant(now, zone);
        Instant end = day.atTime(until).atZone(zone).toInstant();
        return Duration.between(now, end.isAfter(now) ? end : day.plusDays(1).atTime(until).atZone(zone).toInstant());
    }
}
