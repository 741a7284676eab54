package vn.chibo.channel.zns;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;

import vn.chibo.channel.Outbox;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.organization.Role;

/**
 * Tells the admins, once a day, that the ZNS quota is spent and the rest waits for tomorrow (how many wait is on
 * {@code GET /api/admin/zns}: at this moment the quota's last sends may still be under way).
 */
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
        Object[] figures = {spent.dailyQuota() == null ? "?" : spent.dailyQuota()};
        outbox.toMembers(admins, Outbox.NoticeKey.of("zns-quota", spent.day()),
                locale -> OutboundMessage.text(messages.getMessage("zns.quotaSpent", figures, locale)));
    }
}
