package vn.chibo.organization;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.common.Outcome;

/**
 * Rosters imported in the background, one at a time, for files too large to wait for: the caller gets a job at
 * once and asks how far it has come (rows checked, then written) and, at the end, what it did or every problem.
 */
@Service
public class RosterImports {

    public enum State { CHECKING, IMPORTING, DONE, REFUSED, FAILED }

    /** Where a job stands; {@code result} once done, {@code problems} once refused. */
    public record Job(long id, State state, Integer rowsTotal, int rowsDone, RosterImportResult result,
                      List<RosterProblem> problems) {
    }

    private static final Logger log = LoggerFactory.getLogger(RosterImports.class);
    private static final TypeReference<List<RosterProblem>> PROBLEMS = new TypeReference<>() { };

    private final RosterImport rosterImport;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "roster-import");
        thread.setDaemon(true);
        return thread;
    });

    RosterImports(RosterImport rosterImport, JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.rosterImport = rosterImport;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Queues the file and answers the job's id; it is checked and written in the background. */
    public long start(String csv, Locale locale) {
        long id = jdbc.sql("INSERT INTO roster_import_job (state, created_at) VALUES ('CHECKING', ?) RETURNING id")
                .param(clock.instant().toEpochMilli()).query(Long.class).single();
        worker.execute(() -> run(id, csv, locale));
        return id;
    }

    public Optional<Job> job(long id) {
        return jdbc.sql("SELECT * FROM roster_import_job WHERE id = ?").param(id).query((rs, row) -> {
            State state = State.valueOf(rs.getString("state"));
            int total = rs.getInt("rows_total");
            Integer rowsTotal = rs.wasNull() ? null : total;
            String outcome = rs.getString("outcome");
            return new Job(rs.getLong("id"), state, rowsTotal, rs.getInt("rows_done"),
                    state == State.DONE ? json.readValue(outcome, RosterImportResult.class) : null,
                    state == State.REFUSED ? json.readValue(outcome, PROBLEMS) : null);
        }).optional();
    }

    /** A job the app was stopped in the middle of: the file can be imported again, which changes nothing twice. */
    @EventListener(ApplicationReadyEvent.class)
    void interrupted() {
        jdbc.sql("UPDATE roster_import_job SET state = 'FAILED', finished_at = ? WHERE state IN ('CHECKING', 'IMPORTING')")
                .param(clock.instant().toEpochMilli()).update();
    }

    private void run(long id, String csv, Locale locale) {
        try {
            var outcome = rosterImport.importInSlices(csv, locale, done -> progress(id, done));
            if (outcome instanceof Outcome.Done<RosterImportResult, RosterProblem> imported) {
                finish(id, State.DONE, json.writeValueAsString(imported.value()));
            } else {
                finish(id, State.REFUSED, json.writeValueAsString(outcome.reasons()));
            }
        } catch (RuntimeException e) {
            log.error("Roster import {} failed", id, e);
            finish(id, State.FAILED, null);
        }
    }

    /** A negative count is the number of rows checked, before writing begins. */
    private void progress(long id, int done) {
        if (done < 0) {
            jdbc.sql("UPDATE roster_import_job SET state = 'IMPORTING', rows_total = ? WHERE id = ?").params(-done, id).update();
        } else {
            jdbc.sql("UPDATE roster_import_job SET rows_done = ? WHERE id = ?").params(done, id).update();
        }
    }

    private void finish(long id, State state, String outcome) {
        jdbc.sql("UPDATE roster_import_job SET state = ?, outcome = ?, finished_at = ? WHERE id = ?")
                .params(state.name(), outcome, clock.instant().toEpochMilli(), id).update();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
