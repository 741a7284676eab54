package vn.chibo.conversation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.organization.Invite;
import vn.chibo.organization.InviteSheets;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/**
 * /moi PHONE (/invite): a new invite code for someone in my cell or scope, e.g. for a new phone. A secretary's /moi
 * alone brings the cell's printable invite sheet (a card for each member not yet linked), in private.
 */
@Component
class InviteCommand extends NamedCommand {

    /** Waiting for the phone number of the member to invite. */
    record AwaitingPhone() implements DialogState {
    }

    private final Organization organization;
    private final InviteSheets sheets;

    InviteCommand(Organization organization, InviteSheets sheets) {
        super("moi", "invite", Access.CELL_LEADER, true);
        this.organization = organization;
        this.sheets = sheets;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String phone) {
        Member me = chat.member().orElseThrow();
        if (phone.isEmpty() && me.role().leadsCell()) {
            return sheet(chat, me.unit());
        }
        if (phone.isEmpty()) {
            chat.awaitReply(new AwaitingPhone());
            return List.of(chat.reply("invite.askPhone"));
        }
        Optional<Member> invitee = organization.memberByPhone(phone).filter(m -> me.mayManage(m.unit()));
        if (invitee.isEmpty()) {
            return List.of(chat.reply("invite.notFound", phone));
        }
        Invite invite = organization.newInvite(invitee.get().id());
        return List.of(chat.reply("invite.created", invitee.get().fullName(), invite.code(), chat.date(invite.expiresAt())));
    }

    /** The cell's sheet, and, since a secretary may have come for one member's new code, the question for a phone. */
    private List<OutboundMessage> sheet(ChatContext chat, OrgUnit cell) {
        chat.awaitReply(new AwaitingPhone());
        int cards = sheets.unlinked(cell).size();
        if (cards == 0) {
            return List.of(chat.reply("invite.sheet.none", cell.name()), chat.reply("invite.askPhoneForOne"));
        }
        byte[] pdf = sheets.pdf(cell, false, chat.locale());
        return List.of(OutboundMessage.withFile(chat.text("invite.sheet.sent", cell.name(), cards),
                new OutboundFile(OutboundFile.Kind.DOCUMENT, "phieu-moi.pdf", "application/pdf", pdf)),
                chat.reply("invite.askPhoneForOne"));
    }
}
