package vn.chibo.statistics;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.chibo.conversation.Access;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.Member;

/**
 * /baocao (/report): the Excel workbook of the last twelve months (or the period asked) for the secretary's
 * cell, or for the admin's committee, or for a unit in scope named after it.
 */
@Component
class ReportCommand extends NamedCommand {

    private final Statistics statistics;
    private final StatisticsRequest requests;
    private final StatisticsTexts texts;
    private final Workbooks workbooks;

    ReportCommand(Statistics statistics, StatisticsRequest requests, StatisticsTexts texts, Workbooks workbooks) {
        super("baocao", "report", Access.CELL_LEADER, true);
        this.statistics = statistics;
        this.requests = requests;
        this.texts = texts;
        this.workbooks = workbooks;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        StatisticsRequest.Parsed asked = requests.parse(me, arguments, statistics.lastTwelveMonths());
        if (asked.refusalKey() != null) {
            return List.of(chat.reply(asked.refusalKey()));
        }
        byte[] workbook = asked.unit().isCell() ? workbooks.cell(asked.unit(), asked.period(), chat.locale())
                : workbooks.committee(asked.unit(), asked.period(), chat.locale());
        String name = texts.reportFileName(asked.unit(), asked.period(), "xlsx");
        return List.of(OutboundMessage.withFile(chat.text("report.caption", asked.unit().name(),
                        texts.period(asked.period(), chat.locale())),
                new OutboundFile(OutboundFile.Kind.DOCUMENT, name, OutboundFile.XLSX, workbook)));
    }
}
