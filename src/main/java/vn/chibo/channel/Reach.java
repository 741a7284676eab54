package vn.chibo.channel;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.chibo.channel.phone.PhoneRoutes;
import vn.chibo.channel.zns.ZnsQuota;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.ChatIdentity;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.organization.Role;

/**
 * How the bot reaches the members of a cell or committee: linked in a chat, reachable by phone only (ZNS or SMS set
 * up, a number on the roster that no route has refused), or by no route at all, so only a call or a visit reaches them.
 */
@Component
public class Reach {

    private final Organization organization;
    private final PhoneRoutes phoneRoutes;
    private final ObjectProvider<ZnsQuota> znsQuota;

    Reach(Organization organization, PhoneRoutes phoneRoutes, ObjectProvider<ZnsQuota> znsQuota) {
        this.organization = organization;
        this.phoneRoutes = phoneRoutes;
        this.znsQuota = znsQuota;
    }

    /** Today's ZNS quota, what went and what waits; empty when ZNS is not set up. */
    public Optional<ZnsToday> znsToday() {
        return Optional.ofNullable(znsQuota.getIfAvailable()).map(ZnsQuota::today);
    }

    /** One member's routes: the chats they linked (still reachable), then the phone routes open to them. */
    public record MemberReach(Member member, List<ChatChannel> routes) {

        public boolean linked() {
            return routes.stream().anyMatch(route -> !route.isPhone());
        }

        public boolean byPhoneOnly() {
            return !linked() && !routes.isEmpty();
        }
    }

    /** The figures of a unit: members, linked in a chat, by phone only, by no route; and each member's routes. */
    public record Figure(int members, int linked, int byPhone, int unreachable, List<MemberReach> list) {
    }

    /** Whether members can be reached by ZNS on this installation. */
    public boolean znsConfigured() {
        return phoneRoutes.configured().contains(ChatChannel.ZNS);
    }

    /** The ZNS messages (each one paid) of the committee above a unit in a month, and its monthly limit (0: none). */
    public record ZnsCost(String committee, int messages, int monthlyLimit) {
    }

    public ZnsCost znsCost(OrgUnit unit, YearMonth month) {
        OrgUnit committee = phoneRoutes.committeeOf(unit);
        return new ZnsCost(committee.name(), phoneRoutes.znsIn(committee.id(), month), phoneRoutes.znsMonthlyLimit());
    }

    public Figure of(OrgUnit unit) {
        List<Member> members = organization.membersUnder(unit).stream().filter(member -> member.role() != Role.ADMIN).toList();
        Map<Long, List<ChatIdentity>> identities = organization.identitiesUnder(unit);
        Map<Long, List<ChatChannel>> phone = phoneRoutes.open(members);
        var list = new ArrayList<MemberReach>();
        int linked = 0;
        int byPhone = 0;
        for (Member member : members) {
            var routes = new ArrayList<ChatChannel>();
            identities.getOrDefault(member.id(), List.of()).stream().filter(ChatIdentity::reachable)
                    .map(ChatIdentity::channel).distinct().forEach(routes::add);
            routes.addAll(phone.getOrDefault(member.id(), List.of()));
            MemberReach reach = new MemberReach(member, List.copyOf(routes));
            linked += reach.linked() ? 1 : 0;
            byPhone += reach.byPhoneOnly() ? 1 : 0;
            list.add(reach);
        }
        return new Figure(members.size(), linked, byPhone, members.size() - linked - byPhone, list);
    }
}
