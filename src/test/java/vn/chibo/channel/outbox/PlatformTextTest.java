package vn.chibo.channel.outbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformTextTest {

    @Test
    void aShortTextIsOnePart() {
        assertThat(PlatformText.split("Họp chi bộ lúc 19:30", 4096)).containsExactly("Họp chi bộ lúc 19:30");
    }

    @Test
    void aLongTextIsCutAtTheLastLineBreakThatFits() {
        String text = "a".repeat(60) + "\n" + "b".repeat(30) + "\n" + "c".repeat(50);

        assertThat(PlatformText.split(text, 100)).containsExactly("a".repeat(60) + "\n" + "b".repeat(30), "c".repeat(50));
    }

    @Test
    void aLongLineIsCutAtASpaceAndAWordlessOneAnywhereButInsideASurrogatePair() {
        assertThat(PlatformText.split("xin chào ".repeat(20).strip(), 50)).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(50)
                .doesNotStartWith(" ").doesNotEndWith(" "));
        String emoji = "😀".repeat(30);
        assertThat(PlatformText.split(emoji, 9)).allSatisfy(p -> assertThat(p.codePoints().allMatch(c -> c == 0x1F600)).isTrue());
    }
}
