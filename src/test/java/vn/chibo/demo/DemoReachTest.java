package vn.chibo.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.support.DashboardLink;
import vn.chibo.support.InvitePdf;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo shows how members are reached: the reach figure, the printable invite sheet, the call list. */
class DemoReachTest {

    @TempDir
    Path folder;

    @Test
    void theSecretarysMoiAloneBringsTheSheetInPrivateAndTheDemoShowsReachSheetAndCallList() throws Exception {
        try (var app = RunningApp.start(folder, "chibo.demo.enabled=true")) {
            var organization = app.bean(Organization.class);
            OrgUnit root = organization.unitByPath(DemoCommittee.ROOT_PATH).orElseThrow();
            Member an = organization.membersUnder(root).stream().filter(m -> m.fullName().equals("Nguyễn Văn An")).findFirst()
                    .orElseThrow();
            var chat = new WebChatUser(app);
            chat.actAsDemoMember(an.id());
            List<WebChatUser.Reply> replies = chat.say("/moi");
            assertThat(replies.get(0).fileName()).isEqualTo("phieu-moi.pdf");
            assertThat(replies.get(0).text()).contains("Phiếu mời in", an.unit().name());
            byte[] pdf = app.getBytes(replies.get(0).fileUrl().replaceAll("^https?://[^/]+", ""));
            assertThat(InvitePdf.read(pdf).text()).contains("Lê Văn Cường", "Mã mời:");

            var browser = DashboardLink.signedIn(app, chat);
            String base = "http://127.0.0.1:" + app.port();
            String cellPage = DashboardLink.page(browser, base + "/dashboard/cells/" + an.unit().id());
            assertThat(cellPage).contains("Liên lạc:", "chưa có cách liên lạc", "invites.pdf");
            assertThat(InvitePdf.read(pdfFrom(browser, base + "/dashboard/cells/" + an.unit().id() + "/invites.pdf")).text())
                    .contains("Lê Văn Cường");
            long meeting = app.adminGet("/api/admin/cells/" + an.unit().id() + "/meetings").json().get(0).get("id").asLong();
            assertThat(DashboardLink.page(browser, base + "/dashboard/meetings/" + meeting)).contains("id=\"call-list\"", "tel:");
            assertThat(chat.sayText("/goidien")).contains("Danh sách gọi điện");
        }
    }

    private static byte[] pdfFrom(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
    }
}
