package vn.chibo.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.common.Outcome;

/**
 * A cell's own group chat, linked by its secretary or deputy with /ketnoi in the group: one group a cell, one
 * cell a group. A group the bot was removed from is unlinked, and its cell's leaders are told.
 */
@Service
public class CellGroups {

    /** A linked group; {@code linkedBy} is the leader who linked it. */
    public record CellGroup(long cellId, ChatChannel channel, String chatId, Long linkedBy, Instant linkedAt) {
    }

    /** Published when the bot could no longer post to a cell's group, which is then unlinked. */
    public record CellGroupLost(CellGroup group, String reason) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CellGroups(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Links the group to the leader's cell, in place of the cell's earlier group. */
    @Transactional
    public Outcome<CellGroup, String> link(Member leader, ChatChannel channel, String chatId) {
        if (!leader.unit().isCell() || !leader.role().leadsCell()) {
            return Outcome.refused("group.leadersOnly");
        }
        Optional<CellGroup> already = ofChat(channel, chatId);
        if (already.isPresent() && already.get().cellId() != leader.unit().id()) {
            return Outcome.refused("group.linkedElsewhere");
        }
        jdbc.sql("DELETE FROM cell_group WHERE cell_id = ? OR (channel = ? AND chat_id = ?)")
                .params(leader.unit().id(), channel.name(), chatId).update();
        jdbc.sql("INSERT INTO cell_group (cell_id, channel, chat_id, linked_by, linked_at) VALUES (?, ?, ?, ?, ?)")
                .params(leader.unit().id(), channel.name(), chatId, leader.id(), clock.millis()).update();
        return Outcome.done(of(leader.unit().id()).orElseThrow());
    }

    /** Unlinks the group, for a leader of the cell it is linked to. */
    @Transactional
    public Outcome<CellGroup, String> unlink(Member leader, ChatChannel channel, String chatId) {
        Optional<CellGroup> linked = ofChat(channel, chatId);
        if (linked.isEmpty()) {
            return Outcome.refused("group.notLinked");
        }
        if (!leader.role().leadsCell() || leader.unit().id() != linked.get().cellId()) {
            return Outcome.refused("group.leadersOnly");
        }
        jdbc.sql("DELETE FROM cell_group WHERE cell_id = ?").param(linked.get().cellId()).update();
        return Outcome.done(linked.get());
    }

    /** The bot can no longer post there (removed from the group, the group deleted): unlinks it and says so. */
    @Transactional
    public void lost(ChatChannel channel, String chatId, String reason) {
        ofChat(channel, chatId).ifPresent(group -> {
            jdbc.sql("DELETE FROM cell_group WHERE cell_id = ?").param(group.cellId()).update();
            events.publishEvent(new CellGroupLost(group, reason));
        });
    }

    /** Telegram gave the group a new id (it became a supergroup): the link follows it. */
    @Transactional
    public boolean moved(ChatChannel channel, String fromChatId, String toChatId) {
        return jdbc.sql("UPDATE cell_group SET chat_id = ? WHERE channel = ? AND chat_id = ?")
                .params(toChatId, channel.name(), fromChatId).update() > 0;
    }

    public Optional<CellGroup> of(long cellId) {
        return jdbc.sql("SELECT cell_id, channel, chat_id, linked_by, linked_at FROM cell_group WHERE cell_id = ?")
                .param(cellId).query(CellGroups::row).optional();
    }

    public Optional<CellGroup> ofChat(ChatChannel channel, String chatId) {
        return jdbc.sql("SELECT cell_id, channel, chat_id, linked_by, linked_at FROM cell_group WHERE channel = ? AND chat_id = ?")
                .params(channel.name(), chatId).query(CellGroups::row).optional();
    }

    private static CellGroup row(ResultSet rs, int n) throws SQLException {
        long by = rs.getLong("linked_by");
        return new CellGroup(rs.getLong("cell_id"), ChatChannel.valueOf(rs.getString("channel")), rs.getString("chat_id"),
                rs.wasNull() ? null : by, Instant.ofEpochMilli(rs.getLong("linked_at")));
    }
}
