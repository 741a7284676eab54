package vn.chibo.record;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingAgenda;

/** The agenda of the meeting's record, for pages outside it (the member's answer page). */
@Component
class RecordAgenda implements MeetingAgenda {

    private final MeetingMinutes minutes;

    RecordAgenda(MeetingMinutes minutes) {
        this.minutes = minutes;
    }

    @Override
    public List<String> lines(Meeting meeting) {
        return minutes.agenda(meeting).stream()
                .map(item -> item.position() + ". " + item.title() + (item.presenter() == null ? "" : " — " + item.presenter()))
                .toList();
    }
}
