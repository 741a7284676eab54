package vn.chibo.statistics;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.chibo.conversation.Access;
import vn.chibo.conversation.CellScope;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.Member;

/** /cuatoi (/me): a member's own record over the last twelve months, and this year's absences without reason. */
@Component
class MyRecordCommand extends NamedCommand {

    private final Statistics statistics;
    private final StatisticsTexts texts;

    MyRecordCommand(Statistics statistics, StatisticsTexts texts) {
        super("cuatoi", "me", Access.MEMBER, true, CellScope.OWN);
        this.statistics = statistics;
        this.texts = texts;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        Statistics.Period period = statistics.lastTwelveMonths();
        return List.of(OutboundMessage.text(texts.member(statistics.member(me, period), period, chat.locale())));
    }
}
