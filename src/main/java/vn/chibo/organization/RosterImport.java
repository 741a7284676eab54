package vn.chibo.organization;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chibo.common.Outcome;

/**
 * Imports a roster CSV: every row is checked first, and one bad row means nothing is imported.
 * Members are matched by phone, so importing the same file again changes nothing.
 */
@Service
public class RosterImport {

    /** Rows written per transaction by {@link #importInSlices}: the bot goes on answering between two. */
    static final int SLICE = 500;

    private final OrgStore store;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final RosterChecks checks;
    private final TransactionTemplate transaction;
    private final Exemptions exemptions;

    RosterImport(OrgStore store, Organization organization, MessageSource messages, Clock clock,
                 ApplicationEventPublisher events, RosterChecks checks, TransactionTemplate transaction,
                 Exemptions exemptions) {
        this.exemptions = exemptions;
        this.events = events;
        this.checks = checks;
        this.store = store;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
        this.transaction = transaction;
    }

    /**
     * @param locale the language of the problem messages
     * @return what was imported, or refused listing every problem when any row is bad (then nothing was)
     */
    @Transactional
    public Outcome<RosterImportResult, RosterProblem> importCsv(String csv, Locale locale) {
        return importCsv(csv, locale, null);
    }

    /** The same, for an admin whose scope is {@code scopePath}: a row outside it is a problem of its own. */
    @Transactional
    public Outcome<RosterImportResult, RosterProblem> importCsv(String csv, Locale locale, String scopePath) {
        Outcome<List<RosterRow>, RosterProblem> checked = check(csv, locale, scopePath);
        if (!(checked instanceof Outcome.Done<List<RosterRow>, RosterProblem> rows)) {
            return Outcome.refused(checked.reasons());
        }
        var applying = new RosterApplying(store, organization, exemptions, clock.instant());
        rows.value().forEach(applying::row);
        return Outcome.done(finish(applying));
    }

    /**
     * The same for a file of any size: checked whole first (nothing written), then written {@value #SLICE} rows
     * per transaction, so a province's roster does not hold the database for its whole length. {@code progress}
     * hears the rows written so far, and first how many there are (as a negative number).
     */
    public Outcome<RosterImportResult, RosterProblem> importInSlices(String csv, Locale locale, IntConsumer progress) {
        Outcome<List<RosterRow>, RosterProblem> checked = check(csv, locale, null);
        if (!(checked instanceof Outcome.Done<List<RosterRow>, RosterProblem> done)) {
            return Outcome.refused(checked.reasons());
        }
        List<RosterRow> rows = done.value();
        progress.accept(-rows.size());
        var applying = new RosterApplying(store, organization, exemptions, clock.instant());
        for (int start = 0; start < rows.size(); start += SLICE) {
            List<RosterRow> slice = rows.subList(start, Math.min(rows.size(), start + SLICE));
            transaction.executeWithoutResult(status -> slice.forEach(applying::row));
            progress.accept(Math.min(rows.size(), start + SLICE));
        }
        return Outcome.done(transaction.execute(status -> finish(applying)));
    }

    private Outcome<List<RosterRow>, RosterProblem> check(String csv, Locale locale, String scopePath) {
        var problems = new RosterProblems(messages, locale);
        List<RosterRow> rows = RosterCsv.parse(csv, problems);
        checks.check(rows, problems);
        if (scopePath != null) {
            rows.stream().filter(row -> !OrgUnit.covers(scopePath, row.pathText())).forEach(row ->
                    problems.add(row.number(), row.cellColumn(), "roster.problem.outsideScope", row.pathText(), scopePath));
        }
        return problems.isEmpty() ? Outcome.done(rows) : Outcome.refused(problems.sorted());
    }

    private RosterImportResult finish(RosterApplying applying) {
        List<Long> newCells = applying.newCells();
        if (!newCells.isEmpty()) {
            events.publishEvent(new CellsCreated(newCells));
        }
        return applying.finish();
    }
}
