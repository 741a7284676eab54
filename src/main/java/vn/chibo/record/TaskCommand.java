package vn.chibo.record;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.chibo.common.Outcome;
import vn.chibo.conversation.Access;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.Member;
import vn.chibo.text.VietnameseText;

/** /viec (/tasks): a member's open tasks from the resolutions, each with a button to mark it done. */
@Component
class TaskCommand extends NamedCommand {

    static final String NAME = "viec";
    static final String DONE = "xong";

    private final FollowUpTasks tasks;

    TaskCommand(FollowUpTasks tasks) {
        super(NAME, "tasks", Access.MEMBER, true);
        this.tasks = tasks;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        String[] words = arguments.strip().split("\\s+");
        if (words.length == 2 && VietnameseText.fold(words[0]).equals(DONE) && words[1].matches("\\d+")) {
            long id = Long.parseLong(words[1]);
            if (tasks.task(id).filter(task -> task.memberId() == me.id()).isEmpty()) {
                return List.of(chat.reply("task.problem.noTask"));
            }
            Outcome<FollowUpTask, String> done = tasks.setStatus(id, FollowUpTask.Status.DONE);
            if (done instanceof Outcome.Refused<FollowUpTask, String> refused) {
                return List.of(chat.reply(refused.first()));
            }
            return List.of(chat.reply("task.done", done.orElseThrow().title()));
        }
        List<FollowUpTask> open = tasks.openFor(me.id());
        if (open.isEmpty()) {
            return List.of(chat.reply("task.none"));
        }
        var text = new StringBuilder(chat.text("task.title"));
        var buttons = new ArrayList<Button>();
        for (FollowUpTask task : open) {
            text.append("\n• ").append(chat.text("task.line", task.title(), FollowUpTasks.due(task)));
            buttons.add(new Button(chat.text("task.button.doneOne", task.title()), "/" + NAME + " " + DONE + " " + task.id()));
        }
        return List.of(OutboundMessage.withButtons(text.toString(), buttons));
    }
}
