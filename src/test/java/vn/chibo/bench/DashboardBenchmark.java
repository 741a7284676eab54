package vn.chibo.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import tools.jackson.databind.JsonNode;

import vn.chibo.support.DashboardLink;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

/**
 * The dashboard benchmark of the README: a cell of 300 members and one of 3,000 (a roster gone wrong), each with a
 * meeting half the members replied to; the cell page and the meeting page asked for again and again by a signed-in
 * secretary over HTTP, with the median and p95 and the size of the page. Prints its figures; asserts nothing.
 */
public final class DashboardBenchmark {

    private static final int WARM_UP = 10;
    private static final int RUNS = 60;

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("chibo-dashboard-bench");
        try (var app = RunningApp.startOnSystemClock(folder, "chibo.reminders.tick=1h", "chibo.quiz.tick=1h")) {
            for (int members : List.of(300, 3_000)) {
                measure(app, members);
            }
        }
    }

    private static void measure(RunningApp app, int members) throws Exception {
        String cellPath = "Đảng bộ phường Bench/Chi bộ " + members;
        var csv = new StringBuilder("cell,full_name,phone,role,status\n");
        for (int i = 0; i < members; i++) {
            csv.append(cellPath).append(",Đảng viên ").append(i).append(",09").append(String.format("%d%07d", members / 100 % 10, i))
                    .append(i == 0 ? ",secretary" : ",member").append(",official\n");
        }
        JsonNode imported = app.importRoster(csv.toString()).json();
        long cell = -1;
        for (JsonNode unit : app.adminGet("/api/admin/cells").json()) {
            if (unit.get("path").asString().equals(cellPath)) {
                cell = unit.get("id").asLong();
            }
        }
        long meeting = app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json", """
                {"kind":"THEMATIC","startsAt":"%s","place":"Hội trường","title":"Chuyên đề"}"""
                .formatted(ZonedDateTime.now().plusDays(20).withNano(0).toOffsetDateTime())).json().get("id").asLong();
        for (int i = 1; i < members; i += 2) {
            var member = new WebChatUser(app);
            member.say("/start " + imported.get("members").get(i).get("inviteCode").asString());
            member.press("/diemdanh " + meeting + " co");
        }
        var secretary = new WebChatUser(app);
        secretary.say("/start " + imported.get("members").get(0).get("inviteCode").asString());
        HttpClient browser = DashboardLink.signedIn(app, secretary);
        String base = "http://127.0.0.1:" + app.port();
        report(members, "cell page", browser, base + "/dashboard/cells/" + cell);
        report(members, "meeting page", browser, base + "/dashboard/meetings/" + meeting);
        report(members, "call list page", browser, base + "/dashboard/meetings/" + meeting + "/calls");
    }

    private static void report(int members, String what, HttpClient browser, String url) throws Exception {
        var times = new ArrayList<Double>();
        int bytes = 0;
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            long start = System.nanoTime();
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double millis = (System.nanoTime() - start) / 1e6;
            if (page.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + page.statusCode());
            }
            bytes = page.body().getBytes(StandardCharsets.UTF_8).length;
            if (run >= WARM_UP) {
                times.add(millis);
            }
        }
        Collections.sort(times);
        System.out.printf("%,d members, %s: median %.1f ms, p95 %.1f ms, %,d bytes%n", members, what,
                times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1), bytes);
    }
}
