package vn.chibo.reminder.web;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.reminder.ReminderSettings;
import vn.chibo.web.ApiProblems;

/** A committee's reminder stages and quiet hours, for every cell below it that has none of its own. */
@RestController
@RequestMapping("/api/admin/org-units/{id}/reminder-stages")
class AdminReminderController {

    private final ReminderSettings settings;
    private final Organization organization;
    private final MessageSource messages;

    AdminReminderController(ReminderSettings settings, Organization organization, MessageSource messages) {
        this.settings = settings;
        this.organization = organization;
        this.messages = messages;
    }

    record StageView(Integer daysBefore, String at, Integer hoursBefore) {
    }

    record SettingsBody(List<ReminderSettings.Stage> stages, LocalTime quietFrom, LocalTime quietUntil) {
    }

    record SettingsView(long unitId, List<StageView> stages, String quietFrom, String quietUntil,
                        UnitRef definedAt) {
    }

    record UnitRef(long id, String path) {
    }

    @GetMapping
    SettingsView get(@PathVariable long id) {
        OrgUnit unit = unit(id);
        ReminderSettings.Effective effective = settings.effective(unit);
        return new SettingsView(unit.id(),
                effective.stages().stream().map(s -> new StageView(s.daysBefore(), s.at() == null ? null : s.at().toString(),
                        s.hoursBefore())).toList(),
                effective.quietFrom().toString(), effective.quietUntil().toString(),
                effective.definedAt() == null ? null
                        : new UnitRef(effective.definedAt().id(), effective.definedAt().path()));
    }

    @PutMapping
    SettingsView put(@PathVariable long id, @RequestBody SettingsBody body, Locale locale) {
        ApiProblems.orUnprocessable(settings.set(unit(id), body.stages(), body.quietFrom(), body.quietUntil()), messages,
                "reminders.rejected", locale);
        return get(id);
    }

    private OrgUnit unit(long id) {
        return organization.unit(id).orElseThrow(() -> ApiProblems.notFound("problem.noUnit", id));
    }
}
