package vn.chibo.channel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.channel.outbox.OutboxDispatcher;
import vn.chibo.channel.outbox.OutboxFiles;
import vn.chibo.channel.outbox.OutboxStore;
import vn.chibo.channel.outbox.PlatformText;
import vn.chibo.channel.phone.NoticeRoutes;
import vn.chibo.channel.phone.PhoneRoutes;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.ChatIdentity;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.text.Languages;

/**
 * Every message to a member goes through here: written as rows in the caller's transaction, one per platform
 * message (long texts split), and sent by the dispatcher after commit. A key queued once is never sent again. A
 * member with no linked chat is reached by phone (ZNS, then SMS) when the caller says what to send that way.
 */
@Component
public class Outbox {

    private final OutboxStore store;
    private final PhoneRoutes phoneRoutes;
    private final NoticeRoutes noticeRoutes;
    private final OutboxDispatcher dispatcher;
    private final OutboxFiles files;
    private final Organization organization;
    private final JsonMapper json;
    private final Clock clock;

    Outbox(OutboxStore store, OutboxDispatcher dispatcher, OutboxFiles files, Organization organization, JsonMapper json,
           Clock clock, PhoneRoutes phoneRoutes, NoticeRoutes noticeRoutes) {
        this.phoneRoutes = phoneRoutes;
        this.noticeRoutes = noticeRoutes;
        this.files = files;
        this.store = store;
        this.organization = organization;
        this.dispatcher = dispatcher;
        this.json = json;
        this.clock = clock;
    }

    /**
     * What makes a notice unique, such as "reminder:meeting-12:stage-1": each member gets it once, under
     * {@code <purpose>:member-<id>} (and {@code #part-n} for each further message of theirs).
     */
    public record NoticeKey(String purpose) {

        public static NoticeKey of(Object... parts) {
            return new NoticeKey(String.join(":", Arrays.stream(parts).map(String::valueOf).toList()));
        }

        String forMember(long memberId, int part) {
            return purpose + ":member-" + memberId + (part == 0 ? "" : "#part-" + (part + 1));
        }
    }

    /** The messages one member gets, in their language; several when files go first. */
    @FunctionalInterface
    public interface Notice {
        List<OutboundMessage> to(long memberId, Locale locale);
    }

    /** What a member with no linked chat gets by phone; null: nothing. */
    @FunctionalInterface
    public interface PhoneNotices {
        PhoneNotice to(Member member);
    }

    /** The same message, in each member's language, to each member who has a reachable chat account. */
    public int toMembers(Collection<Long> memberIds, NoticeKey key, Function<Locale, OutboundMessage> message) {
        return toMembers(memberIds, key, (memberId, locale) -> List.of(message.apply(locale)));
    }

    /**
     * A notice to each member who has a reachable chat account, where and in the language they wrote last,
     * looked up in one read; answers how many members it was queued for (again: none).
     */
    public int toMembers(Collection<Long> memberIds, NoticeKey key, Notice notice) {
        return toMembers(memberIds, key, notice, member -> null);
    }

    /**
     * The same, and to each member with no reachable chat, {@code byPhone}'s notice by the first phone route that
     * can reach them (ZNS, then SMS). A member gets a notice once whichever route it takes: the key is theirs.
     */
    public int toMembers(Collection<Long> memberIds, NoticeKey key, Notice notice, PhoneNotices byPhone) {
        Map<Long, ChatIdentity> addresses = organization.preferredIdentities(memberIds);
        PhoneRoutes.Plan plan = null;
        int queued = 0;
        for (long memberId : memberIds) {
            ChatIdentity address = addresses.get(memberId);
            if (address == null) {
                plan = plan == null ? phoneRoutes.plan() : plan;
                queued += byPhone(memberId, key, byPhone, plan) ? 1 : 0;
                continue;
            }
            List<OutboundMessage> messages = notice.to(memberId, Languages.of(address.language()));
            boolean any = false;
            for (int part = 0; part < messages.size(); part++) {
                OptionalLong row = queue(address.channel(), address.chatId(), messages.get(part), key.forMember(memberId, part));
                if (row.isPresent() && part == 0) {
                    noticeRoutes.record(row.getAsLong(), key.purpose(), memberId, null, address.channel(), clock.instant());
                }
                any |= row.isPresent();
            }
            queued += any ? 1 : 0;
        }
        return queued;
    }

    private boolean byPhone(long memberId, NoticeKey key, PhoneNotices byPhone, PhoneRoutes.Plan plan) {
        Member member = organization.member(memberId).orElse(null);
        PhoneNotice notice = member == null ? null : byPhone.to(member);
        if (notice == null) {
            return false;
        }
        Optional<ChatChannel> route = plan.route(member, notice.kind(), null);
        return route.isPresent() && enqueuePhone(route.get(), member.phone(), notice, key.purpose(),
                key.forMember(memberId, 0), plan.committeeOf(member));
    }

    /** One phone notice to one member by SMS, as an answer to an SMS they sent. */
    public boolean bySms(Member member, PhoneNotice notice, String idempotencyKey) {
        if (member.phone() == null || !phoneRoutes.configured().contains(ChatChannel.SMS)) {
            return false;
        }
        return enqueuePhone(ChatChannel.SMS, member.phone(), notice, idempotencyKey, idempotencyKey,
                phoneRoutes.plan().committeeOf(member));
    }

    private boolean enqueuePhone(ChatChannel route, String phone, PhoneNotice notice, String purpose, String key,
                                 long committeeId) {
        Instant now = clock.instant();
        OptionalLong id = store.insert(route, phone, key, json.writeValueAsString(notice), now);
        if (id.isEmpty()) {
            return false;
        }
        noticeRoutes.record(id.getAsLong(), purpose, notice.memberId(), committeeId, route, now);
        wakeAfterCommit();
        return true;
    }

    /** Every route tried for the notices whose purpose starts so ("reminder:meeting-12:"), by member. */
    public Map<Long, List<RouteTry>> routesTried(String purposePrefix) {
        return noticeRoutes.tried(purposePrefix);
    }

    /**
     * @param idempotencyKey what makes this message unique, e.g. "reminder:meeting-12:member-7:stage-1"
     * @return false when this key was queued before, and nothing was queued now
     */
    public boolean enqueue(ChatChannel channel, String chatId, OutboundMessage message, String idempotencyKey) {
        return queue(channel, chatId, message, idempotencyKey).isPresent();
    }

    /** The id of the message's first row; empty when the key was queued before. */
    private OptionalLong queue(ChatChannel channel, String chatId, OutboundMessage message, String idempotencyKey) {
        Instant now = clock.instant();
        List<OutboundMessage> parts = parts(channel, message).stream().map(this::withStoredFile).toList();
        OptionalLong first = store.insert(channel, chatId, idempotencyKey, json.writeValueAsString(parts.get(0)), now);
        if (first.isEmpty()) {
            return first;
        }
        for (int i = 1; i < parts.size(); i++) {
            store.insert(channel, chatId, idempotencyKey + "#" + (i + 1), json.writeValueAsString(parts.get(i)), now);
        }
        wakeAfterCommit();
        return first;
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.wake();
                }
            });
        } else {
            dispatcher.wake();
        }
    }

    private OutboundMessage withStoredFile(OutboundMessage message) {
        return message.file() == null ? message : new OutboundMessage(message.text(), message.buttons(),
                message.shareContactLabel(), files.store(message.file()), message.quiz());
    }

    /** A file first (with the text as caption if it fits), then the text in parts; buttons go on the last. */
    private static List<OutboundMessage> parts(ChatChannel channel, OutboundMessage message) {
        var parts = new ArrayList<OutboundMessage>();
        String text = message.text() == null ? "" : message.text();
        if (message.file() != null) {
            boolean captionFits = text.length() <= PlatformText.maxCaption(channel);
            parts.add(new OutboundMessage(captionFits ? text : "", List.of(), null, message.file()));
            if (captionFits) {
                return withChoicesOnLast(parts, message);
            }
        }
        int room = PlatformText.maxText(channel) - (message.buttons().isEmpty() ? 0 : PlatformText.choicesReserve(channel));
        for (String part : PlatformText.split(text, room)) {
            parts.add(OutboundMessage.text(part));
        }
        return withChoicesOnLast(parts, message);
    }

    private static List<OutboundMessage> withChoicesOnLast(List<OutboundMessage> parts, OutboundMessage message) {
        OutboundMessage last = parts.remove(parts.size() - 1);
        parts.add(new OutboundMessage(last.text(), message.buttons(), message.shareContactLabel(), last.file(),
                message.quiz()));
        return parts;
    }
}
