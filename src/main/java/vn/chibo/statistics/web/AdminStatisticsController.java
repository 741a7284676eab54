package vn.chibo.statistics.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.statistics.CellFigures;
import vn.chibo.statistics.CommitteeFigures;
import vn.chibo.statistics.MeetingFigures;
import vn.chibo.statistics.MemberFigures;
import vn.chibo.statistics.Statistics;
import vn.chibo.web.ApiProblems;

/**
 * The statistics through the admin API: a meeting, a cell, a committee (org unit), a member; {@code from} and
 * {@code to} as YYYY-MM (default the last twelve months); JSON, or CSV with {@code Accept: text/csv}.
 */
@RestController
@RequestMapping("/api/admin")
class AdminStatisticsController {

    private static final String CSV = "text/csv";

    private final Statistics statistics;
    private final Organization organization;
    private final MessageSource messages;

    AdminStatisticsController(Statistics statistics, Organization organization, MessageSource messages) {
        this.statistics = statistics;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping(value = "/meetings/{id}/stats", produces = "application/json")
    MeetingFigures meeting(@PathVariable long id) {
        return statistics.meeting(id).orElseThrow(() -> ApiProblems.notFound("problem.noMeeting", id));
    }

    @GetMapping(value = "/meetings/{id}/stats", produces = CSV)
    ResponseEntity<String> meetingCsv(@PathVariable long id, @RequestParam(required = false) String delimiter) {
        return csv(StatisticsCsv.meeting(meeting(id), StatisticsCsv.Delimiter.of(delimiter)));
    }

    @GetMapping(value = "/cells/{id}/stats", produces = "application/json")
    CellFigures cell(@PathVariable long id, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, Locale locale) {
        OrgUnit cell = organization.unit(id).filter(OrgUnit::isCell)
                .orElseThrow(() -> ApiProblems.notFound("problem.noCell", id));
        return statistics.cell(cell, period(from, to, locale));
    }

    @GetMapping(value = "/cells/{id}/stats", produces = CSV)
    ResponseEntity<String> cellCsv(@PathVariable long id, @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to, @RequestParam(required = false) String delimiter, Locale locale) {
        return csv(StatisticsCsv.cell(cell(id, from, to, locale), StatisticsCsv.Delimiter.of(delimiter)));
    }

    @GetMapping(value = "/org-units/{id}/stats", produces = "application/json")
    CommitteeFigures unit(@PathVariable long id, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to, Locale locale) {
        OrgUnit unit = organization.unit(id).orElseThrow(() -> ApiProblems.notFound("problem.noUnit", id));
        return statistics.committee(unit, period(from, to, locale));
    }

    @GetMapping(value = "/org-units/{id}/stats", produces = CSV)
    ResponseEntity<String> unitCsv(@PathVariable long id, @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to, @RequestParam(required = false) String delimiter, Locale locale) {
        return csv(StatisticsCsv.committee(unit(id, from, to, locale), StatisticsCsv.Delimiter.of(delimiter)));
    }

    @GetMapping(value = "/members/{id}/stats", produces = "application/json")
    MemberFigures member(@PathVariable long id, @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to, Locale locale) {
        Member member = organization.member(id).filter(m -> m.unit().isCell())
                .orElseThrow(() -> ApiProblems.notFound("problem.noMember", id));
        return statistics.member(member, period(from, to, locale));
    }

    @GetMapping(value = "/members/{id}/stats", produces = CSV)
    ResponseEntity<String> memberCsv(@PathVariable long id, @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to, @RequestParam(required = false) String delimiter, Locale locale) {
        return csv(StatisticsCsv.member(member(id, from, to, locale), StatisticsCsv.Delimiter.of(delimiter)));
    }

    private Statistics.Period period(String from, String to, Locale locale) {
        Statistics.Period fallback = statistics.lastTwelveMonths();
        try {
            YearMonth end = to == null ? fallback.to() : YearMonth.parse(to);
            YearMonth start = from == null ? end.minusMonths(11) : YearMonth.parse(from);
            return new Statistics.Period(start, end);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    messages.getMessage("stats.api.badPeriod", null, locale));
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, e);
        }
    }

    private static ResponseEntity<String> csv(String body) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, StatisticsCsv.CONTENT_TYPE).body(body);
    }
}
