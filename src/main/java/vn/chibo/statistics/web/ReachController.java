package vn.chibo.statistics.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.channel.Reach;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.web.ApiProblems;

/**
 * {@code GET /api/admin/cells/{id}/reach} (and {@code /org-units/{id}/reach} for a committee): members, linked in a
 * chat, reachable by phone only, by no route, and each member's routes ({@code TELEGRAM}, {@code ZALO}, {@code WEB},
 * {@code ZNS}, {@code SMS}).
 */
@RestController
class ReachController {

    private final Reach reach;
    private final Organization organization;

    ReachController(Reach reach, Organization organization) {
        this.reach = reach;
        this.organization = organization;
    }

    record MemberView(long memberId, String fullName, List<String> routes) {
    }

    record ReachView(int members, int linked, int byPhone, int unreachable, List<MemberView> list) {
    }

    @GetMapping("/api/admin/cells/{id}/reach")
    ReachView cell(@PathVariable long id) {
        OrgUnit cell = organization.unit(id).filter(OrgUnit::isCell).orElseThrow(() -> ApiProblems.notFound("problem.noCell", id));
        return view(cell);
    }

    @GetMapping("/api/admin/org-units/{id}/reach")
    ReachView unit(@PathVariable long id) {
        return view(organization.unit(id).orElseThrow(() -> ApiProblems.notFound("problem.noUnit", id)));
    }

    private ReachView view(OrgUnit unit) {
        Reach.Figure figure = reach.of(unit);
        return new ReachView(figure.members(), figure.linked(), figure.byPhone(), figure.unreachable(),
                figure.list().stream().map(member -> new MemberView(member.member().id(), member.member().fullName(),
                        member.routes().stream().map(Enum::name).toList())).toList());
    }
}
