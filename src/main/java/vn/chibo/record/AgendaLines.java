package vn.chibo.record;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agenda typed in chat, one item a line: "1. Kiểm điểm công tác tháng 11 - Nguyễn Văn An". A number or bullet
 * in front is dropped; what follows the last " - " (or " – ") is who presents the item.
 */
public final class AgendaLines {

    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:\\d{1,2}\\s*[.)]|[-•*+])\\s*");
    private static final Pattern PRESENTER = Pattern.compile("^(.+?)\\s+[-–—]\\s+([^-–—]+)$");

    private AgendaLines() {
    }

    public static List<MeetingMinutes.AgendaItem> parse(String typed) {
        var items = new ArrayList<MeetingMinutes.AgendaItem>();
        for (String line : typed.split("\\R")) {
            String item = NUMBERED.matcher(line).replaceFirst("").strip();
            if (item.isEmpty()) {
                continue;
            }
            Matcher presented = PRESENTER.matcher(item);
            items.add(presented.matches()
                    ? new MeetingMinutes.AgendaItem(items.size() + 1, presented.group(1).strip(), presented.group(2).strip())
                    : new MeetingMinutes.AgendaItem(items.size() + 1, item, null));
        }
        return items;
    }
}
