package vn.chibo.meeting;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.chibo.text.VietnameseText;

/**
 * A regular rule as a secretary types it, with or without diacritics: "ngày 5 19:30 Nhà văn hóa",
 * "cuối tháng 19:30 Hội trường", "thứ 7 tuần 1 19:30 Nhà văn hóa" (tuần 1–4 or "cuối"), "chủ nhật tuần cuối …".
 * What is understood becomes a rule, which {@link Schedules} still checks.
 */
final class RuleText {

    private RuleText() {
    }

    static Optional<ScheduleRule> parse(String typed) {
        List<String> words = Arrays.stream(typed.strip().split("\\s+")).toList();
        List<String> folded = words.stream().map(VietnameseText::fold).toList();
        try {
            if (folded.size() >= 4 && folded.get(0).equals("ngay")) {
                return rule(ScheduleRule.Kind.DAY_OF_MONTH, Integer.parseInt(folded.get(1)), null, null, words, 2);
            }
            if (folded.size() >= 4 && folded.get(0).equals("cuoi") && folded.get(1).equals("thang")) {
                return rule(ScheduleRule.Kind.LAST_DAY, null, null, null, words, 2);
            }
            int at = 0;
            DayOfWeek weekday;
            if (folded.get(0).equals("chu") && folded.size() > 1 && folded.get(1).equals("nhat")) {
                weekday = DayOfWeek.SUNDAY;
                at = 2;
            } else if (folded.get(0).equals("thu") && folded.size() > 1) {
                weekday = DayOfWeek.of(Integer.parseInt(folded.get(1)) - 1);
                at = 2;
            } else if (folded.get(0).matches("thu[2-7]")) {
                weekday = DayOfWeek.of(Integer.parseInt(folded.get(0).substring(3)) - 1);
                at = 1;
            } else {
                return Optional.empty();
            }
            if (folded.size() < at + 4 || !folded.get(at).equals("tuan")) {
                return Optional.empty();
            }
            String week = folded.get(at + 1);
            return rule(ScheduleRule.Kind.NTH_WEEKDAY, null, week.equals("cuoi") ? -1 : Integer.parseInt(week), weekday,
                    words, at + 2);
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The time at {@code at}, then the place: the rest of the words as typed. */
    private static Optional<ScheduleRule> rule(ScheduleRule.Kind kind, Integer day, Integer week, DayOfWeek weekday,
                                               List<String> words, int at) {
        LocalTime time = LocalTime.parse(words.get(at).length() == 4 ? "0" + words.get(at) : words.get(at));
        String place = String.join(" ", words.subList(at + 1, words.size()));
        return Optional.of(new ScheduleRule(kind, day, week, weekday, time, place));
    }
}
