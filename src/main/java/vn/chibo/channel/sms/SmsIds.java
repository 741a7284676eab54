package vn.chibo.channel.sms;

import java.util.OptionalLong;

/** The id an SMS carries at the gateway: our outbox id, so that its delivery report finds it again. */
final class SmsIds {

    private static final String PREFIX = "chibo-";

    private SmsIds() {
    }

    static String of(long outboxId) {
        return PREFIX + outboxId;
    }

    static OptionalLong outboxId(String id) {
        if (id == null || !id.startsWith(PREFIX)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(id.substring(PREFIX.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
