package vn.chibo.conversation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.chibo.organization.Organization;

/**
 * /dangxuat (/logout): this chat account no longer speaks for the member, on a shared computer's browser above
 * all; linking again takes a new code from the secretary.
 */
@Component
class LogoutCommand extends NamedCommand {

    private final Organization organization;

    LogoutCommand(Organization organization) {
        super("dangxuat", "logout", Access.MEMBER, false);
        this.organization = organization;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        organization.unlink(chat.message().channel(), chat.message().platformUserId());
        return List.of(chat.reply("logout.done", chat.member().orElseThrow().fullName()));
    }
}
