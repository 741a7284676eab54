package vn.chibo.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.support.DashboardLink;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year-end review on the users' path, in the demo committee: a round opened through the admin API, members'
 * self-reviews in chat (one refused a grade its score does not reach, one dropped a grade whose condition it does not
 * meet), one on the web form, one filled by the secretary for a member without a chat, a reminder and a late
 * submission, a probationary member in and an exempted one out; the review meeting's comments and votes, the cap on
 * "xuất sắc" in a cell of 31, the minutes, the list upward and the self-reviews read back, and the committee's
 * decided grades uploaded and told to each member privately.
 */
class YearEndReviewTest {

    private static final String COMMITTEE = "Đảng bộ phường Vĩnh Phúc (demo)";
    private static final String CELL = COMMITTEE + "/Chi bộ tổ dân phố Liên Bảo 1";
    private static final String BIG_CELL = COMMITTEE + "/Chi bộ tổ dân phố Liên Bảo 9";
    private static final Pattern LINK = Pattern.compile("http://(?:localhost|127\\.0\\.0\\.1):\\d+(/kd/[A-Za-z0-9_-]+)");
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TempDir
    Path folder;

    @Test
    void aRoundOpensMembersReviewThemselvesTheCellProposesUnderTheCapAndTheCommitteeDecides() throws Exception {
        try (var app = RunningApp.start(folder, "chibo.demo.enabled=true", "chibo.review.tick=200ms")) {
            var organization = app.bean(Organization.class);
            OrgUnit committee = organization.unitByPath(COMMITTEE).orElseThrow();
            assertThat(app.importRoster("""
                    cell,full_name,phone,role,status,joined_on
                    %1$s,Trịnh Văn Phúc,0900000017,member,official,12/03/2001
                    %1$s,Mai Thị Hoa,0900000018,member,probationary,01/09/2026
                    """.formatted(CELL)).status()).isEqualTo(200);
            OrgUnit cell = organization.unitByPath(CELL).orElseThrow();
            Map<String, Member> members = organization.membersOf(cell).stream()
                    .collect(Collectors.toMap(Member::fullName, member -> member));

            WebChatUser an = chat(app, members.get("Nguyễn Văn An"), "vi");
            WebChatUser binh = chat(app, members.get("Trần Thị Bình"), "vi");
            WebChatUser cuong = chat(app, members.get("Lê Văn Cường"), "vi");
            WebChatUser dung = chat(app, members.get("Phạm Thị Dung"), "vi");
            WebChatUser duc = chat(app, members.get("Hoàng Minh Đức"), "en");
            WebChatUser tho = chat(app, members.get("Lý Văn Thọ"), "vi");

            var badFrame = app.send("PUT", "/api/admin/org-units/" + committee.id() + "/review-frame", "application/json",
                    frameWithGroups(app, committee, 30, 60));
            assertThat(badFrame.status()).isEqualTo(422);
            assertThat(badFrame.json().get("detail").asString()).contains("cộng lại đúng 100 điểm");
            JsonNode frame = app.adminGet("/api/admin/org-units/" + committee.id() + "/review-frame").json();
            assertThat(frame.get("excellentFrom").asInt()).isEqualTo(90);
            assertThat(frame.get("capPercent").asInt()).isEqualTo(20);
            assertThat(frame.get("basis").toString()).contains("\"facts\":\"51\"", "UNVERIFIED", "\"facts\":\"59\"");

            var opened = app.adminPost("/api/admin/org-units/" + committee.id() + "/reviews", "application/json",
                    "{\"year\":2026,\"selfReviewDue\":\"2026-12-15\",\"cellMeetingsBy\":\"2026-12-25\"}");
            assertThat(opened.status()).as(opened.body()).isEqualTo(201);
            long round = opened.json().get("id").asLong();
            assertThat(app.adminPost("/api/admin/org-units/" + committee.id() + "/reviews", "application/json",
                    "{\"year\":2026,\"selfReviewDue\":\"2026-12-15\",\"cellMeetingsBy\":\"2026-12-25\"}").status())
                    .as("one round a year").isEqualTo(422);

            String toldAn = an.awaitPushedContaining("Đợt kiểm điểm");
            assertThat(toldAn).contains("trước ngày 15/12/2026");
            String toldDung = dung.awaitPushedContaining("Đợt kiểm điểm");
            Matcher link = LINK.matcher(toldDung);
            assertThat(link.find()).isTrue();
            assertThat(duc.awaitPushedContaining("review")).contains("before 15/12/2026");
            assertThat(tho.sayText("/kiemdiem")).as("exempted from work and meetings: not reviewed")
                    .contains("không thuộc diện kiểm điểm năm 2026");

            JsonNode sheet = app.adminGet("/api/admin/reviews/" + round + "/cells/" + cell.id()).json();
            assertThat(row(sheet, "Lý Văn Thọ").get("included").asBoolean()).isFalse();
            assertThat(row(sheet, "Lý Văn Thọ").get("outReason").asString()).isEqualTo("được miễn công tác và sinh hoạt đảng");
            assertThat(row(sheet, "Mai Thị Hoa").get("outReason").asString()).isEqualTo("vào Đảng chưa đủ 6 tháng");
            assertThat(row(sheet, "Hoàng Minh Đức").get("included").asBoolean()).as("probationary, reviewed").isTrue();
            assertThat(sheet.get("reviewed").asInt()).isEqualTo(6);

            // An stops after two items; his draft is kept and the bot goes on at the third
            assertThat(an.sayText("/kiemdiem toi")).contains("Bản tự kiểm điểm năm 2026, hạn nộp 15/12/2026", "Mục 1/4");
            an.say("Giữ vững lập trường, gương mẫu.");
            an.say("Hoàn thành nhiệm vụ bí thư chi bộ.");
            assertThat(an.sayText("/kiemdiem toi")).contains("Mục 3/4").doesNotContain("Mục 1/4");
            an.say("Giữ đúng cam kết rèn luyện.");
            an.say("Không có gợi ý; đã khắc phục hạn chế năm trước.");
            assertThat(an.sayText("91")).as("a score above the group's points").contains("từ 0 đến 30");
            an.say("26");
            an.say("62");
            answerFailCases(an, "khong");
            assertThat(pressText(an, "/kiemdiem tl EXCELLENT")).contains("chỉ đạt mức «Hoàn thành tốt nhiệm vụ»");
            pressText(an, "/kiemdiem tl GOOD");
            assertThat(pressText(an, "/kiemdiem tl co")).contains("Tổng: 88/100 điểm", "Nộp");
            assertThat(pressText(an, "/kiemdiem nop")).contains("Đã nộp bản tự kiểm điểm năm 2026", "88/100");

            // Bình reaches the band of xuất sắc but not its second condition: the bot asks the grade again
            fillItemsAndScores(binh, 27, 63);
            answerFailCases(binh, "khong");
            pressText(binh, "/kiemdiem tl EXCELLENT");
            pressText(binh, "/kiemdiem tl co");
            assertThat(pressText(binh, "/kiemdiem tl khong")).contains("Chưa đạt điều kiện thì không xếp loại «Hoàn thành xuất sắc nhiệm vụ»");
            pressText(binh, "/kiemdiem tl GOOD");
            pressText(binh, "/kiemdiem tl co");
            assertThat(pressText(binh, "/kiemdiem nop")).contains("Đã nộp", "90/100", "Hoàn thành tốt nhiệm vụ");

            // Đức, probationary, in English
            fillItemsAndScores(duc, "/review toi", 20, 45);
            answerFailCases(duc, "khong");
            assertThat(pressText(duc, "/review tl GOOD")).contains("A total of 65 only reaches \"Completed tasks\"");
            pressText(duc, "/review tl DONE");
            pressText(duc, "/review tl co");
            pressText(duc, "/review tl co");
            assertThat(pressText(duc, "/review nop")).contains("Your 2026 self-review is submitted", "65/100");

            // Dung on the web form: a grade above her score is refused, then a draft, then submitted
            String form = link.group(1);
            assertThat(app.get(form).body()).contains("Bản tự kiểm điểm năm 2026", "Phạm Thị Dung", "Mẫu 2C");
            Map<String, String> fields = webForm(24, 56, "EXCELLENT");
            fields.put("action", "submit");
            String refused = app.post(form, FORM, encode(fields)).body();
            assertThat(refused).contains("Tổng 80 điểm chỉ đạt mức «Hoàn thành tốt nhiệm vụ»").doesNotContain("id=\"submitted\"");
            fields = webForm(24, 56, "GOOD");
            fields.put("condition-GOOD-0", "on");
            fields.put("action", "save");
            assertThat(app.post(form, FORM, encode(fields)).body()).contains("Đã lưu nháp.");
            fields.put("action", "submit");
            assertThat(app.post(form, FORM, encode(fields)).body()).contains("Đã nộp bản tự kiểm điểm. Cảm ơn đồng chí.");

            // Phúc has no chat: the secretary fills his on the dashboard
            var browser = DashboardLink.signedIn(app, an);
            String base = "http://127.0.0.1:" + app.port();
            assertThat(DashboardLink.page(browser, base + "/dashboard/reviews")).contains("Chi bộ tổ dân phố Liên Bảo 1");
            long phuc = members.get("Trịnh Văn Phúc").id();
            String phucForm = base + "/dashboard/reviews/" + round + "/members/" + phuc;
            Map<String, String> onPaper = webForm(25, 57, "GOOD");
            onPaper.put("condition-GOOD-0", "on");
            onPaper.put("action", "submit");
            assertThat(DashboardLink.submit(browser, phucForm, DashboardLink.page(browser, phucForm), onPaper).body())
                    .contains("Đã nộp bản tự kiểm điểm.");

            assertThat(an.sayText("/kiemdiem")).as("the secretary sees who has submitted")
                    .contains("Đã nộp 5/6", "Chưa nộp: Lê Văn Cường", "Lý Văn Thọ (được miễn công tác và sinh hoạt đảng)");

            // three days before the due date Cường, who has not submitted, is reminded; An, who has, is not
            setClock(app, "2026-12-12T01:30:00Z");
            assertThat(cuong.awaitPushedContaining("Nhắc: bản tự kiểm điểm")).contains("trước ngày 15/12/2026");
            assertThat(String.join("\n", an.inbox())).doesNotContain("Nhắc: bản tự kiểm điểm");
            setClock(app, "2026-12-16T02:00:00Z");
            fillItemsAndScores(cuong, 25, 55);
            answerFailCases(cuong, "khong");
            pressText(cuong, "/kiemdiem tl GOOD");
            pressText(cuong, "/kiemdiem tl co");
            assertThat(pressText(cuong, "/kiemdiem nop")).contains("Đã nộp (sau hạn)");

            // the secretary reopens Bình's review; she changes nothing but submits it again
            long binhId = members.get("Trần Thị Bình").id();
            assertThat(app.adminPost("/api/admin/reviews/" + round + "/members/" + binhId + "/reopen", "application/json", "")
                    .json().get("state").asString()).isEqualTo("DRAFT");
            assertThat(binh.sayText("/kiemdiem toi")).contains("Tổng: 90/100 điểm", "Nộp");
            assertThat(pressText(binh, "/kiemdiem nop")).contains("Đã nộp (sau hạn)");

            // the review meeting: agenda in order, comments and votes for each, probationary members have no vote
            var meeting = app.adminPost("/api/admin/cells/" + cell.id() + "/meetings", "application/json",
                    "{\"kind\":\"REVIEW\",\"startsAt\":\"2026-12-20T19:30\",\"place\":\"Nhà văn hóa tổ dân phố Liên Bảo 1\"}");
            assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
            long meetingId = meeting.json().get("id").asLong();
            browser = DashboardLink.signedIn(app, an);
            String meetingPage = DashboardLink.page(browser, base + "/dashboard/meetings/" + meetingId);
            assertThat(meetingPage).contains("Hội nghị kiểm điểm cuối năm", "id=\"review-agenda\"");
            String agenda = meetingPage.substring(meetingPage.indexOf("id=\"review-agenda\""));
            assertThat(agenda.indexOf("Nguyễn Văn An")).isLessThan(agenda.indexOf("Hoàng Minh Đức"));
            assertThat(agenda.indexOf("Trịnh Văn Phúc")).isLessThan(agenda.indexOf("Chi bộ tự đánh giá, xếp loại"));

            var tooMany = app.send("PUT", "/api/admin/reviews/" + round + "/members/" + members.get("Hoàng Minh Đức").id()
                    + "/proposal", "application/json", proposal(meetingId, "DONE", 7));
            assertThat(tooMany.status()).isEqualTo(422);
            Map<String, String> proposed = new LinkedHashMap<>();
            proposed.put("Nguyễn Văn An", "GOOD");
            proposed.put("Trần Thị Bình", "EXCELLENT");
            proposed.put("Lê Văn Cường", "GOOD");
            proposed.put("Phạm Thị Dung", "GOOD");
            proposed.put("Hoàng Minh Đức", "DONE");
            for (var entry : proposed.entrySet()) {
                var answer = app.send("PUT", "/api/admin/reviews/" + round + "/members/" + members.get(entry.getKey()).id()
                        + "/proposal", "application/json", proposal(meetingId, entry.getValue(), 5));
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            }
            String cellPage = base + "/dashboard/reviews/" + round + "/cells/" + cell.id();
            Map<String, String> byHand = new LinkedHashMap<>();
            byHand.put("grade", "GOOD");
            byHand.put("comments", "Gương mẫu, nhiệt tình\nCần tham gia đều hơn");
            byHand.put("meetingId", String.valueOf(meetingId));
            byHand.put("vote", "hands");
            byHand.put("for", "5");
            byHand.put("against", "0");
            byHand.put("abstain", "0");
            assertThat(DashboardLink.submit(browser, base + "/dashboard/reviews/" + round + "/members/" + phuc + "/proposal",
                    DashboardLink.page(browser, cellPage), byHand).statusCode()).isEqualTo(302);
            proposed.put("Trịnh Văn Phúc", "GOOD");
            String sheetPage = DashboardLink.page(browser, cellPage);
            String phucRow = sheetPage.substring(sheetPage.indexOf("id=\"member-" + phuc + "\""));
            assertThat(phucRow.substring(0, phucRow.indexOf("</tr>"))).contains("đã nộp", "bí thư điền hộ",
                    "Hoàn thành tốt nhiệm vụ", "Tán thành 5, không tán thành 0");
            var own = app.send("PUT", "/api/admin/reviews/" + round + "/cells/" + cell.id() + "/proposal", "application/json",
                    "{\"meetingId\":" + meetingId + ",\"grade\":\"GOOD\",\"selfScore\":84,\"comments\":[\"Duy trì sinh hoạt đều\"],\"ballots\":true}");
            assertThat(own.status()).as(own.body()).isEqualTo(200);
            assertThat(app.adminGet("/api/admin/meetings/" + meetingId + "/votes").body())
                    .as("the cell's own grade put to the vote by ballots").contains("Đề nghị xếp loại Chi bộ tổ dân phố Liên Bảo 1");

            // in a cell of 31, 25 proposals of tốt allow 5 of xuất sắc: the sixth is flagged
            List<Long> big = importBigCell(app);
            for (int i = 0; i < 25; i++) {
                assertThat(propose(app, round, big.get(i), "GOOD").get("cap").get("over").asBoolean()).isFalse();
            }
            for (int i = 25; i < 30; i++) {
                assertThat(propose(app, round, big.get(i), "EXCELLENT").get("cap").get("over").asBoolean()).isFalse();
            }
            JsonNode sixth = propose(app, round, big.get(30), "EXCELLENT");
            assertThat(sixth.get("cap").get("over").asBoolean()).isTrue();
            assertThat(sixth.get("capText").asString()).contains("Vượt tỷ lệ xuất sắc: 6 đề nghị xuất sắc", "20% của 25", "chỉ là 5");
            var bigSecretary = new WebChatUser(app);
            bigSecretary.actAsDemoMember(big.get(0));
            String bigPage = DashboardLink.page(DashboardLink.signedIn(app, bigSecretary),
                    base + "/dashboard/reviews/" + round + "/cells/" + organization.unitByPath(BIG_CELL).orElseThrow().id());
            assertThat(bigPage).contains("id=\"cap\" class=\"problem\"", "Vượt tỷ lệ xuất sắc: 6 đề nghị xuất sắc");

            // the minutes, the list upward and the self-reviews, read back
            String minutes = docx(app.adminGetBytes("/api/admin/reviews/" + round + "/cells/" + cell.id() + "/minutes.docx"));
            assertThat(minutes).contains("BIÊN BẢN HỘI NGHỊ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG NĂM 2026",
                    "Tán thành 5, không tán thành 0, không biểu quyết 0", "Gương mẫu, nhiệt tình", "Tự chấm điểm: 84");
            for (String name : proposed.keySet()) {
                assertThat(minutes).contains(name);
            }
            assertThat(minutes).doesNotContain("Lý Văn Thọ");
            List<List<String>> list = rows(app.adminGetBytes("/api/admin/reviews/" + round + "/cells/" + cell.id() + "/list.xlsx"));
            assertThat(list.get(0)).contains("Mã", "Họ và tên", "Tự chấm điểm", "Chi bộ đề nghị", "Tán thành", "Cấp trên quyết định");
            assertThat(list).hasSize(1 + 6 + 1);
            List<String> ducRow = list.stream().filter(r -> r.contains("Hoàng Minh Đức")).findFirst().orElseThrow();
            assertThat(ducRow).contains("Đảng viên dự bị", "65", "Hoàn thành nhiệm vụ", "5");
            assertThat(list.get(list.size() - 1)).contains("Tập thể Chi bộ tổ dân phố Liên Bảo 1", "84", "Hoàn thành tốt nhiệm vụ");
            List<String> archive = zipNames(app.adminGetBytes("/api/admin/reviews/" + round + "/cells/" + cell.id() + "/self-reviews.zip"));
            assertThat(archive).hasSize(6);
            String binhReview = docx(app.adminGetBytes("/api/admin/reviews/" + round + "/members/" + members.get("Trần Thị Bình").id()
                    + "/self-review.docx"));
            assertThat(binhReview).contains("BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG NĂM 2026", "Trần Thị Bình",
                    "CHI BỘ TỔ DÂN PHỐ LIÊN BẢO 1", "Tự xếp loại: Hoàn thành tốt nhiệm vụ", "NGƯỜI TỰ KIỂM ĐIỂM", "Trả lời mục 1");

            // a filled-in list with a grade nobody can read changes nothing; the right one tells each member theirs
            var wrong = app.sendBytes("PUT", "/api/admin/reviews/" + round + "/grades", XLSX,
                    decided(app.adminGetBytes("/api/admin/reviews/" + round + "/cells/" + cell.id() + "/list.xlsx"), "Tốt lắm"));
            assertThat(wrong.status()).isEqualTo(422);
            assertThat(wrong.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
            var decidedList = decided(app.adminGetBytes("/api/admin/reviews/" + round + "/cells/" + cell.id() + "/list.xlsx"), null);
            var graded = app.sendBytes("PUT", "/api/admin/reviews/" + round + "/grades", XLSX, decidedList);
            assertThat(graded.status()).as(graded.body()).isEqualTo(200);
            assertThat(graded.json().get("recorded").asInt()).isEqualTo(7);
            assertThat(binh.awaitPushedContaining("Cấp ủy đã quyết định")).contains("Hoàn thành xuất sắc nhiệm vụ");
            String anGrade = an.awaitPushedContaining("Cấp ủy đã quyết định");
            assertThat(anGrade).contains("Hoàn thành tốt nhiệm vụ").doesNotContain("xuất sắc");
            assertThat(duc.awaitPushedContaining("The committee has decided")).contains("Completed tasks");

            var outside = app.send("PUT", "/api/admin/reviews/" + round + "/grades", "application/json",
                    "{\"members\":[{\"memberId\":" + members.get("Hoàng Minh Đức").id() + ",\"grade\":\"GOOD\"},{\"memberId\":99999,\"grade\":\"GOOD\"}]}");
            assertThat(outside.status()).as("one decision outside the committee: none recorded").isEqualTo(422);
            assertThat(outside.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
            var byJson = app.send("PUT", "/api/admin/reviews/" + round + "/grades", "application/json",
                    "{\"cells\":[{\"cellId\":" + organization.unitByPath(BIG_CELL).orElseThrow().id() + ",\"grade\":\"DONE\"}]}");
            assertThat(byJson.json().get("recorded").asInt()).isEqualTo(1);
            assertThat(row(app.adminGet("/api/admin/reviews/" + round + "/cells/" + cell.id()).json(), "Hoàng Minh Đức")
                    .get("decided").asString()).as("a refused batch records nothing").isEqualTo("DONE");

            JsonNode rolled = app.adminGet("/api/admin/org-units/" + committee.id() + "/reviews").json().get(0);
            assertThat(rolled.get("decided").asInt()).isEqualTo(6);
            assertThat(rolled.get("decidedGrades").get("EXCELLENT").asInt()).isEqualTo(1);
            assertThat(rolled.get("decidedShares").get("GOOD").asDouble()).isEqualTo(66.7);
            for (JsonNode line : rolled.get("cells")) {
                if (line.get("cellId").asLong() == cell.id()) {
                    assertThat(line.get("decidedGrades").get("GOOD").asInt()).as("grades per cell").isEqualTo(4);
                    assertThat(line.get("cellDecided").asString()).isEqualTo("GOOD");
                }
            }
            assertThat(rolled.get("cellsMissing").toString()).contains("Chi bộ tổ dân phố Khai Quang 2")
                    .doesNotContain("Liên Bảo 1\"");

            // the secretary moves a member admitted less than six months ago into the round, with a reason
            String hoa = "/api/admin/reviews/" + round + "/members/" + members.get("Mai Thị Hoa").id() + "/placement";
            assertThat(app.send("PUT", hoa, "application/json", "{\"included\":true}").status()).as("no reason").isEqualTo(422);
            assertThat(app.send("PUT", hoa, "application/json", "{\"included\":true,\"reason\":\"Chuyển sinh hoạt từ chi bộ khác, "
                    + "đã đủ thời gian\"}").status()).isEqualTo(200);
            JsonNode moved = row(app.adminGet("/api/admin/reviews/" + round + "/cells/" + cell.id()).json(), "Mai Thị Hoa");
            assertThat(moved.get("included").asBoolean()).isTrue();
        }
    }

    private static WebChatUser chat(RunningApp app, Member member, String language) {
        var user = new WebChatUser(app, language);
        user.actAsDemoMember(member.id());
        return user;
    }

    private static void fillItemsAndScores(WebChatUser user, int general, int tasks) {
        fillItemsAndScores(user, "/kiemdiem toi", general, tasks);
    }

    private static void fillItemsAndScores(WebChatUser user, String command, int general, int tasks) {
        user.say(command);
        for (int item = 1; item <= 4; item++) {
            user.say("Trả lời mục " + item + " của tôi.");
        }
        user.say(String.valueOf(general));
        user.say(String.valueOf(tasks));
    }

    private static void answerFailCases(WebChatUser user, String answer) {
        for (int question = 0; question < 4; question++) {
            user.press("/kiemdiem tl " + answer);
        }
    }

    private static String pressText(WebChatUser user, String payload) {
        return String.join("\n", user.press(payload).stream().map(WebChatUser.Reply::text).toList());
    }

    private static Map<String, String> webForm(int general, int tasks, String grade) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("form", "OUTSIDE_SYSTEM");
        for (int item = 0; item < 4; item++) {
            fields.put("answer-" + item, "Trả lời mục " + (item + 1) + " trên mạng.");
        }
        fields.put("score-0", String.valueOf(general));
        fields.put("score-1", String.valueOf(tasks));
        for (int question = 0; question < 4; question++) {
            fields.put("fail-" + question, "false");
        }
        fields.put("grade", grade);
        return fields;
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String proposal(long meetingId, String grade, int votesFor) {
        return "{\"meetingId\":" + meetingId + ",\"grade\":\"" + grade + "\",\"comments\":[\"Gương mẫu, nhiệt tình\","
                + "\"Cần tham gia đều hơn\"],\"votesFor\":" + votesFor + ",\"against\":0,\"abstain\":0}";
    }

    private static JsonNode propose(RunningApp app, long round, long memberId, String grade) {
        var answer = app.send("PUT", "/api/admin/reviews/" + round + "/members/" + memberId + "/proposal", "application/json",
                "{\"grade\":\"" + grade + "\",\"comments\":[]}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<Long> importBigCell(RunningApp app) {
        var csv = new StringBuilder("cell,full_name,phone,role,status\n");
        for (int i = 1; i <= 31; i++) {
            csv.append(BIG_CELL).append(",Đảng viên số ").append(i).append(",09001").append(String.format("%05d", i))
                    .append(',').append(i == 1 ? "secretary" : "member").append(",official\n");
        }
        var imported = app.importRoster(csv.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        var ids = new ArrayList<Long>();
        imported.json().get("members").forEach(member -> ids.add(member.get("memberId").asLong()));
        return ids;
    }

    private static JsonNode row(JsonNode sheet, String name) {
        for (JsonNode row : sheet.get("rows")) {
            if (row.get("fullName").asString().equals(name)) {
                return row;
            }
        }
        throw new AssertionError(name + " is not on the sheet");
    }

    private static void setClock(RunningApp app, String instant) {
        app.clock.advance(Duration.between(app.clock.instant(), Instant.parse(instant)));
    }

    private static String docx(byte[] content) throws IOException {
        try (var document = new XWPFDocument(new ByteArrayInputStream(content))) {
            String paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            String tables = document.getTables().stream().map(table -> table.getText()).collect(Collectors.joining("\n"));
            return paragraphs + "\n" + tables;
        }
    }

    private static List<List<String>> rows(byte[] xlsx) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var formatter = new DataFormatter();
            var rows = new ArrayList<List<String>>();
            for (Row row : workbook.getSheetAt(0)) {
                var cells = new ArrayList<String>();
                for (int column = 0; column < row.getLastCellNum(); column++) {
                    cells.add(formatter.formatCellValue(row.getCell(column)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    /** The list with the committee's column filled in: each row's proposal, or {@code everyGrade} on every row. */
    private static byte[] decided(byte[] xlsx, String everyGrade) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); var out = new ByteArrayOutputStream()) {
            var formatter = new DataFormatter();
            var sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            int proposedColumn = -1;
            int decidedColumn = -1;
            for (int column = 0; column < header.getLastCellNum(); column++) {
                String name = formatter.formatCellValue(header.getCell(column));
                proposedColumn = name.equals("Chi bộ đề nghị") ? column : proposedColumn;
                decidedColumn = name.equals("Cấp trên quyết định") ? column : decidedColumn;
            }
            for (int index = 1; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                row.createCell(decidedColumn).setCellValue(everyGrade != null ? everyGrade
                        : formatter.formatCellValue(row.getCell(proposedColumn)));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> zipNames(byte[] zip) throws IOException {
        var names = new ArrayList<String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static String frameWithGroups(RunningApp app, OrgUnit committee, int general, int tasks) {
        String frame = app.adminGet("/api/admin/org-units/" + committee.id() + "/review-frame").body();
        return frame.replaceFirst("\"points\":30", "\"points\":" + general).replaceFirst("\"points\":70", "\"points\":" + tasks);
    }
}
