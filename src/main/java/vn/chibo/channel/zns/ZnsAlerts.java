package vn.chibo.channel.zns;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;

import vn.chibo.channel.Outbox;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.organization.Role;

/** Tells the admins, once a day, that the ZNS quota is spent and how many messages wait for tomorrow. */
class ZnsAlerts {

    private final Outbox outbox;
    private final Organization organization;
    private final MessageSource messages;

    ZnsAlerts(Outbox outbox, Organization organization, MessageSource messages) {
        this.outbox = outbox;
        this.organization = organization;
        this.messages = messages;
    }

    @EventListener
    void quotaSpent(ZnsQuotaSpent spent) {
        var admins = organization.withRole(Role.ADMIN).stream().map(Member::id).toList();
        ZnsQuota.Today today = spent.today();
        // the quota's last sends may still be under way, not yet recorded as sent: they are not waiting
        int underWay = today.dailyQuota() == null ? 0 : Math.max(0, today.dailyQuota() - today.sentToday());
        Object[] figures = {today.dailyQuota() == null ? "?" : today.dailyQuota(), Math.max(0, today.waiting() - underWay)};
        outbox.toMembers(admins, Outbox.NoticeKey.of("zns-quota", spent.day()),
                locale -> OutboundMessage.text(messages.getMessage("zns.quotaSpent", figures, locale)));
    }
}
