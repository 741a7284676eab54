package vn.chibo.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.text.VietnameseText;
import vn.chibo.text.WordPage;

/**
 * Each member's self-review as a Word document in the form's layout (the committee and cell, the place and date, the
 * member's details, the answers, the score per group, the grade and its conditions, the signature lines), and all of
 * a cell's in one archive.
 */
@Component
public class ReviewFiles {

    private final ReviewFrames frames;
    private final ReviewSubjects subjects;
    private final SelfReviews reviews;
    private final Organization organization;
    private final ReviewTexts texts;
    private final Clock clock;
    private final ZoneId zone;

    ReviewFiles(ReviewFrames frames, ReviewSubjects subjects, SelfReviews reviews, Organization organization,
                ReviewTexts texts, Clock clock, @Value("${chibo.time-zone}") ZoneId zone) {
        this.frames = frames;
        this.subjects = subjects;
        this.reviews = reviews;
        this.organization = organization;
        this.texts = texts;
        this.clock = clock;
        this.zone = zone;
    }

    public byte[] selfReview(ReviewRound round, Member member, Locale locale) {
        ReviewFrame frame = frames.of(round, locale);
        SelfReview review = reviews.of(round, member.id(), frame);
        LocalDate day = review.submittedAt() != null ? review.submittedAt().atZone(zone).toLocalDate()
                : clock.instant().atZone(zone).toLocalDate();
        try (var page = new WordPage()) {
            texts.heading(page, member.unit(), day, locale);
            page.title(texts.text(locale, "review.doc.title", round.year()));
            page.centered("(" + frame.formName(review.form()) + ")");
            page.field(texts.text(locale, "review.doc.name"), member.fullName());
            page.field(texts.text(locale, "review.doc.cell"), member.unit().name());
            page.field(texts.text(locale, "review.doc.status"), texts.text(locale, "review.status." + member.status()));
            page.field(texts.text(locale, "review.doc.role"), texts.text(locale, "review.role." + member.role()));
            page.section(texts.text(locale, "review.doc.partAnswers"));
            for (int i = 0; i < frame.items().size(); i++) {
                page.field((i + 1) + ". " + frame.items().get(i), review.answers().get(i));
            }
            page.section(texts.text(locale, "review.doc.partScore"));
            var rows = new ArrayList<List<String>>();
            for (int i = 0; i < frame.groups().size(); i++) {
                Integer score = review.scores().get(i);
                rows.add(List.of(frame.groups().get(i).name(), String.valueOf(frame.groups().get(i).points()),
                        score == null ? WordPage.BLANK : String.valueOf(score)));
            }
            rows.add(List.of(texts.text(locale, "review.doc.total"), String.valueOf(frame.maximum()),
                    review.state() == SelfReview.State.NOT_STARTED ? WordPage.BLANK : String.valueOf(review.total())));
            page.table(List.of(texts.text(locale, "review.doc.group"), texts.text(locale, "review.doc.points"),
                    texts.text(locale, "review.doc.selfScore")), rows);
            for (int i = 0; i < frame.failCases().size(); i++) {
                Boolean answer = review.failCases().get(i);
                page.field(frame.failCases().get(i), answer == null ? null : texts.text(locale, answer ? "review.yes" : "review.no"));
            }
            page.section(texts.text(locale, "review.doc.partGrade"));
            page.line(texts.text(locale, "review.doc.grade", review.grade() == null ? WordPage.BLANK : texts.grade(review.grade(), locale)));
            if (review.grade() != null) {
                frame.conditions(review.grade()).forEach(condition -> page.line("☑ " + condition));
            }
            if (review.filledBy() != null) {
                page.line(texts.text(locale, "review.doc.filledBy", organization.member(review.filledBy())
                        .map(Member::fullName).orElse("")));
            }
            page.signatures(texts.text(locale, "review.doc.signCell"), null, texts.text(locale, "review.doc.signMember"),
                    member.fullName(), texts.text(locale, "review.doc.signHint"));
            return page.bytes();
        }
    }

    public String selfReviewName(ReviewRound round, Member member) {
        return "kiem-diem-" + round.year() + "-" + VietnameseText.slug(member.fullName()) + ".docx";
    }

    /** Every self-review of the cell's members reviewed, one Word file each, in one archive. */
    public byte[] selfReviews(ReviewRound round, OrgUnit cell, Locale locale) {
        ReviewFrame frame = frames.of(round, locale);
        try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
            int position = 1;
            for (Member member : subjects.reviewed(round, cell, frame)) {
                zip.putNextEntry(new ZipEntry(String.format("%02d-%s", position++, selfReviewName(round, member))));
                zip.write(selfReview(round, member, locale));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String selfReviewsName(ReviewRound round, OrgUnit cell) {
        return "kiem-diem-" + round.year() + "-" + VietnameseText.slug(cell.name()) + ".zip";
    }
}
