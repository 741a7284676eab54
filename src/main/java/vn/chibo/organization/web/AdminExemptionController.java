package vn.chibo.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.common.Outcome;
import vn.chibo.organization.Exemption;
import vn.chibo.organization.Exemptions;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.web.ApiProblems;

/**
 * A member's exemption from meetings (miễn sinh hoạt): {@code from} and {@code to} are days ("2026-12-01") or
 * whole months ("2026-12": from its first day, to its last); a null {@code to} has no end.
 */
@RestController
@RequestMapping("/api/admin/members/{id}/exemption")
class AdminExemptionController {

    record ExemptionRequest(String from, String to, String reason) {
    }

    record ExemptionView(long memberId, LocalDate from, LocalDate to, String reason, boolean wantsReminders,
                         boolean current) {

        static ExemptionView of(Exemption span, LocalDate today) {
            return new ExemptionView(span.memberId(), span.from(), span.to(), span.reason(), span.wantsReminders(),
                    span.covers(today));
        }
    }

    private final Organization organization;
    private final Exemptions exemptions;
    private final MessageSource messages;
    private final Clock clock;

    AdminExemptionController(Organization organization, Exemptions exemptions, MessageSource messages,
                             Clock clock) {
        this.organization = organization;
        this.exemptions = exemptions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    List<ExemptionView> list(@PathVariable long id) {
        Member member = member(id);
        LocalDate today = LocalDate.now(clock);
        return exemptions.of(member.id()).stream().map(span -> ExemptionView.of(span, today)).toList();
    }

    @PutMapping
    ExemptionView set(@PathVariable long id, @RequestBody ExemptionRequest body, Locale locale) {
        Member member = member(id);
        Optional<LocalDate> from = day(body.from(), false, locale);
        Optional<LocalDate> to = day(body.to(), true, locale);
        Exemption set = ApiProblems.orUnprocessable(exemptions.set(member.id(), from.orElse(null), to.orElse(null),
                body.reason()), messages, "exemption.refused", locale);
        return ExemptionView.of(set, LocalDate.now(clock));
    }

    /** Ends the exemption that holds now: the member is expected again from today. */
    @DeleteMapping
    List<ExemptionView> end(@PathVariable long id, Locale locale) {
        Member member = member(id);
        Outcome<Optional<Exemption>, String> ended = exemptions.end(member.id());
        ApiProblems.orUnprocessable(ended, messages, "exemption.refused", locale);
        return list(id);
    }

    private Member member(long id) {
        return organization.member(id).orElseThrow(() -> ApiProblems.notFound("problem.noMember", id));
    }

    private Optional<LocalDate> day(String written, boolean end, Locale locale) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        try {
            if (written.strip().length() == 7) {
                YearMonth month = YearMonth.parse(written.strip());
                return Optional.of(end ? month.atEndOfMonth() : month.atDay(1));
            }
            return Optional.of(LocalDate.parse(written.strip()));
        } catch (DateTimeParseException e) {
            throw ApiProblems.badRequest(messages.getMessage("exemption.problem.date", new Object[] {written}, locale));
        }
    }
}
