package vn.chibo.quiz;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import vn.chibo.conversation.Access;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/**
 * /bangxephang (/leaderboard): this month's best quiz of each member, by score then time, for the member's
 * cell and for the committee above it (an admin sees their scope), with the member's own place.
 */
@Component
class LeaderboardCommand extends NamedCommand {

    private final Leaderboards leaderboards;
    private final QuizMessages texts;
    private final Organization organization;
    private final QuizProperties properties;
    private final Clock clock;

    LeaderboardCommand(Leaderboards leaderboards, QuizMessages texts, Organization organization,
                       QuizProperties properties, Clock clock) {
        super("bangxephang", "leaderboard", Access.MEMBER, true);
        this.leaderboards = leaderboards;
        this.texts = texts;
        this.organization = organization;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        ZoneId zone = clock.getZone();
        YearMonth month = YearMonth.now(clock);
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        var boards = new ArrayList<OrgUnit>();
        boards.add(me.unit());
        if (me.unit().isCell() && me.unit().parentId() != null) {
            organization.unit(me.unit().parentId()).ifPresent(boards::add);
        }
        var text = new StringBuilder(chat.text("leaderboard.title", month.getMonthValue() + "/" + month.getYear()));
        for (OrgUnit unit : boards) {
            text.append("\n\n").append(board(chat, me, unit, leaderboards.leaderboard(unit, from, to)));
        }
        return List.of(OutboundMessage.text(text.toString()));
    }

    private String board(ChatContext chat, Member me, OrgUnit unit, List<QuizResult> results) {
        var text = new StringBuilder(unit.name()).append(':');
        if (results.isEmpty()) {
            return text.append('\n').append(chat.text("leaderboard.empty")).toString();
        }
        for (int i = 0; i < Math.min(results.size(), properties.leaderboardSize()); i++) {
            text.append('\n').append(line(chat, i + 1, results.get(i)));
        }
        Optional<Integer> myPlace = IntStream.range(0, results.size())
                .filter(i -> results.get(i).memberId() == me.id()).boxed().findFirst();
        if (myPlace.isPresent() && myPlace.get() >= properties.leaderboardSize()) {
            text.append("\n…\n").append(line(chat, myPlace.get() + 1, results.get(myPlace.get())));
        }
        return text.toString();
    }

    private String line(ChatContext chat, int place, QuizResult result) {
        return chat.text("quiz.resultLine", place, result.memberName(), result.correct(), result.questionCount(),
                texts.duration(result.timeTaken(), chat.locale()));
    }
}
