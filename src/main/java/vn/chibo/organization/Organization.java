package vn.chibo.organization;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The committee tree, the roster, chat accounts and invite codes, as the other modules see them. */
@Service
public class Organization {

    /** No 0/O or 1/I: codes are read aloud at meetings and typed on phones. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 8;
    /** How stale an account's "last seen" may grow: a chat sending many messages a minute writes it once. */
    private static final Duration LAST_SEEN_STEP = Duration.ofMinutes(1);

    private final OrgStore store;
    private final Clock clock;
    private final OrganizationProperties properties;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    Organization(OrgStore store, Clock clock, OrganizationProperties properties, ApplicationEventPublisher events) {
        this.store = store;
        this.clock = clock;
        this.properties = properties;
        this.events = events;
    }

    public Optional<OrgUnit> unit(long id) {
        return store.unit(id);
    }

    public Optional<OrgUnit> unitByPath(String path) {
        return store.unitByPath(path);
    }

    /** The unit and the committees above it, nearest first: where settings are looked up in turn. */
    public List<OrgUnit> lineage(OrgUnit unit) {
        var paths = new ArrayList<String>();
        for (int end = unit.path().length(); end > 0; end = unit.path().lastIndexOf(OrgUnit.PATH_SEPARATOR, end - 1)) {
            paths.add(unit.path().substring(0, end));
        }
        return store.unitsByPath(paths).stream()
                .sorted(Comparator.comparingInt((OrgUnit u) -> u.path().length()).reversed()).toList();
    }

    /** The open cells: a merged cell is closed. */
    public List<OrgUnit> cells() {
        return store.units().stream().filter(unit -> unit.isCell() && !unit.closed()).toList();
    }

    /** Every unit of the tree in path order, closed ones too. */
    public List<OrgUnit> units() {
        return store.units();
    }

    /** The units at the top of the tree (committees with no parent, or a lone cell). */
    public List<OrgUnit> roots() {
        return store.units().stream().filter(unit -> unit.parentId() == null && !unit.closed()).toList();
    }

    /** The open cells at or below a unit, in path order. */
    public List<OrgUnit> cellsUnder(OrgUnit scope) {
        return store.units().stream().filter(u -> u.isCell() && !u.closed() && scope.covers(u)).toList();
    }

    /** Whether this platform account is linked to a member, without touching when it was last seen. */
    public boolean isLinked(ChatChannel channel, String platformUserId) {
        return store.identity(channel, platformUserId).isPresent();
    }

    /** When each member was first put on the roster. */
    public Map<Long, Instant> addedAt(Collection<Long> memberIds) {
        return store.addedAt(memberIds);
    }

    /** The day each member was admitted, where the roster gave it. */
    public Map<Long, LocalDate> joinedOn(Collection<Long> memberIds) {
        return store.joinedOn(memberIds);
    }

    public Optional<Member> member(long id) {
        return store.member(id);
    }

    public Optional<Member> memberByPhone(String phone) {
        return Phones.normalize(phone).flatMap(store::memberByPhone);
    }

    public List<Member> membersOf(OrgUnit unit) {
        return store.membersOf(unit.id());
    }

    /** Everyone with this role, anywhere in the tree. */
    public List<Member> withRole(Role role) {
        return store.withRole(role);
    }

    public List<Member> membersUnder(OrgUnit unit) {
        return store.membersUnder(unit.path());
    }

    public List<ChatIdentity> identitiesOf(long memberId) {
        return store.identitiesOf(memberId);
    }

    /** Where to write to a member: the reachable account they used last, on whichever platform. */
    public Optional<ChatIdentity> preferredIdentity(long memberId) {
        return store.identitiesOf(memberId).stream().filter(ChatIdentity::reachable)
                .max(Comparator.comparing(ChatIdentity::lastSeenAt));
    }

    /** {@link #preferredIdentity} of many members in one read; members with no reachable account are left out. */
    public Map<Long, ChatIdentity> preferredIdentities(Collection<Long> memberIds) {
        return store.identitiesOfMembers(memberIds).stream().filter(ChatIdentity::reachable)
                .collect(Collectors.toMap(ChatIdentity::memberId, identity -> identity,
                        BinaryOperator.maxBy(Comparator.comparing(ChatIdentity::lastSeenAt))));
    }

    /** Every linked chat account of the members at or below a unit, by member id. */
    public Map<Long, List<ChatIdentity>> identitiesUnder(OrgUnit unit) {
        return store.identitiesUnder(unit.path()).stream().collect(Collectors.groupingBy(ChatIdentity::memberId));
    }

    /** The chat account no longer speaks for its member (signed out of a browser); its messages stop too. */
    @Transactional
    public void unlink(ChatChannel channel, String platformUserId) {
        store.deleteIdentity(channel, platformUserId);
    }

    /** The platform refused for good; the secretary sees it until the member writes again. */
    @Transactional
    public void markUnreachable(ChatChannel channel, String chatId, String reason) {
        store.markUnreachable(channel, chatId, reason, clock.instant());
    }

    /** The member behind a chat account, noting that the account was just used and in which language. */
    @Transactional
    public Optional<Member> recognize(ChatChannel channel, String platformUserId, String chatId, String language) {
        return store.recognized(channel, platformUserId).map(recognized -> {
            String privateChat = privateChat(platformUserId, chatId);
            Instant now = clock.instant();
            boolean changed = privateChat != null && !privateChat.equals(recognized.chatId())
                    || language != null && !language.equals(recognized.language()) || recognized.unreachable();
            if (changed || recognized.lastSeenAt().isBefore(now.minus(LAST_SEEN_STEP))) {
                store.touchIdentity(recognized.identityId(), privateChat, language, now);
            }
            return recognized.member();
        });
    }

    /** A usable invite for the member: the current one if there is one, else a new one. */
    @Transactional
    public Invite currentInvite(long memberId) {
        Instant now = clock.instant();
        return store.usableInvite(memberId, now)
                .map(stored -> new Invite(stored.code(), memberId, stored.expiresAt()))
                .orElseGet(() -> newInvite(memberId));
    }

    /** A fresh invite; earlier unused ones stay valid until they expire. */
    @Transactional
    public Invite newInvite(long memberId) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.timeToLive());
        String code;
        do {
            code = randomCode();
        } while (store.invite(code).isPresent());
        store.insertInvite(code, memberId, now, expiresAt);
        return new Invite(code, memberId, expiresAt);
    }

    /** A fresh invite that replaces the member's unused ones: a lost printed card no longer works. */
    @Transactional
    public Invite renewInvite(long memberId) {
        store.expireInvites(memberId, clock.instant());
        return newInvite(memberId);
    }

    /** Links a chat account to the member the code was made for; a member has one account per channel. */
    @Transactional
    public LinkOutcome link(String code, ChatChannel channel, String platformUserId, String displayName,
                            String language) {
        Instant now = clock.instant();
        var invite = store.invite(Invite.normalize(code));
        if (invite.isEmpty()) {
            return new LinkOutcome.UnknownCode();
        }
        long memberId = invite.get().memberId();
        var current = store.identity(channel, platformUserId);
        if (current.isPresent()) {
            Member owner = store.member(current.get().memberId()).orElseThrow();
            return owner.id() == memberId ? new LinkOutcome.AlreadyLinked(owner) : new LinkOutcome.AccountTaken(owner);
        }
        if (invite.get().usedAt() != null) {
            return new LinkOutcome.UsedCode();
        }
        if (!invite.get().expiresAt().isAfter(now)) {
            return new LinkOutcome.ExpiredCode();
        }
        if (!store.markInviteUsed(invite.get().code(), channel, platformUserId, now)) {
            return new LinkOutcome.UsedCode();
        }
        return linked(memberId, channel, platformUserId, displayName, language, now);
    }

    /**
     * Links a chat account by the phone number its owner shared from the platform; the channel vouches that
     * the number is the account's own.
     */
    @Transactional
    public LinkOutcome linkByPhone(String phone, ChatChannel channel, String platformUserId, String displayName,
                                   String language) {
        var member = memberByPhone(phone);
        if (member.isEmpty()) {
            return new LinkOutcome.PhoneNotOnRoster();
        }
        var current = store.identity(channel, platformUserId);
        if (current.isPresent()) {
            Member owner = store.member(current.get().memberId()).orElseThrow();
            return owner.id() == member.get().id() ? new LinkOutcome.AlreadyLinked(owner)
                    : new LinkOutcome.AccountTaken(owner);
        }
        return linked(member.get().id(), channel, platformUserId, displayName, language, clock.instant());
    }

    private LinkOutcome linked(long memberId, ChatChannel channel, String platformUserId, String displayName,
                               String language, Instant now) {
        store.replaceIdentity(memberId, channel, platformUserId, platformUserId, displayName, language, now);
        Member member = store.member(memberId).orElseThrow();
        events.publishEvent(new ChatAccountLinked(member.id(), member.role(), channel, platformUserId));
        return new LinkOutcome.Linked(member);
    }

    /**
     * A member is written to in their private chat only, never in a group they wrote from: on every platform the
     * private chat's id is the user's own id, so a message from any other chat leaves the address as it was.
     */
    private static String privateChat(String platformUserId, String chatId) {
        return platformUserId.equals(chatId) ? chatId : null;
    }

    private String randomCode() {
        var code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
