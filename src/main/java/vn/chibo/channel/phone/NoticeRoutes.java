package vn.chibo.channel.phone;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chibo.channel.RouteTry;
import vn.chibo.organization.ChatChannel;

/** Which route each member's notice went by, kept beside the outbox so the call list can say what was tried. */
@Component
public class NoticeRoutes {

    private final JdbcClient jdbc;

    NoticeRoutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param committeeId the member's committee for a phone route, whose ZNS messages are counted; else null */
    public void record(long outboxId, String purpose, long memberId, Long committeeId, ChatChannel channel, Instant now) {
        jdbc.sql("""
                        INSERT INTO notice_route (outbox_id, purpose, member_id, committee_id, channel, queued_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (outbox_id) DO NOTHING""")
                .params(outboxId, purpose, memberId, committeeId, channel.name(), now.toEpochMilli()).update();
    }

    /** The committee a phone message was counted for, to count the next route's message there too. */
    public Long committeeOf(long outboxId) {
        return jdbc.sql("SELECT committee_id FROM notice_route WHERE outbox_id = ?").param(outboxId)
                .query(Long.class).optional().orElse(null);
    }

    /** The purpose a message was queued for. */
    public String purposeOf(long outboxId) {
        return jdbc.sql("SELECT purpose FROM notice_route WHERE outbox_id = ?").param(outboxId)
                .query(String.class).optional().orElse(null);
    }

    /** Every route tried for notices whose purpose starts with this prefix, by member, in the order tried. */
    public Map<Long, List<RouteTry>> tried(String purposePrefix) {
        Map<Long, List<RouteTry>> tried = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT r.member_id, r.channel, o.state, o.delivered_at FROM notice_route r
                        JOIN outbox_message o ON o.id = r.outbox_id
                        WHERE r.purpose LIKE ? ORDER BY r.outbox_id""")
                .param(purposePrefix + "%")
                .query(rs -> {
                    ChatChannel route = ChatChannel.valueOf(rs.getString("channel"));
                    String state = rs.getString("state");
                    rs.getLong("delivered_at");
                    boolean delivered = !rs.wasNull() || (!route.isPhone() && "SENT".equals(state));
                    tried.computeIfAbsent(rs.getLong("member_id"), id -> new ArrayList<>()).add(new RouteTry(route, state, delivered));
                });
        return tried;
    }
}
