package vn.chibo.quiz;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.channel.Attachments;
import vn.chibo.common.Outcome;
import vn.chibo.conversation.Access;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.DialogState;
import vn.chibo.conversation.InboundMessage;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.conversation.OutboundMessage;

/**
 * /napcauhoi (/quizbank), for admins: hands out the Excel template with the current bank's summary, then
 * loads the next file the admin sends (YAML, Excel or Aiken text) as a new bank version, or lists every
 * problem in it with its place.
 */
@Component
class QuizBankCommand extends NamedCommand {

    /** Waiting for the bank's file. */
    record AwaitingFile() implements DialogState {
    }


    static final String TEMPLATE_NAME = "mau-cau-hoi.xlsx";
    private static final int PROBLEMS_SHOWN = 15;

    private final QuizBanks banks;
    private final Attachments attachments;

    QuizBankCommand(QuizBanks banks, Attachments attachments) {
        super("napcauhoi", "quizbank", Access.ADMIN, false);
        this.banks = banks;
        this.attachments = attachments;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        String current = banks.versions().stream().findFirst()
                .map(version -> chat.text("quizBank.current", version.id(), version.questionCount(),
                        version.topicCount(), version.sectionCount(), chat.date(version.createdAt())))
                .orElse(chat.text("quizBank.none"));
        chat.awaitReply(new AwaitingFile());
        return List.of(OutboundMessage.withFile(chat.text("quizBank.howTo", current),
                new OutboundFile(OutboundFile.Kind.DOCUMENT, TEMPLATE_NAME, OutboundFile.XLSX, banks.excelTemplate(chat.locale()))));
    }

    @Override
    public List<OutboundMessage> continueDialog(ChatContext chat, DialogState state, String input) {
        InboundMessage.Attachment file = chat.message().attachment();
        if (file == null) {
            chat.awaitReply(new AwaitingFile());
            return List.of(chat.reply("quizBank.sendFile"));
        }
        Optional<BankUpload.Format> format = BankUpload.format(file.mediaType(), file.fileName());
        if (format.isEmpty()) {
            chat.awaitReply(new AwaitingFile());
            return List.of(chat.reply("quizBank.problem.unknownFormat", file.fileName()));
        }
        Optional<byte[]> content = attachments.fetch(chat.message().channel(), file);
        if (content.isEmpty()) {
            return List.of(chat.reply("quizBank.fetchFailed"));
        }
        var outcome = banks.upload(List.of(new BankUpload(file.fileName(), format.get(), content.get())),
                QuizBankVersion.Origin.CHAT, chat.member().orElseThrow().id(), chat.locale());
        if (outcome instanceof Outcome.Done<QuizBankVersion, BankProblem> done) {
            QuizBankVersion version = done.value();
            return List.of(chat.reply("quizBank.loaded", version.id(), version.questionCount(), version.topicCount(),
                    version.sectionCount()));
        }
        List<BankProblem> problems = outcome.reasons();
        var text = new StringBuilder(chat.text("quizBank.rejected", file.fileName(), problems.size()));
        problems.stream().limit(PROBLEMS_SHOWN).forEach(problem -> text.append("\n• ").append(problem.describe()));
        if (problems.size() > PROBLEMS_SHOWN) {
            text.append("\n").append(chat.text("quizBank.moreProblems", problems.size() - PROBLEMS_SHOWN));
        }
        return List.of(OutboundMessage.text(text.toString()));
    }
}
