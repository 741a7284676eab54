package vn.chibo.conversation;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;

/** /hoso (/profile): what the roster says about me and where my account is linked. */
@Component
class ProfileCommand extends NamedCommand {

    private final Organization organization;

    ProfileCommand(Organization organization) {
        super("hoso", "profile", Access.MEMBER, true);
        this.organization = organization;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        String channels = organization.identitiesOf(me.id()).stream()
                .map(identity -> chat.text("channel." + identity.channel().name()))
                .collect(Collectors.joining(", "));
        String status = me.status() == null ? "—" : chat.text("status." + me.status().name());
        return List.of(chat.reply("profile.text", me.fullName(), me.unit().path(), chat.text("role." + me.role().name()),
                status, me.phone(), channels));
    }
}
