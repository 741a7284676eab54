package vn.chibo.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where a benchmark's processor time went: each live thread's CPU time between two moments, added up by the
 * thread's name with its numbers left out (the inbound workers, the outbox senders, the fake platform's server), and
 * the PostgreSQL server's processes on this machine, which take their share of the same processors.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Linux counts a process's processor time in ticks of 1/100 s ({@code USER_HZ}). */
    private static final long MILLIS_PER_TICK = 10;

    private final Map<Long, Long> start = new HashMap<>();
    private final long wallStart = System.nanoTime();
    private final long postgresStart = postgresMillis();

    private ThreadCpu() {
        for (long id : THREADS.getAllThreadIds()) {
            start.put(id, THREADS.getThreadCpuTime(id));
        }
    }

    /** The processor time of every PostgreSQL server process on this machine so far (0 where there is none). */
    private static long postgresMillis() {
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    if (stat.contains("(postgres)")) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while the list was read
                }
            }
        } catch (IOException noProc) {
            return 0;
        }
        return ticks * MILLIS_PER_TICK;
    }

    static ThreadCpu start() {
        return new ThreadCpu();
    }

    /** The CPU time since the start by group of threads, in milliseconds, largest first, as one line. */
    String report() {
        double wallMillis = (System.nanoTime() - wallStart) / 1e6;
        Map<String, Long> byGroup = new TreeMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            ThreadInfo info = THREADS.getThreadInfo(id);
            long now = THREADS.getThreadCpuTime(id);
            if (info == null || now < 0) {
                continue;
            }
            String group = info.getThreadName().replaceAll("\\d+", "N");
            byGroup.merge(group, (now - start.getOrDefault(id, 0L)) / 1_000_000, Long::sum);
        }
        long postgres = postgresMillis() - postgresStart;
        if (postgres > 0) {
            byGroup.put("PostgreSQL server", postgres);
        }
        long total = byGroup.values().stream().mapToLong(Long::longValue).sum();
        return String.format("CPU %,d ms over %,.0f ms wall (%.2f cores): ", total, wallMillis, total / wallMillis)
                + byGroup.entrySet().stream().filter(e -> e.getValue() * 50 >= total)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
