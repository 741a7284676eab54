package vn.chibo.attendance;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chibo.conversation.Button;
import vn.chibo.meeting.Meeting;

/**
 * The three answers to "will you come", as buttons: Tham dự / Vắng có lý do / Vắng. They carry
 * "/diemdanh &lt;meeting&gt; co|lydo|vang", so a reminder and /diemdanh offer the very same choices.
 */
@Component
public class RsvpButtons {

    static final String ATTEND = "co";
    static final String EXCUSED = "lydo";
    static final String ABSENT = "vang";

    private final MessageSource messages;

    RsvpButtons(MessageSource messages) {
        this.messages = messages;
    }

    public List<Button> choices(Meeting meeting, Locale locale) {
        String command = "/diemdanh " + meeting.id() + " ";
        return List.of(new Button(messages.getMessage("attendance.choice.attend", null, locale), command + ATTEND),
                new Button(messages.getMessage("attendance.choice.excused", null, locale), command + EXCUSED),
                new Button(messages.getMessage("attendance.choice.absent", null, locale), command + ABSENT));
    }
}
