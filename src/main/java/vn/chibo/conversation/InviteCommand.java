package vn.chibo.conversation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.organization.Invite;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;

/** /moi PHONE (/invite): a new invite code for someone in my cell or scope, e.g. for a new phone. */
@Component
class InviteCommand extends NamedCommand {

    /** Waiting for the phone number of the member to invite. */
    record AwaitingPhone() implements DialogState {
    }

    private final Organization organization;

    InviteCommand(Organization organization) {
        super("moi", "invite", Access.CELL_LEADER, true);
        this.organization = organization;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String phone) {
        if (phone.isEmpty()) {
            chat.awaitReply(new AwaitingPhone());
            return List.of(chat.reply("invite.askPhone"));
        }
        Member me = chat.member().orElseThrow();
        Optional<Member> invitee = organization.memberByPhone(phone).filter(m -> me.mayManage(m.unit()));
        if (invitee.isEmpty()) {
            return List.of(chat.reply("invite.notFound", phone));
        }
        Invite invite = organization.newInvite(invitee.get().id());
        return List.of(chat.reply("invite.created", invitee.get().fullName(), invite.code(), chat.date(invite.expiresAt())));
    }
}
