package vn.chibo.record;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chibo.conversation.Button;
import vn.chibo.meeting.Meeting;

/**
 * A meeting's agenda as members read it before the meeting: its items with who presents them and, last, the
 * review of the earlier resolutions' open tasks; with the button a member presses once they have read it all.
 */
@Component
public class AgendaTexts {

    private final MeetingMinutes minutes;
    private final FollowUpTasks tasks;
    private final MessageSource messages;

    AgendaTexts(MeetingMinutes minutes, FollowUpTasks tasks, MessageSource messages) {
        this.minutes = minutes;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** The agenda as a block of text; empty when the meeting has neither items nor tasks to review. */
    public Optional<String> block(Meeting meeting, Locale locale) {
        List<MeetingMinutes.AgendaItem> agenda = minutes.agenda(meeting);
        List<FollowUpTask> review = tasks.toReview(meeting);
        if (agenda.isEmpty() && review.isEmpty()) {
            return Optional.empty();
        }
        var text = new StringBuilder(text(locale, "agenda.title"));
        for (MeetingMinutes.AgendaItem item : agenda) {
            text.append('\n').append(item.position()).append(". ").append(item.title());
            if (item.presenter() != null) {
                text.append(" (").append(text(locale, "minutes.doc.presenter", item.presenter())).append(')');
            }
        }
        if (!review.isEmpty()) {
            text.append('\n').append(agenda.size() + 1).append(". ").append(text(locale, "minutes.doc.review"));
            for (FollowUpTask task : review) {
                text.append("\n   • ").append(text(locale, "minutes.doc.reviewLine", task.title(), task.memberName(),
                        FollowUpTasks.due(task)));
            }
        }
        return Optional.of(text.toString());
    }

    /** "Đã đọc tài liệu": tells the secretary this member has read the agenda and documents. */
    public Button readButton(Meeting meeting, Locale locale) {
        return new Button(text(locale, "reads.button"), "/" + ReadCommand.NAME + " " + meeting.id());
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
