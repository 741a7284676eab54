package vn.chibo.organization.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.web.ErrorResponseException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.HttpStatus;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.web.ApiProblems;
import vn.chibo.organization.DeepLinks;
import vn.chibo.organization.ChatIdentity;
import vn.chibo.organization.Invite;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.organization.RosterImport;
import vn.chibo.organization.RosterImportResult;
import vn.chibo.organization.RosterProblem;
import vn.chibo.Outcome;

/** The admin API for the roster: import a CSV, see the cells and their members, hand out invite codes. */
@RestController
@RequestMapping("/api/admin")
class AdminOrganizationController {

    private final RosterImport rosterImport;
    private final Organization organization;
    private final DeepLinks deepLinks;
    private final MessageSource messages;

    AdminOrganizationController(RosterImport rosterImport, Organization organization, DeepLinks deepLinks,
                                MessageSource messages) {
        this.rosterImport = rosterImport;
        this.organization = organization;
        this.deepLinks = deepLinks;
        this.messages = messages;
    }

    record ImportedMemberView(long memberId, String fullName, String phone, String cell, String role, String status,
                              String change, boolean linked, String inviteCode, Instant inviteExpiresAt,
                              String telegramLink) {
    }

    record RoleChangeView(long memberId, String fullName, String phone, String from, String to) {
    }

    record RosterAnswer(int created, int updated, int unchanged, List<ImportedMemberView> members,
                        List<String> createdUnits, List<RoleChangeView> roleChanges) {
    }

    record CellView(long id, String name, String path, Long parentId, int members, int linkedMembers) {
    }

    record MemberView(long id, String fullName, String phone, String role, String status, boolean linked,
                      List<String> channels, List<UnreachableAccount> unreachable) {
    }

    record UnreachableAccount(String channel, Instant since, String reason) {
    }

    record InviteView(long memberId, String inviteCode, Instant inviteExpiresAt, String telegramLink) {
    }

    @PostMapping("/roster")
    RosterAnswer importRoster(@RequestBody(required = false) byte[] body, Locale locale) {
        var outcome = rosterImport.importCsv(utf8(body, locale), locale);
        if (!(outcome instanceof Outcome.Done<RosterImportResult, RosterProblem> done)) {
            throw rejected(outcome.reasons(), locale);
        }
        RosterImportResult result = done.value();
        return new RosterAnswer(result.created(), result.updated(), result.unchanged(), result.members().stream()
                .map(m -> new ImportedMemberView(m.memberId(), m.fullName(), m.phone(), m.unitPath(), m.role().name(),
                        m.status() == null ? null : m.status().name(), m.change().name(), m.linked(), m.inviteCode(),
                        m.inviteExpiresAt(), m.inviteCode() == null ? null : deepLinks.telegram(m.inviteCode())))
                .toList(), result.createdUnits(), result.roleChanges().stream()
                .map(c -> new RoleChangeView(c.memberId(), c.fullName(), c.phone(), c.from().name(), c.to().name()))
                .toList());
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

    private ErrorResponseException rejected(List<RosterProblem> problems, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("roster.rejected", new Object[] {problems.size()}, locale));
        problem.setTitle(messages.getMessage("roster.rejected.title", null, locale));
        problem.setProperty("errors", problems);
        return ApiProblems.of(problem);
    }

    /** A province's roster (150,000 rows) as CSV is well under this. */
    private static final int MAX_BYTES = 32 * 1024 * 1024;

    private String utf8(byte[] body, Locale locale) {
        if (body != null && body.length > MAX_BYTES) {
            throw ApiProblems.refused(HttpStatus.CONTENT_TOO_LARGE, messages, null, List.of("roster.problem.tooLarge"),
                    locale);
        }
        if (body == null || body.length == 0) {
            throw rejected(List.of(new RosterProblem(1, null, messages.getMessage("roster.problem.empty", null, locale))),
                    locale);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw rejected(List.of(new RosterProblem(1, null, messages.getMessage("roster.problem.notUtf8", null, locale))),
                    locale);
        }
    }
}
