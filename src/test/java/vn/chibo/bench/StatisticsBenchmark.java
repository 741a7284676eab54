package vn.chibo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chibo.attendance.Attendance;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.organization.RosterImport;
import vn.chibo.statistics.Statistics;
import vn.chibo.support.RunningApp;
import vn.chibo.support.TestDatabase;

/**
 * The statistics benchmark of the README: a committee of 10,000 members in 300 cells with 24 months of
 * monthly meetings, replies and check-ins; one cell's report and the committee report, repeated, with the
 * median and p95. Prints its figures; asserts nothing. {@code -Dchibo.test.database=postgresql} runs it on
 * PostgreSQL; {@code -Dbench.members=100000 -Dbench.cells=3000 -Dbench.months=12} is a province after the 2025
 * merger.
 */
public final class StatisticsBenchmark {

    private static final int CELLS = Integer.getInteger("bench.cells", 300);
    private static final int MEMBERS = Integer.getInteger("bench.members", 10_000);
    private static final int MONTHS = Integer.getInteger("bench.months", 24);
    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 10);
    private static final int RUNS = Integer.getInteger("bench.runs", 60);
    private static final String COMMITTEE = "Đảng ủy phường Bench";

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("chibo-stats-bench");
        try (var app = RunningApp.startOnSystemClock(folder, "chibo.statistics.tick=1h", "chibo.quiz.tick=1h",
                "chibo.reminders.tick=1h")) {
            long start = System.nanoTime();
            generate(app);
            System.out.printf("generated %,d members in %d cells, %d months: %.1f s; %s%n", MEMBERS, CELLS, MONTHS,
                    (System.nanoTime() - start) / 1e9, Resident.memory());
            Statistics statistics = app.bean(Statistics.class);
            Organization organization = app.bean(Organization.class);
            OrgUnit committee = organization.unitByPath(COMMITTEE).orElseThrow();
            OrgUnit cell = organization.cellsUnder(committee).get(CELLS / 2);
            Statistics.Period year = statistics.lastTwelveMonths();
            Statistics.Period twoYears = new Statistics.Period(year.to().minusMonths(MONTHS - 1L), year.to());

            var cellTotal = statistics.cell(cell, year).total();
            var committeeTotal = statistics.committee(committee, year).total();
            System.out.printf("one cell, 12 months: %d meetings, %d member places, %.1f%% present; committee: %d meetings,"
                    + " %,d member places, %.1f%% present%n", cellTotal.meetings(), cellTotal.expected(),
                    cellTotal.attendanceRate(), committeeTotal.meetings(), committeeTotal.expected(),
                    committeeTotal.attendanceRate());
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            Runnable forget = () -> jdbc.update("DELETE FROM meeting_tally");
            compare("cell figures, 12 months", forget, () -> statistics.cell(cell, year));
            measure("cell figures + every member's figures, 12 months (/thongke)", () -> {
                statistics.cell(cell, year);
                return statistics.members(cell, year);
            });
            compare("committee figures, 12 months", forget, () -> statistics.committee(committee, year));
            if (MONTHS >= 24) {
                compare("cell figures, 24 months", forget, () -> statistics.cell(cell, twoYears));
                compare("committee figures, 24 months", forget, () -> statistics.committee(committee, twoYears));
                List<Long> cellIds = organization.cellsUnder(committee).stream().map(OrgUnit::id).toList();
                var meetings = app.bean(Meetings.class);
                var attendance = app.bean(Attendance.class);
                Instant from = twoYears.from().atDay(1).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
                measure("  of which: the meetings and their records read, 24 months",
                        () -> attendance.records(meetings.held(cellIds, from, Instant.now())));
            }
            int graded = keepRecords(app);
            System.out.printf("every other meeting now keeps its record (minutes): %,d meetings graded%n", graded);
            compare("cell figures with grades, 12 months", forget, () -> statistics.cell(cell, year));
            compare("committee figures with grades, 12 months", forget, () -> statistics.committee(committee, year));
            System.out.println(Resident.memory());
            if (TestDatabase.postgres()) {
                sizes(jdbc);
            }
        }
        System.exit(0);
    }

    private static void measure(String name, Supplier<?> report) {
        measure(name, () -> { }, report);
    }

    /**
     * The report worked out from the records, every meeting's counts forgotten before each run (the path before the
     * counts were kept, plus keeping them, as the first report after a change to every meeting), then from the counts
     * kept; every figure of the two must be the same, or the benchmark stops there.
     */
    private static void compare(String name, Runnable forget, Supplier<?> report) {
        forget.run();
        Object worked = report.get();
        Object kept = report.get();
        if (!worked.equals(kept)) {
            throw new IllegalStateException(name + ": the kept counts give other figures than the records\n" + worked
                    + "\n" + kept);
        }
        double before = measure(name + ", from the records", forget, report);
        double after = measure(name + ", from kept counts", () -> { }, report);
        System.out.printf("%-62s every figure the same; median %.1fx faster%n", "", before / after);
    }

    /** Runs the report, {@code before} each run outside the time; prints the median and p95 and answers the median. */
    private static double measure(String name, Runnable before, Supplier<?> report) {
        for (int i = 0; i < WARM_UP; i++) {
            before.run();
            report.get();
        }
        long[] micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            before.run();
            long start = System.nanoTime();
            report.get();
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf("%-62s median %7.1f ms   p95 %7.1f ms   (%d runs)%n", name, micros[RUNS / 2] / 1000.0,
                micros[(int) Math.ceil(RUNS * 0.95) - 1] / 1000.0, RUNS);
        return micros[RUNS / 2] / 1000.0;
    }

    /** The largest tables after the run: rows and bytes on disk with their indexes, for sizing a deployment. */
    private static void sizes(JdbcTemplate jdbc) {
        jdbc.execute("ANALYZE");
        System.out.println("largest tables (rows, size with indexes):");
        jdbc.query("""
                SELECT relname, n_live_tup, pg_total_relation_size(relid) FROM pg_stat_user_tables
                ORDER BY pg_total_relation_size(relid) DESC LIMIT 10""", rs -> {
            System.out.printf("  %-22s %,12d rows %,10.1f MB%n", rs.getString(1), rs.getLong(2), rs.getLong(3) / 1e6);
        });
        System.out.printf("  database in all: %,.1f MB%n",
                jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class) / 1e6);
    }

    /** Minutes for every other meeting, as a secretary who keeps the record saves them: those meetings are graded. */
    private static int keepRecords(RunningApp app) {
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        app.bean(TransactionTemplate.class).executeWithoutResult(status -> jdbc.update("""
                INSERT INTO meeting_record (meeting_id, chair, note_taker, ended_at, conclusion, updated_at)
                SELECT id, 'Bí thư', 'Thư ký', starts_at + 5400000, 'Thống nhất nghị quyết', starts_at + 5400000
                FROM meeting WHERE id % 2 = 0"""));
        return jdbc.queryForObject("SELECT COUNT(*) FROM meeting_record", Integer.class);
    }

    /** The roster through the real import; meetings, replies and check-ins written in bulk. */
    private static void generate(RunningApp app) {
        var csv = new StringBuilder("cell,full_name,phone,role,status\n");
        for (int i = 0; i < MEMBERS; i++) {
            int cell = i % CELLS;
            csv.append(COMMITTEE).append("/Chi bộ ").append(cell + 1).append(',')
                    .append("Đảng viên ").append(i + 1).append(',')
                    .append(String.format("09%08d", i)).append(',')
                    .append(i < CELLS ? "secretary" : "member").append(",official\n");
        }
        app.bean(RosterImport.class).importCsv(csv.toString(), Locale.ENGLISH).orElseThrow();

        Organization organization = app.bean(Organization.class);
        OrgUnit committee = organization.unitByPath(COMMITTEE).orElseThrow();
        List<OrgUnit> cells = organization.cellsUnder(committee);
        var members = organization.membersUnder(committee);
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        YearMonth last = YearMonth.now(zone).minusMonths(1);
        var random = new Random(42);
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        app.bean(TransactionTemplate.class).executeWithoutResult(status -> {
            long now = Instant.now().toEpochMilli();
            for (OrgUnit cell : cells) {
                List<Member> ofCell = members.stream().filter(m -> m.unit().id() == cell.id()).toList();
                for (int back = 0; back < MONTHS; back++) {
                    YearMonth month = last.minusMonths(back);
                    Instant startsAt = month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY))
                            .atTime(LocalTime.of(19, 30)).atZone(zone).toInstant();
                    Long meetingId = jdbc.queryForObject("""
                            INSERT INTO meeting (cell_id, kind, starts_at, time_zone, place, regular_month, moved, version,
                                                 created_at, updated_at)
                            VALUES (?, 'REGULAR', ?, ?, 'Nhà văn hóa', ?, FALSE, 1, ?, ?) RETURNING id""", Long.class,
                            cell.id(), startsAt.toEpochMilli(), zone.getId(), month.toString(), now, now);
                    var replies = new ArrayList<Object[]>();
                    var presence = new ArrayList<Object[]>();
                    for (Member member : ofCell) {
                        double roll = random.nextDouble();
                        String reply = roll < 0.85 ? "ATTENDING" : roll < 0.92 ? "ABSENT_WITH_REASON" : roll < 0.95 ? "ABSENT" : null;
                        long repliedAt = startsAt.toEpochMilli() - 86_400_000L;
                        if (reply != null) {
                            replies.add(new Object[] {meetingId, member.id(), reply,
                                    reply.equals("ABSENT_WITH_REASON") ? "Bận việc gia đình" : null, repliedAt});
                        }
                        boolean present = "ATTENDING".equals(reply) ? random.nextDouble() < 0.95 : random.nextDouble() < 0.1;
                        presence.add(new Object[] {meetingId, member.id(), present, startsAt.toEpochMilli()});
                    }
                    jdbc.batchUpdate("INSERT INTO rsvp (meeting_id, member_id, reply, reason, channel, replied_at) "
                            + "VALUES (?, ?, ?, ?, 'TELEGRAM', ?)", replies);
                    jdbc.batchUpdate("INSERT INTO presence (meeting_id, member_id, present, source, marked_at) "
                            + "VALUES (?, ?, ?, 'CODE', ?)", presence);
                    jdbc.update("INSERT INTO check_in (meeting_id, cell_id, code, opened_at, closed_at) VALUES (?, ?, '1234', ?, ?)",
                            meetingId, cell.id(), startsAt.toEpochMilli(), startsAt.toEpochMilli() + 7_200_000L);
                }
            }
        });
    }
}
