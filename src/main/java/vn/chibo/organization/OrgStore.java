package vn.chibo.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chibo.common.InLists;

/** The organization module's tables; no other module reads them. */
@Component
class OrgStore {

    private static final String MEMBER_COLUMNS = """
            m.id, m.full_name, m.phone, m.status, m.role,
            u.id AS u_id, u.parent_id AS u_parent_id, u.name AS u_name, u.kind AS u_kind, u.path AS u_path,
            u.closed_at AS u_closed_at
            """;
    private static final String MEMBER_FROM = " FROM member m JOIN org_unit u ON u.id = m.unit_id ";

    private final JdbcClient jdbc;

    OrgStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrgUnit> unit(long id) {
        return jdbc.sql("SELECT id, parent_id, name, kind, path, closed_at FROM org_unit WHERE id = ?")
                .param(id).query(OrgStore::unit).optional();
    }

    Optional<OrgUnit> unitByPath(String path) {
        return jdbc.sql("SELECT id, parent_id, name, kind, path, closed_at FROM org_unit WHERE path = ?")
                .param(path).query(OrgStore::unit).optional();
    }

    List<OrgUnit> unitsByPath(List<String> paths) {
        return jdbc.sql("SELECT id, parent_id, name, kind, path, closed_at FROM org_unit WHERE path IN (:paths)")
                .param("paths", paths).query(OrgStore::unit).list();
    }

    /** The units right below {@code parentId}, or the roots when it is null. */
    List<OrgUnit> children(Long parentId) {
        return parentId == null
                ? jdbc.sql("SELECT id, parent_id, name, kind, path, closed_at FROM org_unit WHERE parent_id IS NULL").query(OrgStore::unit).list()
                : jdbc.sql("SELECT id, parent_id, name, kind, path, closed_at FROM org_unit WHERE parent_id = ?").param(parentId)
                        .query(OrgStore::unit).list();
    }

    List<OrgUnit> units() {
        return jdbc.sql("SELECT id, parent_id, name, kind, path, closed_at FROM org_unit ORDER BY path")
                .query(OrgStore::unit).list();
    }

    OrgUnit insertUnit(Long parentId, String name, UnitKind kind, String path, Instant now) {
        long id = jdbc.sql("""
                        INSERT INTO org_unit (parent_id, name, kind, path, created_at)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(parentId, name, kind.name(), path, now.toEpochMilli())
                .query(Long.class).single();
        return new OrgUnit(id, parentId, name, kind, path, false);
    }

    Optional<Member> member(long id) {
        return jdbc.sql("SELECT " + MEMBER_COLUMNS + MEMBER_FROM + "WHERE m.id = ?")
                .param(id).query(OrgStore::member).optional();
    }

    Optional<Member> memberByPhone(String phone) {
        return jdbc.sql("SELECT " + MEMBER_COLUMNS + MEMBER_FROM + "WHERE m.phone = ?")
                .param(phone).query(OrgStore::member).optional();
    }

    List<Member> membersOf(long unitId) {
        return jdbc.sql("SELECT " + MEMBER_COLUMNS + MEMBER_FROM + "WHERE m.unit_id = ? ORDER BY m.id")
                .param(unitId).query(OrgStore::member).list();
    }

    List<Member> withRole(Role role) {
        return jdbc.sql("SELECT " + MEMBER_COLUMNS + MEMBER_FROM + "WHERE m.role = ? ORDER BY m.id")
                .param(role.name()).query(OrgStore::member).list();
    }

    List<Member> membersUnder(String path) {
        return jdbc.sql("SELECT " + MEMBER_COLUMNS + MEMBER_FROM
                        + "WHERE u.path = ? OR u.path LIKE ? ESCAPE '\\' ORDER BY u.path, m.id")
                .params(path, likePrefix(path)).query(OrgStore::member).list();
    }

    long insertMember(String fullName, String phone, MemberStatus status, Role role, long unitId, Instant now) {
        return jdbc.sql("""
                        INSERT INTO member (full_name, phone, status, role, unit_id, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(fullName, phone, status == null ? null : status.name(), role.name(), unitId,
                        now.toEpochMilli(), now.toEpochMilli())
                .query(Long.class).single();
    }

    void updateMember(long id, String fullName, MemberStatus status, Role role, long unitId, Instant now) {
        jdbc.sql("UPDATE member SET full_name = ?, status = ?, role = ?, unit_id = ?, updated_at = ? WHERE id = ?")
                .params(fullName, status == null ? null : status.name(), role.name(), unitId, now.toEpochMilli(), id)
                .update();
    }

    void setJoinedOn(long memberId, LocalDate joinedOn) {
        jdbc.sql("UPDATE member SET joined_on = ? WHERE id = ?").params(joinedOn.toString(), memberId).update();
    }

    Map<Long, LocalDate> joinedOn(Collection<Long> memberIds) {
        var joined = new HashMap<Long, LocalDate>();
        InLists.forEachSlice(memberIds, slice -> jdbc.sql("SELECT id, joined_on FROM member WHERE joined_on IS NOT NULL AND id IN (:ids)")
                .param("ids", slice).query((rs, n) -> joined.put(rs.getLong(1), LocalDate.parse(rs.getString(2)))).list());
        return joined;
    }

    Map<Long, Instant> addedAt(Collection<Long> memberIds) {
        var added = new HashMap<Long, Instant>();
        InLists.forEachSlice(memberIds, slice -> jdbc.sql("SELECT id, created_at FROM member WHERE id IN (:ids)")
                .param("ids", slice).query((rs, n) -> added.put(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)))).list());
        return added;
    }

    Optional<ChatIdentity> identity(ChatChannel channel, String platformUserId) {
        return jdbc.sql("SELECT * FROM chat_identity WHERE channel = ? AND platform_user_id = ?")
                .params(channel.name(), platformUserId).query(OrgStore::identity).optional();
    }

    /** A linked chat account as a message from it needs it: whom it belongs to and what may have to be updated. */
    record Recognized(long identityId, String chatId, String language, Instant lastSeenAt, boolean unreachable,
                      Member member) {
    }

    /** The member a chat account is linked to, read together with the account in one query. */
    Optional<Recognized> recognized(ChatChannel channel, String platformUserId) {
        return jdbc.sql("SELECT " + MEMBER_COLUMNS + """
                        , i.id AS i_id, i.chat_id AS i_chat_id, i.language AS i_language, i.last_seen_at AS i_last_seen_at,
                          i.unreachable_at AS i_unreachable_at
                        FROM chat_identity i JOIN member m ON m.id = i.member_id JOIN org_unit u ON u.id = m.unit_id
                        WHERE i.channel = ? AND i.platform_user_id = ?""")
                .params(channel.name(), platformUserId)
                .query((rs, row) -> new Recognized(rs.getLong("i_id"), rs.getString("i_chat_id"), rs.getString("i_language"),
                        Instant.ofEpochMilli(rs.getLong("i_last_seen_at")), nullableLong(rs, "i_unreachable_at") != null,
                        member(rs, row)))
                .optional();
    }

    List<ChatIdentity> identitiesOf(long memberId) {
        return jdbc.sql("SELECT * FROM chat_identity WHERE member_id = ? ORDER BY channel")
                .param(memberId).query(OrgStore::identity).list();
    }

    List<ChatIdentity> identitiesOfMembers(Collection<Long> memberIds) {
        return InLists.query(memberIds, slice -> jdbc.sql("SELECT * FROM chat_identity WHERE member_id IN (:members)")
                .param("members", slice).query(OrgStore::identity).list());
    }

    List<ChatIdentity> identitiesUnder(String path) {
        return jdbc.sql("""
                        SELECT i.* FROM chat_identity i
                        JOIN member m ON m.id = i.member_id JOIN org_unit u ON u.id = m.unit_id
                        WHERE u.path = ? OR u.path LIKE ? ESCAPE '\\'""")
                .params(path, likePrefix(path)).query(OrgStore::identity).list();
    }

    void deleteIdentity(ChatChannel channel, String platformUserId) {
        jdbc.sql("DELETE FROM chat_identity WHERE channel = ? AND platform_user_id = ?")
                .params(channel.name(), platformUserId).update();
    }

    void markUnreachable(ChatChannel channel, String chatId, String reason, Instant now) {
        jdbc.sql("""
                        UPDATE chat_identity SET unreachable_at = ?, unreachable_reason = ?
                        WHERE channel = ? AND chat_id = ? AND unreachable_at IS NULL""")
                .params(now.toEpochMilli(), reason, channel.name(), chatId).update();
    }

    void replaceIdentity(long memberId, ChatChannel channel, String platformUserId, String chatId,
                         String displayName, String language, Instant now) {
        jdbc.sql("DELETE FROM chat_identity WHERE member_id = ? AND channel = ?")
                .params(memberId, channel.name()).update();
        jdbc.sql("""
                        INSERT INTO chat_identity (member_id, channel, platform_user_id, chat_id, display_name, language,
                                                   linked_at, last_seen_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(memberId, channel.name(), platformUserId, chatId, displayName, language,
                        now.toEpochMilli(), now.toEpochMilli())
                .update();
    }

    void touchIdentity(long identityId, String chatId, String language, Instant now) {
        jdbc.sql("""
                        UPDATE chat_identity SET chat_id = COALESCE(?, chat_id), language = COALESCE(?, language),
                                                 last_seen_at = ?,
                                                 unreachable_at = NULL, unreachable_reason = NULL
                        WHERE id = ?""")
                .params(chatId, language, now.toEpochMilli(), identityId).update();
    }

    Optional<StoredInvite> invite(String code) {
        return jdbc.sql("SELECT code, member_id, expires_at, used_at FROM invite_code WHERE code = ?")
                .param(code).query(OrgStore::invite).optional();
    }

    Optional<StoredInvite> usableInvite(long memberId, Instant now) {
        return jdbc.sql("""
                        SELECT code, member_id, expires_at, used_at FROM invite_code
                        WHERE member_id = ? AND used_at IS NULL AND expires_at > ?
                        ORDER BY expires_at DESC LIMIT 1""")
                .params(memberId, now.toEpochMilli()).query(OrgStore::invite).optional();
    }

    /** Unused invites of a member end now. */
    void expireInvites(long memberId, Instant now) {
        jdbc.sql("UPDATE invite_code SET expires_at = ? WHERE member_id = ? AND used_at IS NULL AND expires_at > ?")
                .params(now.toEpochMilli(), memberId, now.toEpochMilli()).update();
    }

    void insertInvite(String code, long memberId, Instant now, Instant expiresAt) {
        jdbc.sql("INSERT INTO invite_code (code, member_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(code, memberId, now.toEpochMilli(), expiresAt.toEpochMilli()).update();
    }

    boolean markInviteUsed(String code, ChatChannel channel, String platformUserId, Instant now) {
        return jdbc.sql("""
                        UPDATE invite_code SET used_at = ?, used_channel = ?, used_platform_user_id = ?
                        WHERE code = ? AND used_at IS NULL""")
                .params(now.toEpochMilli(), channel.name(), platformUserId, code).update() == 1;
    }

    record StoredInvite(String code, long memberId, Instant expiresAt, Instant usedAt) {
    }

    private static String likePrefix(String path) {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + OrgUnit.PATH_SEPARATOR + "%";
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        Long millis = nullableLong(rs, column);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private static OrgUnit unit(ResultSet rs, int row) throws SQLException {
        return new OrgUnit(rs.getLong("id"), nullableLong(rs, "parent_id"), rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")), rs.getString("path"), nullableLong(rs, "closed_at") != null);
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        var unit = new OrgUnit(rs.getLong("u_id"), nullableLong(rs, "u_parent_id"), rs.getString("u_name"),
                UnitKind.valueOf(rs.getString("u_kind")), rs.getString("u_path"), nullableLong(rs, "u_closed_at") != null);
        String status = rs.getString("status");
        return new Member(rs.getLong("id"), rs.getString("full_name"), rs.getString("phone"),
                status == null ? null : MemberStatus.valueOf(status), Role.valueOf(rs.getString("role")), unit);
    }

    private static ChatIdentity identity(ResultSet rs, int row) throws SQLException {
        return new ChatIdentity(rs.getLong("id"), rs.getLong("member_id"), ChatChannel.valueOf(rs.getString("channel")),
                rs.getString("platform_user_id"), rs.getString("chat_id"), rs.getString("language"),
                Instant.ofEpochMilli(rs.getLong("linked_at")), Instant.ofEpochMilli(rs.getLong("last_seen_at")),
                instantOrNull(rs, "unreachable_at"), rs.getString("unreachable_reason"));
    }

    private static StoredInvite invite(ResultSet rs, int row) throws SQLException {
        return new StoredInvite(rs.getString("code"), rs.getLong("member_id"),
                Instant.ofEpochMilli(rs.getLong("expires_at")), instantOrNull(rs, "used_at"));
    }
}
