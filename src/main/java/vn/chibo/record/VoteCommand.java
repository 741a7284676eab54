package vn.chibo.record;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.attendance.Attendance;
import vn.chibo.common.Outcome;
import vn.chibo.conversation.Access;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.CellScope;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.DialogState;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;
import vn.chibo.organization.Role;
import vn.chibo.text.VietnameseText;

/**
 * /bieuquyet (/vote): a member casts (or changes) a ballot with the buttons the vote came with; the secretary or
 * deputy opens a vote at the meeting under way ("/bieuquyet moi Thông qua nghị quyết…"), sees the counts and
 * closes it.
 */
@Component
class VoteCommand extends NamedCommand {

    static final String NAME = "bieuquyet";
    private static final String NEW = "moi";
    private static final String NEW_ENGLISH = "new";
    private static final String CLOSE = "dong";
    private static final String CLOSE_ENGLISH = "close";

    /** Waiting for the question to vote on. */
    record AwaitingQuestion() implements DialogState {
    }
    /** A meeting counts as under way from its check-in (or start) until this long after it began. */

    private final Votes votes;
    private final Meetings meetings;
    private final Attendance attendance;
    private final VoteTexts texts;

    VoteCommand(Votes votes, Meetings meetings, Attendance attendance, VoteTexts texts) {
        super(NAME, "vote", Access.MEMBER, false, CellScope.MANAGED);
        this.votes = votes;
        this.meetings = meetings;
        this.attendance = attendance;
        this.texts = texts;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        String[] words = arguments.strip().split("\\s+", 2);
        String first = VietnameseText.fold(words[0]);
        if (first.matches("\\d+") && words.length == 2) {
            return cast(chat, me, Long.parseLong(first), VietnameseText.fold(words[1]));
        }
        boolean leads = me.role().leadsCell() || me.role() == Role.ADMIN;
        if ((first.equals(NEW) || first.equals(NEW_ENGLISH) || first.equals(CLOSE) || first.equals(CLOSE_ENGLISH)) && !leads) {
            return List.of(chat.reply("vote.leadersOnly"));
        }
        if (first.equals(CLOSE) || first.equals(CLOSE_ENGLISH)) {
            Optional<Long> id = words.length == 2 && words[1].strip().matches("\\d+")
                    ? Optional.of(Long.parseLong(words[1].strip())) : Optional.empty();
            return id.map(voteId -> close(chat, me, voteId)).orElseGet(() -> overview(chat, me, leads));
        }
        if (first.equals(NEW) || first.equals(NEW_ENGLISH)) {
            String question = words.length == 2 ? words[1].strip() : "";
            if (question.isEmpty()) {
                chat.awaitReply(new AwaitingQuestion());
                return List.of(chat.reply("vote.askQuestion"));
            }
            return open(chat, me, question);
        }
        return overview(chat, me, leads);
    }

    @Override
    public List<OutboundMessage> continueDialog(ChatContext chat, DialogState state, String input) {
        return open(chat, chat.member().orElseThrow(), input);
    }

    private List<OutboundMessage> open(ChatContext chat, Member me, String question) {
        Optional<Meeting> meeting = underWay(me);
        if (meeting.isEmpty()) {
            return List.of(chat.reply("vote.noMeeting"));
        }
        Outcome<Vote, VoteRefusal> opened = votes.open(meeting.get(), question, me.id());
        if (opened instanceof Outcome.Refused<Vote, VoteRefusal> refused) {
            return List.of(chat.reply(refused.first().messageKey));
        }
        Vote vote = opened.orElseThrow();
        return List.of(OutboundMessage.withButtons(chat.text("vote.opened", vote.question()),
                List.of(new Button(chat.text("vote.button.close"), "/" + NAME + " " + CLOSE + " " + vote.id()))));
    }

    private List<OutboundMessage> cast(ChatContext chat, Member me, long voteId, String word) {
        Optional<Ballot> ballot = Ballot.of(word);
        if (ballot.isEmpty()) {
            return overview(chat, me, false);
        }
        Outcome<Vote, VoteRefusal> cast = votes.cast(me, voteId, ballot.get());
        if (cast instanceof Outcome.Refused<Vote, VoteRefusal> refused) {
            return List.of(chat.reply(refused.first().messageKey));
        }
        return List.of(chat.reply("vote.recorded", chat.text("vote.ballot." + ballot.get().name()),
                cast.orElseThrow().question()));
    }

    private List<OutboundMessage> close(ChatContext chat, Member me, long voteId) {
        Optional<Vote> vote = votes.vote(voteId).filter(found -> meetings.meeting(found.meetingId())
                .filter(meeting -> meeting.cellId() == me.unit().id()).isPresent());
        if (vote.isEmpty()) {
            return List.of(chat.reply(VoteRefusal.NO_SUCH_VOTE.messageKey));
        }
        Outcome<VoteResult, VoteRefusal> closed = votes.close(voteId, chat.locale());
        return List.of(OutboundMessage.text(texts.result(closed.orElseThrow(), chat.locale())));
    }

    /** The votes of the meeting under way: counts and buttons for a leader, open ballots for a member. */
    private List<OutboundMessage> overview(ChatContext chat, Member me, boolean leads) {
        Optional<Meeting> meeting = underWay(me);
        if (meeting.isEmpty()) {
            return List.of(chat.reply("vote.noMeeting"));
        }
        if (!leads) {
            List<OutboundMessage> open = votes.of(meeting.get()).stream().filter(Vote::open)
                    .map(vote -> votes.ballotPaper(vote, chat.locale())).toList();
            return open.isEmpty() ? List.of(chat.reply("vote.none")) : open;
        }
        List<VoteResult> held = votes.results(meeting.get(), chat.locale());
        var text = new StringBuilder(held.isEmpty() ? chat.text("vote.none") : "");
        var buttons = new ArrayList<Button>();
        for (VoteResult vote : held) {
            text.append(text.isEmpty() ? "" : "\n\n").append(texts.result(vote, chat.locale()));
            if (vote.open()) {
                buttons.add(new Button(chat.text("vote.button.close"), "/" + NAME + " " + CLOSE + " " + vote.id()));
            }
        }
        buttons.add(new Button(chat.text("vote.button.new"), "/" + NAME + " " + NEW));
        return List.of(OutboundMessage.withButtons(text.toString(), buttons));
    }

    /** The cell's meeting with check-in open, else the one that began last within the past hours. */
    private Optional<Meeting> underWay(Member me) {
        Optional<Meeting> checkingIn = attendance.openCheckIn(me).map(Attendance.OpenCheckIn::meeting);
        if (checkingIn.isPresent()) {
            return checkingIn;
        }
        return meetings.underWay(me.unit(), Duration.ofSeconds(1));
    }
}
