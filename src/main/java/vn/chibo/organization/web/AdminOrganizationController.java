package vn.chibo.organization.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.organization.CellGroups;
import vn.chibo.organization.ChatIdentity;
import vn.chibo.organization.DeepLinks;
import vn.chibo.organization.Invite;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.web.ApiProblems;

/** The admin API for the roster: import a CSV, see the cells and their members, hand out invite codes. */
@RestController
@RequestMapping("/api/admin")
class AdminOrganizationController {

    private final Organization organization;
    private final DeepLinks deepLinks;
    private final CellGroups groups;

    AdminOrganizationController(Organization organization, DeepLinks deepLinks, CellGroups groups) {
        this.groups = groups;
        this.organization = organization;
        this.deepLinks = deepLinks;
    }

    record CellView(long id, String name, String path, Long parentId, int members, int linkedMembers) {
    }

    /** A cell with its linked group chat ({@code group} null when none is linked). */
    record CellDetail(long id, String name, String path, Long parentId, int members, int linkedMembers, GroupView group) {
    }

    record GroupView(String channel, String chatId, Long linkedBy, Instant linkedAt) {
    }

    record MemberView(long id, String fullName, String phone, String role, String status, boolean linked,
                      List<String> channels, List<UnreachableAccount> unreachable) {
    }

    record UnreachableAccount(String channel, Instant since, String reason) {
    }

    record InviteView(long memberId, String inviteCode, Instant inviteExpiresAt, String telegramLink) {
    }

    @GetMapping("/cells")
    List<CellView> cells() {
        return organization.cells().stream().map(cell -> {
            List<Member> members = organization.membersOf(cell);
            var accounts = organization.identitiesUnder(cell);
            return new CellView(cell.id(), cell.name(), cell.path(), cell.parentId(), members.size(),
                    (int) members.stream().filter(m -> accounts.containsKey(m.id())).count());
        }).toList();
    }

    @GetMapping("/cells/{id}")
    CellDetail cell(@PathVariable long id) {
        OrgUnit cell = organization.unit(id).filter(OrgUnit::isCell)
                .orElseThrow(() -> ApiProblems.notFound("problem.noCell", id));
        List<Member> members = organization.membersOf(cell);
        var accounts = organization.identitiesUnder(cell);
        GroupView group = groups.of(cell.id()).map(linked -> new GroupView(linked.channel().name(), linked.chatId(),
                linked.linkedBy(), linked.linkedAt())).orElse(null);
        return new CellDetail(cell.id(), cell.name(), cell.path(), cell.parentId(), members.size(),
                (int) members.stream().filter(m -> accounts.containsKey(m.id())).count(), group);
    }

    @GetMapping("/cells/{id}/members")
    List<MemberView> members(@PathVariable long id) {
        OrgUnit cell = organization.unit(id).filter(OrgUnit::isCell)
                .orElseThrow(() -> ApiProblems.notFound("problem.noCell", id));
        var accounts = organization.identitiesUnder(cell);
        return organization.membersOf(cell).stream().map(m -> {
            List<ChatIdentity> linked = accounts.getOrDefault(m.id(), List.of());
            return new MemberView(m.id(), m.fullName(), m.phone(), m.role().name(),
                    m.status() == null ? null : m.status().name(), !linked.isEmpty(),
                    linked.stream().map(i -> i.channel().name()).toList(),
                    linked.stream().filter(i -> !i.reachable())
                            .map(i -> new UnreachableAccount(i.channel().name(), i.unreachableAt(), i.unreachableReason()))
                            .toList());
        }).toList();
    }

    /** A fresh invite, for a member who changed phone or wants to link a second platform. */
    @PostMapping("/members/{id}/invite")
    InviteView invite(@PathVariable long id) {
        Member member = organization.member(id).orElseThrow(() -> ApiProblems.notFound("problem.noMember", id));
        Invite invite = organization.newInvite(member.id());
        return new InviteView(member.id(), invite.code(), invite.expiresAt(), deepLinks.telegram(invite.code()));
    }
}
