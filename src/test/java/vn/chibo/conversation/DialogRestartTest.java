package vn.chibo.conversation;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.MutableClock;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

class DialogRestartTest {

    @TempDir
    Path folder;

    @Test
    void aDialogOpenBeforeARestartGoesOnAfterIt() {
        var clock = new MutableClock(RunningApp.START);
        WebChatUser an;
        Roster roster;
        try (var before = RunningApp.start(folder, clock)) {
            roster = Roster.load(before);
            an = new WebChatUser(before);
            an.say("/start " + roster.code("Nguyễn Văn An"));
            assertThat(an.sayText("/moi")).contains("số điện thoại");
        }

        try (var after = RunningApp.start(folder, clock)) {
            var sameBrowser = an.on(after);
            assertThat(sameBrowser.sayText("0912345002")).contains("Mã mời mới cho đồng chí Trần Thị Bình");
        }
    }

    @Test
    void aDialogLeftForADayIsForgotten() {
        var clock = new MutableClock(RunningApp.START);
        try (var app = RunningApp.start(folder, clock)) {
            var an = new WebChatUser(app);
            an.say("/start " + Roster.load(app).code("Nguyễn Văn An"));
            an.say("/moi");

            clock.advance(Duration.ofHours(25));

            assertThat(an.sayText("0912345002")).contains("Tôi chưa hiểu");
        }
    }
}
