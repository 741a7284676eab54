package vn.chibo.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.springframework.stereotype.Component;

import vn.chibo.common.BotClockTime;
import vn.chibo.organization.LinkOutcome;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;

/** /start CODE links this chat account to a member; /start alone explains how, and waits for the code. */
@Component
class StartCommand extends NamedCommand {

    /** Waiting for the invite code. */
    record AwaitingCode() implements DialogState {
    }
    /** Wrong codes one account may try per quarter hour: enough for typos, too few to guess 32^8 codes. */
    private static final int WRONG_CODES_ALLOWED = 5;
    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final Organization organization;
    private final ConcurrentMap<String, Bucket> wrongCodes = new ConcurrentHashMap<>();
    private final TimeMeter time;
    /** Wrong codes from every chat together: new chats cost a guesser nothing, so each one's own budget is not enough. */
    private final Bucket wrongCodesEverywhere;

    StartCommand(Organization organization, Clock clock, ConversationProperties properties) {
        super("start", null, Access.ANYONE, false);
        this.organization = organization;
        this.time = BotClockTime.of(clock);
        this.wrongCodesEverywhere = Bucket.builder().withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder().capacity(properties.wrongCodesEverywhere())
                        .refillGreedy(properties.wrongCodesEverywhere(), properties.wrongCodesWindow()).build())
                .build();
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String code) {
        if (code.isEmpty()) {
            if (chat.member().isPresent()) {
                return List.of(greeting(chat, "start.welcomeBack", chat.member().get()));
            }
            chat.awaitReply(new AwaitingCode());
            return List.of(chat.reply("start.howToLink").askingForContact(chat.text("contact.button")));
        }
        InboundMessage message = chat.message();
        Bucket guesses = wrongCodes.computeIfAbsent(message.channel() + ":" + message.platformUserId(), user -> Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder().capacity(WRONG_CODES_ALLOWED).refillGreedy(WRONG_CODES_ALLOWED, LOCKOUT).build())
                .build());
        if (guesses.getAvailableTokens() < 1) {
            return List.of(chat.reply("start.tooManyAttempts"));
        }
        if (wrongCodesEverywhere.getAvailableTokens() < 1) {
            return List.of(chat.reply("start.busy"));
        }
        LinkOutcome outcome = organization.link(code, message.channel(), message.platformUserId(), message.displayName(),
                message.languageCode());
        if (!(outcome instanceof LinkOutcome.Linked) && !(outcome instanceof LinkOutcome.AlreadyLinked)) {
            guesses.tryConsume(1);
            wrongCodesEverywhere.tryConsume(1);
        }
        return answer(chat, outcome);
    }

    /** A contact shared from the platform: linked when it is the sender's own number and on the roster. */
    List<OutboundMessage> linkByContact(ChatContext chat) {
        InboundMessage message = chat.message();
        InboundMessage.SharedContact contact = message.contact();
        if (contact.platformUserId() == null || !contact.platformUserId().equals(message.platformUserId())) {
            return List.of(chat.reply("start.notOwnContact"));
        }
        return answer(chat, organization.linkByPhone(contact.phone(), message.channel(), message.platformUserId(),
                message.displayName(), message.languageCode()));
    }

    private List<OutboundMessage> answer(ChatContext chat, LinkOutcome outcome) {
        if (outcome instanceof LinkOutcome.Linked linked) {
            return List.of(greeting(chat, "start.linked", linked.member()));
        }
        if (outcome instanceof LinkOutcome.AlreadyLinked already) {
            return List.of(greeting(chat, "start.welcomeBack", already.member()));
        }
        if (outcome instanceof LinkOutcome.AccountTaken taken) {
            return List.of(chat.reply("start.accountTaken", taken.owner().fullName()));
        }
        if (outcome instanceof LinkOutcome.UsedCode) {
            return List.of(chat.reply("start.usedCode"));
        }
        if (outcome instanceof LinkOutcome.ExpiredCode) {
            return List.of(chat.reply("start.expiredCode"));
        }
        if (outcome instanceof LinkOutcome.PhoneNotOnRoster) {
            return List.of(chat.reply("start.phoneNotOnRoster"));
        }
        // a mistyped code is the likeliest slip: keep listening for the corrected one
        chat.awaitReply(new AwaitingCode());
        return List.of(chat.reply("start.unknownCode"));
    }

    private OutboundMessage greeting(ChatContext chat, String key, Member member) {
        return OutboundMessage.withButtons(chat.text(key, member.fullName(), member.unit().nameWithCommittee()),
                List.of(new Button(chat.text("command.hoso.button"), "/hoso"),
                        new Button(chat.text("command.trogiup.button"), "/trogiup")));
    }
}
