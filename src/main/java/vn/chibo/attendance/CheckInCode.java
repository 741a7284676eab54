package vn.chibo.attendance;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.conversation.PlainTextHandler;

/** A bare four-digit message while the member's cell has check-in open is the code read out at the meeting. */
@Component
class CheckInCode implements PlainTextHandler {

    private static final Pattern CODE = Pattern.compile("\\d{4}");

    private final Attendance attendance;
    private final RsvpCommand rsvp;

    CheckInCode(Attendance attendance, RsvpCommand rsvp) {
        this.attendance = attendance;
        this.rsvp = rsvp;
    }

    @Override
    public Optional<List<OutboundMessage>> handle(ChatContext chat, String text) {
        if (!CODE.matcher(text).matches() || chat.member().isEmpty()
                || attendance.openCheckIn(chat.member().get()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rsvp.checkIn(chat, chat.member().get(), text));
    }
}
