package vn.chibo.attendance.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.chibo.attendance.AnswerLinks;
import vn.chibo.attendance.AttendanceRefusal;
import vn.chibo.attendance.Reply;
import vn.chibo.common.Outcome;
import vn.chibo.meeting.MeetingAgenda;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.text.Languages;

/**
 * The page a personal answer link opens: the meeting (date, time, place, agenda) and three large buttons. A GET only
 * shows it (a link preview must record nothing); the answer is a POST, and can change until the meeting starts.
 */
@Controller
class AnswerPage {

    private final AnswerLinks links;
    private final MeetingTexts texts;
    private final List<MeetingAgenda> agendas;
    private final MessageSource messages;

    AnswerPage(AnswerLinks links, MeetingTexts texts, List<MeetingAgenda> agendas, MessageSource messages) {
        this.links = links;
        this.texts = texts;
        this.agendas = agendas;
        this.messages = messages;
    }

    @GetMapping(AnswerLinks.PATH + "{code}")
    String show(@PathVariable String code, Model model) {
        return page(code, model, null);
    }

    @PostMapping(AnswerLinks.PATH + "{code}")
    String answer(@PathVariable String code, @RequestParam(required = false) String answer,
                  @RequestParam(required = false) String reason, Model model) {
        Reply reply;
        try {
            reply = Reply.valueOf(answer == null ? "" : answer);
        } catch (IllegalArgumentException e) {
            return page(code, model, messages.getMessage("answer.choose", null, Languages.VIETNAMESE));
        }
        Outcome<String, AttendanceRefusal> outcome = links.answer(code, reply, reason);
        String notice = outcome instanceof Outcome.Refused<String, AttendanceRefusal> refused
                ? messages.getMessage(refused.first().messageKey, null, Languages.VIETNAMESE)
                : messages.getMessage("answer.recorded", null, Languages.VIETNAMESE);
        return page(code, model, notice);
    }

    private String page(String code, Model model, String notice) {
        Locale vietnamese = Languages.VIETNAMESE;
        AnswerLinks.Opened opened = links.open(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("code", code);
        model.addAttribute("name", opened.member().fullName());
        model.addAttribute("title", texts.title(opened.meeting(), vietnamese));
        model.addAttribute("when", texts.when(opened.meeting(), vietnamese));
        model.addAttribute("place", opened.meeting().place());
        model.addAttribute("agenda", agendas.stream().flatMap(agenda -> agenda.lines(opened.meeting()).stream()).toList());
        model.addAttribute("open", opened.open());
        model.addAttribute("cancelled", opened.meeting().cancelled());
        model.addAttribute("current", opened.line() == null || opened.line().reply() == null ? null
                : messages.getMessage("attendance.reply." + opened.line().reply().name(), null, vietnamese)
                + (opened.line().reason() == null ? "" : " (" + opened.line().reason() + ")"));
        model.addAttribute("notice", notice);
        return "answer";
    }
}
