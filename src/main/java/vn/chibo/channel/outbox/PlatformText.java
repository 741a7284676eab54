package vn.chibo.channel.outbox;

import java.util.ArrayList;
import java.util.List;

import vn.chibo.organization.ChatChannel;

/** How much text one message may carry on each platform, and splitting longer texts at line breaks. */
public final class PlatformText {

    private PlatformText() {
    }

    public static int maxText(ChatChannel channel) {
        return switch (channel) {
            case TELEGRAM -> 4096;
            case ZALO -> 2000;
            case WEB -> 100_000;
            case ZNS, SMS -> 1_000;
        };
    }

    /** Room kept free in the last part where buttons become numbered choices written into the text. */
    public static int choicesReserve(ChatChannel channel) {
        return channel == ChatChannel.ZALO ? 400 : 0;
    }

    public static int maxCaption(ChatChannel channel) {
        return switch (channel) {
            case TELEGRAM -> 1024;
            case ZALO -> 2000;
            case WEB -> 100_000;
            case ZNS, SMS -> 1_000;
        };
    }

    /**
     * Parts of at most {@code max} characters, cut at a line break where one is near enough, else at a space,
     * else anywhere; never inside a surrogate pair.
     */
    public static List<String> split(String text, int max) {
        var parts = new ArrayList<String>();
        String rest = text;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            if (cut < max / 2) {
                cut = rest.lastIndexOf(' ', max);
            }
            if (cut < max / 2) {
                cut = Character.isHighSurrogate(rest.charAt(max - 1)) ? max - 1 : max;
            }
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }
}
