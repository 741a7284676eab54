package vn.chibo.meeting;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/**
 * Each member's own calendar feed address. It shows the meetings of the cell the member was in when it was
 * given, and only while they are still in it; asking for a fresh address retires the ones before, so a link
 * that went astray can be shut without bothering the rest of the cell.
 */
@Service
class MemberCalendars {

    private final JdbcClient jdbc;
    private final Organization organization;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    MemberCalendars(JdbcClient jdbc, Organization organization, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.clock = clock;
    }

    /** The member's current address for their own cell, made on first asking. */
    @Transactional
    String token(Member member, OrgUnit cell) {
        return jdbc.sql("""
                        SELECT token FROM member_calendar WHERE member_id = ? AND cell_id = ? AND retired_at IS NULL
                        ORDER BY created_at DESC LIMIT 1""")
                .params(member.id(), cell.id()).query(String.class).optional()
                .orElseGet(() -> insert(member, cell));
    }

    /** A new address; the member's earlier ones stop working. */
    @Transactional
    String fresh(Member member, OrgUnit cell) {
        jdbc.sql("UPDATE member_calendar SET retired_at = ? WHERE member_id = ? AND retired_at IS NULL")
                .params(clock.millis(), member.id()).update();
        return insert(member, cell);
    }

    /** The cell an address shows, while it is not retired and its member is still in that cell. */
    Optional<OrgUnit> cellOf(String token) {
        return jdbc.sql("SELECT member_id, cell_id FROM member_calendar WHERE token = ? AND retired_at IS NULL")
                .param(token)
                .query((rs, n) -> new long[] {rs.getLong("member_id"), rs.getLong("cell_id")}).optional()
                .filter(row -> organization.member(row[0]).filter(member -> member.unit().id() == row[1]).isPresent())
                .flatMap(row -> organization.unit(row[1]));
    }

    private String insert(Member member, OrgUnit cell) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO member_calendar (token, member_id, cell_id, created_at) VALUES (?, ?, ?, ?)")
                .params(token, member.id(), cell.id(), clock.millis()).update();
        return token;
    }
}
