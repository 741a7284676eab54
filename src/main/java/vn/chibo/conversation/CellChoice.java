package vn.chibo.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/**
 * An admin above the cells uses a cell command for one cell of their scope: asked which, they press a cell's
 * button, which repeats the command as {@code /hop @12 …}; the replies' own buttons and the open dialog keep
 * that cell, so every next step stays with it.
 */
final class CellChoice {

    private static final Pattern CHOSEN = Pattern.compile("@(\\d+)\\s*(.*)", Pattern.DOTALL);
    private static final Pattern PAYLOAD = Pattern.compile("/([a-z0-9_]+)(\\s.*)?", Pattern.DOTALL);

    private final Organization organization;
    private final CommandRegistry commands;

    CellChoice(Organization organization, CommandRegistry commands) {
        this.organization = organization;
        this.commands = commands;
    }

    /** Whether this user must pick a cell before the command can answer. */
    static boolean needed(ChatCommand command, ChatContext chat) {
        return command.cellScope() == CellScope.MANAGED
                && chat.member().filter(member -> !member.unit().isCell()).isPresent();
    }

    record Chosen(ChatContext chat, String arguments) {
    }

    /** The cell named at the start of the arguments, if it is one this admin may act for. */
    Optional<Chosen> chosen(ChatContext chat, String arguments) {
        Matcher chosen = CHOSEN.matcher(arguments);
        if (!chosen.matches()) {
            return Optional.empty();
        }
        return cell(chat.member().orElseThrow(), Long.parseLong(chosen.group(1)))
                .map(cell -> new Chosen(chat.actingIn(cell), chosen.group(2).strip()));
    }

    /** The cell an open dialog was started for, if the admin still may act for it. */
    Optional<ChatContext> resumed(ChatContext chat, Dialog dialog) {
        if (dialog.actingCellId() == null || chat.member().isEmpty()) {
            return Optional.empty();
        }
        return cell(chat.member().get(), dialog.actingCellId()).map(chat::actingIn);
    }

    /** "Which cell?" with a button for each cell of the admin's scope, each repeating the command for it. */
    OutboundMessage ask(ChatContext chat, ChatCommand command, String arguments) {
        Member admin = chat.member().orElseThrow();
        var buttons = new ArrayList<Button>();
        for (OrgUnit cell : organization.cellsUnder(admin.unit())) {
            buttons.add(new Button(cell.name(), "/" + command.name() + " @" + cell.id()
                    + (arguments.isBlank() ? "" : " " + arguments)));
        }
        if (buttons.isEmpty()) {
            return chat.reply("cellChoice.none");
        }
        return OutboundMessage.withButtons(chat.text("cellChoice.ask"), buttons);
    }

    /** The replies' buttons that run a cell command again name the chosen cell, so they act for it too. */
    List<OutboundMessage> keep(List<OutboundMessage> replies, OrgUnit cell) {
        return replies.stream().map(reply -> reply.buttons().isEmpty() ? reply : new OutboundMessage(reply.text(),
                reply.buttons().stream().map(row -> row.stream().map(button -> keep(button, cell)).toList()).toList(),
                reply.shareContactLabel(), reply.file(), reply.quiz())).toList();
    }

    private Button keep(Button button, OrgUnit cell) {
        Matcher payload = PAYLOAD.matcher(button.payload());
        if (!payload.matches() || commands.find(payload.group(1))
                .filter(command -> command.cellScope() == CellScope.MANAGED).isEmpty()) {
            return button;
        }
        String rest = payload.group(2) == null ? "" : payload.group(2);
        return new Button(button.label(), "/" + payload.group(1) + " @" + cell.id() + rest);
    }

    private Optional<OrgUnit> cell(Member admin, long cellId) {
        return organization.unit(cellId).filter(OrgUnit::isCell).filter(cell -> !cell.closed())
                .filter(admin::mayManage);
    }
}
