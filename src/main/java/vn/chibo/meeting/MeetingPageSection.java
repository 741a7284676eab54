package vn.chibo.meeting;

import java.util.Locale;

import org.springframework.ui.Model;

import vn.chibo.web.dashboard.Viewer;

/**
 * What a feature adds to a meeting's page on the dashboard. The meeting module serves the page
 * ({@code /dashboard/meetings/{id}}): its heading, then every {@code MeetingPageSection} bean in
 * {@link org.springframework.core.annotation.Order}, each drawn by the fragment {@code section} of its own template
 * with what it put in the model: the figures (statistics), the nudge (reminder), replies and check-in (attendance),
 * documents (meeting), the record and grade (minutes), moving and cancelling (meeting). A feature that adds to the
 * page does it here, in its own package, and its forms post to its own controllers.
 */
public interface MeetingPageSection {

    /** The template whose fragment {@code section} draws this section, as "dashboard/meeting/figures". */
    String template();

    /**
     * Puts what the fragment reads into the page's model; {@code page} is the requested page of long lists. Nothing
     * by default: a section that needs only the meeting has it from the page.
     */
    default void addTo(Meeting meeting, Viewer viewer, int page, Locale locale, Model model) {
    }
}
