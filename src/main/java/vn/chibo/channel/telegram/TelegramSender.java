package vn.chibo.channel.telegram;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import vn.chibo.channel.outbox.ChannelLimits;
import vn.chibo.channel.outbox.ChannelSender;
import vn.chibo.channel.outbox.SendResult;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.ChatChannel;

/** Renders neutral messages as Telegram ones: inline keyboards, a contact button, uploads. */
class TelegramSender implements ChannelSender {

    private final TelegramClient client;
    private final CallbackPayloads callbacks;
    private final TelegramProperties properties;

    TelegramSender(TelegramClient client, CallbackPayloads callbacks, TelegramProperties properties) {
        this.client = client;
        this.callbacks = callbacks;
        this.properties = properties;
    }

    @Override
    public ChatChannel channel() {
        return ChatChannel.TELEGRAM;
    }

    /** Group and supergroup ids are negative. */
    @Override
    public boolean isGroupChat(String chatId) {
        return chatId.startsWith("-");
    }

    @Override
    public ChannelLimits limits() {
        var limits = properties.limits();
        int overall = properties.paidBroadcast() ? properties.paidPerSecond() : limits.perSecond();
        return new ChannelLimits(overall, limits.perChatPerSecond(), limits.perGroupPerMinute());
    }

    @Override
    public SendResult send(String chatId, OutboundMessage message) {
        try {
            OutboundFile file = message.file();
            ReplyKeyboard markup = markup(message);
            String caption = message.text() == null || message.text().isEmpty() ? null : message.text();
            if (file != null && file.kind() == OutboundFile.Kind.PHOTO) {
                client.execute(SendPhoto.builder().chatId(chatId).photo(upload(file)).caption(caption)
                        .replyMarkup(markup).allowPaidBroadcast(paidBroadcast()).build());
            } else if (file != null) {
                client.execute(SendDocument.builder().chatId(chatId).document(upload(file)).caption(caption)
                        .replyMarkup(markup).allowPaidBroadcast(paidBroadcast()).build());
            } else {
                client.execute(SendMessage.builder().chatId(chatId).text(message.text()).replyMarkup(markup)
                        .allowPaidBroadcast(paidBroadcast()).build());
            }
            return new SendResult.Sent();
        } catch (TelegramApiRequestException e) {
            return refusal(e);
        } catch (TelegramApiException e) {
            return new SendResult.Transient(e.toString());
        }
    }

    private Boolean paidBroadcast() {
        return properties.paidBroadcast() ? Boolean.TRUE : null;
    }

    private ReplyKeyboard markup(OutboundMessage message) {
        if (!message.buttons().isEmpty()) {
            List<InlineKeyboardRow> rows = message.buttons().stream()
                    .map(row -> new InlineKeyboardRow(row.stream().map(this::inlineButton).toList()))
                    .toList();
            return InlineKeyboardMarkup.builder().keyboard(rows).build();
        }
        if (message.shareContactLabel() != null) {
            return ReplyKeyboardMarkup.builder()
                    .keyboardRow(new KeyboardRow(KeyboardButton.builder().text(message.shareContactLabel())
                            .requestContact(true).build()))
                    .oneTimeKeyboard(true).resizeKeyboard(true).build();
        }
        return null;
    }

    private InlineKeyboardButton inlineButton(Button button) {
        return InlineKeyboardButton.builder().text(button.label())
                .callbackData(callbacks.toCallbackData(button.payload())).build();
    }

    private static InputFile upload(OutboundFile file) {
        return new InputFile(new ByteArrayInputStream(file.content()), file.fileName());
    }

    /**
     * 429 waits; 403 and a vanished chat are for good; other 4xx are our mistake; the rest (5xx, and answers
     * that were no Bot API answer at all, such as a proxy's error page) may pass on another try.
     */
    private static SendResult refusal(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        String description = String.valueOf(e.getApiResponse()).toLowerCase(Locale.ROOT);
        if (code == null || code < 400 || code >= 500) {
            return new SendResult.Transient(e.toString());
        }
        if (code == 429) {
            Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return new SendResult.RetryAfter(Duration.ofSeconds(seconds == null ? 1 : seconds));
        }
        boolean chatGone = code == 403 || description.contains("chat not found")
                || description.contains("user is deactivated") || description.contains("bot was blocked");
        return new SendResult.Permanent(code + " " + e.getApiResponse(), chatGone);
    }
}
