package vn.chibo.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.common.Outcome;
import vn.chibo.conversation.Access;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.CellScope;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.DialogState;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.Member;

/**
 * /kiemdiem (/review): a member fills the self-review step by step, answers kept at every step, and submits it; a
 * secretary or deputy first sees who in the cell has submitted, and can have every self-review as Word files.
 */
@Component
class ReviewCommand extends NamedCommand {

    static final String NAME = "kiemdiem";
    static final String ANSWER = "tl";
    static final String MINE = "toi";
    static final String SUBMIT = "nop";
    static final String RESTART = "sua";
    static final String FILES = "tai";

    /** Waiting for the answer to the member's next step in this round. */
    record AwaitingAnswer(long roundId) implements DialogState {
    }

    private final ReviewRounds rounds;
    private final ReviewSubjects subjects;
    private final SelfReviews reviews;
    private final ReviewPrompts prompts;
    private final CellProgress progress;
    private final ReviewFiles files;
    private final ReviewTexts texts;

    ReviewCommand(ReviewRounds rounds, ReviewSubjects subjects, SelfReviews reviews, ReviewPrompts prompts,
                  CellProgress progress, ReviewFiles files, ReviewTexts texts) {
        super(NAME, "review", Access.MEMBER, true, CellScope.OWN);
        this.rounds = rounds;
        this.subjects = subjects;
        this.reviews = reviews;
        this.prompts = prompts;
        this.progress = progress;
        this.files = files;
        this.texts = texts;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        Optional<ReviewRound> round = rounds.current(me);
        if (round.isEmpty()) {
            return List.of(chat.reply("review.none"));
        }
        String[] words = arguments.strip().split("\\s+", 2);
        boolean leader = me.role().leadsCell();
        return switch (words[0]) {
            case "" -> leader ? List.of(cellStatus(chat, me, round.get())) : own(chat, me, round.get());
            case MINE -> own(chat, me, round.get());
            case ANSWER -> answer(chat, me, round.get(), words.length > 1 ? words[1] : "");
            case SUBMIT -> submit(chat, me, round.get());
            case RESTART -> {
                reviews.restart(round.get(), me.id());
                yield own(chat, me, round.get());
            }
            case FILES -> leader ? List.of(OutboundMessage.withFile(chat.text("review.files.caption"),
                    new OutboundFile(OutboundFile.Kind.DOCUMENT, files.selfReviewsName(round.get(), me.unit()), "application/zip",
                            files.selfReviews(round.get(), me.unit(), chat.locale()))))
                    : own(chat, me, round.get());
            default -> answer(chat, me, round.get(), arguments);
        };
    }

    @Override
    public List<OutboundMessage> continueDialog(ChatContext chat, DialogState state, String input) {
        Member me = chat.member().orElseThrow();
        Optional<ReviewRound> round = rounds.round(((AwaitingAnswer) state).roundId());
        if (round.isEmpty()) {
            return List.of(chat.reply("review.none"));
        }
        return answer(chat, me, round.get(), input);
    }

    private List<OutboundMessage> own(ChatContext chat, Member me, ReviewRound round) {
        ReviewFrame frame = rounds.frame(round, chat.locale());
        Optional<ReviewSubjects.Subject> subject = subjects.of(round, me.unit(), frame).stream()
                .filter(found -> found.member().id() == me.id()).findFirst();
        if (subject.isEmpty() || !subject.get().included()) {
            return List.of(chat.reply("review.notReviewed", round.year()));
        }
        SelfReview review = reviews.of(round, me.id(), frame);
        if (review.submitted()) {
            return List.of(chat.reply("review.alreadySubmitted", round.year(), review.total(), frame.maximum(),
                    texts.grade(review.grade(), chat.locale())));
        }
        var replies = new ArrayList<OutboundMessage>();
        if (review.state() == SelfReview.State.NOT_STARTED) {
            replies.add(chat.reply("review.intro", round.year(), texts.day(round.selfReviewDue()),
                    frame.formName(review.form())));
        }
        replies.add(ask(chat, round, frame, review));
        return replies;
    }

    private List<OutboundMessage> answer(ChatContext chat, Member me, ReviewRound round, String input) {
        ReviewFrame frame = rounds.frame(round, chat.locale());
        boolean reviewed = subjects.reviewed(round, me.unit(), frame).stream().anyMatch(member -> member.id() == me.id());
        if (!reviewed) {
            return List.of(chat.reply("review.notReviewed", round.year()));
        }
        SelfReview before = reviews.of(round, me.id(), frame);
        if (before.submitted()) {
            return own(chat, me, round);
        }
        if (SelfReviewSteps.next(frame, before).kind() == SelfReviewSteps.Step.Kind.CONFIRM) {
            return SelfReviewSteps.yesNo(input).orElse(false) || input.strip().equals(SUBMIT)
                    ? submit(chat, me, round) : own(chat, me, round);
        }
        Outcome<SelfReview, ReviewProblem> answered = reviews.answer(round, me.id(), frame, input);
        var replies = new ArrayList<OutboundMessage>();
        if (answered instanceof Outcome.Refused<SelfReview, ReviewProblem> refused) {
            replies.add(OutboundMessage.text(texts.problem(refused.first(), chat.locale())));
            replies.add(ask(chat, round, frame, before));
            return replies;
        }
        SelfReview after = answered.orElseThrow();
        if (before.grade() != null && after.grade() == null) {
            replies.add(chat.reply("review.conditionNo", texts.grade(before.grade(), chat.locale())));
        }
        replies.add(ask(chat, round, frame, after));
        return replies;
    }

    private List<OutboundMessage> submit(ChatContext chat, Member me, ReviewRound round) {
        ReviewFrame frame = rounds.frame(round, chat.locale());
        Outcome<SelfReview, ReviewProblem> submitted = reviews.submit(round, me.id(), frame, null);
        if (submitted instanceof Outcome.Refused<SelfReview, ReviewProblem> refused) {
            return List.of(OutboundMessage.text(texts.problems(refused.reasons(), chat.locale())),
                    ask(chat, round, frame, reviews.of(round, me.id(), frame)));
        }
        SelfReview review = submitted.orElseThrow();
        boolean late = prompts.late(round, review);
        return List.of(chat.reply(late ? "review.submittedLate" : "review.submitted", round.year(), review.total(),
                frame.maximum(), texts.grade(review.grade(), chat.locale())));
    }

    private OutboundMessage ask(ChatContext chat, ReviewRound round, ReviewFrame frame, SelfReview review) {
        chat.awaitReply(new AwaitingAnswer(round.id()));
        return prompts.ask(frame, review, chat.locale());
    }

    private OutboundMessage cellStatus(ChatContext chat, Member me, ReviewRound round) {
        var buttons = new ArrayList<Button>();
        buttons.add(new Button(chat.text("review.button.mine"), "/" + NAME + " " + MINE));
        buttons.add(new Button(chat.text("review.button.files"), "/" + NAME + " " + FILES));
        return OutboundMessage.withButtons(progress.text(round, me.unit(), chat.locale()), buttons);
    }
}
