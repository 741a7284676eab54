package vn.chibo.conversation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.chibo.organization.ChatIdentity;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.organization.Role;

/**
 * /thanhvien (/members): a secretary sees their cell's roster and who has not linked a chat account yet;
 * an admin sees every cell in their scope with the same counts.
 */
@Component
class MembersCommand extends NamedCommand {

    private final Organization organization;

    MembersCommand(Organization organization) {
        super("thanhvien", "members", Access.CELL_LEADER, true);
        this.organization = organization;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        Map<Long, List<ChatIdentity>> accounts = organization.identitiesUnder(me.unit());
        if (me.role() == Role.ADMIN) {
            var text = new StringBuilder(chat.text("members.scope", me.unit().path()));
            for (OrgUnit cell : organization.cellsUnder(me.unit())) {
                List<Member> members = organization.membersOf(cell);
                long linkedCount = members.stream().filter(m -> accounts.containsKey(m.id())).count();
                text.append('\n').append(chat.text("members.cellLine", cell.name(), members.size(), linkedCount));
            }
            return List.of(OutboundMessage.text(text.toString()));
        }
        List<Member> members = organization.membersOf(me.unit());
        long linkedCount = members.stream().filter(m -> accounts.containsKey(m.id())).count();
        var text = new StringBuilder(chat.text("members.cell", me.unit().name(), members.size(), linkedCount));
        int number = 1;
        for (Member member : members) {
            String role = member.role() == Role.MEMBER ? "" : " (" + chat.text("role." + member.role().name()) + ")";
            text.append('\n').append(number++).append(". ").append(member.fullName()).append(role).append(" — ")
                    .append(state(chat, accounts.getOrDefault(member.id(), List.of())));
        }
        return List.of(OutboundMessage.text(text.toString()));
    }

    /** Linked, not linked, or linked but refused by the platform (blocked the bot, deleted the chat). */
    private static String state(ChatContext chat, List<ChatIdentity> accounts) {
        if (accounts.isEmpty()) {
            return chat.text("members.notLinked");
        }
        if (accounts.stream().anyMatch(ChatIdentity::reachable)) {
            return chat.text("members.linked");
        }
        String channels = accounts.stream().map(a -> chat.text("channel." + a.channel().name()))
                .collect(Collectors.joining(", "));
        return chat.text("members.unreachable", channels);
    }
}
