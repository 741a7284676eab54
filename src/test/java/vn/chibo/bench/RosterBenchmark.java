package vn.chibo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;

import tools.jackson.databind.JsonNode;

import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

/**
 * The roster benchmark of the README: a province's roster (100,000 members in 3,000 cells under 150 ward
 * committees) imported in the background, while a member keeps asking the bot for help every half second; prints
 * the import's time and the bot's answer times meanwhile (median, p95, worst). Asserts nothing.
 */
public final class RosterBenchmark {

    private static final int MEMBERS = 100_000;
    private static final int CELLS = 3_000;
    private static final int WARDS = 150;

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("chibo-roster-bench");
        try (var app = RunningApp.startOnSystemClock(folder, "chibo.reminders.tick=1h", "chibo.quiz.tick=1h")) {
            String member = app.importRoster("cell,full_name,phone,role,status\n"
                    + "Tỉnh Bench/Phường 0/Chi bộ 0,Người Hỏi,0980000000,member,official\n").json()
                    .get("members").get(0).get("inviteCode").asString();
            var asker = new WebChatUser(app);
            asker.say("/start " + member);

            var csv = new StringBuilder("cell,full_name,phone,role,status\n");
            for (int i = 0; i < MEMBERS; i++) {
                int cell = i % CELLS;
                csv.append("Tỉnh Bench/Phường ").append(cell % WARDS).append("/Chi bộ ").append(cell)
                        .append(",Đảng viên ").append(i).append(",09").append(String.format("%08d", i + 1))
                        .append(",member,official\n");
            }
            System.out.printf("roster: %,d rows, %.1f MB%n", MEMBERS, csv.length() / 1e6);
            long start = System.nanoTime();
            String location = app.post("/api/admin/roster", "text/csv", csv.toString(),
                    "Authorization", "Bearer " + RunningApp.ADMIN_TOKEN, "Prefer", "respond-async")
                    .headers().get("location").get(0);
            var answers = new ArrayList<Double>();
            JsonNode job;
            long lastPrint = 0;
            do {
                long asked = System.nanoTime();
                asker.sayText("/trogiup");
                answers.add((System.nanoTime() - asked) / 1e6);
                job = app.adminGet(location).json();
                if (System.nanoTime() - lastPrint > 5e9) {
                    System.out.printf("  %5.1f s: %s %s/%s%n", (System.nanoTime() - start) / 1e9, job.get("state").asString(),
                            job.get("rowsDone").asInt(), job.get("rowsTotal").isNull() ? "?" : job.get("rowsTotal").asInt());
                    lastPrint = System.nanoTime();
                }
                Thread.sleep(500);
            } while (job.get("state").asString().equals("CHECKING") || job.get("state").asString().equals("IMPORTING"));
            System.out.printf("import %s in %.1f s: %s%n", job.get("state").asString(), (System.nanoTime() - start) / 1e9,
                    job.get("result").isNull() ? job.get("errors") : "created " + job.get("result").get("created").asInt()
                            + ", units " + job.get("result").get("createdUnits").size());
            Collections.sort(answers);
            System.out.printf("bot answers meanwhile (%d): median %.0f ms, p95 %.0f ms, worst %.0f ms%n", answers.size(),
                    answers.get(answers.size() / 2), answers.get((int) Math.ceil(answers.size() * 0.95) - 1),
                    answers.get(answers.size() - 1));
        }
    }
}
