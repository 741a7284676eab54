package vn.chibo.attendance;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.FirstSaturday;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Wrong check-in codes count across the cell too: members cannot share out the guessing of one meeting's code. */
class CheckInGuessingTest {

    @TempDir
    Path folder;

    @Test
    void wrongCodesOfSeveralMembersTogetherCloseCodeCheckInForTheMeeting() {
        try (var app = RunningApp.start(folder, "chibo.attendance.wrong-codes-per-meeting=7")) {
            var roster = Roster.load(app);
            long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
            long meeting = FirstSaturday.nextMeeting(app, cell);
            WebChatUser an = linked(app, roster, "Nguyễn Văn An");
            WebChatUser binh = linked(app, roster, "Trần Thị Bình");
            WebChatUser cuong = linked(app, roster, "Lê Văn Cường");
            app.clock.advance(Duration.ofDays(8).plusHours(10).plusMinutes(30));
            String code = app.adminPost("/api/admin/meetings/" + meeting + "/check-in/open", "application/json", "")
                    .json().get("code").asString();
            String wrong = code.equals("1111") ? "2222" : "1111";

            for (int i = 0; i < 4; i++) {
                an.sayText("/diemdanh comat");
                assertThat(an.sayText(wrong)).contains("Mã không đúng");
            }
            for (int i = 0; i < 3; i++) {
                binh.sayText("/diemdanh comat");
                binh.sayText(wrong);
            }
            cuong.sayText("/diemdanh comat");
            assertThat(cuong.sayText(code)).as("seven wrong codes in the cell together")
                    .contains("sai mã quá nhiều lần");
        }
    }

    private static WebChatUser linked(RunningApp app, Roster roster, String fullName) {
        var user = new WebChatUser(app);
        user.say("/start " + roster.code(fullName));
        return user;
    }
}
