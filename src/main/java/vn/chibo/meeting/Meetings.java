package vn.chibo.meeting;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.common.Outcome;
import vn.chibo.common.Periodic;
import vn.chibo.organization.CellsCreated;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.text.VietnameseText;

/**
 * A cell's concrete meetings: the regular ones for the coming months, kept in step with the rule, and the
 * ones added by hand. Every change is published, in its transaction, for the members to be told.
 */
@Service
public class Meetings {

    /** The refusal for a meeting id that does not exist. */
    public static final String UNKNOWN = "meeting.problem.unknown";

    /** How long after its start a meeting is still the one being held: speeches, votes and check-in happen then. */
    private static final Duration STILL_UNDER_WAY = Duration.ofHours(6);
    private static final Duration LOOK_AHEAD = Duration.ofDays(120);
    private static final int MAX_TEXT = 200;
    private static final int MAX_TOPIC = 1000;
    /** How far ahead a meeting may be set: the monthly rule makes them months ahead, a thematic one rarely a year. */
    private static final int YEARS_AHEAD = 3;

    private final MeetingStore store;
    private final Schedules schedules;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int monthsAhead;
    private final SecureRandom random = new SecureRandom();

    Meetings(MeetingStore store, Schedules schedules, Organization organization, ApplicationEventPublisher events,
             Clock clock, @Value("${chibo.meetings.months-ahead}") int monthsAhead) {
        this.store = store;
        this.schedules = schedules;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
        this.monthsAhead = monthsAhead;
    }

    public Optional<Meeting> meeting(long id) {
        return store.find(id);
    }

    /** Meetings starting in [from, to), as they stand: reading makes none. */
    public List<Meeting> between(OrgUnit cell, Instant from, Instant to) {
        return store.between(cell.id(), from, to);
    }

    /**
     * The meeting a cell means by "the meeting" now: one begun in the last hours, else the next one; cancelled
     * ones are passed over.
     */
    public Optional<Meeting> current(OrgUnit cell) {
        Instant now = clock.instant();
        return between(cell, now.minus(STILL_UNDER_WAY), now.plus(LOOK_AHEAD)).stream()
                .filter(meeting -> !meeting.cancelled()).findFirst();
    }

    /** The cell's meeting that began last within the past hours, or starts within {@code ahead}, if any. */
    public Optional<Meeting> underWay(OrgUnit cell, Duration ahead) {
        Instant now = clock.instant();
        return between(cell, now.minus(STILL_UNDER_WAY), now.plus(ahead)).stream()
                .filter(meeting -> !meeting.cancelled()).max(Comparator.comparing(Meeting::startsAt));
    }

    /** The meetings that have not begun, for the coming months. */
    public List<Meeting> upcoming(OrgUnit cell) {
        Instant now = clock.instant();
        return between(cell, now, now.atZone(clock.getZone()).plusMonths(monthsAhead + 1L).toInstant());
    }

    /** Meetings that took place: not cancelled, begun before now, starting in [from, to), for any of the cells. */
    public List<Meeting> held(Collection<Long> cellIds, Instant from, Instant to) {
        return store.held(cellIds, from, to, clock.instant());
    }

    /** Meetings not cancelled, starting in [from, to), for any of the cells, as they stand (none are made here). */
    public List<Meeting> scheduled(Collection<Long> cellIds, Instant from, Instant to) {
        return store.notCancelled(cellIds, from, to);
    }

    /** Meetings of every cell, not cancelled, starting after {@code from} and up to {@code to}. */
    public List<Meeting> startingBetween(Instant from, Instant to) {
        return store.startingBetween(from, to);
    }

    /** Keeps every cell's regular meetings made for the coming months, as months pass. */
    @Periodic(name = "make-regular-meetings", every = "${chibo.meetings.tick}")
    @Transactional
    public void ensureUpcomingEverywhere() {
        organization.cells().forEach(this::ensureUpcoming);
    }

    /** Makes the regular meetings of this month and the coming ones that have not begun and do not exist yet. */
    @Transactional
    public void ensureUpcoming(OrgUnit cell) {
        var effective = schedules.effectiveRule(cell);
        if (effective.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        YearMonth first = YearMonth.from(now.atZone(effective.get().zone()));
        for (YearMonth month = first; !month.isAfter(first.plusMonths(monthsAhead)); month = month.plusMonths(1)) {
            ZonedDateTime start = effective.get().rule().startIn(month, effective.get().zone());
            if (start.toInstant().isAfter(now) && !store.hasRegular(cell.id(), month)) {
                store.insert(cell.id(), Meeting.Kind.REGULAR, start.toInstant(), effective.get().zone(),
                        effective.get().rule().place(), null, null, month, now);
            }
        }
    }

    /** A new cell under a committee with a rule meets from the start. */
    @ApplicationModuleListener
    void prepare(CellsCreated created) {
        created.cellIds().forEach(id -> organization.unit(id).ifPresent(this::ensureUpcoming));
    }

    /**
     * After a rule changed: future regular meetings nobody moved take the new day, time and place, in the rule's own
     * transaction (the same module's data), so the schedule a caller reads back is already the new one.
     */
    @EventListener
    void followRule(Schedules.RuleChanged event) {
        OrgUnit changed = event.unit();
        List<OrgUnit> cells = changed.isCell() ? List.of(changed) : organization.cellsUnder(changed);
        Instant now = clock.instant();
        for (OrgUnit cell : cells) {
            var effective = schedules.effectiveRule(cell);
            if (effective.isEmpty()) {
                continue;
            }
            for (Meeting meeting : store.followingRule(cell.id(), now)) {
                ZonedDateTime start = effective.get().rule().startIn(YearMonth.from(meeting.startsAt()), effective.get().zone());
                if (start.toInstant().isAfter(now)) {
                    store.update(meeting.id(), start.toInstant(), effective.get().rule().place(), null, null, false, now);
                    publish(meeting.id(), MeetingChanged.What.MOVED);
                }
            }
            ensureUpcoming(cell);
        }
    }

    /** A thematic or extra meeting. */
    @Transactional
    public Outcome<Meeting, String> add(OrgUnit cell, Meeting.Kind kind, ZonedDateTime startsAt, String typedPlace,
                                        String typedTitle, String typedTopic) {
        MeetingEdit typed = cleaned(new MeetingEdit(startsAt, typedPlace, typedTitle, typedTopic));
        String place = typed.place();
        String title = typed.title();
        String topic = typed.topic();
        var problems = new ArrayList<String>();
        checkStart(startsAt, problems);
        checkText(place, MAX_TEXT, true, "meeting.problem.place", problems);
        checkText(title, MAX_TEXT, kind == Meeting.Kind.THEMATIC, "meeting.problem.title", problems);
        checkText(topic, MAX_TOPIC, false, "meeting.problem.topic", problems);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        long id = store.insert(cell.id(), kind, startsAt.toInstant(), startsAt.getZone(), place.strip(), strip(title),
                strip(topic), null, clock.instant());
        return Outcome.done(publish(id, MeetingChanged.What.ADDED));
    }

    @Transactional
    public Outcome<Meeting, String> change(long id, MeetingEdit edit) {
        MeetingEdit change = cleaned(edit);
        var problems = new ArrayList<String>();
        Optional<Meeting> found = store.find(id);
        if (found.isEmpty()) {
            return Outcome.refused(UNKNOWN);
        }
        Meeting meeting = found.get();
        checkStillOpen(meeting, problems);
        if (change.startsAt() != null) {
            checkStart(change.startsAt(), problems);
        }
        checkText(change.place(), MAX_TEXT, false, "meeting.problem.place", problems);
        checkText(change.title(), MAX_TEXT, false, "meeting.problem.title", problems);
        checkText(change.topic(), MAX_TOPIC, false, "meeting.problem.topic", problems);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        boolean moved = change.startsAt() != null && !change.startsAt().toInstant().equals(meeting.startsAt().toInstant())
                || change.place() != null && !change.place().strip().equals(meeting.place());
        ZonedDateTime start = change.startsAt() == null ? meeting.startsAt() : change.startsAt();
        store.update(id, start.toInstant(), change.place() == null ? meeting.place() : change.place().strip(),
                change.title() == null ? meeting.title() : strip(change.title()),
                change.topic() == null ? meeting.topic() : strip(change.topic()), moved, clock.instant());
        return Outcome.done(publish(id, moved ? MeetingChanged.What.MOVED : MeetingChanged.What.UPDATED));
    }

    @Transactional
    public Outcome<Meeting, String> cancel(long id, String reason) {
        var problems = new ArrayList<String>();
        Optional<Meeting> found = store.find(id);
        if (found.isEmpty()) {
            return Outcome.refused(UNKNOWN);
        }
        checkStillOpen(found.get(), problems);
        checkText(reason, 500, true, "meeting.problem.reason", problems);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        store.cancel(id, reason.strip(), clock.instant());
        return Outcome.done(publish(id, MeetingChanged.What.CANCELLED));
    }

    /** The unguessable address part of a cell's calendar feed, made on first use. */
    @Transactional
    public String calendarToken(OrgUnit cell) {
        return store.calendarToken(cell.id()).orElseGet(() -> {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            store.insertCalendarToken(cell.id(), Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            return store.calendarToken(cell.id()).orElseThrow();
        });
    }

    Optional<OrgUnit> cellOfCalendar(String token) {
        return store.cellOfCalendar(token).flatMap(organization::unit);
    }

    /** Whether the meeting may still be moved or cancelled: not cancelled and not begun, as {@link #change} accepts. */
    public boolean canChange(Meeting meeting) {
        return !meeting.cancelled() && meeting.startsAt().toInstant().isAfter(clock.instant());
    }

    /** Notes in {@code problems} if the meeting is cancelled or has begun and so cannot change. */
    private void checkStillOpen(Meeting meeting, List<String> problems) {
        if (meeting.cancelled()) {
            problems.add("meeting.problem.cancelled");
        } else if (!meeting.startsAt().toInstant().isAfter(clock.instant())) {
            problems.add("meeting.problem.begun");
        }
    }

    private Meeting publish(long id, MeetingChanged.What what) {
        Meeting meeting = store.find(id).orElseThrow();
        events.publishEvent(new MeetingChanged(meeting, what));
        return meeting;
    }

    private void checkStart(ZonedDateTime startsAt, List<String> problems) {
        if (startsAt == null) {
            problems.add("meeting.problem.startsAt");
        } else if (!startsAt.toInstant().isAfter(clock.instant())) {
            problems.add("meeting.problem.past");
        } else if (startsAt.toInstant().isAfter(clock.instant().plus(Duration.ofDays(365L * YEARS_AHEAD)))) {
            problems.add("meeting.problem.tooFar");
        }
    }

    /** Place and title tidied, the topic (which may run over lines) only rid of invisible characters. */
    private static MeetingEdit cleaned(MeetingEdit typed) {
        return new MeetingEdit(typed.startsAt(), VietnameseText.tidyOrNull(typed.place()),
                VietnameseText.tidyOrNull(typed.title()), typed.topic() == null ? null : VietnameseText.visible(typed.topic()));
    }

    private static void checkText(String text, int max, boolean required, String key, List<String> problems) {
        if (required && (text == null || text.isBlank()) || text != null && text.strip().length() > max) {
            problems.add(key);
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
