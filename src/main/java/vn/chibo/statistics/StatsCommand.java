package vn.chibo.statistics;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.chibo.conversation.Access;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.dues.DuesShares;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;

/**
 * /thongke (/stats): for a secretary, the cell's latest meeting and the year so far with its monthly chart;
 * for an admin, their committee with its cells below target and the ranking chart; both with the reach figure, and
 * for a cell how the latest meeting's answers came. "/thongke 11/2026",
 * "/thongke 2026" choose the period; a unit's name chooses a unit in scope.
 */
@Component
class StatsCommand extends NamedCommand {

    private final Statistics statistics;
    private final StatisticsRequest requests;
    private final StatisticsTexts texts;
    private final Charts charts;
    private final Clock clock;
    private final ReachTexts reach;
    private final Meetings meetings;
    private final DuesShares dues;

    StatsCommand(Statistics statistics, StatisticsRequest requests, StatisticsTexts texts, Charts charts, Clock clock,
                 ReachTexts reach, Meetings meetings, DuesShares dues) {
        super("thongke", "stats", Access.CELL_LEADER, true);
        this.dues = dues;
        this.reach = reach;
        this.meetings = meetings;
        this.statistics = statistics;
        this.requests = requests;
        this.texts = texts;
        this.charts = charts;
        this.clock = clock;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        YearMonth now = YearMonth.now(clock);
        StatisticsRequest.Parsed asked = requests.parse(me, arguments, new Statistics.Period(YearMonth.of(now.getYear(), 1), now));
        if (asked.refusalKey() != null) {
            return List.of(chat.reply(asked.refusalKey()));
        }
        if (asked.unit().isCell()) {
            CellFigures figures = statistics.cell(asked.unit(), asked.period());
            String text = texts.cell(figures, statistics.members(asked.unit(), asked.period()), asked.period(), chat.locale());
            if (!figures.meetings().isEmpty()) {
                text += meetings.meeting(figures.meetings().get(figures.meetings().size() - 1).meetingId())
                        .flatMap(latest -> reach.answersByRoute(latest, chat.locale())).map(line -> "\n" + line).orElse("");
            }
            text += "\n" + reach.reach(asked.unit(), chat.locale())
                    + dues.line(asked.unit(), now, chat.locale()).map(line -> "\n" + line).orElse("");
            if (figures.meetings().isEmpty()) {
                return List.of(OutboundMessage.text(text));
            }
            byte[] chart = charts.trend(figures.cellName(), figures.months(), figures.targetPercent(),
                    texts.criteria(figures.criteria(), chat.locale()), chat.locale());
            return List.of(OutboundMessage.text(text), OutboundMessage.withFile(
                    texts.trendCaption(figures.cellName(), figures.targetPercent(), chat.locale()),
                    new OutboundFile(OutboundFile.Kind.PHOTO, "thong-ke.png", "image/png", chart)));
        }
        CommitteeFigures figures = statistics.committee(asked.unit(), asked.period());
        String text = texts.committee(figures, asked.period(), chat.locale()) + "\n" + reach.reach(asked.unit(), chat.locale())
                + dues.line(asked.unit(), now, chat.locale()).map(line -> "\n" + line).orElse("");
        if (figures.total().meetings() == 0) {
            return List.of(OutboundMessage.text(text));
        }
        byte[] chart = charts.ranking(figures.name(), figures.cells(), figures.targetPercent(),
                texts.criteria(figures.criteria(), chat.locale()), chat.locale());
        return List.of(OutboundMessage.text(text), OutboundMessage.withFile(
                texts.rankingCaption(figures.name(), figures.cells().size(), figures.targetPercent(), chat.locale()),
                new OutboundFile(OutboundFile.Kind.PHOTO, "xep-hang.png", "image/png", chart)));
    }
}
