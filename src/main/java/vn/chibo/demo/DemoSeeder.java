package vn.chibo.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.chibo.meeting.ScheduleRule;
import vn.chibo.meeting.Schedules;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.organization.RosterImport;
import vn.chibo.organization.RosterImportResult;
import vn.chibo.text.Languages;

/**
 * Loads the demo committee through the ordinary roster import, gives it a regular meeting (the first Saturday,
 * 19:30) unless one was set and a year of history, and says in the log how to try it.
 */
@Component
class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoCommittee demo;
    private final RosterImport rosterImport;
    private final Environment environment;
    private final Organization organization;
    private final Schedules schedules;
    private final DemoHistory history;
    private final DemoReviews reviews;
    private final DemoDues dues;

    DemoSeeder(DemoCommittee demo, RosterImport rosterImport, Environment environment, Organization organization,
               Schedules schedules, DemoHistory history, DemoReviews reviews, DemoDues dues) {
        this.dues = dues;
        this.history = history;
        this.reviews = reviews;
        this.organization = organization;
        this.schedules = schedules;
        this.demo = demo;
        this.rosterImport = rosterImport;
        this.environment = environment;
    }

    /** After the shipped quiz bank is loaded, which the demo's quizzes are drawn from. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void seed() throws IOException {
        if (!demo.enabled()) {
            return;
        }
        String roster = new ClassPathResource("demo/roster.csv").getContentAsString(StandardCharsets.UTF_8);
        RosterImportResult result = rosterImport.importCsv(roster, Languages.VIETNAMESE).orElseThrow();
        OrgUnit committee = organization.unitByPath(DemoCommittee.ROOT_PATH).orElseThrow();
        if (schedules.effectiveRule(committee).isEmpty()) {
            schedules.setRule(committee, new ScheduleRule(ScheduleRule.Kind.NTH_WEEKDAY, null, 1, DayOfWeek.SATURDAY,
                    LocalTime.of(19, 30), "Nhà văn hóa khu phố"), null).orElseThrow();
        }
        history.makeOnce(committee);
        reviews.startInDecember(committee);
        dues.makeOnce(committee);
        demo.markLoaded();
        var text = new StringBuilder("Demo mode: open http://localhost:")
                .append(environment.getProperty("local.server.port", "8080"))
                .append("/chat and pick a demo member, or type /start with one of these invite codes:");
        for (RosterImportResult.ImportedMember member : result.members()) {
            text.append("\n  ").append(member.fullName()).append(" (").append(member.role()).append(", ")
                    .append(member.unitPath()).append("): ")
                    .append(member.linked() ? "already linked" : member.inviteCode());
        }
        log.info("{}", text);
    }
}
