package vn.chibo.conversation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.chibo.common.Outcome;
import vn.chibo.organization.Member;
import vn.chibo.organization.RosterImport;
import vn.chibo.organization.RosterImportResult;
import vn.chibo.organization.RosterProblem;

/**
 * /napdanhsach (/roster), for admins: rows of a roster pasted into the chat (with the header line), checked and
 * imported like a file on the dashboard, within the admin's own committee. Every problem is listed with its row
 * and column, and then nothing is imported.
 */
@Component
class RosterCommand extends NamedCommand {

    /** Waiting for the roster's rows, pasted or sent as a file. */
    record AwaitingRows() implements DialogState {
    }
    private static final int PROBLEMS_SHOWN = 10;

    private final RosterImport rosterImport;

    RosterCommand(RosterImport rosterImport) {
        super("napdanhsach", "roster", Access.ADMIN, false);
        this.rosterImport = rosterImport;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        if (!arguments.isBlank()) {
            return importRows(chat, arguments);
        }
        chat.awaitReply(new AwaitingRows());
        return List.of(chat.reply("roster.chat.howTo", chat.member().orElseThrow().unit().path()));
    }

    @Override
    public List<OutboundMessage> continueDialog(ChatContext chat, DialogState state, String input) {
        return importRows(chat, input);
    }

    private List<OutboundMessage> importRows(ChatContext chat, String rows) {
        Member admin = chat.member().orElseThrow();
        var outcome = rosterImport.importCsv(rows, chat.locale(), admin.unit().path());
        if (outcome instanceof Outcome.Done<RosterImportResult, RosterProblem> done) {
            RosterImportResult result = done.value();
            var text = new StringBuilder(chat.text("roster.chat.imported", result.created(), result.updated(),
                    result.unchanged()));
            result.createdUnits().forEach(unit -> text.append('\n').append(chat.text("roster.chat.newUnit", unit)));
            result.roleChanges().forEach(change -> text.append('\n').append(chat.text("roster.chat.roleChange",
                    change.fullName(), chat.text("role." + change.from().name()), chat.text("role." + change.to().name()))));
            return List.of(OutboundMessage.text(text.toString()));
        }
        List<RosterProblem> problems = outcome.reasons();
        var text = new StringBuilder(chat.text("roster.chat.rejected", problems.size()));
        problems.stream().limit(PROBLEMS_SHOWN).forEach(problem -> text.append('\n').append(problem.column() == null
                ? chat.text("roster.chat.problemInRow", problem.row(), problem.message())
                : chat.text("roster.chat.problem", problem.row(), problem.column(), problem.message())));
        if (problems.size() > PROBLEMS_SHOWN) {
            text.append('\n').append(chat.text("roster.chat.moreProblems", problems.size() - PROBLEMS_SHOWN));
        }
        return List.of(OutboundMessage.text(text.toString()));
    }
}
