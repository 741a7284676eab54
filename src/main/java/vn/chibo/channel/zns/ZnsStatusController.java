package vn.chibo.channel.zns;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.channel.phone.PhoneRoutes;
import vn.chibo.organization.Organization;

/**
 * {@code GET /api/admin/zns}: today's quota, what went and what waits; and each committee's ZNS messages this month
 * against its limit, since each one is paid for.
 */
@RestController
class ZnsStatusController {

    private final ObjectProvider<ZnsQuota> quota;
    private final PhoneRoutes routes;
    private final Organization organization;

    ZnsStatusController(ObjectProvider<ZnsQuota> quota, PhoneRoutes routes, Organization organization) {
        this.quota = quota;
        this.routes = routes;
        this.organization = organization;
    }

    record CommitteeCost(long committeeId, String name, int sentThisMonth, int monthlyLimit) {
    }

    record Status(boolean enabled, ZnsQuota.Today today, List<CommitteeCost> committees) {
    }

    @GetMapping("/api/admin/zns")
    Status status() {
        ZnsQuota znsQuota = quota.getIfAvailable();
        List<CommitteeCost> committees = organization.roots().stream()
                .map(root -> new CommitteeCost(root.id(), root.name(), routes.znsThisMonth(root.id()), routes.znsMonthlyLimit()))
                .toList();
        return new Status(znsQuota != null, znsQuota == null ? null : znsQuota.today(), committees);
    }
}
