package vn.chibo.review.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingPageSection;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.review.CellSheets;
import vn.chibo.review.ReviewAgenda;
import vn.chibo.review.ReviewRound;
import vn.chibo.review.ReviewRounds;
import vn.chibo.review.ReviewTexts;
import vn.chibo.web.dashboard.Viewer;

/** A review meeting's page leads to the cell's review sheet, with how far the proposals are and the cap. */
@Component
@Order(15)
class ReviewMeetingSection implements MeetingPageSection {

    private final ReviewRounds rounds;
    private final CellSheets sheets;
    private final Organization organization;
    private final ReviewTexts texts;
    private final ReviewAgenda agenda;

    ReviewMeetingSection(ReviewRounds rounds, CellSheets sheets, Organization organization, ReviewTexts texts,
                         ReviewAgenda agenda) {
        this.agenda = agenda;
        this.rounds = rounds;
        this.sheets = sheets;
        this.organization = organization;
        this.texts = texts;
    }

    @Override
    public String template() {
        return "dashboard/meeting/review";
    }

    @Override
    public void addTo(Meeting meeting, Viewer viewer, int page, Locale locale, Model model) {
        OrgUnit cell = meeting.kind() == Meeting.Kind.REVIEW ? organization.unit(meeting.cellId()).orElseThrow() : null;
        Optional<ReviewRound> round = cell == null ? Optional.empty() : rounds.covering(cell).stream().findFirst();
        model.addAttribute("reviewRound", round.orElse(null));
        if (round.isPresent()) {
            CellSheets.CellSheet sheet = sheets.sheet(round.get(), cell, locale);
            model.addAttribute("reviewSheet", sheet);
            model.addAttribute("reviewCap", texts.cap(sheet.cap(), locale));
            model.addAttribute("reviewAgenda", agenda.lines(meeting));
        }
    }
}
