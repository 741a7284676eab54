package vn.chibo.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;

import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;

/** What a command knows of the message it answers: who, where, in which language, and how to ask more. */
public final class ChatContext {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final InboundMessage message;
    private final Optional<Member> member;
    private final Locale locale;
    private final MessageSource messages;
    private final Clock clock;
    private final OrgUnit actingCell;
    private DialogState nextDialog;

    ChatContext(InboundMessage message, Optional<Member> member, Locale locale, MessageSource messages, Clock clock) {
        this(message, member, locale, messages, clock, null);
    }

    private ChatContext(InboundMessage message, Optional<Member> member, Locale locale, MessageSource messages, Clock clock,
                        OrgUnit actingCell) {
        this.actingCell = actingCell;
        this.message = message;
        this.member = member;
        this.locale = locale;
        this.messages = messages;
        this.clock = clock;
    }

    public InboundMessage message() {
        return message;
    }

    public Optional<Member> member() {
        return member;
    }

    /**
     * The same message, its sender acting for {@code cell}: an admin above the cells who picked one, to whom a
     * cell command then answers as to that cell's secretary.
     */
    ChatContext actingIn(OrgUnit cell) {
        Member admin = member.orElseThrow();
        return new ChatContext(message, Optional.of(new Member(admin.id(), admin.fullName(), admin.phone(),
                admin.status(), admin.role(), cell)), locale, messages, clock, cell);
    }

    /** The cell an admin picked to act for, if they did. */
    Optional<OrgUnit> actingCell() {
        return Optional.ofNullable(actingCell);
    }

    public Locale locale() {
        return locale;
    }

    /** A text in the user's language. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public OutboundMessage reply(String key, Object... args) {
        return OutboundMessage.text(text(key, args));
    }

    /** A date the Vietnamese way (dd/MM/yyyy) in the bot's time zone. */
    public String date(Instant instant) {
        return DATE.format(instant.atZone(clock.getZone()));
    }

    /** Keeps the dialog open: the user's next plain message goes back to the same command with this state. */
    public void awaitReply(DialogState state) {
        nextDialog = state;
    }

    Optional<DialogState> nextDialog() {
        return Optional.ofNullable(nextDialog);
    }
}
