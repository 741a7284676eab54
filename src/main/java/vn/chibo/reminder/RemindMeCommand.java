package vn.chibo.reminder;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.conversation.Access;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.Exemption;
import vn.chibo.organization.Exemptions;
import vn.chibo.organization.Member;
import vn.chibo.text.VietnameseText;

/**
 * /nhactoi (/remindme): a member exempted from meetings gets no reminders unless they ask; this asks, and
 * "/nhactoi tat" stops it again.
 */
@Component
class RemindMeCommand extends NamedCommand {

    private static final List<String> OFF = List.of("tat", "off", "thoi", "khong", "no");

    private final Exemptions exemptions;

    RemindMeCommand(Exemptions exemptions) {
        super("nhactoi", "remindme", Access.MEMBER, false);
        this.exemptions = exemptions;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member member = chat.member().orElseThrow();
        Optional<Exemption> exempt = exemptions.current(member.id());
        if (exempt.isEmpty()) {
            return List.of(chat.reply("remindMe.notExempt"));
        }
        boolean wanted = !OFF.contains(VietnameseText.fold(arguments).toLowerCase(Locale.ROOT).strip());
        exemptions.askForReminders(member.id(), wanted);
        return List.of(chat.reply(wanted ? "remindMe.on" : "remindMe.off"));
    }
}
