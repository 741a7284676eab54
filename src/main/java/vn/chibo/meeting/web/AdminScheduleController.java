package vn.chibo.meeting.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.common.Outcome;
import vn.chibo.meeting.ScheduleRule;
import vn.chibo.meeting.Schedules;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.text.VietnameseDates;
import vn.chibo.web.ApiProblems;

/** A cell's regular meeting rule, and a committee's default for the cells below it. */
@RestController
@RequestMapping("/api/admin")
class AdminScheduleController {

    private static final int NEXT_MEETINGS = 3;

    private final Schedules schedules;
    private final Organization organization;
    private final MessageSource messages;

    AdminScheduleController(Schedules schedules, Organization organization, MessageSource messages) {
        this.schedules = schedules;
        this.organization = organization;
        this.messages = messages;
    }

    /** The rule as scripts send and read it; {@code time} as HH:mm, {@code timeZone} optional. */
    record RuleBody(ScheduleRule.Kind kind, Integer day, Integer week, DayOfWeek weekday, LocalTime time, String place,
                    String timeZone) {
    }

    record RuleView(String kind, Integer day, Integer week, DayOfWeek weekday, String time, String place) {
    }

    record UnitRef(long id, String path) {
    }

    record NextMeeting(OffsetDateTime startsAt, String text) {
    }

    record ScheduleView(long unitId, RuleView rule, String timeZone, UnitRef inheritedFrom, List<NextMeeting> nextMeetings) {
    }

    @GetMapping({"/cells/{id}/schedule", "/org-units/{id}/schedule"})
    ScheduleView get(@PathVariable long id, Locale locale) {
        OrgUnit unit = organization.unit(id).orElseThrow(() -> ApiProblems.notFound("problem.noUnit", id));
        Schedules.EffectiveRule effective = schedules.effectiveRule(unit)
                .orElseThrow(() -> ApiProblems.notFound("problem.noRule", unit.path()));
        ScheduleRule rule = effective.rule();
        return new ScheduleView(unit.id(),
                new RuleView(rule.kind().name(), rule.day(), rule.week(), rule.weekday(), rule.time().toString(), rule.place()),
                effective.zone().getId(),
                effective.definedAt().id() == unit.id() ? null : new UnitRef(effective.definedAt().id(), effective.definedAt().path()),
                schedules.upcoming(effective, NEXT_MEETINGS).stream()
                        .map(start -> new NextMeeting(start.toOffsetDateTime(), VietnameseDates.dateTime(start, messages, locale)))
                        .toList());
    }

    @PutMapping("/cells/{id}/schedule")
    ScheduleView putForCell(@PathVariable long id, @RequestBody RuleBody body, Locale locale) {
        OrgUnit cell = organization.unit(id).filter(OrgUnit::isCell).orElseThrow(() -> ApiProblems.notFound("problem.noCell", id));
        return put(cell, body, locale);
    }

    /** A committee's rule is the default of every cell below it that has none of its own. */
    @PutMapping("/org-units/{id}/schedule")
    ScheduleView putForUnit(@PathVariable long id, @RequestBody RuleBody body, Locale locale) {
        return put(organization.unit(id).orElseThrow(() -> ApiProblems.notFound("problem.noUnit", id)), body, locale);
    }

    private ScheduleView put(OrgUnit unit, RuleBody body, Locale locale) {
        Outcome<ZoneId, String> zone = zone(body.timeZone());
        Outcome<ScheduleRule, String> set = zone.isDone()
                ? schedules.setRule(unit, new ScheduleRule(body.kind(), body.day(), body.week(), body.weekday(), body.time(),
                        body.place()), ((Outcome.Done<ZoneId, String>) zone).value())
                : Outcome.refused(zone.reasons());
        ApiProblems.orUnprocessable(set, messages, "schedule.rejected", locale);
        return get(unit.id(), locale);
    }

    /** A named zone; none (the bot's) when blank. */
    private static Outcome<ZoneId, String> zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return Outcome.done(null);
        }
        try {
            return Outcome.done(ZoneId.of(timeZone));
        } catch (RuntimeException e) {
            return Outcome.refused("schedule.problem.timeZone");
        }
    }
}
