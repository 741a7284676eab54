package vn.chibo.statistics.web;

import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingPageSection;
import vn.chibo.statistics.MeetingFigures;
import vn.chibo.statistics.Statistics;
import vn.chibo.statistics.StatisticsTexts;
import vn.chibo.web.dashboard.Viewer;

/** The meeting page's figures: who replied what, who came, the exempt, and the criteria they are judged by. */
@Component
@Order(10)
class MeetingFiguresSection implements MeetingPageSection {

    private final Statistics statistics;
    private final StatisticsTexts texts;

    MeetingFiguresSection(Statistics statistics, StatisticsTexts texts) {
        this.statistics = statistics;
        this.texts = texts;
    }

    @Override
    public String template() {
        return "dashboard/meeting/figures";
    }

    @Override
    public void addTo(Meeting meeting, Viewer viewer, int page, Locale locale, Model model) {
        MeetingFigures figures = statistics.meeting(meeting.id()).orElseThrow();
        model.addAttribute("figures", figures);
        model.addAttribute("exempt", texts.exempt(figures, locale).strip());
        model.addAttribute("criteria", texts.criteria(figures.criteria(), locale));
    }
}
