package vn.chibo.channel.zns;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.channel.Reach;
import vn.chibo.channel.ZnsToday;
import vn.chibo.channel.phone.PhoneRoutes;
import vn.chibo.organization.Organization;

/**
 * {@code GET /api/admin/zns}: today's quota, what went and what waits; and each committee's ZNS messages this month
 * against its limit, since each one is paid for.
 */
@RestController
class ZnsStatusController {

    private final Reach reach;
    private final PhoneRoutes routes;
    private final Organization organization;

    ZnsStatusController(Reach reach, PhoneRoutes routes, Organization organization) {
        this.reach = reach;
        this.routes = routes;
        this.organization = organization;
    }

    record CommitteeCost(long committeeId, String name, int sentThisMonth, int monthlyLimit) {
    }

    record Status(boolean enabled, ZnsToday today, List<CommitteeCost> committees) {
    }

    @GetMapping("/api/admin/zns")
    Status status() {
        ZnsToday today = reach.znsToday().orElse(null);
        List<CommitteeCost> committees = organization.roots().stream()
                .map(root -> new CommitteeCost(root.id(), root.name(), routes.znsThisMonth(root.id()), routes.znsMonthlyLimit()))
                .toList();
        return new Status(today != null, today, committees);
    }
}
