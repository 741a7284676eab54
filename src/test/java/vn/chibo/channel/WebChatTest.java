package vn.chibo.channel;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

class WebChatTest {

    @TempDir
    Path folder;

    @Test
    void inDemoModeTheChatPageOffersTheDemoCommitteeAndADemoMemberLinksAndGetsHelp() {
        try (var app = RunningApp.start(folder, "chibo.demo.enabled=")) {
            var page = app.get("/chat");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).contains("/api/chat/messages", "demo-login");

            JsonNode config = app.get("/api/chat/config").json();
            assertThat(config.get("demo").asBoolean()).isTrue();
            JsonNode secretary = null;
            for (JsonNode member : config.get("demoMembers")) {
                if (member.get("role").asString().equals("SECRETARY")) {
                    secretary = member;
                    break;
                }
            }
            assertThat(config.get("demoMembers").size()).isGreaterThanOrEqualTo(6);
            assertThat(secretary).isNotNull();
            assertThat(secretary.get("roleLabel").asString()).isEqualTo("Bí thư");

            var browser = new WebChatUser(app);
            var greeting = browser.actAsDemoMember(secretary.get("id").asLong()).get(0);
            assertThat(greeting.text()).contains("Chào đồng chí " + secretary.get("fullName").asString());

            var help = browser.press(greeting.buttonPayloads().get(greeting.buttonLabels().indexOf("Trợ giúp"))).get(0);
            assertThat(help.text()).contains("/thanhvien", "/moi");
            assertThat(browser.press("/thanhvien").get(0).text()).contains(secretary.get("fullName").asString());
            assertThat(browser.sayText("/lich")).as("the demo committee meets on the first Saturday")
                    .contains("19:30 thứ Bảy, 05/12/2026", "Nhà văn hóa khu phố");
        }
    }

    /** After the 2025 reform: a ward committee of Phú Thọ with street cells, and an elderly member exempted. */
    @Test
    void theDemoCommitteeFollowsThePostReformTree() {
        try (var app = RunningApp.start(folder, "chibo.demo.enabled=")) {
            var paths = new java.util.ArrayList<String>();
            app.adminGet("/api/admin/org-units").json().forEach(unit -> paths.add(unit.get("path").asString()));
            assertThat(paths).contains("Đảng bộ phường Vĩnh Phúc (demo)",
                    "Đảng bộ phường Vĩnh Phúc (demo)/Chi bộ tổ dân phố Liên Bảo 1",
                    "Đảng bộ phường Vĩnh Phúc (demo)/Chi bộ tổ dân phố Khai Quang 2");
            assertThat(paths).noneMatch(path -> path.contains("huyện") || path.contains("thành phố Vĩnh Yên"));
            long tho = 0;
            for (JsonNode member : app.get("/api/chat/config").json().get("demoMembers")) {
                if (member.get("fullName").asString().equals("Lý Văn Thọ")) {
                    tho = member.get("id").asLong();
                }
            }
            assertThat(app.adminGet("/api/admin/members/" + tho + "/exemption").json().get(0).get("current").asBoolean())
                    .isTrue();
        }
    }

    @Test
    void withDemoModeOffTheWebChatLinksOnlyThroughAnInviteCode() {
        try (var demo = RunningApp.start(folder, "chibo.demo.enabled=true")) {
            assertThat(demo.get("/api/chat/config").json().get("demoMembers").size()).isPositive();
        }
        try (var app = RunningApp.start(folder, "chibo.demo.enabled=false")) {
            JsonNode config = app.get("/api/chat/config").json();
            assertThat(config.get("demo").asBoolean()).isFalse();
            assertThat(config.get("demoMembers")).isEmpty();

            var response = app.post("/api/chat/demo-login", "application/json", "{\"memberId\":2}");
            assertThat(response.status()).isEqualTo(404);
            assertThat(new WebChatUser(app).sayText("/hoso")).contains("chưa liên kết");
        }
    }

    @Test
    void aPlatformTokenTurnsTheDemoOffUnlessItIsAskedFor() {
        try (var app = RunningApp.start(folder, "chibo.demo.enabled=", "chibo.zalo.token=zalo-test-token")) {
            assertThat(app.get("/api/chat/config").json().get("demo").asBoolean()).isFalse();
        }
    }

    @Test
    void theBrowsersIdentityIsTheServersHttpOnlyCookieAndSigningOutEndsIt() {
        try (var app = RunningApp.start(folder)) {
            var roster = Roster.load(app);
            var binh = new WebChatUser(app);
            assertThat(binh.sayText("/start " + roster.code("Trần Thị Bình"))).contains("Chào đồng chí Trần Thị Bình");
            var cookie = binh.chatCookie().orElseThrow();
            assertThat(cookie.isHttpOnly()).isTrue();
            assertThat(cookie.getValue()).as("an id of 192 bits and its signature").hasSize(32 + 1 + 43);

            var stranger = app.post("/api/chat/messages", "application/json",
                    "{\"chatId\":\"" + cookie.getValue() + "\",\"text\":\"/hoso\"}");
            assertThat(stranger.body()).as("an id in the body is no identity").contains("chưa liên kết")
                    .doesNotContain("Trần Thị Bình");
            String issued = String.join(";", stranger.headers().get("set-cookie"));
            assertThat(issued).contains("chibo_chat=", "HttpOnly", "SameSite=Strict").doesNotContain(cookie.getValue());

            String id = cookie.getValue().substring(0, 32);
            for (String forged : List.of(id, id + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                    "A".repeat(32) + cookie.getValue().substring(32))) {
                var named = app.post("/api/chat/messages", "application/json", "{\"text\":\"/hoso\"}",
                        "Cookie", "chibo_chat=" + forged);
                assertThat(named.body()).as("a cookie the server never issued: %s", forged).contains("chưa liên kết")
                        .doesNotContain("Trần Thị Bình");
                assertThat(String.join(";", named.headers().get("set-cookie"))).as("a new identity instead")
                        .contains("chibo_chat=").doesNotContain(id);
            }

            assertThat(binh.sayText("/dangxuat")).contains("Đã đăng xuất");
            assertThat(binh.sayText("/hoso")).contains("chưa liên kết");
        }
    }

    @Test
    void aPagesMessageIdIsItsOwnBrowsersAnotherBrowsersSameIdIsAnotherMessage() {
        try (var app = RunningApp.start(folder)) {
            var first = new WebChatUser(app);
            var second = new WebChatUser(app);
            first.say("/trogiup");
            second.say("/trogiup");
            String body = "{\"messageId\":\"page-message-0001\",\"text\":\"/trogiup\"}";
            assertThat(first.postRaw("/api/chat/messages", body)).contains("liên kết tài khoản");
            assertThat(second.postRaw("/api/chat/messages", body)).as("the same id from another browser is answered")
                    .contains("liên kết tài khoản");
            assertThat(first.postRaw("/api/chat/messages", body)).as("the same browser resending changes nothing")
                    .contains("liên kết tài khoản");
        }
    }
}
