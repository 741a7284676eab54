package vn.chibo.attendance;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.chibo.channel.Outbox;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.ReminderSection;
import vn.chibo.meeting.ReminderStage;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;

/**
 * With the day-before stage (the one that carries the agenda), the secretary and the deputies get the call list: who
 * has not answered, their numbers and what reached them, in private.
 */
@Component
@Order(90)
class CallListReminderSection implements ReminderSection {

    private final CallList callList;
    private final CallListMessages texts;
    private final Organization organization;
    private final Outbox outbox;

    CallListReminderSection(CallList callList, CallListMessages texts, Organization organization, Outbox outbox) {
        this.callList = callList;
        this.texts = texts;
        this.organization = organization;
        this.outbox = outbox;
    }

    @Override
    public Part prepare(Meeting meeting, ReminderStage stage) {
        if (!stage.carriesAgenda()) {
            return new Part() {
            };
        }
        return new Part() {
            @Override
            public void afterQueued() {
                List<CallList.Entry> entries = callList.of(meeting);
                if (entries.isEmpty()) {
                    return;
                }
                List<Long> leaders = organization.unit(meeting.cellId()).map(organization::membersOf).orElse(List.of())
                        .stream().filter(member -> member.role().leadsCell()).map(Member::id).toList();
                outbox.toMembers(leaders, Outbox.NoticeKey.of("calls", "meeting-" + meeting.id()),
                        locale -> texts.list(meeting, entries, locale));
            }
        };
    }
}
