package vn.chibo.channel;

import java.util.Map;

/**
 * What a member with no linked chat gets by phone. ZNS sends the approved template configured for {@code kind}
 * (its parameters filled from {@code fields}); SMS sends {@code text}, which is short enough for two SMS parts.
 *
 * @param kind     {@code reminder}, {@code meeting-changed}, {@code reply-recorded}, {@code reply-help}
 * @param memberId whom it is for, so that a route that cannot reach them hands it to the next
 * @param fields   {@code member_name}, {@code cell_name}, {@code meeting_title}, {@code starts_at}, {@code place},
 *                 {@code answer_link}, as far as the kind has them
 * @param text     the SMS text, in Vietnamese
 */
public record PhoneNotice(String kind, long memberId, Map<String, String> fields, String text) {

    public static final String REMINDER = "reminder";
    public static final String MEETING_CHANGED = "meeting-changed";

    public PhoneNotice {
        fields = Map.copyOf(fields);
    }
}
