package vn.chibo.dues;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.common.Outcome;
import vn.chibo.conversation.Access;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.CellScope;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;

/**
 * /dangphi (/dues): a member's own months this year and how to pay, never anyone else's; for whoever records the
 * cell's dues, the month's list with a button per member who has not paid (paged), each press recording a cash
 * payment today.
 */
@Component
class DuesCommand extends NamedCommand {

    static final String NAME = "dangphi";
    static final String MINE = "toi";
    static final String LIST = "ds";
    static final String RECORD = "ghi";
    static final int PAGE = 8;

    private final DuesLedger ledger;
    private final DuesSettings settings;
    private final Organization organization;
    private final DuesTexts texts;

    DuesCommand(DuesLedger ledger, DuesSettings settings, Organization organization, DuesTexts texts) {
        super(NAME, "dues", Access.MEMBER, true, CellScope.OWN);
        this.ledger = ledger;
        this.settings = settings;
        this.organization = organization;
        this.texts = texts;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        String[] words = arguments.strip().split("\\s+");
        boolean collects = settings.mayRecord(me, me.unit());
        if (!collects || words[0].equals(MINE)) {
            return List.of(own(chat, me, collects));
        }
        YearMonth month = words.length > 1 ? month(words[1]).orElse(ledger.thisMonth()) : ledger.thisMonth();
        if (words[0].equals(RECORD) && words.length > 2 && words[2].matches("\\d{1,18}")) {
            return record(chat, me, month, Long.parseLong(words[2]));
        }
        int page = words[0].equals(LIST) && words.length > 2 && words[2].matches("\\d{1,4}") ? Integer.parseInt(words[2]) : 1;
        return List.of(list(chat, me, month, page));
    }

    private OutboundMessage own(ChatContext chat, Member me, boolean collects) {
        DuesLedger.MemberYear year = ledger.memberYear(me, ledger.thisMonth().getYear());
        var lines = new ArrayList<String>();
        lines.add(chat.text("dues.own.title", ledger.thisMonth().getYear()));
        year.months().forEach((month, state) -> lines.add(texts.line(month, state, chat.locale())));
        if (year.months().isEmpty()) {
            lines.add(chat.text("dues.own.none"));
        }
        DuesMonth current = year.months().get(ledger.thisMonth());
        if (current != null && current.due() != null) {
            lines.add(chat.text("dues.own.due", texts.money(current.due())));
        }
        String collector = settings.collector(me.unit()).map(Member::fullName).orElse(chat.text("dues.own.noCollector"));
        lines.add(chat.text("dues.own.how", collector));
        return collects ? OutboundMessage.withButtons(String.join("\n", lines),
                List.of(new Button(chat.text("dues.button.list"), "/" + NAME + " " + LIST)))
                : OutboundMessage.text(String.join("\n", lines));
    }

    private List<OutboundMessage> record(ChatContext chat, Member me, YearMonth month, long memberId) {
        Optional<Member> found = organization.member(memberId).filter(member -> member.unit().id() == me.unit().id());
        if (found.isEmpty()) {
            return List.of(chat.reply("dues.notInCell"));
        }
        Member payer = found.get();
        DuesMonth before = ledger.memberYear(payer, month.getYear()).months().get(month);
        Long due = before == null ? null : before.due();
        Outcome<DuesMonth, String> paid = ledger.pay(payer, month, due, null, PayMethod.CASH, DuesLedger.Source.CHAT, me.id());
        if (paid instanceof Outcome.Refused<DuesMonth, String> refused) {
            return List.of(chat.reply(refused.first()), list(chat, me, month, 1));
        }
        return List.of(chat.reply("dues.recorded", payer.fullName(), texts.month(month)), list(chat, me, month, 1));
    }

    private OutboundMessage list(ChatContext chat, Member me, YearMonth month, int page) {
        DuesLedger.CellYear year = ledger.cellYear(me.unit(), month.getYear());
        DuesLedger.MonthTotal total = year.totals().get(month);
        var toPay = new ArrayList<DuesLedger.MemberYear>();
        var exempt = new ArrayList<String>();
        for (DuesLedger.MemberYear member : year.members()) {
            DuesMonth state = member.months().get(month);
            if (state == null || state.state() == DuesState.PAID) {
                continue;
            }
            if (state.state() == DuesState.EXEMPT) {
                exempt.add(member.fullName());
            } else {
                toPay.add(member);
            }
        }
        String text = total == null ? chat.text("dues.list.empty", texts.month(month))
                : chat.text("dues.list.title", texts.month(month), total.paid(), total.members(),
                        exempt.isEmpty() ? "—" : String.join(", ", exempt), toPay.size());
        int pages = Math.max(1, (toPay.size() + PAGE - 1) / PAGE);
        int shown = Math.min(Math.max(page, 1), pages);
        var buttons = new ArrayList<Button>();
        for (DuesLedger.MemberYear member : toPay.subList((shown - 1) * PAGE, Math.min(toPay.size(), shown * PAGE))) {
            DuesMonth state = member.months().get(month);
            String note = state.state() == DuesState.UNPAID ? ""
                    : " (" + texts.text(chat.locale(), "dues.state." + state.state()).split(",")[0] + ")";
            buttons.add(new Button("✅ " + member.fullName() + note,
                    "/" + NAME + " " + RECORD + " " + month + " " + member.memberId()));
        }
        if (shown < pages) {
            buttons.add(new Button(chat.text("dues.button.next"), "/" + NAME + " " + LIST + " " + month + " " + (shown + 1)));
        }
        buttons.add(new Button(chat.text("dues.button.previousMonth"), "/" + NAME + " " + LIST + " " + month.minusMonths(1)));
        buttons.add(new Button(chat.text("dues.button.mine"), "/" + NAME + " " + MINE));
        return OutboundMessage.withButtons(text + (pages > 1 ? "\n" + chat.text("dues.list.page", shown, pages) : ""), buttons);
    }

    private static Optional<YearMonth> month(String word) {
        try {
            return Optional.of(YearMonth.parse(word));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
