package vn.chibo.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local Telegram Bot API server: answers the bot's calls as Telegram does, checks each against the spec,
 * enforces the rate limits with 429 and retry_after, refuses blocked chats with 403, and feeds updates to
 * getUpdates. Tests read what the bot sent from it.
 */
public final class FakeTelegram implements AutoCloseable {

    public static final String TOKEN = "123456:TEST-TOKEN";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One call the bot made: the method as the spec names it, its fields, when it arrived. */
    public record Call(String method, Map<String, JsonNode> fields, long atNanos, boolean multipart) {

        public String chatId() {
            JsonNode chat = fields.get("chat_id");
            return chat == null ? null : chat.asString();
        }

        public String text() {
            JsonNode text = fields.containsKey("text") ? fields.get("text") : fields.get("caption");
            return text == null ? null : text.asString();
        }

        public JsonNode markup() {
            JsonNode markup = fields.get("reply_markup");
            return markup != null && markup.isString() ? JSON.readTree(markup.asString()) : markup;
        }
    }

    private static final long BOT_ID = 123456;
    /** Telegram's limit for a group: 20 messages a minute. */
    private static final int GROUP_PER_MINUTE = 20;
    private final int groupPerMinute;

    private final HttpServer server;
    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final LinkedBlockingDeque<JsonNode> updates = new LinkedBlockingDeque<>();
    private final AtomicLong nextUpdateId = new AtomicLong(1000);
    private volatile JsonNode lastPushed;
    private final AtomicLong nextMessageId = new AtomicLong(1);
    private final Set<String> blockedChats = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> supergroups = new ConcurrentHashMap<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final AtomicInteger tooManyRequestsToAnswer = new AtomicInteger();
    private final AtomicInteger uploads = new AtomicInteger();
    private final AtomicInteger tooManyRequestsAnswered = new AtomicInteger();
    private final AtomicInteger serverErrorsToAnswer = new AtomicInteger();
    private volatile int retryAfterSeconds = 1;
    private volatile boolean updatesHeld;
    private volatile double failingShare;
    private final Set<String> heldMenuChats = ConcurrentHashMap.newKeySet();
    private final AtomicInteger menusHeld = new AtomicInteger();
    private volatile CountDownLatch menuRelease = new CountDownLatch(1);
    private final Limiter overall;
    private final Map<String, Limiter> perChat = new ConcurrentHashMap<>();
    private final int perChatPerSecond;
    private final Map<String, Deque<Long>> groupMinute = new ConcurrentHashMap<>();

    /** Telegram's own limits: 30 messages a second overall, about one a second per chat. */
    public FakeTelegram() {
        this(30, 1);
    }

    public FakeTelegram(int perSecond, int perChatPerSecond) {
        this(perSecond, perChatPerSecond, GROUP_PER_MINUTE);
    }

    /** A Telegram with other limits, for tests of something else than the limits, that would wait for them. */
    public FakeTelegram(int perSecond, int perChatPerSecond, int groupPerMinute) {
        this.groupPerMinute = groupPerMinute;
        // load the spec here, where a missing resource fails the test with its reason, not in a server thread
        BotApiSpec.get();
        this.overall = new Limiter(perSecond, perSecond);
        this.perChatPerSecond = perChatPerSecond;
        server = BotApiServers.start(this::handle, 32);
    }

    public String url() {
        return BotApiServers.url(server);
    }

    /** The settings that point the app at this server. */
    public String[] settings(String... more) {
        var all = new ArrayList<>(List.of("chibo.telegram.token=" + TOKEN, "chibo.telegram.api-url=" + url()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    // ---- what users do ----

    public long userSends(long userId, String text) {
        return userSends(userId, text, "vi");
    }

    public long userSends(long userId, String text, String languageCode) {
        ObjectNode message = message(userId, languageCode);
        message.put("text", text);
        return push("message", message);
    }

    /** A user writes in a group the bot is in: the chat is the group's (a negative id), the sender the user. */
    public long userSendsInGroup(long userId, long groupChatId, String text) {
        ObjectNode message = message(userId, "vi");
        message.set("chat", chat(groupChatId));
        message.put("text", text);
        return push("message", message);
    }

    /** A user sends a file; the bot can fetch it with getFile and a download, as from Telegram. */
    public long userSendsDocument(long userId, String fileName, String mediaType, byte[] content) {
        String fileId = "file-" + nextMessageId.incrementAndGet();
        files.put(fileId, content);
        ObjectNode message = message(userId, "vi");
        ObjectNode document = message.putObject("document");
        document.put("file_id", fileId);
        document.put("file_unique_id", "u" + fileId);
        document.put("file_name", fileName);
        document.put("mime_type", mediaType);
        document.put("file_size", content.length);
        return push("message", message);
    }

    public long userSharesContact(long userId, String phone, long contactUserId) {
        ObjectNode message = message(userId, "vi");
        ObjectNode contact = message.putObject("contact");
        contact.put("phone_number", phone);
        contact.put("first_name", "Someone");
        contact.put("user_id", contactUserId);
        return push("message", message);
    }

    public long userPresses(long userId, String callbackData) {
        return userPresses(userId, callbackData, "vi");
    }

    public long userPresses(long userId, String callbackData, String languageCode) {
        return press(userId, userId, callbackData, languageCode);
    }

    /** A user presses a button of a message the bot posted in a group. */
    public long userPressesInGroup(long userId, long groupChatId, String callbackData) {
        return press(userId, groupChatId, callbackData, "vi");
    }

    private long press(long userId, long chatId, String callbackData, String languageCode) {
        ObjectNode query = NODES.objectNode();
        query.put("id", "cb" + nextUpdateId.get());
        query.set("from", user(userId, languageCode));
        query.put("chat_instance", "ci" + chatId);
        query.put("data", callbackData);
        ObjectNode message = query.putObject("message");
        message.put("message_id", nextMessageId.incrementAndGet());
        message.put("date", System.currentTimeMillis() / 1000);
        message.set("chat", chat(chatId));
        message.put("text", "…");
        return push("callback_query", query);
    }

    /** A user blocks the bot: Telegram tells the bot (my_chat_member, "kicked" in the private chat) and refuses its messages. */
    public long userBlocksTheBot(long userId) {
        return botKicked(userId, userId);
    }

    /**
     * A user removes the bot from a group: Telegram tells the bot with a my_chat_member update (its new status
     * "kicked") and refuses its posts there from then on.
     */
    public long userRemovesTheBotFromGroup(long userId, long groupChatId) {
        return botKicked(userId, groupChatId);
    }

    private long botKicked(long userId, long chatId) {
        blockedChats.add(String.valueOf(chatId));
        ObjectNode change = NODES.objectNode();
        change.set("chat", chat(chatId));
        change.set("from", user(userId, "vi"));
        change.put("date", System.currentTimeMillis() / 1000);
        change.set("old_chat_member", NODES.objectNode().put("status", "member").set("user", bot()));
        change.set("new_chat_member", NODES.objectNode().put("status", "kicked").put("until_date", 0).set("user", bot()));
        return push("my_chat_member", change);
    }

    /**
     * A group becomes a supergroup under a new id; Telegram refuses posts to the old id from then on, naming the
     * new one. With {@code told}, the bot also gets the service message in the old group saying so.
     */
    public void groupBecomesSupergroup(long userId, long groupChatId, long supergroupId, boolean told) {
        supergroups.put(String.valueOf(groupChatId), supergroupId);
        if (told) {
            ObjectNode message = message(userId, "vi");
            message.set("chat", chat(groupChatId));
            message.put("migrate_to_chat_id", supergroupId);
            push("message", message);
        }
    }

    /** Queues the last update once more with the same id, as when Telegram delivers a batch again. */
    public void duplicateLastUpdate() {
        updates.add(lastPushed.deepCopy());
    }

    /** The update as JSON, for webhook deliveries that do not go through getUpdates. */
    public static String textUpdate(long updateId, long userId, String text) {
        ObjectNode update = NODES.objectNode();
        update.put("update_id", updateId);
        ObjectNode message = message(userId, "vi", updateId);
        message.put("text", text);
        update.set("message", message);
        return update.toString();
    }

    // ---- how Telegram misbehaves ----

    public void block(long chatId) {
        blockedChats.add(String.valueOf(chatId));
    }

    public void answerTooManyRequests(int times, int retryAfter) {
        retryAfterSeconds = retryAfter;
        tooManyRequestsToAnswer.set(times);
    }

    /** The next sends fail as a proxy in front of Telegram fails: 502 and a page that is not JSON. */
    public void answerServerError(int times) {
        serverErrorsToAnswer.set(times);
    }

    /** From now on this share of sends (0 to 1), drawn at random, fails as a proxy in front of Telegram fails. */
    public void failRandomly(double share) {
        failingShare = share;
    }

    /**
     * getUpdates answers nothing new until {@link #releaseUpdates()}, so that what users send meanwhile reaches the
     * bot in one batch.
     */
    public void holdUpdates() {
        updatesHeld = true;
    }

    public void releaseUpdates() {
        updatesHeld = false;
    }

    /** Telegram is down for sends until {@link #recover()}: every send gets a 502. */
    public void goDown() {
        serverErrorsToAnswer.set(Integer.MAX_VALUE);
    }

    public void recover() {
        serverErrorsToAnswer.set(0);
    }

    /**
     * Telegram takes the bot's calls that set the "/" menu of this private chat and does not answer them until
     * {@link #releaseHeldMenus()}: for tests that stop the bot while such a call is in flight.
     */
    public void holdMenuOf(long chatId) {
        heldMenuChats.add(String.valueOf(chatId));
    }

    /** Menu calls taken and not answered so far. */
    public int menusHeld() {
        return menusHeld.get();
    }

    /** Held menu calls get a 502 (their caller may be gone) and later ones are answered as usual. */
    public void releaseHeldMenus() {
        heldMenuChats.clear();
        menuRelease.countDown();
        menuRelease = new CountDownLatch(1);
    }

    private void awaitMenuRelease() {
        try {
            menuRelease.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Photos and documents the bot uploaded, rather than naming a file Telegram had already. */
    public int uploads() {
        return uploads.get();
    }

    public int tooManyRequestsAnswered() {
        return tooManyRequestsAnswered.get();
    }

    // ---- what the bot did ----

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Messages (texts, photos, documents) accepted for a chat, in order. */
    public List<Call> sentTo(long chatId) {
        return calls.stream().filter(c -> c.method().startsWith("send") && String.valueOf(chatId).equals(c.chatId()))
                .filter(c -> !c.fields().containsKey("__refused"))
                .toList();
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    public List<Call> awaitSentTo(long chatId, int count) {
        Await.until(count + " message(s) to chat " + chatId, () -> sentTo(chatId).size() >= count);
        return sentTo(chatId);
    }

    // ---- the protocol ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String download = "/file/bot" + TOKEN + "/documents/";
            if (path.startsWith(download) && files.containsKey(path.substring(download.length()))) {
                byte[] content = files.get(path.substring(download.length()));
                exchange.sendResponseHeaders(200, content.length);
                exchange.getResponseBody().write(content);
                return;
            }
            String prefix = "/bot" + TOKEN + "/";
            if (!path.startsWith(prefix)) {
                respond(exchange, BotApiServers.error(404, "Not Found"));
                return;
            }
            String method = path.substring(prefix.length());
            if (!BotApiSpec.get().knows(method)) {
                violations.add("unknown method " + method);
                respond(exchange, BotApiServers.error(404, "Not Found: method not found"));
                return;
            }
            String name = BotApiSpec.get().canonical(method);
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean multipart = contentType != null && contentType.startsWith("multipart/form-data");
            Map<String, JsonNode> fields = multipart ? Multipart.fields(contentType, body) : jsonFields(body);
            fields.remove("method");
            violations.addAll(BotApiSpec.get().violations(name, fields).stream().map(v -> name + ": " + v).toList());
            if (name.equals("setMyCommands") && heldMenuChats.contains(fields.getOrDefault("scope", NODES.nullNode())
                    .path("chat_id").asString(""))) {
                menusHeld.incrementAndGet();
                awaitMenuRelease();
                respond(exchange, BotApiServers.error(502, "Bad Gateway"));
                return;
            }
            if (name.startsWith("send") && (serverErrorsToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0
                    || ThreadLocalRandom.current().nextDouble() < failingShare)) {
                calls.add(new Call(name, withRefusal(fields), System.nanoTime(), multipart));
                byte[] page = "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(502, page.length);
                exchange.getResponseBody().write(page);
                return;
            }
            respond(exchange, answer(name, fields, multipart));
        }
    }

    private JsonNode answer(String method, Map<String, JsonNode> fields, boolean multipart) {
        long now = System.nanoTime();
        switch (method) {
            case "getUpdates" -> {
                return BotApiServers.ok(pollUpdates(fields));
            }
            case "sendMessage", "sendPhoto", "sendDocument", "sendPoll" -> {
                String chatId = fields.get("chat_id").asString();
                if (tooManyRequestsToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0
                        || !perChat.computeIfAbsent(chatId, c -> new Limiter(perChatPerSecond + 1, perChatPerSecond)).take()
                        || !overall.take()) {
                    tooManyRequestsAnswered.incrementAndGet();
                    calls.add(new Call(method, withRefusal(fields), now, multipart));
                    ObjectNode refusal = BotApiServers.error(429, "Too Many Requests: retry after " + retryAfterSeconds);
                    refusal.putObject("parameters").put("retry_after", retryAfterSeconds);
                    return refusal;
                }
                if (supergroups.containsKey(chatId)) {
                    calls.add(new Call(method, withRefusal(fields), now, multipart));
                    ObjectNode refusal = BotApiServers.error(400, "Bad Request: group chat was upgraded to a supergroup chat");
                    refusal.putObject("parameters").put("migrate_to_chat_id", supergroups.get(chatId));
                    return refusal;
                }
                if (blockedChats.contains(chatId)) {
                    calls.add(new Call(method, withRefusal(fields), now, multipart));
                    return BotApiServers.error(403, chatId.startsWith("-") ? "Forbidden: bot was kicked from the group chat"
                            : "Forbidden: bot was blocked by the user");
                }
                if (chatId.startsWith("-") && !takeGroupSlot(chatId, now)) {
                    violations.add("more than " + groupPerMinute + " messages a minute to group " + chatId);
                    calls.add(new Call(method, withRefusal(fields), now, multipart));
                    ObjectNode refusal = BotApiServers.error(429, "Too Many Requests: retry after 60");
                    refusal.putObject("parameters").put("retry_after", 60);
                    return refusal;
                }
                String fileField = method.equals("sendPhoto") ? "photo" : method.equals("sendDocument") ? "document" : null;
                String fileId = null;
                if (fileField != null) {
                    String given = fields.get(fileField).asString();
                    if (given.startsWith("attach:")) {
                        fileId = "sent-file-" + nextMessageId.incrementAndGet();
                        files.put(fileId, new byte[0]);
                        uploads.incrementAndGet();
                    } else if (files.containsKey(given)) {
                        fileId = given;
                    } else {
                        calls.add(new Call(method, withRefusal(fields), now, multipart));
                        return BotApiServers.error(400, "Bad Request: wrong file identifier/HTTP URL specified");
                    }
                }
                calls.add(new Call(method, fields, now, multipart));
                ObjectNode sent = NODES.objectNode();
                sent.put("message_id", nextMessageId.incrementAndGet());
                if ("photo".equals(fileField)) {
                    sent.putArray("photo").addObject().put("file_id", fileId).put("file_unique_id", "u" + fileId)
                            .put("width", 800).put("height", 600);
                } else if ("document".equals(fileField)) {
                    sent.putObject("document").put("file_id", fileId).put("file_unique_id", "u" + fileId);
                }
                sent.put("date", System.currentTimeMillis() / 1000);
                sent.set("chat", chat(Long.parseLong(chatId)));
                if (fields.containsKey("text")) {
                    sent.put("text", fields.get("text").asString());
                }
                if (method.equals("sendPoll")) {
                    sent.set("poll", poll(chatId, fields));
                }
                return BotApiServers.ok(sent);
            }
            case "getFile" -> {
                calls.add(new Call(method, fields, now, multipart));
                String fileId = fields.get("file_id").asString();
                if (!files.containsKey(fileId)) {
                    return BotApiServers.error(400, "Bad Request: invalid file_id");
                }
                ObjectNode file = NODES.objectNode();
                file.put("file_id", fileId);
                file.put("file_unique_id", "u" + fileId);
                file.put("file_size", files.get(fileId).length);
                file.put("file_path", "documents/" + fileId);
                return BotApiServers.ok(file);
            }
            case "getMe" -> {
                calls.add(new Call(method, fields, now, multipart));
                return BotApiServers.ok(bot());
            }
            default -> {
                calls.add(new Call(method, fields, now, multipart));
                return BotApiServers.ok(NODES.booleanNode(true));
            }
        }
    }

    private static Map<String, JsonNode> withRefusal(Map<String, JsonNode> fields) {
        var copy = new LinkedHashMap<>(fields);
        copy.put("__refused", NODES.booleanNode(true));
        return copy;
    }

    private boolean takeGroupSlot(String chatId, long now) {
        Deque<Long> sent = groupMinute.computeIfAbsent(chatId, id -> new ArrayDeque<>());
        synchronized (sent) {
            while (!sent.isEmpty() && now - sent.peekFirst() >= TimeUnit.MINUTES.toNanos(1)) {
                sent.pollFirst();
            }
            if (sent.size() >= groupPerMinute) {
                return false;
            }
            sent.addLast(now);
            return true;
        }
    }

    private JsonNode pollUpdates(Map<String, JsonNode> fields) {
        long offset = fields.containsKey("offset") ? fields.get("offset").asLong() : 0;
        updates.removeIf(u -> u.get("update_id").asLong() < offset);
        var batch = NODES.arrayNode();
        try {
            JsonNode first = updates.pollFirst(300, TimeUnit.MILLISECONDS);
            if (first != null) {
                updates.addFirst(first);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (updatesHeld) {
            return batch;
        }
        for (JsonNode update : updates) {
            if (batch.size() == 100) {
                break;
            }
            if (update.get("update_id").asLong() >= offset) {
                batch.add(update);
            }
        }
        return batch;
    }

    /** A quiz poll the bot sent, with the poll id Telegram gave it. */
    public record SentPoll(String pollId, String chatId, Map<String, JsonNode> fields) {

        public String question() {
            return fields.get("question").asString();
        }

        public List<String> options() {
            var texts = new ArrayList<String>();
            JsonNode options = fields.get("options");
            if (options.isString()) {
                options = JSON.readTree(options.asString());
            }
            options.forEach(option -> texts.add(option.get("text").asString()));
            return texts;
        }

        public List<Integer> correctOptionIds() {
            var ids = new ArrayList<Integer>();
            JsonNode correct = fields.get("correct_option_ids");
            if (correct.isString()) {
                correct = JSON.readTree(correct.asString());
            }
            correct.forEach(id -> ids.add(id.asInt()));
            return ids;
        }
    }

    private final List<SentPoll> polls = new CopyOnWriteArrayList<>();

    public List<SentPoll> polls() {
        return List.copyOf(polls);
    }

    public List<SentPoll> awaitPolls(int count) {
        Await.until(count + " polls", () -> polls.size() >= count);
        return polls();
    }

    /** A user votes in a poll, as Telegram reports it for a non-anonymous poll. */
    public long userAnswersPoll(long userId, String pollId, int... optionIds) {
        ObjectNode answer = NODES.objectNode();
        answer.put("poll_id", pollId);
        answer.set("user", user(userId, "vi"));
        var ids = answer.putArray("option_ids");
        var persistent = answer.putArray("option_persistent_ids");
        for (int id : optionIds) {
            ids.add(id);
            persistent.add("o" + id);
        }
        return push("poll_answer", answer);
    }

    private ObjectNode poll(String chatId, Map<String, JsonNode> fields) {
        String pollId = "poll-" + nextMessageId.incrementAndGet();
        var sent = new SentPoll(pollId, chatId, fields);
        polls.add(sent);
        ObjectNode poll = NODES.objectNode();
        poll.put("id", pollId);
        poll.put("question", sent.question());
        var options = poll.putArray("options");
        for (int i = 0; i < sent.options().size(); i++) {
            options.addObject().put("persistent_id", "o" + i).put("text", sent.options().get(i)).put("voter_count", 0);
        }
        poll.put("total_voter_count", 0);
        poll.put("is_closed", false);
        poll.put("is_anonymous", fields.containsKey("is_anonymous") && fields.get("is_anonymous").asBoolean());
        poll.put("type", fields.containsKey("type") ? fields.get("type").asString() : "regular");
        poll.put("allows_multiple_answers", fields.containsKey("allows_multiple_answers")
                && fields.get("allows_multiple_answers").asBoolean());
        poll.put("allows_revoting", false);
        poll.put("members_only", false);
        return poll;
    }

    private long push(String kind, JsonNode body) {
        long id = nextUpdateId.incrementAndGet();
        ObjectNode update = NODES.objectNode();
        update.put("update_id", id);
        update.set(kind, body);
        lastPushed = update;
        updates.add(update);
        return id;
    }

    private ObjectNode message(long userId, String languageCode) {
        return message(userId, languageCode, nextMessageId.incrementAndGet());
    }

    private static ObjectNode message(long userId, String languageCode, long messageId) {
        ObjectNode message = NODES.objectNode();
        message.put("message_id", messageId);
        message.put("date", System.currentTimeMillis() / 1000);
        message.set("from", user(userId, languageCode));
        message.set("chat", chat(userId));
        return message;
    }

    private static ObjectNode user(long id, String languageCode) {
        ObjectNode user = NODES.objectNode();
        user.put("id", id);
        user.put("is_bot", false);
        user.put("first_name", "User" + id);
        user.put("language_code", languageCode);
        return user;
    }

    private static ObjectNode bot() {
        ObjectNode me = user(BOT_ID, "en");
        me.put("is_bot", true);
        me.put("username", "chibo_test_bot");
        return me;
    }

    private static ObjectNode chat(long id) {
        ObjectNode chat = NODES.objectNode();
        chat.put("id", id);
        chat.put("type", id < 0 ? "group" : "private");
        return chat;
    }

    private static Map<String, JsonNode> jsonFields(byte[] body) {
        var fields = new LinkedHashMap<String, JsonNode>();
        if (body.length > 0) {
            JSON.readTree(body).properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
        }
        return fields;
    }

    /** Telegram answers an error with its code as the HTTP status too. */
    private static void respond(HttpExchange exchange, JsonNode body) throws IOException {
        BotApiServers.respond(exchange, body.has("error_code") ? body.get("error_code").asInt() : 200, body);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A token bucket: {@code capacity} at once, {@code perSecond} refilled. */
    static final class Limiter {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long last = System.nanoTime();

        Limiter(int capacity, int perSecond) {
            this.capacity = capacity;
            this.perNano = perSecond / 1e9;
            this.tokens = capacity;
        }

        synchronized boolean take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }

    /** Reads multipart/form-data bodies: text parts as strings, file parts as their file name. */
    static final class Multipart {
        static Map<String, JsonNode> fields(String contentType, byte[] body) {
            String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "");
            String text = new String(body, StandardCharsets.ISO_8859_1);
            var fields = new LinkedHashMap<String, JsonNode>();
            for (String part : text.split(Pattern.quote(boundary))) {
                int headerEnd = part.indexOf("\r\n\r\n");
                if (headerEnd < 0) {
                    continue;
                }
                String headers = part.substring(0, headerEnd);
                String value = part.substring(headerEnd + 4);
                if (value.endsWith("\r\n")) {
                    value = value.substring(0, value.length() - 2);
                }
                var name = Pattern.compile("name=\"([^\"]+)\"").matcher(headers);
                if (!name.find()) {
                    continue;
                }
                var file = Pattern.compile("filename=\"([^\"]*)\"").matcher(headers);
                String decoded = new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                fields.put(name.group(1), file.find()
                        ? NODES.stringNode("attach:" + file.group(1) + ":" + value.length())
                        : NODES.stringNode(decoded));
            }
            // a field "attach://x" names the part x that carries the file; that part is no field of its own
            for (JsonNode value : List.copyOf(fields.values())) {
                if (value.isString() && value.asString().startsWith("attach://")) {
                    String part = value.asString().substring("attach://".length());
                    JsonNode file = fields.remove(part);
                    fields.replaceAll((key, v) -> v == value && file != null ? file : v);
                }
            }
            return fields;
        }
    }
}
