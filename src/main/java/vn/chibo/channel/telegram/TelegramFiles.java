package vn.chibo.channel.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import vn.chibo.channel.Attachments;
import vn.chibo.conversation.InboundMessage;
import vn.chibo.organization.ChatChannel;

/**
 * Fetches a document a user sent: getFile for its path, then the download from the same Bot API server
 * (TelegramBots downloads from api.telegram.org whatever TELEGRAM_API_URL says, so the download is ours).
 */
class TelegramFiles implements Attachments.Fetcher {

    private static final Logger log = LoggerFactory.getLogger(TelegramFiles.class);

    private final TelegramClient client;
    private final TelegramProperties properties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TelegramFiles(TelegramClient client, TelegramProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    @Override
    public ChatChannel channel() {
        return ChatChannel.TELEGRAM;
    }

    @Override
    public Optional<byte[]> fetch(InboundMessage.Attachment attachment, int maxBytes) {
        try {
            File file = client.execute(GetFile.builder().fileId(attachment.reference()).build());
            if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
                return Optional.empty();
            }
            String base = properties.apiUrl().toString().replaceAll("/+$", "");
            var request = HttpRequest.newBuilder(URI.create(base + "/file/bot" + properties.token() + "/" + file.getFilePath()))
                    .timeout(Duration.ofMinutes(1)).GET().build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    return Optional.empty();
                }
                byte[] content = in.readNBytes(maxBytes + 1);
                return content.length > maxBytes ? Optional.empty() : Optional.of(content);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (TelegramApiException | IOException e) {
            log.warn("Could not fetch Telegram file {}: {}", attachment.reference(), e.toString());
            return Optional.empty();
        }
    }
}
