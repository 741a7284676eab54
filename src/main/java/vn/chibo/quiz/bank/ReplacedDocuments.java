package vn.chibo.quiz.bank;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import vn.chibo.handbook.HandbookSection;
import vn.chibo.quiz.Question;
import vn.chibo.text.VietnameseText;

/**
 * The documents the bank's handbook marks replaced (a section whose source has {@code replacedBy}) or out of force
 * ({@code inForce: false}), and the rule that a question or section naming one must say it is the old rule: a member
 * must never learn a replaced rule as the one in force.
 */
final class ReplacedDocuments {

    /** Words that say a text speaks of the old rule, in the bank's languages, each a whole word. */
    private static final Pattern OLD_RULE = Pattern.compile("(?<![\\p{L}])(cũ|trước đây|thay thế|hết hiệu lực"
            + "|không còn áp dụng|old rule|replaced|no longer)(?![\\p{L}])");
    /** How each kind of document is written out, by the letters of its number: "232-QĐ/TW" is a "quy định". */
    private static final Map<String, String> KIND_WORDS = Map.of("qd", "quy dinh|quyet dinh|qd", "qdi", "quy dinh|qdi",
            "hd", "huong dan|hd", "ct", "chi thi|ct", "nq", "nghi quyet|nq", "kl", "ket luan|kl");

    private record Replaced(String number, String replacedBy, Pattern mention) {
    }

    private final List<Replaced> replaced;

    private ReplacedDocuments(List<Replaced> replaced) {
        this.replaced = replaced;
    }

    static ReplacedDocuments of(Collection<HandbookSection> sections) {
        var found = new ArrayList<Replaced>();
        for (HandbookSection section : sections) {
            String number = section.source().number();
            if (section.source().oldRule() && number != null
                    && found.stream().noneMatch(known -> known.number().equals(number))) {
                found.add(new Replaced(number, section.source().replacedBy(), mention(number)));
            }
        }
        return new ReplacedDocuments(found);
    }

    void check(Collection<ParsedFile.Located<Question>> questions, Collection<ParsedFile.Located<HandbookSection>> sections,
               Problems problems) {
        for (var located : questions) {
            Question question = located.item();
            // A replaced document among the wrong options teaches nothing wrong; as the answer it would.
            var answers = question.answer().stream().filter(index -> index < question.options().size())
                    .map(question.options()::get).toList();
            String everything = question.text() + "\n" + String.join("\n", answers) + "\n" + question.explanation();
            check(everything, question.text() + "\n" + question.explanation(), located.at(), "quizBank.problem.replacedInQuestion",
                    question.id(), problems);
        }
        for (var located : sections) {
            HandbookSection section = located.item();
            if (section.source().oldRule()) {
                continue;
            }
            check(section.title() + "\n" + section.body(), section.title() + "\n" + section.body(), located.at(),
                    "quizBank.problem.replacedInSection", section.id(), problems);
        }
    }

    private void check(String text, String saying, Location at, String key, String id, Problems problems) {
        String folded = VietnameseText.fold(text).toLowerCase(Locale.ROOT);
        for (Replaced document : replaced) {
            if (document.mention().matcher(folded).find() && !saysOldRule(saying)) {
                if (document.replacedBy() == null) {
                    problems.at(at, key + "OutOfForce", id, document.number());
                } else {
                    problems.at(at, key, id, document.number(), document.replacedBy());
                }
            }
        }
    }

    private static boolean saysOldRule(String text) {
        return OLD_RULE.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * "232-QĐ/TW" written out, or "Quy định 232", "QĐ 232" without its letters; never "1232", "2320", nor
     * "Quy định 01" for the replaced "Hướng dẫn 01-HD/TW".
     */
    private static Pattern mention(String number) {
        String folded = VietnameseText.fold(number).toLowerCase(Locale.ROOT);
        String[] parts = folded.split("[-/ ]", 3);
        String whole = "(?<![0-9])" + Pattern.quote(folded);
        String words = parts.length < 2 ? null : KIND_WORDS.get(parts[1]);
        if (words == null) {
            return Pattern.compile(whole);
        }
        return Pattern.compile(whole + "|(?<![\\p{L}])(" + words + ")[ .]*(so )?" + Pattern.quote(parts[0]) + "(?![0-9])");
    }
}
