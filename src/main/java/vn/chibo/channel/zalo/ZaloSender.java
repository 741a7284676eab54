package vn.chibo.channel.zalo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.web.client.RestClientException;

import vn.chibo.channel.SharedFiles;
import vn.chibo.channel.outbox.ChannelLimits;
import vn.chibo.channel.outbox.ChannelSender;
import vn.chibo.channel.outbox.SendResult;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.CellGroups;
import vn.chibo.organization.ChatChannel;
import vn.chibo.text.Languages;

/** Neutral messages as Zalo ones: text with numbered choices; photos and documents as expiring links. */
class ZaloSender implements ChannelSender {

    private final ZaloClient client;
    private final NumberedChoices choices;
    private final SharedFiles files;
    private final MessageSource messages;
    private final ZaloProperties properties;
    private final CellGroups groups;

    ZaloSender(ZaloClient client, NumberedChoices choices, SharedFiles files, MessageSource messages,
               ZaloProperties properties, CellGroups groups) {
        this.groups = groups;
        this.client = client;
        this.choices = choices;
        this.files = files;
        this.messages = messages;
        this.properties = properties;
    }

    @Override
    public ChatChannel channel() {
        return ChatChannel.ZALO;
    }

    /**
     * Zalo ids are opaque: a chat is a group when a cell linked it (only with groups on; off, every chat is a
     * private one, as before Zalo opened groups to bots).
     */
    @Override
    public boolean isGroupChat(String chatId) {
        return properties.groups() && groups.ofChat(ChatChannel.ZALO, chatId).isPresent();
    }

    @Override
    public ChannelLimits limits() {
        var limits = properties.limits();
        return new ChannelLimits(limits.perSecond(), limits.perChatPerSecond(), limits.perGroupPerMinute());
    }

    @Override
    public SendResult send(String chatId, OutboundMessage message) {
        try {
            String text = message.text() == null ? "" : message.text();
            if (!message.buttons().isEmpty()) {
                text = choices.offer(chatId, text, message.allButtons());
            }
            OutboundFile file = message.file();
            if (file != null && files.canLink() && file.kind() == OutboundFile.Kind.PHOTO) {
                var photo = new LinkedHashMap<String, Object>(Map.of("chat_id", chatId, "photo", files.publish(file)));
                if (!text.isEmpty()) {
                    photo.put("caption", text);
                }
                client.call("sendPhoto", photo);
                return new SendResult.Sent();
            }
            if (file != null) {
                String note = files.canLink()
                        ? messages.getMessage("file.link", new Object[] {file.fileName(), files.publish(file)}, Languages.VIETNAMESE)
                        : messages.getMessage("file.noLink", new Object[] {file.fileName()}, Languages.VIETNAMESE);
                text = text.isEmpty() ? note : text + "\n\n" + note;
            }
            client.call("sendMessage", Map.of("chat_id", chatId, "text", text));
            return new SendResult.Sent();
        } catch (ZaloClient.ZaloApiException e) {
            return refusal(e);
        } catch (RestClientException e) {
            return new SendResult.Transient(e.toString());
        }
    }

    /** Zalo publishes no limits: a 429 backs the channel off; 5xx may pass; a blocked or gone chat is for good. */
    private static SendResult refusal(ZaloClient.ZaloApiException e) {
        if (e.code == 429) {
            return new SendResult.RetryAfter(Duration.ofSeconds(5));
        }
        if (e.code >= 500 || e.code == 408) {
            return new SendResult.Transient(e.getMessage());
        }
        String reason = e.getMessage().toLowerCase(Locale.ROOT);
        boolean chatGone = e.code == 403 || reason.contains("block") || reason.contains("not found");
        return new SendResult.Permanent(e.getMessage(), chatGone);
    }
}
