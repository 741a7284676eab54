package vn.chibo.signin;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.chibo.conversation.Access;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundMessage;

/** /dangnhap (/login): a one-time link that signs a secretary or admin in to the dashboard, for ten minutes. */
@Component
class LoginCommand extends NamedCommand {

    private final DashboardLogins logins;
    private final DashboardLinks links;

    LoginCommand(DashboardLogins logins, DashboardLinks links) {
        super("dangnhap", "login", Access.CELL_LEADER, false);
        this.logins = logins;
        this.links = links;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        String token = logins.issue(chat.member().orElseThrow().id());
        return List.of(chat.reply("dashboard.loginLink", links.signIn(token), DashboardLogins.TIME_TO_USE.toMinutes()));
    }
}
