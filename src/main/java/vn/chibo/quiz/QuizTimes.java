package vn.chibo.quiz;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.common.Outcome;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/**
 * How long a quiz question may take: the committee sets it for its members (inherited down the tree, the bot's
 * {@code chibo.quiz.seconds-per-question} where none is set), and a member who reads slowly takes more of it.
 */
@Service
public class QuizTimes {

    /** The paces a member may pick, as a share of the committee's time: as set, half as long again, twice, three times. */
    public static final List<Integer> PACES = List.of(100, 150, 200, 300);
    public static final int FEWEST_SECONDS = 10;
    public static final int MOST_SECONDS = 600;

    /**
     * A committee's time per question.
     *
     * @param definedAt the unit whose own setting holds, or null for the bot's default
     */
    public record Setting(int secondsPerQuestion, Long definedAt, int defaultSeconds) {
    }

    private final JdbcClient jdbc;
    private final Organization organization;
    private final QuizProperties properties;
    private final Clock clock;

    QuizTimes(JdbcClient jdbc, Organization organization, QuizProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.properties = properties;
        this.clock = clock;
    }

    /** The time per question that holds for a unit: its own, or the nearest above it, or the bot's default. */
    public Setting effective(OrgUnit unit) {
        Map<Long, Integer> own = new HashMap<>();
        jdbc.sql("SELECT unit_id, seconds_per_question FROM quiz_setting")
                .query(rs -> {
                    own.put(rs.getLong(1), rs.getInt(2));
                });
        for (OrgUnit at = unit; at != null; at = at.parentId() == null ? null : organization.unit(at.parentId()).orElse(null)) {
            if (own.containsKey(at.id())) {
                return new Setting(own.get(at.id()), at.id(), properties.secondsPerQuestion());
            }
        }
        return new Setting(properties.secondsPerQuestion(), null, properties.secondsPerQuestion());
    }

    @Transactional
    public Outcome<Setting, String> set(OrgUnit unit, Integer seconds) {
        if (seconds == null || seconds < FEWEST_SECONDS || seconds > MOST_SECONDS) {
            return Outcome.refused("quiz.time.problem.seconds");
        }
        jdbc.sql("DELETE FROM quiz_setting WHERE unit_id = ?").param(unit.id()).update();
        jdbc.sql("INSERT INTO quiz_setting (unit_id, seconds_per_question, updated_at) VALUES (?, ?, ?)")
                .params(unit.id(), seconds, clock.millis()).update();
        return Outcome.done(effective(unit));
    }

    /** Drops the unit's own setting: it takes the one above again. */
    @Transactional
    public Setting inherit(OrgUnit unit) {
        jdbc.sql("DELETE FROM quiz_setting WHERE unit_id = ?").param(unit.id()).update();
        return effective(unit);
    }

    /** The member's pace, as a share of the committee's time (100 unless they asked for more). */
    public int pace(long memberId) {
        return jdbc.sql("SELECT percent FROM quiz_pace WHERE member_id = ?").param(memberId)
                .query(Integer.class).optional().orElse(100);
    }

    /** Sets the member's pace; only one of {@link #PACES} is taken. */
    @Transactional
    public boolean setPace(long memberId, int percent) {
        if (!PACES.contains(percent)) {
            return false;
        }
        jdbc.sql("DELETE FROM quiz_pace WHERE member_id = ?").param(memberId).update();
        jdbc.sql("INSERT INTO quiz_pace (member_id, percent, updated_at) VALUES (?, ?, ?)")
                .params(memberId, percent, clock.millis()).update();
        return true;
    }

    /** The seconds a member has for each question of a practice quiz. */
    int practiceSeconds(Member member) {
        return paced(member, effective(member.unit()).secondsPerQuestion());
    }

    /** {@code seconds} at the member's pace. */
    int paced(Member member, int seconds) {
        return seconds * pace(member.id()) / 100;
    }
}
