package vn.chibo.dues.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.common.Outcome;
import vn.chibo.dues.DuesBasis;
import vn.chibo.dues.DuesExemption;
import vn.chibo.dues.DuesLedger;
import vn.chibo.dues.DuesMonth;
import vn.chibo.dues.DuesRules;
import vn.chibo.dues.DuesSettings;
import vn.chibo.dues.DuesState;
import vn.chibo.dues.DuesUpload;
import vn.chibo.dues.PayMethod;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.web.ApiProblems;

/** A cell's dues through the admin API: the year's record, a month's list uploaded, one month, exemptions, basis. */
@RestController
@RequestMapping("/api/admin")
class AdminDuesController {

    private final DuesLedger ledger;
    private final DuesRules rules;
    private final DuesSettings settings;
    private final DuesUpload upload;
    private final Organization organization;
    private final MessageSource messages;

    AdminDuesController(DuesLedger ledger, DuesRules rules, DuesSettings settings, DuesUpload upload, Organization organization,
                        MessageSource messages) {
        this.ledger = ledger;
        this.rules = rules;
        this.settings = settings;
        this.upload = upload;
        this.organization = organization;
        this.messages = messages;
    }

    record MonthView(DuesState state, Long amount, LocalDate paidOn, PayMethod method, Integer reducedPercent, Long due) {
        static MonthView of(DuesMonth month) {
            return new MonthView(month.state(), month.amount(), month.paidOn(), month.method(), month.reducedPercent(), month.due());
        }
    }

    record MemberView(long memberId, String fullName, Map<String, MonthView> months) {
    }

    record CellView(long cellId, String cellName, int year, List<MemberView> members, Map<String, DuesLedger.MonthTotal> totals) {
    }

    record MonthBody(DuesState state, Long amount, LocalDate paidOn, PayMethod method) {
    }

    record ExemptionBody(DuesExemption.Kind kind, Integer percent, String from, String to, String reason) {
    }

    record BasisBody(DuesBasis basis, Long base) {
    }

    record SettingsBody(Long collector, Integer remindDay, String startMonth) {
    }

    @GetMapping("/cells/{id}/dues")
    CellView year(@PathVariable long id, @RequestParam(required = false) Integer year) {
        DuesLedger.CellYear cellYear = ledger.cellYear(cell(id), year == null ? ledger.thisMonth().getYear() : year);
        List<MemberView> members = cellYear.members().stream().map(member -> {
            var months = new LinkedHashMap<String, MonthView>();
            member.months().forEach((month, state) -> months.put(month.toString(), MonthView.of(state)));
            return new MemberView(member.memberId(), member.fullName(), months);
        }).toList();
        var totals = new LinkedHashMap<String, DuesLedger.MonthTotal>();
        cellYear.totals().forEach((month, total) -> totals.put(month.toString(), total));
        return new CellView(cellYear.cellId(), cellYear.cellName(), cellYear.year(), members, totals);
    }

    /** A month's list (CSV, or Excel by its Content-Type); every row checked first, nothing loaded on a problem. */
    @PostMapping("/cells/{id}/dues")
    Map<String, Object> load(@PathVariable long id, @RequestParam String month,
                             @RequestHeader(name = "Content-Type", required = false) String type, @RequestBody byte[] body,
                             Locale locale) {
        boolean excel = type != null && type.contains("spreadsheetml");
        Outcome<Integer, DuesUpload.Problem> loaded = upload.load(cell(id), month(month, locale), body, excel, null);
        if (loaded instanceof Outcome.Refused<Integer, DuesUpload.Problem> refused) {
            List<Map<String, Object>> errors = refused.reasons().stream().map(problem -> {
                var error = new LinkedHashMap<String, Object>();
                error.put("row", problem.row());
                error.put("column", problem.column());
                error.put("message", messages.getMessage(problem.key(), new Object[] {problem.value()}, locale));
                return (Map<String, Object>) error;
            }).toList();
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    messages.getMessage("dues.upload.rejected", new Object[] {errors.size()}, locale));
            problem.setProperty("errors", errors);
            throw ApiProblems.of(problem);
        }
        return Map.of("recorded", loaded.orElseThrow());
    }

    @PutMapping("/members/{id}/dues/{month}")
    MonthView setMonth(@PathVariable long id, @PathVariable String month, @RequestBody MonthBody body, Locale locale) {
        Member member = member(id);
        YearMonth at = month(month, locale);
        if (body.state() == DuesState.UNPAID) {
            ledger.clear(member, at);
            return MonthView.of(ledger.memberYear(member, at.getYear()).months().getOrDefault(at,
                    new DuesMonth(DuesState.UNPAID, null, null, null, null, null)));
        }
        if (body.state() != DuesState.PAID) {
            throw ApiProblems.refused(HttpStatus.UNPROCESSABLE_CONTENT, messages, null, List.of("dues.problem.state"), locale);
        }
        return MonthView.of(ApiProblems.orUnprocessable(ledger.pay(member, at, body.amount(), body.paidOn(),
                body.method() == null ? PayMethod.CASH : body.method(), DuesLedger.Source.API, null), messages, null, locale));
    }

    @GetMapping("/members/{id}/dues-exemption")
    List<DuesExemption> exemptions(@PathVariable long id) {
        return rules.exemptions(member(id));
    }

    @PutMapping("/members/{id}/dues-exemption")
    DuesExemption exempt(@PathVariable long id, @RequestBody ExemptionBody body, Locale locale) {
        return ApiProblems.orUnprocessable(rules.exempt(member(id), body.kind(), body.percent(), monthOrNull(body.from()),
                monthOrNull(body.to()), body.reason()), messages, null, locale);
    }

    @PutMapping("/members/{id}/dues-basis")
    Map<String, Object> declare(@PathVariable long id, @RequestBody BasisBody body, Locale locale) {
        Member member = member(id);
        DuesBasis basis = ApiProblems.orUnprocessable(rules.declare(member, body.basis(), body.base()), messages, null, locale);
        DuesMonth now = ledger.memberYear(member, ledger.thisMonth().getYear()).months().get(ledger.thisMonth());
        var answer = new LinkedHashMap<String, Object>();
        answer.put("basis", basis);
        answer.put("dueThisMonth", now == null ? null : now.due());
        return answer;
    }

    @GetMapping("/cells/{id}/dues-settings")
    DuesSettings.Settings settings(@PathVariable long id) {
        return settings.of(cell(id));
    }

    @PutMapping(path = "/cells/{id}/dues-settings", consumes = MediaType.APPLICATION_JSON_VALUE)
    DuesSettings.Settings setSettings(@PathVariable long id, @RequestBody SettingsBody body, Locale locale) {
        return ApiProblems.orUnprocessable(settings.set(cell(id), body.collector(), body.remindDay(),
                body.startMonth() == null ? null : month(body.startMonth(), locale)), messages, null, locale);
    }

    private OrgUnit cell(long id) {
        return organization.unit(id).filter(OrgUnit::isCell).orElseThrow(() -> ApiProblems.notFound("problem.noUnit", id));
    }

    private Member member(long id) {
        return organization.member(id).filter(member -> member.unit().isCell())
                .orElseThrow(() -> ApiProblems.notFound("problem.noMember", id));
    }

    private YearMonth month(String month, Locale locale) {
        YearMonth parsed = monthOrNull(month);
        if (parsed == null) {
            throw ApiProblems.refused(HttpStatus.BAD_REQUEST, messages, null, List.of("dues.problem.month"), locale);
        }
        return parsed;
    }

    private static YearMonth monthOrNull(String month) {
        try {
            return month == null ? null : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
