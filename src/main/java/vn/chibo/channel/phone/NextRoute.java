package vn.chibo.channel.phone;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.channel.PhoneNotice;
import vn.chibo.channel.outbox.OutboxStore;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;

/**
 * A phone route said it cannot reach a member (no Zalo on the number, the number refuses): that route is closed to
 * them, and the same notice goes by the next route at once; with none left, the member is on the call list.
 */
@Component
public class NextRoute {

    private static final Logger log = LoggerFactory.getLogger(NextRoute.class);

    private final PhoneRoutes routes;
    private final NoticeRoutes noticeRoutes;
    private final OutboxStore store;
    private final Organization organization;
    private final JsonMapper json;
    private final Clock clock;

    NextRoute(PhoneRoutes routes, NoticeRoutes noticeRoutes, OutboxStore store, Organization organization,
              JsonMapper json, Clock clock) {
        this.routes = routes;
        this.noticeRoutes = noticeRoutes;
        this.store = store;
        this.organization = organization;
        this.json = json;
        this.clock = clock;
    }

    /** Called in the transaction that records the refusal of {@code row}. */
    public void after(OutboxStore.Row row, String error) {
        PhoneNotice notice = json.readValue(row.payload(), PhoneNotice.class);
        routes.refuse(notice.memberId(), row.channel(), error);
        Member member = organization.member(notice.memberId()).orElse(null);
        if (member == null) {
            return;
        }
        PhoneRoutes.Plan plan = routes.plan();
        Optional<ChatChannel> next = plan.route(member, notice.kind(), row.channel());
        if (next.isEmpty()) {
            log.info("No route left for member {} after {} refused: {}", member.id(), row.channel(), error);
            return;
        }
        String key = row.idempotencyKey() + "@" + next.get();
        Instant now = clock.instant();
        OptionalLong queued = store.insert(next.get(), member.phone(), key, row.payload(), now);
        if (queued.isPresent()) {
            String purpose = noticeRoutes.purposeOf(row.id());
            noticeRoutes.record(queued.getAsLong(), purpose == null ? key : purpose, member.id(), plan.committeeOf(member),
                    next.get(), now);
        }
    }
}
