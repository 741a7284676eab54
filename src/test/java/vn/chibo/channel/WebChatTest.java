package vn.chibo.channel;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

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

    @Test
    void withDemoModeOffTheWebChatLinksOnlyThroughAnInviteCode() {
        try (var demo = RunningApp.start(folder, "chibo.demo.enabled=true")) {
            assertThat(demo.get("/api/chat/config").json().get("demoMembers").size()).isPositive();
        }
        try (var app = RunningApp.start(folder, "chibo.demo.enabled=false")) {
            JsonNode config = app.get("/api/chat/config").json();
            assertThat(config.get("demo").asBoolean()).isFalse();
            assertThat(config.get("demoMembers")).isEmpty();

            var response = app.post("/api/chat/demo-login", "application/json",
                    "{\"chatId\":\"0123456789abcdef0123\",\"memberId\":2}");
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
    void aMalformedChatIdIsRefusedAsAProblem() {
        try (var app = RunningApp.start(folder)) {
            var response = app.post("/api/chat/messages", "application/json", "{\"chatId\":\"x\",\"text\":\"/start\"}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }
}
