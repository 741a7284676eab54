package vn.chibo.organization.web;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.common.Outcome;
import vn.chibo.organization.DeepLinks;
import vn.chibo.organization.RosterImport;
import vn.chibo.organization.RosterImportResult;
import vn.chibo.organization.RosterImports;
import vn.chibo.organization.RosterProblem;
import vn.chibo.organization.RosterTemplate;
import vn.chibo.web.ApiProblems;

/**
 * Roster imports through the admin API: a CSV body checked whole, then written a slice at a time; with
 * {@code Prefer: respond-async} the answer comes at once (202) and {@code GET /roster/imports/{id}} tells how far
 * the import has come and, at the end, what it did or every problem.
 */
@RestController
@RequestMapping("/api/admin")
class RosterImportController {

    /** A province's roster (150,000 rows) as CSV is well under this. */
    private static final int MAX_BYTES = 32 * 1024 * 1024;

    private final RosterImport rosterImport;
    private final RosterImports imports;
    private final DeepLinks deepLinks;
    private final MessageSource messages;
    private final RosterTemplate template;

    RosterImportController(RosterImport rosterImport, RosterImports imports, DeepLinks deepLinks, MessageSource messages,
                           RosterTemplate template) {
        this.template = template;
        this.rosterImport = rosterImport;
        this.imports = imports;
        this.deepLinks = deepLinks;
        this.messages = messages;
    }

    record ImportedMemberView(long memberId, String fullName, String phone, String cell, String role, String status,
                              String change, boolean linked, String inviteCode, Instant inviteExpiresAt,
                              String telegramLink) {
    }

    record RoleChangeView(long memberId, String fullName, String phone, String from, String to) {
    }

    record RosterAnswer(int created, int updated, int unchanged, List<ImportedMemberView> members,
                        List<String> createdUnits, List<RoleChangeView> roleChanges) {
    }

    record JobView(long id, String state, Integer rowsTotal, int rowsDone, RosterAnswer result,
                   List<RosterProblem> errors) {
    }

    @GetMapping("/roster/template.xlsx")
    ResponseEntity<byte[]> templateXlsx(Locale locale) {
        return RosterTemplates.xlsx(template, locale);
    }

    @GetMapping("/roster/template.csv")
    ResponseEntity<String> templateCsv(Locale locale) {
        return RosterTemplates.csv(template, locale);
    }

    @PostMapping("/roster")
    ResponseEntity<?> importRoster(@RequestBody(required = false) byte[] body,
                                   @RequestHeader(name = "Prefer", required = false) String prefer, Locale locale) {
        String csv = utf8(body, locale);
        if (prefer != null && prefer.contains("respond-async")) {
            long id = imports.start(csv, locale);
            return ResponseEntity.accepted().location(URI.create("/api/admin/roster/imports/" + id))
                    .body(job(id));
        }
        var outcome = rosterImport.importInSlices(csv, locale, done -> { });
        if (!(outcome instanceof Outcome.Done<RosterImportResult, RosterProblem> done)) {
            throw rejected(outcome.reasons(), locale);
        }
        return ResponseEntity.ok(answer(done.value()));
    }

    @GetMapping("/roster/imports/{id}")
    JobView job(@PathVariable long id) {
        return imports.job(id).map(job -> new JobView(job.id(), job.state().name(), job.rowsTotal(), job.rowsDone(),
                        job.result() == null ? null : answer(job.result()), job.problems()))
                .orElseThrow(() -> ApiProblems.notFound("problem.noImport", id));
    }

    private RosterAnswer answer(RosterImportResult result) {
        return new RosterAnswer(result.created(), result.updated(), result.unchanged(), result.members().stream()
                .map(m -> new ImportedMemberView(m.memberId(), m.fullName(), m.phone(), m.unitPath(), m.role().name(),
                        m.status() == null ? null : m.status().name(), m.change().name(), m.linked(), m.inviteCode(),
                        m.inviteExpiresAt(), m.inviteCode() == null ? null : deepLinks.telegram(m.inviteCode())))
                .toList(), result.createdUnits(), result.roleChanges().stream()
                .map(c -> new RoleChangeView(c.memberId(), c.fullName(), c.phone(), c.from().name(), c.to().name()))
                .toList());
    }

    private ErrorResponseException rejected(List<RosterProblem> problems, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("roster.rejected", new Object[] {problems.size()}, locale));
        problem.setTitle(messages.getMessage("roster.rejected.title", null, locale));
        problem.setProperty("errors", problems);
        return ApiProblems.of(problem);
    }

    private String utf8(byte[] body, Locale locale) {
        if (body != null && body.length > MAX_BYTES) {
            throw ApiProblems.refused(HttpStatus.CONTENT_TOO_LARGE, messages, null, List.of("roster.problem.tooLarge"),
                    locale);
        }
        if (body == null || body.length == 0) {
            throw rejected(List.of(new RosterProblem(1, null, messages.getMessage("roster.problem.empty", null, locale))),
                    locale);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw rejected(List.of(new RosterProblem(1, null, messages.getMessage("roster.problem.notUtf8", null, locale))),
                    locale);
        }
    }
}
