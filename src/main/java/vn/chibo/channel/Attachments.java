package vn.chibo.channel;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.conversation.InboundMessage;
import vn.chibo.organization.ChatChannel;

/** The content of a file a user sent, fetched from the platform that holds it. */
@Component
public class Attachments {

    /** One platform's way of fetching a file it told us about. */
    public interface Fetcher {
        ChatChannel channel();

        Optional<byte[]> fetch(InboundMessage.Attachment attachment, int maxBytes);
    }

    /** Larger files are not taken: documents for a meeting are agendas and resolutions, not videos. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final List<Fetcher> fetchers;

    Attachments(List<Fetcher> fetchers) {
        this.fetchers = fetchers;
    }

    /** Empty when the platform cannot give it, or it is over {@link #MAX_BYTES}. */
    public Optional<byte[]> fetch(ChatChannel channel, InboundMessage.Attachment attachment) {
        return fetchers.stream().filter(f -> f.channel() == channel).findFirst()
                .flatMap(fetcher -> fetcher.fetch(attachment, MAX_BYTES));
    }
}
