package vn.chibo.demo;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.channel.WebChat;
import vn.chibo.channel.WebChatIds;
import vn.chibo.organization.Organization;

/** The web chat's demo side: which demo members there are, and acting as one of them. */
@RestController
@RequestMapping("/api/chat")
class DemoChatController {

    private final DemoCommittee demo;
    private final Organization organization;
    private final WebChat webChat;
    private final MessageSource messages;
    private final WebChatIds ids;

    DemoChatController(DemoCommittee demo, Organization organization, WebChat webChat, MessageSource messages,
                       WebChatIds ids) {
        this.ids = ids;
        this.demo = demo;
        this.organization = organization;
        this.webChat = webChat;
        this.messages = messages;
    }

    record DemoMember(long id, String fullName, String role, String roleLabel, String unit) {
    }

    /** {@code preparing}: the demo committee is still being made at start; the page asks again shortly. */
    record ChatConfig(boolean demo, boolean preparing, List<DemoMember> demoMembers) {
    }

    record DemoLoginRequest(long memberId, String language) {
    }

    record Replies(List<WebChat.Reply> replies) {
    }

    @GetMapping("/config")
    ChatConfig config(Locale locale) {
        if (!demo.ready()) {
            return new ChatConfig(true, true, List.of());
        }
        return new ChatConfig(demo.enabled(), false, demo.members().stream()
                .map(m -> new DemoMember(m.id(), m.fullName(), m.role().name(),
                        messages.getMessage("role." + m.role().name(), null, locale), m.unit().name()))
                .toList());
    }

    /** Demo only: act as a demo member by linking with a fresh code for them, exactly as /start would. */
    @PostMapping("/demo-login")
    Replies demoLogin(@RequestBody DemoLoginRequest body, HttpServletRequest request, HttpServletResponse response) {
        if (!demo.enabled() || !demo.isDemoMember(body.memberId())) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND);
        }
        String code = organization.newInvite(body.memberId()).code();
        return new Replies(webChat.send(ids.of(request, response), null, "/start " + code, null, body.language()));
    }
}
