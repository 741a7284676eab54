package vn.chibo.channel.webchat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.conversation.Button;
import vn.chibo.conversation.Conversation;
import vn.chibo.conversation.InboundMessage;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.demo.DemoCommittee;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;

/**
 * The web chat: a channel like Telegram and Zalo, through the same conversation core. The browser keeps a
 * random chat id, which is both the chat and the user on this channel.
 */
@RestController
@RequestMapping("/api/chat")
class WebChatController {

    private static final Pattern CHAT_ID = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private final Conversation conversation;
    private final DemoCommittee demo;
    private final Organization organization;
    private final MessageSource messages;
    private final WebChatInbox inbox;

    WebChatController(Conversation conversation, DemoCommittee demo, Organization organization,
                      MessageSource messages, WebChatInbox inbox) {
        this.inbox = inbox;
        this.conversation = conversation;
        this.demo = demo;
        this.organization = organization;
        this.messages = messages;
    }

    record DemoMember(long id, String fullName, String role, String roleLabel, String unit) {
    }

    record ChatConfig(boolean demo, List<DemoMember> demoMembers) {
    }

    record SendRequest(String chatId, String text, String payload, String language) {
    }

    record DemoLoginRequest(String chatId, long memberId, String language) {
    }

    record Reply(String text, List<List<Button>> buttons) {
    }

    record Replies(List<Reply> replies) {
    }

    record PushedReply(long id, String text, List<List<Button>> buttons) {
    }

    record Inbox(List<PushedReply> messages) {
    }

    @GetMapping("/config")
    ChatConfig config(Locale locale) {
        return new ChatConfig(demo.enabled(), demo.members().stream()
                .map(m -> new DemoMember(m.id(), m.fullName(), m.role().name(),
                        messages.getMessage("role." + m.role().name(), null, locale), m.unit().path()))
                .toList());
    }

    @PostMapping("/messages")
    Replies send(@RequestBody SendRequest request) {
        String chatId = validChatId(request.chatId());
        var message = new InboundMessage(ChatChannel.WEB, chatId, chatId, null, request.language(), request.text(),
                request.payload(), null, null);
        return replies(conversation.handle(message));
    }

    /** Messages pushed to this browser since {@code after}, which the page asks for every few seconds. */
    @GetMapping("/inbox")
    Inbox inbox(@RequestParam String chatId, @RequestParam(defaultValue = "0") long after) {
        return new Inbox(inbox.after(validChatId(chatId), after).stream()
                .map(p -> new PushedReply(p.id(), p.message().text(), p.message().buttons())).toList());
    }

    /** Demo only: act as a demo member by linking with a fresh code for them, exactly as /start would. */
    @PostMapping("/demo-login")
    Replies demoLogin(@RequestBody DemoLoginRequest request) {
        String chatId = validChatId(request.chatId());
        if (!demo.enabled() || !demo.isDemoMember(request.memberId())) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND);
        }
        Member member = organization.member(request.memberId()).orElseThrow();
        String code = organization.newInvite(member.id()).code();
        return replies(conversation.handle(
                InboundMessage.text(ChatChannel.WEB, chatId, request.language(), "/start " + code)));
    }

    private static String validChatId(String chatId) {
        if (chatId == null || !CHAT_ID.matcher(chatId).matches()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST, "chatId must be 16 to 64 letters, digits, '-' or '_'"), null);
        }
        return chatId;
    }

    private static Replies replies(List<OutboundMessage> messages) {
        return new Replies(messages.stream().map(m -> new Reply(m.text(), m.buttons())).toList());
    }
}
