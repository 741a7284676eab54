package vn.chibo.channel.telegram;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.polls.input.InputPollOption;
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
import vn.chibo.channel.outbox.OutboxFiles;
import vn.chibo.channel.outbox.SendResult;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.conversation.QuizPoll;
import vn.chibo.organization.ChatChannel;

/** Renders neutral messages as Telegram ones: inline keyboards, a contact button, uploads, quiz polls. */
class TelegramSender implements ChannelSender {

    private final TelegramClient client;
    /** Telegram's own limits for a quiz poll (Bot API sendPoll). */
    static final int MAX_POLL_QUESTION = 300;
    static final int MAX_POLL_OPTION = 100;
    static final int MAX_POLL_OPTIONS = 12;
    static final int MAX_POLL_EXPLANATION = 200;
    static final int MAX_POLL_DESCRIPTION = 1024;
    static final int MIN_OPEN_PERIOD = 5;

    /**
     * The bot's links are its own (sign-in links, calendar feeds, files) and secret: Telegram's servers are not
     * to fetch them for a preview.
     */
    private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

    private final CallbackPayloads callbacks;
    private final QuizPolls polls;
    private final TelegramProperties properties;
    private final OutboxFiles files;
    private final Map<String, Object> uploads = new ConcurrentHashMap<>();

    private final TelegramChatChanges chatChanges;

    TelegramSender(TelegramClient client, CallbackPayloads callbacks, QuizPolls polls, TelegramProperties properties,
                   OutboxFiles files, TelegramChatChanges chatChanges) {
        this.chatChanges = chatChanges;
        this.files = files;
        this.client = client;
        this.callbacks = callbacks;
        this.polls = polls;
        this.properties = properties;
    }

    @Override
    public ChatChannel channel() {
        return ChatChannel.TELEGRAM;
    }

    @Override
    public boolean isGroupChat(String chatId) {
        return isGroup(chatId);
    }

    /** Group and supergroup ids are negative. */
    static boolean isGroup(String chatId) {
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
            if (file == null && fitsAPoll(message.quiz())) {
                sendPoll(chatId, message.quiz());
            } else if (file != null) {
                sendFile(chatId, file, caption, markup);
            } else {
                client.execute(SendMessage.builder().chatId(chatId).text(message.text()).replyMarkup(markup)
                        .linkPreviewOptions(NO_PREVIEW).allowPaidBroadcast(paidBroadcast()).build());
            }
            return new SendResult.Sent();
        } catch (TelegramApiRequestException e) {
            if (message.file() != null && message.file().storedAs() != null && isWrongFileId(e)) {
                files.forgetPlatformReference(ChatChannel.TELEGRAM, message.file());
                return new SendResult.Transient("Telegram no longer knows the file's id; it is uploaded again");
            }
            Long supergroup = e.getParameters() == null ? null : e.getParameters().getMigrateToChatId();
            if (supergroup != null && !String.valueOf(supergroup).equals(chatId)) {
                chatChanges.moved(chatId, supergroup);
                return send(String.valueOf(supergroup), message);
            }
            return refusal(e);
        } catch (TelegramApiException e) {
            return new SendResult.Transient(e.toString());
        }
    }

    /** A quiz poll where Telegram's rules allow one; otherwise the message goes out as text with buttons. */
    static boolean fitsAPoll(QuizPoll quiz) {
        return quiz != null && !quiz.question().isEmpty() && quiz.question().length() <= MAX_POLL_QUESTION
                && quiz.options().size() >= 2 && quiz.options().size() <= MAX_POLL_OPTIONS
                && quiz.options().stream().allMatch(option -> !option.isEmpty() && option.length() <= MAX_POLL_OPTION)
                && !quiz.correctOptions().isEmpty()
                && (quiz.explanation() == null || quiz.explanation().length() <= MAX_POLL_EXPLANATION)
                && (quiz.header() == null || quiz.header().length() <= MAX_POLL_DESCRIPTION)
                && quiz.openSeconds() >= MIN_OPEN_PERIOD;
    }

    private void sendPoll(String chatId, QuizPoll quiz) throws TelegramApiException {
        Message sent = client.execute(SendPoll.builder().chatId(chatId).question(quiz.question())
                .options(quiz.options().stream().map(option -> InputPollOption.builder().text(option).build()).toList())
                .type("quiz").isAnonymous(false)
                .allowMultipleAnswers(quiz.correctOptions().size() > 1 ? Boolean.TRUE : null)
                .correctOptionIds(quiz.correctOptions())
                .explanation(quiz.explanation()).openPeriod(quiz.openSeconds()).description(quiz.header())
                .allowPaidBroadcast(paidBroadcast()).build());
        if (sent != null && sent.getPoll() != null) {
            polls.remember(sent.getPoll().getId(), chatId, quiz.answerPrefix());
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

    /**
     * A file Telegram has not seen is uploaded once: sends of the same file wait for that upload and then name
     * it by the file_id Telegram gave back.
     */
    private void sendFile(String chatId, OutboundFile file, String caption, ReplyKeyboard markup)
            throws TelegramApiException {
        if (file.storedAs() == null || knownFileId(file).isPresent()) {
            sendFileOnce(chatId, file, caption, markup);
            return;
        }
        synchronized (uploads.computeIfAbsent(file.storedAs() + file.kind(), sha256 -> new Object())) {
            sendFileOnce(chatId, file, caption, markup);
        }
        uploads.remove(file.storedAs() + file.kind());
    }

    private void sendFileOnce(String chatId, OutboundFile file, String caption, ReplyKeyboard markup)
            throws TelegramApiException {
        Optional<String> known = knownFileId(file);
        if (file.kind() == OutboundFile.Kind.PHOTO) {
            Message sent = client.execute(SendPhoto.builder().chatId(chatId).photo(inputFile(file, known))
                    .caption(caption).replyMarkup(markup).allowPaidBroadcast(paidBroadcast()).build());
            if (known.isEmpty() && sent != null && sent.getPhoto() != null && !sent.getPhoto().isEmpty()) {
                remember(file, sent.getPhoto().get(sent.getPhoto().size() - 1).getFileId());
            }
        } else {
            Message sent = client.execute(SendDocument.builder().chatId(chatId).document(inputFile(file, known))
                    .caption(caption).replyMarkup(markup).allowPaidBroadcast(paidBroadcast()).build());
            if (known.isEmpty() && sent != null && sent.getDocument() != null) {
                remember(file, sent.getDocument().getFileId());
            }
        }
    }

    /** Telegram's id for a file sent before: a later send names it instead of uploading it again. */
    private Optional<String> knownFileId(OutboundFile file) {
        return file.storedAs() == null ? Optional.empty() : files.platformReference(ChatChannel.TELEGRAM, file);
    }

    private void remember(OutboundFile file, String fileId) {
        if (file.storedAs() != null && fileId != null) {
            files.rememberPlatformReference(ChatChannel.TELEGRAM, file, fileId);
        }
    }

    private InputFile inputFile(OutboundFile file, Optional<String> knownId) {
        if (knownId.isPresent()) {
            return new InputFile(knownId.get());
        }
        return new InputFile(new ByteArrayInputStream(files.withContent(file).content()), file.fileName());
    }

    private static boolean isWrongFileId(TelegramApiRequestException e) {
        String description = String.valueOf(e.getApiResponse()).toLowerCase(Locale.ROOT);
        return Integer.valueOf(400).equals(e.getErrorCode())
                && (description.contains("file identifier") || description.contains("file_id"));
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
