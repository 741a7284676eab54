package vn.chibo.organization;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.InvitePdf;
import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The printable invite sheet: a card for each member not yet linked, whose QR codes open the bot with their code. */
class InviteSheetTest {

    @TempDir
    Path folder;

    @Test
    void aSheetHasACardForEachUnlinkedMemberWithAWorkingQrCodeAndRenewingVoidsTheOldCodes() throws Exception {
        try (var app = RunningApp.start(folder)) {
            var roster = Roster.load(app);
            long cell = app.adminGet("/api/admin/cells").json().get(0).get("id").asLong();
            var binh = new WebChatUser(app);
            binh.say("/start " + roster.code("Trần Thị Bình"));

            InvitePdf sheet = InvitePdf.read(app.adminGetBytes("/api/admin/cells/" + cell + "/invites.pdf"));
            assertThat(sheet.text()).contains("Nguyễn Văn An", "Lê Văn Cường", roster.code("Lê Văn Cường"),
                    "Mở Telegram hoặc Zalo", "Chi bộ tổ dân phố 3").doesNotContain("Trần Thị Bình", "Phạm Thị Dung");
            assertThat(sheet.qrCodes()).as("a Telegram link per card, with the card's own code").containsExactlyInAnyOrder(
                    "https://t.me/chibo_bot?start=" + roster.code("Nguyễn Văn An"),
                    "https://t.me/chibo_bot?start=" + roster.code("Lê Văn Cường"));
            assertThat(InvitePdf.read(app.adminGetBytes("/api/admin/cells/" + cell + "/invites.pdf")).text())
                    .as("printing again keeps the codes handed out").contains(roster.code("Lê Văn Cường"));

            InvitePdf renewed = InvitePdf.read(app.adminGetBytes("/api/admin/cells/" + cell + "/invites.pdf?renew=true"));
            assertThat(renewed.text()).doesNotContain(roster.code("Lê Văn Cường"), roster.code("Nguyễn Văn An"));
            assertThat(renewed.qrCodes()).hasSize(2);
            assertThat(new WebChatUser(app).sayText("/start " + roster.code("Lê Văn Cường"))).as("the old card is void")
                    .doesNotContain("Lê Văn Cường");
            String greetings = String.join("\n", renewed.qrCodes().stream()
                    .map(link -> new WebChatUser(app).sayText("/start " + link.replaceAll(".*start=", ""))).toList());
            assertThat(greetings).as("the new cards link their members").contains("Chào đồng chí Lê Văn Cường", "Chào đồng chí Nguyễn Văn An");

            assertThat(app.adminGet("/api/admin/cells/999999/invites.pdf").status()).isEqualTo(404);
            assertThat(app.get("/api/admin/cells/" + cell + "/invites.pdf").status()).as("without the admin token").isEqualTo(401);
        }
    }
}
