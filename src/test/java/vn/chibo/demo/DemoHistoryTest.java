package vn.chibo.demo;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.meeting.Meetings;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** A new user's first look at the demo: a year of meetings, replies, check-ins and quizzes is already there. */
class DemoHistoryTest {

    @TempDir
    Path folder;
    RunningApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private WebChatUser as(String name) {
        var user = new WebChatUser(app);
        long id = app.bean(Organization.class).membersUnder(
                app.bean(Organization.class).unitByPath(DemoCommittee.ROOT_PATH).orElseThrow()).stream()
                .filter(member -> member.fullName().equals(name)).findFirst().orElseThrow().id();
        user.actAsDemoMember(id);
        return user;
    }

    @Test
    void theDemoComesWithAYearOfMeetingsRepliesCheckInsAndQuizzesMadeOnce() {
        app = RunningApp.start(folder, "chibo.demo.enabled=true");
        var an = as("Nguyễn Văn An");
        String figures = an.sayText("/thongke");
        assertThat(figures).contains("Chi bộ tổ dân phố Liên Bảo 1 — năm 2026",
                "Buổi gần nhất: 19:30 thứ Bảy, 07/11/2026: có mặt 5/5", "13 buổi, 13 buổi đã điểm danh",
                "⚠️ Lê Văn Cường: vắng không lý do 2 tháng trong năm 2026 — nhắc nhở")
                .doesNotContain("Lý Văn Thọ: vắng không lý do");
        assertThat(figures).as("the last months' meetings kept a record, so they are graded").contains(
                "Xếp loại chất lượng theo khung chấm điểm: Khá (80 điểm).",
                "Xếp loại chất lượng theo khung chấm điểm (5 cuộc họp): bình quân 77,5 điểm — Tốt 0, Khá 4, Trung bình 1, Kém 0.");
        var cuong = as("Lê Văn Cường");
        assertThat(cuong.sayText("/cuatoi")).contains("⚠️ Năm 2026: đồng chí đã vắng không lý do 2 tháng");
        assertThat(cuong.sayText("/bangxephang")).contains("1. Trần Thị Bình — 10/10 câu", "Lê Văn Cường — 7/10 câu");
        assertThat(gradesInTheFiguresAreTheMeetingPagesGrades()).as("graded meetings of the demo's cells").isEqualTo(10);
        String committee = as("Ngô Thị Khánh").sayText("/thongke");
        assertThat(committee).contains("26 buổi, 26 buổi đã điểm danh");
        int meetings = meetingsSoFar();

        app.close();
        app = RunningApp.start(folder, "chibo.demo.enabled=true");
        assertThat(meetingsSoFar()).as("the history is made once").isEqualTo(meetings);
        assertThat(as("Ngô Thị Khánh").sayText("/thongke")).contains("26 buổi, 26 buổi đã điểm danh");
    }

    /** Each grade the cells' figures give (read in bulk) is the one the meeting's own page gives; how many there are. */
    private int gradesInTheFiguresAreTheMeetingPagesGrades() {
        var organization = app.bean(Organization.class);
        int graded = 0;
        for (OrgUnit cell : organization.cellsUnder(organization.unitByPath(DemoCommittee.ROOT_PATH).orElseThrow())) {
            for (JsonNode meeting : app.adminGet("/api/admin/cells/" + cell.id() + "/stats").json().get("meetings")) {
                if (meeting.get("gradePoints").isNull()) {
                    continue;
                }
                JsonNode assessment = app.adminGet("/api/admin/meetings/" + meeting.get("meetingId").asLong() + "/assessment").json();
                assertThat(meeting.get("gradePoints").asDouble()).isEqualTo(assessment.get("total").asDouble());
                assertThat(meeting.get("grade").asString()).isEqualTo(assessment.get("grade").asString());
                graded++;
            }
        }
        return graded;
    }

    private int meetingsSoFar() {
        var organization = app.bean(Organization.class);
        var cells = organization.cellsUnder(organization.unitByPath(DemoCommittee.ROOT_PATH).orElseThrow());
        return app.bean(Meetings.class).held(cells.stream().map(OrgUnit::id).toList(), Instant.EPOCH,
                app.clock.instant()).size();
    }
}
