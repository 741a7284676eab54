package vn.chibo.record;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.chibo.channel.GroupPosts;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.meeting.ReminderMessage;
import vn.chibo.meeting.ReminderSection;
import vn.chibo.meeting.ReminderStage;
import vn.chibo.text.Languages;

/**
 * The meeting record's part of a reminder: the agenda (with the tasks to review) on the stage that carries it, also
 * posted once to the cell's group, and the "Đã đọc tài liệu" button under a reminder that brings the agenda or
 * documents.
 */
@Component
@Order(20)
class AgendaReminderSection implements ReminderSection {

    private final AgendaTexts agendaTexts;
    private final MeetingTexts texts;
    private final GroupPosts groupPosts;

    AgendaReminderSection(AgendaTexts agendaTexts, MeetingTexts texts, GroupPosts groupPosts) {
        this.agendaTexts = agendaTexts;
        this.texts = texts;
        this.groupPosts = groupPosts;
    }

    @Override
    public Part prepare(Meeting meeting, ReminderStage stage) {
        Map<Locale, Optional<String>> agendas = new HashMap<>();
        return new Part() {
            @Override
            public void write(long memberId, Locale locale, ReminderMessage message) {
                Optional<String> agenda = stage.carriesAgenda()
                        ? agendas.computeIfAbsent(locale, language -> agendaTexts.block(meeting, language))
                        : Optional.empty();
                agenda.ifPresent(message::paragraph);
                if (agenda.isPresent() || message.hasFiles()) {
                    message.buttons(List.of(agendaTexts.readButton(meeting, locale)));
                }
            }

            @Override
            public void afterQueued() {
                if (stage.carriesAgenda()) {
                    agendaTexts.block(meeting, Languages.VIETNAMESE).ifPresent(agenda -> groupPosts.post(meeting.cellId(),
                            "agenda:" + meeting.id(), locale -> new OutboundMessage(texts.line(meeting, locale) + "\n\n"
                                    + agenda, List.of(List.of(agendaTexts.readButton(meeting, locale))), null, null)));
                }
            }
        };
    }
}
