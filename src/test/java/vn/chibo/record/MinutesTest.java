package vn.chibo.record;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Organization;
import vn.chibo.support.MutableClock;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The minutes of one meeting, from the agenda to the conclusion, read back from the Word file the admin API and
 * /bienban give: every field a cell's minutes carry.
 */
class MinutesTest {

    private static final Pattern CODE = Pattern.compile("Mã điểm danh: (\\d{4})");

    @TempDir
    Path folder;
    RunningApp app;
    Roster roster;
    Meeting meeting;

    @BeforeEach
    void start() {
        app = RunningApp.start(folder);
        roster = Roster.load(app);
        meeting = app.bean(Meetings.class).add(app.bean(Organization.class).unitByPath(Roster.CELL_3).orElseThrow(),
                Meeting.Kind.THEMATIC, ZonedDateTime.of(LocalDate.of(2026, 11, 28), LocalTime.of(19, 30), MutableClock.VIETNAM),
                "Nhà văn hóa tổ 3", "Học tập Chỉ thị 50", null).orElseThrow();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private WebChatUser linked(String name) {
        var user = new WebChatUser(app);
        user.say("/start " + roster.code(name));
        return user;
    }

    @Test
    void theMinutesCarryEveryFieldFromAgendaToConclusion() throws IOException {
        String base = "/api/admin/meetings/" + meeting.id();
        var agenda = app.send("PUT", base + "/agenda", "application/json", """
                [{"title":"Quán triệt Chỉ thị 50-CT/TW","presenter":"Nguyễn Văn An"},
                 {"title":"Kiểm điểm việc thực hiện nghị quyết tháng 10"}]""");
        assertThat(agenda.status()).isEqualTo(200);
        assertThat(agenda.json().get(1).get("position").asInt()).isEqualTo(2);

        var an = linked("Nguyễn Văn An");
        var binh = linked("Trần Thị Bình");
        var cuong = linked("Lê Văn Cường");
        var ask = binh.say("/diemdanh").get(0);
        var reasons = binh.press(ask.buttonPayloads().get(1)).get(0);
        binh.press(reasons.buttonPayloads().get(reasons.buttonLabels().indexOf("Ốm đau")));

        app.clock.set(meeting.startsAt().toInstant().minus(Duration.ofMinutes(10)));
        var status = an.say("/hop").get(0);
        Matcher code = CODE.matcher(an.press(status.buttonPayloads().get(status.buttonLabels().indexOf("Mở điểm danh"))).get(0).text());
        assertThat(code.find()).isTrue();
        for (WebChatUser present : java.util.List.of(an, cuong)) {
            present.say("/diemdanh");
            present.say(code.group(1));
        }
        app.clock.advance(Duration.ofMinutes(50));

        assertThat(app.adminPost(base + "/speeches", "application/json",
                "{\"memberId\":" + roster.id("Nguyễn Văn An") + ",\"item\":1,\"summary\":\"Quán triệt những điểm mới\"}").status())
                .isEqualTo(201);
        app.adminPost(base + "/speeches", "application/json", "{\"memberId\":" + roster.id("Lê Văn Cường") + ",\"item\":2}");
        var noItem = app.adminPost(base + "/speeches", "application/json", "{\"memberId\":" + roster.id("Lê Văn Cường") + ",\"item\":9}");
        assertThat(noItem.status()).isEqualTo(422);
        assertThat(noItem.json().get("detail").asString()).isEqualTo("Chương trình họp không có mục này.");

        an.say("/bieuquyet moi Thông qua nghị quyết tháng 11");
        long voteId = app.adminGet(base + "/votes").json().get(0).get("id").asLong();
        an.say("/bieuquyet " + voteId + " tan");
        an.say("/bieuquyet dong " + voteId);

        assertThat(app.send("PUT", base + "/minutes", "application/json", """
                {"noteTaker":"Lê Văn Cường","endedAt":"2026-11-28T21:15:00+07:00",
                 "guests":"Đồng chí Hà Văn Khách, đảng ủy viên phường",
                 "conclusion":"Chi bộ thống nhất học tập Chỉ thị 50-CT/TW.\\nGiao đồng chí Cường báo cáo kết quả vào tháng 12."}""")
                .json().get("chair").asString()).as("the secretary chairs until someone else is named").isEqualTo("Nguyễn Văn An");

        String fromApi = text(app.adminGetBytes(base + "/minutes.docx"));
        assertThat(fromApi).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ TỔ DÂN PHỐ 3", "BIÊN BẢN SINH HOẠT CHI BỘ CHUYÊN ĐỀ",
                "Học tập Chỉ thị 50", "Thời gian bắt đầu: 19:30 thứ Bảy, 28/11/2026", "Thời gian kết thúc: 21:15 thứ Bảy, 28/11/2026",
                "Địa điểm: Nhà văn hóa tổ 3", "Chủ trì: Nguyễn Văn An", "Thư ký: Lê Văn Cường",
                "Đảng viên phải dự: 3 (chính thức 2, dự bị 1; không kể 0 đồng chí được miễn sinh hoạt)",
                "Có mặt: 2 (chính thức 1, dự bị 1): Nguyễn Văn An, Lê Văn Cường", "Vắng có lý do: 1: Trần Thị Bình (Ốm đau)", "Vắng không lý do: 0",
                "Khách mời: Đồng chí Hà Văn Khách, đảng ủy viên phường",
                "1. Quán triệt Chỉ thị 50-CT/TW — trình bày: Nguyễn Văn An", "2. Kiểm điểm việc thực hiện nghị quyết tháng 10",
                "- Nguyễn Văn An (mục 1): Quán triệt những điểm mới", "- Lê Văn Cường (mục 2)",
                "🗳 Thông qua nghị quyết tháng 11", "Tán thành 1, không tán thành 0, không biểu quyết 0; chưa biểu quyết 1 trong 2",
                "Chi bộ thống nhất học tập Chỉ thị 50-CT/TW.", "Giao đồng chí Cường báo cáo kết quả vào tháng 12.",
                "THƯ KÝ", "CHỦ TRÌ", "(Ký, ghi rõ họ tên)");

        var grade = app.adminGet(base + "/assessment").json();
        assertThat(grade.get("items")).extracting(item -> item.get("item").asString() + " " + item.get("points").asDouble())
                .containsExactly("DOCUMENTS_AHEAD 0.0", "DURATION 15.0", "ATTENDANCE 16.7", "SPEAKERS 10.0",
                        "RESOLUTION_VOTED 0.0", "MINUTES_COMPLETE 15.0");
        assertThat(grade.get("total").asDouble()).isEqualTo(56.7);
        assertThat(grade.get("gradeText").asString()).isEqualTo("Trung bình");
        assertThat(grade.get("frame").get("name").asString()).startsWith("Khung đánh giá mặc định của bot");
        var answered = app.send("PUT", base + "/assessment", "application/json", "{\"documentsAhead\":true}").json();
        assertThat(answered.get("total").asDouble()).as("the secretary says the documents went out a day ahead").isEqualTo(71.7);
        assertThat(answered.get("grade").asString()).isEqualTo("FAIR");

        long committee = app.bean(Organization.class).unitByPath(Roster.COMMITTEE).orElseThrow().id();
        assertThat(app.send("PUT", "/api/admin/org-units/" + committee + "/quality-frame", "application/json", """
                {"name":"Khung của Đảng ủy phường","documentsPoints":15,"durationPoints":15,"attendancePoints":25,
                 "speakersPoints":15,"resolutionPoints":15,"minutesPoints":15,"minMinutes":90,"minSpeakers":3,
                 "good":95,"fair":75,"average":55}""").status()).isEqualTo(200);
        var byCommittee = app.adminGet(base + "/assessment").json();
        assertThat(byCommittee.get("frame").get("name").asString()).isEqualTo("Khung của Đảng ủy phường");
        assertThat(byCommittee.get("gradeText").asString()).as("the committee's own thresholds").isEqualTo("Trung bình");
        assertThat(app.adminGet("/api/admin/org-units/" + cell3() + "/quality-frame").json().get("definedAt").asLong())
                .as("a cell inherits its committee's frame").isEqualTo(committee);
        assertThat(app.send("PUT", "/api/admin/org-units/" + committee + "/quality-frame", "application/json", """
                {"name":"Sai","documentsPoints":15,"durationPoints":15,"attendancePoints":25,"speakersPoints":15,
                 "resolutionPoints":15,"minutesPoints":15,"minMinutes":90,"minSpeakers":3,"good":50,"fair":75,"average":55}""")
                .status()).isEqualTo(422);

        var file = an.say("/bienban").get(0);
        assertThat(file.fileName()).isEqualTo("bien-ban-2026-11-28-" + meeting.id() + ".docx");
        assertThat(text(app.getBytes(file.fileUrl()))).contains("Có mặt: 2 (chính thức 1, dự bị 1): Nguyễn Văn An, Lê Văn Cường");
        assertThat(binh.sayText("/bienban")).as("for the cell's leaders").contains("dành cho bí thư");
    }

    private long cell3() {
        return app.bean(Organization.class).unitByPath(Roster.CELL_3).orElseThrow().id();
    }

    private static String text(byte[] docx) throws IOException {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            String tables = document.getTables().stream().map(table -> table.getText()).collect(Collectors.joining("\n"));
            return paragraphs + "\n" + tables;
        }
    }
}
