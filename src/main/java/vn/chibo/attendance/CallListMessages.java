package vn.chibo.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chibo.channel.RouteTry;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.organization.Member;

/**
 * The call list in chat: who to call, their number and what reached them, a button per member; then, for the member
 * tapped, the three outcomes. Buttons carry "/goidien &lt;meeting&gt; &lt;member&gt; [den|lydo|khong]".
 */
@Component
class CallListMessages {

    static final String COMMAND = "/goidien";
    static final String WILL_COME = "den";
    static final String EXCUSED = "lydo";
    static final String UNREACHABLE = "khong";
    /** Buttons in one message; past them, the dashboard has the whole list. */
    private static final int MAX_BUTTONS = 40;

    private final MessageSource messages;
    private final MeetingTexts texts;

    CallListMessages(MessageSource messages, MeetingTexts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    OutboundMessage list(Meeting meeting, List<CallList.Entry> entries, Locale locale) {
        if (entries.isEmpty()) {
            return OutboundMessage.text(text(locale, "calls.nobody", texts.title(meeting, locale)));
        }
        var lines = new ArrayList<String>();
        lines.add(text(locale, "calls.heading", texts.title(meeting, locale), texts.when(meeting, locale), entries.size()));
        var buttons = new ArrayList<List<Button>>();
        for (CallList.Entry entry : entries) {
            Member member = entry.member();
            lines.add(text(locale, "calls.line", member.fullName(), member.phone() == null ? text(locale, "calls.noPhone")
                    : member.phone(), routes(entry, locale)));
            if (buttons.size() < MAX_BUTTONS && member.phone() != null) {
                buttons.add(List.of(new Button("📞 " + member.fullName(), COMMAND + " " + meeting.id() + " " + member.id())));
            }
        }
        if (buttons.size() < entries.size()) {
            lines.add(text(locale, "calls.more"));
        }
        return new OutboundMessage(String.join("\n", lines), buttons, null, null);
    }

    OutboundMessage member(Meeting meeting, Member member, Locale locale) {
        String prefix = COMMAND + " " + meeting.id() + " " + member.id() + " ";
        return OutboundMessage.withButtons(text(locale, "calls.callNow", member.fullName(), member.phone()),
                List.of(new Button(text(locale, "calls.outcome.ATTENDING"), prefix + WILL_COME),
                        new Button(text(locale, "calls.outcome.ABSENT_WITH_REASON"), prefix + EXCUSED),
                        new Button(text(locale, "calls.outcome.UNREACHABLE"), prefix + UNREACHABLE)));
    }

    String routes(CallList.Entry entry, Locale locale) {
        String tried = entry.routes().isEmpty() ? text(locale, "calls.noRoute") : entry.routes().stream()
                .map(route -> text(locale, "route." + route.route().name()) + " " + state(route, locale))
                .collect(Collectors.joining(", "));
        return entry.lastCall() == null ? tried : tried + "; " + text(locale, "calls.last." + entry.lastCall().name());
    }

    private String state(RouteTry route, Locale locale) {
        return text(locale, route.delivered() ? "calls.state.DELIVERED" : "calls.state." + route.state());
    }

    String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
