package vn.chibo.review;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.common.Outcome;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/**
 * Each committee's review frame, inherited down the tree as the quality criteria are; where no committee above set
 * one, the bot's default in the reader's language, built on the facts its settings name.
 */
@Service
public class ReviewFrames {

    static final String OUTSIDE_SYSTEM = "OUTSIDE_SYSTEM";
    static final String NO_POST = "NO_POST";
    static final String LEADER = "LEADER";

    private final JdbcClient jdbc;
    private final Organization organization;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    ReviewFrames(JdbcClient jdbc, Organization organization, MessageSource messages, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /** The frame that holds for a unit: its own, the nearest above it, or the bot's default. */
    public ReviewFrame effective(OrgUnit unit, Locale locale) {
        return own(unit).orElseGet(() -> defaults(locale));
    }

    /** A round's frame; the bot's default in the reader's language where the round kept none. */
    public ReviewFrame of(ReviewRound round, Locale locale) {
        return round.frame() != null ? round.frame() : defaults(locale);
    }

    /** The nearest frame a committee set, at the unit or above it. */
    Optional<ReviewFrame> own(OrgUnit unit) {
        List<OrgUnit> lineage = organization.lineage(unit);
        for (int at = lineage.size() - 1; at >= 0; at--) {
            Optional<String> stored = jdbc.sql("SELECT frame FROM review_frame WHERE unit_id = ?").param(lineage.get(at).id())
                    .query(String.class).optional();
            if (stored.isPresent()) {
                return Optional.of(read(stored.get()));
            }
        }
        return Optional.empty();
    }

    @Transactional
    public Outcome<ReviewFrame, String> set(OrgUnit unit, ReviewFrame frame) {
        List<String> problems = frame.problems();
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        jdbc.sql("DELETE FROM review_frame WHERE unit_id = ?").param(unit.id()).update();
        jdbc.sql("INSERT INTO review_frame (unit_id, frame, updated_at) VALUES (?, ?, ?)")
                .params(unit.id(), write(frame), clock.millis()).update();
        return Outcome.done(frame);
    }

    @Transactional
    public void inherit(OrgUnit unit) {
        jdbc.sql("DELETE FROM review_frame WHERE unit_id = ?").param(unit.id()).update();
    }

    String write(ReviewFrame frame) {
        return json.writeValueAsString(frame);
    }

    ReviewFrame read(String stored) {
        return json.readValue(stored, ReviewFrame.class);
    }

    /** The bot's frame: the groups of fact 54, the bands of fact 57, the cap of fact 59, the rules of fact 51. */
    public ReviewFrame defaults(Locale locale) {
        return new ReviewFrame(text(locale, "review.frame.name"),
                List.of(new ReviewFrame.CriteriaGroup(text(locale, "review.frame.group.general"), 30),
                        new ReviewFrame.CriteriaGroup(text(locale, "review.frame.group.tasks"), 70)),
                texts(locale, "review.frame.item", 4), 90, 70, 50,
                texts(locale, "review.frame.excellent", 3), texts(locale, "review.frame.good", 1),
                texts(locale, "review.frame.done", 2), texts(locale, "review.frame.fail", 4), 20, 25,
                true, false, 6,
                List.of(new ReviewFrame.Form(OUTSIDE_SYSTEM, text(locale, "review.form.OUTSIDE_SYSTEM")),
                        new ReviewFrame.Form(NO_POST, text(locale, "review.form.NO_POST")),
                        new ReviewFrame.Form(LEADER, text(locale, "review.form.LEADER"))),
                OUTSIDE_SYSTEM, null);
    }

    private List<String> texts(Locale locale, String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> text(locale, prefix + "." + n)).toList();
    }

    private String text(Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }
}
