package vn.chibo.meeting.web;

import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingDocuments;
import vn.chibo.meeting.MeetingPageSection;
import vn.chibo.web.dashboard.Viewer;

/** The meeting page's documents, to download, and the form to attach one. */
@Component
@Order(40)
class DocumentsSection implements MeetingPageSection {

    private final MeetingDocuments documents;

    DocumentsSection(MeetingDocuments documents) {
        this.documents = documents;
    }

    @Override
    public String template() {
        return "dashboard/meeting/documents";
    }

    @Override
    public void addTo(Meeting meeting, Viewer viewer, int page, Locale locale, Model model) {
        model.addAttribute("documents", documents.list(meeting));
    }
}
