package vn.chibo.handbook;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chibo.support.Roster;
import vn.chibo.support.RunningApp;
import vn.chibo.support.WebChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** /sotay finds sections with or without diacritics, best match first, and lists the topics. */
class HandbookSearchTest {

    @TempDir
    Path folder;

    private RunningApp app;
    private WebChatUser member;

    @BeforeEach
    void start() {
        app = RunningApp.start(folder);
        Roster roster = Roster.load(app);
        member = new WebChatUser(app);
        member.say("/start " + roster.code("Trần Thị Bình"));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void wordsWithoutDiacriticsFindTheSameSectionAsWithThem() {
        String plain = member.sayText("/sotay sinh hoat chi bo");
        String marked = member.sayText("/sotay sinh hoạt chi bộ");
        assertThat(plain).isEqualTo(marked);
        assertThat(plain).contains("Nguồn: ");
        assertThat(plain.lines().findFirst().orElseThrow()).containsIgnoringCase("sinh hoạt");
    }

    @Test
    void theBestMatchComesFirstWithItsSourceAndTheOthersAsButtons() {
        List<WebChatUser.Reply> replies = member.say("/sotay dang phi");
        String text = replies.get(0).text();
        assertThat(text).startsWith("📖 ").contains("đảng phí");
        assertThat(text).contains("Nguồn: Quy định 01-QĐ/TW (03/02/2026)");
        assertThat(replies.get(0).buttonPayloads()).allMatch(payload -> payload.startsWith("/sotay #"));

        String followed = member.sayText(replies.get(0).buttonPayloads().isEmpty()
                ? "/sotay #dang-phi-ty-le" : replies.get(0).buttonPayloads().get(0));
        assertThat(followed).startsWith("📖 ").contains("Nguồn: ");
    }

    @Test
    void anExactPhraseOutranksScatteredWords() {
        String text = member.sayText("/sotay hop thuong le moi thang mot lan");
        assertThat(text).startsWith("📖 Chi bộ họp thường lệ mỗi tháng một lần").contains("Điều lệ Đảng (2011), Điều 24, khoản 2");
    }

    @Test
    void aloneItListsTheTopicsAndATopicListsItsSections() {
        List<WebChatUser.Reply> topics = member.say("/sotay");
        assertThat(topics.get(0).buttonLabels()).contains("Điều lệ Đảng", "Quy định 294-QĐ/TW thi hành Điều lệ Đảng",
                "Đảng phí", "Những điều đảng viên không được làm", "Sinh hoạt chi bộ", "Sổ tay đảng viên điện tử",
                "Thẻ đảng viên", "Văn bản hiện hành và văn bản đã được thay thế");
        List<WebChatUser.Reply> sections = member.press("/sotay @dang-phi");
        assertThat(sections.get(0).buttonLabels()).containsExactly("Quy định 01-QĐ/TW về chế độ đảng phí",
                "Mức đóng theo tiền lương, lương hưu", "Đảng viên không tham gia BHXH, không hưởng lương hưu",
                "Miễn, giảm, đóng chậm hoặc đóng trước", "Đóng đảng phí qua Cổng Dịch vụ công Quốc gia",
                "Đóng đảng phí là nhiệm vụ của đảng viên");
    }

    @Test
    void aReplacedDocumentIsShownAsTheOldRuleWithTheOneInForce() {
        String text = member.sayText("/sotay #quy-dinh-232");
        assertThat(text).contains("Nguồn: Quy định 232-QĐ/TW (20/01/2025) (đã được thay thế bởi 294-QĐ/TW, đây là quy định cũ)");
        assertThat(member.sayText("/sotay #tieu-chi-chat-luong")).as("out of force, its successor unverified: no successor named")
                .contains("Nguồn: Hướng dẫn 12-HD/BTCTW (06/07/2018) (không còn là văn bản hiện hành, đây là quy định cũ)")
                .doesNotContain("thay thế bởi");
    }

    @Test
    void wordsFoundNowhereGetAClearAnswerAndTheEnglishCommandWorksToo() {
        assertThat(member.sayText("/sotay xyzzy")).contains("Không tìm thấy mục nào có \"xyzzy\"");
        assertThat(member.sayText("/handbook dang phi")).startsWith("📖 ");
    }
}
