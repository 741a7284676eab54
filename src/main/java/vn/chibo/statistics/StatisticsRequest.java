package vn.chibo.statistics;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.text.VietnameseText;

/**
 * What "/thongke 11/2026 chi bộ tổ dân phố 4" asks for: a period ("11/2026", "2026") and a unit by name,
 * or by default the asker's own. A unit outside the asker's scope, named or not, gets the same refusal.
 */
@Component
class StatisticsRequest {

    /** What to report on, or the message key of why not. */
    record Parsed(OrgUnit unit, Statistics.Period period, boolean periodGiven, String refusalKey) {
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final Organization organization;
    private final Clock clock;

    StatisticsRequest(Organization organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
    }

    Parsed parse(Member asker, String arguments, Statistics.Period byDefault) {
        Statistics.Period period = byDefault;
        boolean periodGiven = false;
        var words = new ArrayList<String>();
        YearMonth now = YearMonth.now(clock);
        for (String word : arguments.strip().split("\\s+")) {
            Matcher month = MONTH.matcher(word);
            if (month.matches()) {
                int number = Integer.parseInt(month.group(1));
                if (number < 1 || number > 12) {
                    return new Parsed(null, null, false, "stats.badPeriod");
                }
                YearMonth chosen = YearMonth.of(Integer.parseInt(month.group(2)), number);
                period = new Statistics.Period(chosen, chosen);
                periodGiven = true;
            } else if (YEAR.matcher(word).matches()) {
                int year = Integer.parseInt(word);
                YearMonth last = year == now.getYear() ? now : YearMonth.of(year, 12);
                period = new Statistics.Period(YearMonth.of(year, 1), last);
                periodGiven = true;
            } else if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return new Parsed(asker.unit(), period, periodGiven, null);
        }
        Optional<OrgUnit> named = unitNamed(String.join(" ", words), asker);
        if (named.isEmpty()) {
            return new Parsed(null, null, false, "stats.outOfScope");
        }
        return new Parsed(named.get(), period, periodGiven, null);
    }

    /** A unit the asker manages whose name is the words given, diacritics and case aside. */
    private Optional<OrgUnit> unitNamed(String name, Member asker) {
        String folded = VietnameseText.fold(name);
        List<OrgUnit> candidates = new ArrayList<>(organization.cellsUnder(asker.unit()));
        candidates.add(asker.unit());
        return candidates.stream()
                .filter(unit -> VietnameseText.fold(unit.name()).equals(folded) || VietnameseText.fold(unit.name()).endsWith(" " + folded))
                .filter(asker::mayManage).findFirst();
    }
}
