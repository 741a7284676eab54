package vn.chibo.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.channel.Outbox;
import vn.chibo.common.Outcome;
import vn.chibo.common.Periodic;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.meeting.Meeting;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.text.VietnameseText;

/**
 * Follow-up of a resolution: tasks with the member responsible and a due date. The member is told when given
 * one and reminded some days before it is due; the open ones stand on the cell's next meeting's agenda for
 * review (kiểm điểm việc thực hiện nghị quyết) until marked done or cancelled.
 */
@Service
public class FollowUpTasks {

    private static final int MAX_TITLE = 500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String SELECT = """
            SELECT t.*, m.full_name FROM follow_up_task t JOIN member m ON m.id = t.member_id""";

    private final JdbcClient jdbc;
    private final Organization organization;
    private final Outbox outbox;
    private final MessageSource messages;
    private final Clock clock;
    private final int remindDaysBefore;

    FollowUpTasks(JdbcClient jdbc, Organization organization, Outbox outbox, MessageSource messages, Clock clock,
                  @Value("${chibo.tasks.remind-days-before}") int remindDaysBefore) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
        this.remindDaysBefore = remindDaysBefore;
    }

    @Transactional
    public Outcome<FollowUpTask, String> add(Meeting meeting, String title, long memberId, LocalDate dueOn) {
        Optional<Member> member = organization.member(memberId).filter(m -> m.unit().id() == meeting.cellId());
        if (member.isEmpty()) {
            return Outcome.refused("task.problem.notInCell");
        }
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            return Outcome.refused("task.problem.title");
        }
        if (dueOn == null || dueOn.isBefore(LocalDate.now(clock)) || dueOn.isAfter(LocalDate.now(clock).plusYears(5))) {
            return Outcome.refused("task.problem.due");
        }
        long id = jdbc.sql("""
                        INSERT INTO follow_up_task (meeting_id, cell_id, title, member_id, due_on, status, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?) RETURNING id""")
                .params(meeting.id(), meeting.cellId(), VietnameseText.tidy(title), memberId, dueOn.toString(), clock.millis(),
                        clock.millis())
                .query(Long.class).single();
        FollowUpTask task = task(id).orElseThrow();
        outbox.toMembers(List.of(memberId), Outbox.NoticeKey.of("task", id, "given"),
                locale -> withDone(task, messages.getMessage("task.given", new Object[] {task.title(), due(task)}, locale), locale));
        return Outcome.done(task);
    }

    public Optional<FollowUpTask> task(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = ?").param(id).query(FollowUpTasks::row).optional();
    }

    public List<FollowUpTask> of(Meeting meeting) {
        return jdbc.sql(SELECT + " WHERE t.meeting_id = ? ORDER BY t.id").param(meeting.id()).query(FollowUpTasks::row).list();
    }

    /** The member's open tasks, soonest due first. */
    public List<FollowUpTask> openFor(long memberId) {
        return jdbc.sql(SELECT + " WHERE t.member_id = ? AND t.status = 'OPEN' ORDER BY t.due_on, t.id").param(memberId)
                .query(FollowUpTasks::row).list();
    }

    /** What the cell's meeting reviews: tasks given at earlier meetings and still open. */
    public List<FollowUpTask> toReview(Meeting meeting) {
        return jdbc.sql(SELECT + """
                         JOIN meeting g ON g.id = t.meeting_id
                        WHERE t.cell_id = ? AND t.status = 'OPEN' AND g.starts_at < ? ORDER BY t.due_on, t.id""")
                .params(meeting.cellId(), meeting.startsAt().toInstant().toEpochMilli())
                .query(FollowUpTasks::row).list();
    }

    /** A cancelled task stays cancelled for an old "done" button; the secretary may still open it again. */
    @Transactional
    public Outcome<FollowUpTask, String> setStatus(long id, FollowUpTask.Status status) {
        Optional<FollowUpTask> task = task(id);
        if (task.isEmpty()) {
            return Outcome.refused("task.problem.noTask");
        }
        if (task.get().status() == FollowUpTask.Status.CANCELLED && status == FollowUpTask.Status.DONE) {
            return Outcome.refused("task.problem.cancelled");
        }
        jdbc.sql("UPDATE follow_up_task SET status = ?, updated_at = ? WHERE id = ?").params(status.name(), clock.millis(), id)
                .update();
        return Outcome.done(task(id).orElseThrow());
    }

    /** Tells each member whose open task falls due within the next days, once per task. */
    @Periodic(name = "remind-due-tasks", every = "${chibo.tasks.tick}")
    @Transactional
    public void remindDue() {
        LocalDate until = LocalDate.now(clock).plusDays(remindDaysBefore);
        List<FollowUpTask> due = jdbc.sql(SELECT + " WHERE t.status = 'OPEN' AND t.reminded_at IS NULL AND t.due_on <= ?")
                .param(until.toString()).query(FollowUpTasks::row).list();
        for (FollowUpTask task : due) {
            outbox.toMembers(List.of(task.memberId()), Outbox.NoticeKey.of("task", task.id(), "due"), locale ->
                    withDone(task, messages.getMessage("task.dueSoon", new Object[] {task.title(), due(task)}, locale), locale));
            jdbc.sql("UPDATE follow_up_task SET reminded_at = ? WHERE id = ?").params(clock.millis(), task.id()).update();
        }
    }

    OutboundMessage withDone(FollowUpTask task, String text, Locale locale) {
        return OutboundMessage.withButtons(text, List.of(new Button(
                messages.getMessage("task.button.done", null, locale), "/" + TaskCommand.NAME + " " + TaskCommand.DONE + " " + task.id())));
    }

    static String due(FollowUpTask task) {
        return DATE.format(task.dueOn());
    }

    private static FollowUpTask row(ResultSet rs, int n) throws SQLException {
        return new FollowUpTask(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("cell_id"), rs.getString("title"),
                rs.getLong("member_id"), rs.getString("full_name"), LocalDate.parse(rs.getString("due_on")),
                FollowUpTask.Status.valueOf(rs.getString("status")));
    }
}
