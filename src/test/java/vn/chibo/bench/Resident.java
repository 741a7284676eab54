package vn.chibo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * This JVM's resident memory as Linux counts it: now ({@code VmRSS}) and at its highest so far ({@code VmHWM}),
 * with the heap's limit beside them. The benchmarks run the app inside Maven's JVM, with the fake platforms: the
 * figures are an upper bound for the app alone.
 */
final class Resident {

    private static final Pattern LINE = Pattern.compile("^(VmRSS|VmHWM):\\s+(\\d+) kB", Pattern.MULTILINE);

    private Resident() {
    }

    static String memory() {
        long rss = 0;
        long peak = 0;
        try {
            Matcher line = LINE.matcher(Files.readString(Path.of("/proc/self/status")));
            while (line.find()) {
                long megabytes = Long.parseLong(line.group(2)) / 1024;
                if (line.group(1).equals("VmRSS")) {
                    rss = megabytes;
                } else {
                    peak = megabytes;
                }
            }
        } catch (IOException noProc) {
            return "resident memory: unknown here";
        }
        return String.format("resident memory %,d MB now, %,d MB at most so far (heap limit %,d MB)", rss, peak,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
