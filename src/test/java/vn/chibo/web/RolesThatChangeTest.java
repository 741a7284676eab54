package vn.chibo.web;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.organization.Organization;
import vn.chibo.support.DashboardLink;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dashboard session follows the roster: a secretary whom a roster import makes a plain member loses her open
 * session at her next request (she can neither read the cell nor cancel its meeting); a secretary moved to another
 * cell sees that cell, not the old one.
 */
class RolesThatChangeTest {

    @TempDir
    Path folder;
    RunningApp app;
    Roster roster;

    @BeforeEach
    void start() {
        app = RunningApp.start(folder);
        roster = Roster.load(app);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aSecretaryMadeAMemberLosesHerOpenDashboardSession() {
        var an = new WebChatUser(app, "vi");
        an.say("/start " + roster.code("Nguyễn Văn An"));
        HttpClient browser = DashboardLink.signedIn(app, an);
        long cell = unit(Roster.CELL_3);
        long meeting = app.adminPost("/api/admin/cells/" + cell + "/meetings", "application/json", """
                {"kind":"THEMATIC","startsAt":"2026-12-20T19:30","place":"Nhà văn hóa","title":"Chuyên đề"}""")
                .json().get("id").asLong();
        String meetingPage = DashboardLink.page(browser, url("/dashboard/meetings/" + meeting));
        assertThat(meetingPage).as("signed in as secretary").contains("Chuyên đề", "Dời hoặc hủy");

        assertThat(app.importRoster(Roster.CSV.replace("Nguyễn Văn An,0912345001,secretary", "Nguyễn Văn An,0912345001,member"))
                .status()).isEqualTo(200);

        assertThat(DashboardLink.page(browser, url("/dashboard/cells/" + cell))).as("the cell's page after the demotion")
                .doesNotContain("Nguyễn Văn An", "Trần Thị Bình");
        HttpResponse<String> cancel = DashboardLink.submit(browser, url("/dashboard/meetings/" + meeting + "/cancel"),
                meetingPage, Map.of("reason", "Không họp nữa"));
        assertThat(cancel.statusCode()).isNotEqualTo(200);
        assertThat(app.adminGet("/api/admin/cells/" + cell + "/meetings").json().findValues("status"))
                .as("the meeting stands").isNotEmpty().allMatch(status -> status.asString().equals("SCHEDULED"));
    }

    @Test
    void aSecretaryMovedToAnotherCellSeesThatCellOnly() {
        var an = new WebChatUser(app, "vi");
        an.say("/start " + roster.code("Nguyễn Văn An"));
        HttpClient browser = DashboardLink.signedIn(app, an);
        assertThat(DashboardLink.page(browser, url("/dashboard/cells/" + unit(Roster.CELL_3)))).contains("Trần Thị Bình");

        assertThat(app.importRoster(Roster.CSV.replace(Roster.CELL_3 + ",Nguyễn Văn An", Roster.CELL_4 + ",Nguyễn Văn An"))
                .status()).isEqualTo(200);

        assertThat(DashboardLink.page(browser, url("/dashboard/cells/" + unit(Roster.CELL_3))))
                .as("the old cell").doesNotContain("Trần Thị Bình");
        assertThat(DashboardLink.page(browser, url("/dashboard/cells/" + unit(Roster.CELL_4))))
                .as("the new cell").contains("Hoàng Văn Em");
    }

    private long unit(String path) {
        return app.bean(Organization.class).unitByPath(path).orElseThrow().id();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }
}
