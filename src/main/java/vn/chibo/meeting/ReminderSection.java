package vn.chibo.meeting;

import java.util.Locale;
import java.util.Map;

/**
 * What a feature adds to a meeting's reminder. The reminder module decides when a stage goes out; every
 * {@code ReminderSection} bean, in {@link org.springframework.core.annotation.Order}, then says who does not get it
 * and writes its part of each member's message: the meeting writes the notice and the documents, attendance the
 * member's reply and the answer buttons, the meeting's record the agenda and the "read" button. A feature that adds
 * to reminders does it here, in its own package.
 */
public interface ReminderSection {

    /** Reads once, for the whole stage, what this section needs for every member's message. */
    Part prepare(Meeting meeting, ReminderStage stage);

    /** One section's part of one stage. */
    interface Part {

        /** True when this member gets nothing of this stage. */
        default boolean skips(long memberId) {
            return false;
        }

        /** Adds this section's text, buttons or files to one member's message. */
        default void write(long memberId, Locale locale, ReminderMessage message) {
        }

        /**
         * Adds this section's fields to the notice of a member reached by phone ({@code cell_name},
         * {@code meeting_title}, {@code starts_at}, {@code place}, {@code answer_link}).
         */
        default void phoneFields(long memberId, Map<String, String> fields) {
        }

        /** After the members' messages are queued, in the same transaction: posts to the cell's group. */
        default void afterQueued() {
        }
    }
}
