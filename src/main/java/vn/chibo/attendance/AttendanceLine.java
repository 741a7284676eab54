package vn.chibo.attendance;

import java.time.Instant;

import vn.chibo.organization.Member;

/**
 * Where one member of the cell stands for a meeting: their latest reply (null: none yet) and how it came, and whether they
 * were present (null until check-in closes, unless marked already).
 */
public record AttendanceLine(Member member, Reply reply, String reason, Instant repliedAt, Via via,
                             Boolean present) {
}
