package vn.chibo.statistics;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chibo.organization.OrgUnit;
import vn.chibo.text.VietnameseDates;
import vn.chibo.text.VietnameseText;

/** Figures as chat messages: a meeting, a cell's period, a committee's period, a member's record. */
@Component
public class StatisticsTexts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final MessageSource messages;
    private final Clock clock;

    StatisticsTexts(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    String period(Statistics.Period period, Locale locale) {
        if (period.from().equals(period.to())) {
            return text(locale, "stats.period.month", month(period.from()));
        }
        if (period.from().getMonthValue() == 1 && period.from().getYear() == period.to().getYear()) {
            return text(locale, period.to().getMonthValue() == 12 ? "stats.period.year" : "stats.period.yearSoFar",
                    String.valueOf(period.to().getYear()), month(period.to()));
        }
        return text(locale, "stats.period.range", month(period.from()), month(period.to()));
    }

    String meeting(MeetingFigures meeting, Locale locale) {
        String when = VietnameseDates.dateTime(meeting.startsAt().atZoneSameInstant(clock.getZone()), messages, locale);
        String replies = text(locale, "stats.meeting.replies", meeting.repliedAttending(), meeting.repliedExcused(),
                meeting.repliedAbsent(), meeting.noReply());
        String exempt = exempt(meeting, locale);
        if (!meeting.attendanceRecorded()) {
            return text(locale, "stats.meeting.notRecorded", when, meeting.expected(), replies) + exempt;
        }
        return text(locale, "stats.meeting.recorded", when, meeting.present(), meeting.expected(), meeting.attendanceRate(),
                meeting.absentExcused(), meeting.absentUnexcused(), replies,
                yesNo(meeting.meetsQualityCriterion(), locale), target(meeting.meetsTarget(), locale)) + exempt;
    }

    /** " Miễn sinh hoạt: 2." after a meeting's figures, when some members were exempted from it. */
    public String exempt(MeetingFigures meeting, Locale locale) {
        if (meeting.exempt() == 0) {
            return "";
        }
        return " " + (meeting.exemptPresent() == 0 ? text(locale, "stats.exempt", meeting.exempt())
                : text(locale, "stats.exemptPresent", meeting.exempt(), meeting.exemptPresent())) + ".";
    }

    /** The criteria applied, named with the document they come from and who set them. */
    public String criteria(QualityCriteria criteria, Locale locale) {
        String origin = criteria.isDefault() ? text(locale, "stats.criteria.default")
                : text(locale, "stats.criteria.own", criteria.definedAtName());
        return text(locale, "stats.criteria", criteria.document(), criteria.minPresentPercent(),
                criteria.maxUnexcusedAbsences(), criteria.targetPercent(), origin);
    }

    String cell(CellFigures figures, List<MemberFigures> members, Statistics.Period period, Locale locale) {
        var text = new StringBuilder(text(locale, "stats.cell.title", figures.cellName(), period(period, locale)));
        List<MeetingFigures> held = figures.meetings();
        if (held.isEmpty()) {
            return text.append('\n').append(text(locale, "stats.noMeetings")).toString();
        }
        MeetingFigures latest = held.get(held.size() - 1);
        text.append('\n').append(text(locale, "stats.latest", meeting(latest, locale)));
        if (latest.grade() != null) {
            text.append(' ').append(text(locale, "stats.meeting.grade", text(locale, "assessment.grade." + latest.grade()),
                    latest.gradePoints()));
        }
        text.append('\n').append(total(figures.total(), figures.targetPercent(), locale));
        grades(figures.total(), locale).ifPresent(grades -> text.append('\n').append(grades));
        text.append('\n').append(criteria(figures.criteria(), locale));
        List<MemberFigures> flagged = members.stream().filter(MemberFigures::warning).toList();
        if (!flagged.isEmpty()) {
            text.append("\n\n").append(text(locale, "stats.attention"));
            for (MemberFigures member : flagged) {
                text.append('\n').append(text(locale, member.reviewFlag() ? "stats.member.review" : "stats.member.warning",
                        member.fullName(), member.unexcusedMonthsInYear(), String.valueOf(member.year())));
            }
        }
        return text.toString();
    }

    String committee(CommitteeFigures figures, Statistics.Period period, Locale locale) {
        var text = new StringBuilder(text(locale, "stats.committee.title", figures.name(), period(period, locale)));
        if (figures.total().meetings() == 0) {
            return text.append('\n').append(text(locale, "stats.noMeetings")).toString();
        }
        text.append('\n').append(total(figures.total(), figures.targetPercent(), locale));
        grades(figures.total(), locale).ifPresent(grades -> text.append('\n').append(grades));
        text.append('\n').append(criteria(figures.criteria(), locale));
        List<CommitteeFigures.CellRank> below = figures.cells().stream().filter(CommitteeFigures.CellRank::belowTarget).toList();
        if (below.isEmpty()) {
            text.append("\n\n").append(text(locale, "stats.committee.allOnTarget", figures.cells().size()));
        } else {
            text.append("\n\n").append(text(locale, "stats.committee.below", below.size(), figures.cells().size(),
                    figures.targetPercent()));
            below.forEach(cell -> text.append('\n').append(text(locale, "stats.committee.cell", cell.rank(),
                    cell.cellName(), cell.total().attendanceRate(), cell.total().recordedMeetings(),
                    cell.total().absentUnexcused())));
        }
        return text.toString();
    }

    String member(MemberFigures member, Statistics.Period period, Locale locale) {
        var text = new StringBuilder(text(locale, "stats.me.title", member.fullName(), period(period, locale)));
        text.append('\n').append(text(locale, "stats.me.meetings", member.meetings(), member.replied(),
                member.replyRate() == null ? "–" : format(member.replyRate(), locale), member.present(),
                member.absentExcused(), member.absentUnexcused()));
        if (member.exemptMeetings() > 0) {
            text.append('\n').append(text(locale, "stats.me.exempt", member.exemptMeetings()));
        }
        text.append('\n').append(member.quizzesTaken() == 0 ? text(locale, "stats.me.noQuiz")
                : text(locale, "stats.me.quiz", member.quizzesTaken(), member.averageQuizScore()));
        text.append('\n').append(text(locale, member.reviewFlag() ? "stats.me.review" : member.warning() ? "stats.me.warning"
                : "stats.me.year", String.valueOf(member.year()), member.unexcusedMonthsInYear()));
        return text.toString();
    }

    String trendCaption(String unitName, double target, Locale locale) {
        return text(locale, "stats.caption.trend", unitName, target);
    }

    /** "bao-cao-chi-bo-to-dan-pho-3-2025-12_2026-11.xlsx": who and which months, in plain letters and single dashes. */
    public String reportFileName(OrgUnit unit, Statistics.Period period, String extension) {
        return "bao-cao-" + VietnameseText.slug(unit.name()) + "-" + period.from() + "_" + period.to() + "." + extension;
    }

    /** What the trend chart shows, in words: its text alternative for those who cannot see it. */
    public String trendDescription(String unitName, List<PeriodFigures> months, double target, Locale locale) {
        var percent = NumberFormat.getNumberInstance(locale);
        percent.setMaximumFractionDigits(1);
        String values = months.stream().map(month -> month.month().format(MONTH) + " "
                        + (month.attendanceRate() == null ? text(locale, "chart.noMeeting")
                                : percent.format(month.attendanceRate()) + "%"))
                .collect(Collectors.joining(", "));
        return trendCaption(unitName, target, locale) + ": " + values + ".";
    }

    /** The ranking chart's text alternative. */
    public String rankingDescription(String unitName, int cells, double target, Locale locale) {
        return rankingCaption(unitName, cells, target, locale);
    }

    String rankingCaption(String unitName, int cells, double target, Locale locale) {
        return text(locale, "stats.caption.ranking", unitName, Math.min(cells, Charts.MAX_RANKED_CELLS), target);
    }

    /** The quality grades of the period's meetings: their mean and how many got each grade. */
    public Optional<String> grades(PeriodFigures total, Locale locale) {
        if (total.gradedMeetings() == 0) {
            return Optional.empty();
        }
        return Optional.of(text(locale, "stats.grades", total.gradedMeetings(), total.averageGrade(),
                total.grades().get("GOOD"), total.grades().get("FAIR"), total.grades().get("AVERAGE"),
                total.grades().get("POOR")));
    }

    private String total(PeriodFigures total, double target, Locale locale) {
        if (total.recordedMeetings() == 0) {
            return text(locale, "stats.total.notRecorded", total.meetings());
        }
        String figures = text(locale, "stats.total", total.meetings(), total.recordedMeetings(), total.attendanceRate(),
                target, total.meetingsOfGoodQuality(), total.absentUnexcused(), target(total.meetsTarget(), locale));
        return total.exempt() == 0 ? figures : figures + " " + text(locale, "stats.total.exempt", total.exempt());
    }

    private String yesNo(Boolean value, Locale locale) {
        return text(locale, Boolean.TRUE.equals(value) ? "stats.yes" : "stats.no");
    }

    private String target(Boolean met, Locale locale) {
        return text(locale, Boolean.TRUE.equals(met) ? "stats.target.met" : "stats.target.missed");
    }

    private String format(double value, Locale locale) {
        return new java.text.MessageFormat("{0,number,#.#}", locale).format(new Object[] {value});
    }

    private static String month(YearMonth month) {
        return month.getMonthValue() + "/" + month.getYear();
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
