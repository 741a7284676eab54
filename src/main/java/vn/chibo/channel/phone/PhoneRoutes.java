package vn.chibo.channel.phone;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chibo.channel.outbox.ChannelSender;
import vn.chibo.channel.outbox.PhoneSender;
import vn.chibo.channel.zns.ZnsProperties;
import vn.chibo.common.InLists;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/**
 * Which phone route reaches a member with no linked chat: ZNS when it is set up, has a template for the notice, the
 * number has not been refused by it and the committee is under its monthly ZNS limit; else SMS when set up and not
 * refused; else none, and the member is on the secretary's call list.
 */
@Component
public class PhoneRoutes {

    /** Phone routes in the order they are tried. */
    private static final List<ChatChannel> ORDER = List.of(ChatChannel.ZNS, ChatChannel.SMS);

    private final Map<ChatChannel, PhoneSender> senders = new EnumMap<>(ChatChannel.class);
    private final JdbcClient jdbc;
    private final Organization organization;
    private final Clock clock;
    private final ZoneId zone;
    private final int znsMonthlyLimit;

    PhoneRoutes(List<ChannelSender> senders, JdbcClient jdbc, Organization organization, Clock clock,
                @Value("${chibo.time-zone}") ZoneId zone, ZnsProperties zns) {
        for (ChannelSender sender : senders) {
            if (sender instanceof PhoneSender phone) {
                this.senders.put(phone.channel(), phone);
            }
        }
        this.jdbc = jdbc;
        this.organization = organization;
        this.clock = clock;
        this.zone = zone;
        this.znsMonthlyLimit = zns.monthlyLimit();
    }

    /** The phone routes set up on this installation, in the order they are tried. */
    public List<ChatChannel> configured() {
        return ORDER.stream().filter(senders::containsKey).toList();
    }

    /** The phone routes still open to each of these members (set up, a number on the roster, not refused). */
    public Map<Long, List<ChatChannel>> open(Collection<Member> members) {
        Map<Long, Set<ChatChannel>> refused = refusals(members.stream().map(Member::id).toList());
        Map<Long, List<ChatChannel>> open = new HashMap<>();
        for (Member member : members) {
            var routes = new ArrayList<ChatChannel>();
            if (member.phone() != null) {
                for (ChatChannel route : configured()) {
                    if (!refused.getOrDefault(member.id(), Set.of()).contains(route)) {
                        routes.add(route);
                    }
                }
            }
            open.put(member.id(), routes);
        }
        return open;
    }

    /** One fan-out's choices: the committees' ZNS counts are read once and kept up as routes are chosen. */
    public Plan plan() {
        return new Plan();
    }

    /** Records that a route cannot reach this member, so that it is not tried for them again. */
    public void refuse(long memberId, ChatChannel route, String reason) {
        jdbc.sql("""
                        INSERT INTO phone_route_refusal (member_id, channel, reason, refused_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (member_id, channel) DO NOTHING""")
                .params(memberId, route.name(), reason.length() > 1000 ? reason.substring(0, 1000) : reason,
                        clock.instant().toEpochMilli())
                .update();
    }

    /** ZNS messages of a committee's members this month. */
    public int znsThisMonth(long committeeId) {
        return znsIn(committeeId, YearMonth.from(clock.instant().atZone(zone)));
    }

    /** ZNS messages of a committee's members in a month: sent, or queued and not failed (a failed one is not paid). */
    public int znsIn(long committeeId, YearMonth month) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM notice_route r JOIN outbox_message o ON o.id = r.outbox_id
                        WHERE r.committee_id = ? AND r.channel = 'ZNS' AND r.queued_at >= ? AND r.queued_at < ?
                        AND o.state <> 'FAILED'""")
                .params(committeeId, month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli(),
                        month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli())
                .query(Integer.class).single();
    }

    /** The committee at the top of a unit's tree, whose ZNS messages are counted together. */
    public OrgUnit committeeOf(OrgUnit unit) {
        int cut = unit.path().indexOf(OrgUnit.PATH_SEPARATOR);
        return cut < 0 ? unit : organization.unitByPath(unit.path().substring(0, cut)).orElse(unit);
    }

    public int znsMonthlyLimit() {
        return znsMonthlyLimit;
    }

    private Map<Long, Set<ChatChannel>> refusals(List<Long> memberIds) {
        Map<Long, Set<ChatChannel>> refused = new HashMap<>();
        InLists.forEachSlice(memberIds, slice -> jdbc.sql("SELECT member_id, channel FROM phone_route_refusal WHERE member_id IN (:ids)")
                .param("ids", slice)
                .query(rs -> {
                    refused.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(ChatChannel.valueOf(rs.getString(2)));
                }));
        return refused;
    }

    /** The route choices of one fan-out. */
    public final class Plan {

        private final Map<Long, Long> committeeOfUnit = new HashMap<>();
        private final Map<Long, Integer> znsCount = new HashMap<>();

        private Plan() {
        }

        /** The route for this member and kind of notice, after {@code tried} (null: from the first). */
        public Optional<ChatChannel> route(Member member, String kind, ChatChannel tried) {
            if (member.phone() == null) {
                return Optional.empty();
            }
            Set<ChatChannel> refused = refusals(List.of(member.id())).getOrDefault(member.id(), Set.of());
            int from = tried == null ? 0 : ORDER.indexOf(tried) + 1;
            for (ChatChannel route : ORDER.subList(from, ORDER.size())) {
                PhoneSender sender = senders.get(route);
                if (sender == null || refused.contains(route) || !sender.sends(kind)) {
                    continue;
                }
                if (route == ChatChannel.ZNS && znsMonthlyLimit > 0
                        && znsCount.computeIfAbsent(committeeOf(member), PhoneRoutes.this::znsThisMonth) >= znsMonthlyLimit) {
                    continue;
                }
                if (route == ChatChannel.ZNS) {
                    znsCount.merge(committeeOf(member), 1, Integer::sum);
                }
                return Optional.of(route);
            }
            return Optional.empty();
        }

        /** The committee at the top of the member's tree, whose ZNS messages are counted together. */
        public long committeeOf(Member member) {
            return committeeOfUnit.computeIfAbsent(member.unit().id(), unit -> PhoneRoutes.this.committeeOf(member.unit()).id());
        }
    }
}
