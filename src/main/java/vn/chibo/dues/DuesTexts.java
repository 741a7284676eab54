package vn.chibo.dues;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chibo.text.Languages;
import vn.chibo.text.VietnameseDates;

/** Dues in words: a month, an amount in đồng, a member's month as a line. */
@Component
public class DuesTexts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final MessageSource messages;

    DuesTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** 45.000 đ, with the dots Vietnamese writes. */
    public String money(long amount) {
        return NumberFormat.getIntegerInstance(Languages.VIETNAMESE).format(amount) + " đ";
    }

    public String months(List<YearMonth> months) {
        return months.stream().map(this::month).collect(Collectors.joining(", "));
    }

    /** "09/2026: đã đóng 45.000 đ ngày 05/09/2026 (Cổng DVC)". */
    public String line(YearMonth month, DuesMonth state, Locale locale) {
        String detail = switch (state.state()) {
            case PAID -> text(locale, "dues.line.paid", state.amount() == null ? "" : money(state.amount()) + " ",
                    state.paidOn() == null ? "" : VietnameseDates.date(state.paidOn()), text(locale, "dues.method." + state.method()));
            case REDUCED -> text(locale, "dues.line.reduced", state.reducedPercent());
            default -> text(locale, "dues.state." + state.state());
        };
        return month(month) + ": " + detail;
    }

    public String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
