package vn.chibo.handbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.chibo.text.VietnameseText;

/**
 * The handbook of the current quiz-bank version: topics, sections, and a search that ignores diacritics and
 * case. Each bank version keeps its own copy, written here by the quiz bank when it accepts an upload.
 */
@Service
public class Handbook {

    /** A section found by a search, with how well it matched. */
    public record Match(HandbookSection section, int score) {
    }

    private record FoldedSection(HandbookSection section, String title, String body) {
    }

    /** A version's handbook as read once: versions never change after they are written. */
    private record Version(List<HandbookTopic> topics, List<HandbookSection> sections, List<FoldedSection> index) {
    }

    private static final int TITLE_WEIGHT = 3;
    private static final int PHRASE_BONUS = 10;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final JdbcClient jdbc;
    private final Map<Long, Version> versions = new ConcurrentHashMap<>();

    Handbook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a version's topics and sections; called in the transaction that creates the version. */
    public void store(long versionId, List<HandbookTopic> topics, List<HandbookSection> sections) {
        for (int i = 0; i < topics.size(); i++) {
            HandbookTopic topic = topics.get(i);
            jdbc.sql("INSERT INTO handbook_topic (version_id, id, title, position, source_file) VALUES (?, ?, ?, ?, ?)")
                    .params(versionId, topic.id(), topic.title(), i, topic.sourceFile()).update();
        }
        for (int i = 0; i < sections.size(); i++) {
            HandbookSection section = sections.get(i);
            Source source = section.source();
            jdbc.sql("""
                    INSERT INTO handbook_section (version_id, id, topic_id, title, body, document, number, issued,
                                                  article, replaced_by, out_of_force, position, source_file)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(versionId, section.id(), section.topicId(), section.title(), section.body(),
                            source.document(), source.number(), source.issued(), source.article(),
                            source.replacedBy(), source.outOfForce(), i, section.sourceFile())
                    .update();
        }
    }

    /** The version readers see: the newest one. Empty before any bank was loaded. */
    public Optional<Long> currentVersion() {
        return jdbc.sql("SELECT MAX(version_id) FROM handbook_topic").query(Long.class).optional();
    }

    public List<HandbookTopic> topics() {
        return currentVersion().map(this::topics).orElse(List.of());
    }

    public List<HandbookTopic> topics(long versionId) {
        return version(versionId).topics();
    }

    public List<HandbookSection> sections(long versionId) {
        return version(versionId).sections();
    }

    private Version version(long versionId) {
        return versions.computeIfAbsent(versionId, id -> {
            List<HandbookTopic> topics = jdbc.sql(
                            "SELECT id, title, source_file FROM handbook_topic WHERE version_id = ? ORDER BY position")
                    .param(id)
                    .query((rs, row) -> new HandbookTopic(rs.getString("id"), rs.getString("title"), rs.getString("source_file")))
                    .list();
            List<HandbookSection> sections = jdbc.sql("SELECT * FROM handbook_section WHERE version_id = ? ORDER BY position")
                    .param(id)
                    .query((rs, row) -> new HandbookSection(rs.getString("id"), rs.getString("topic_id"),
                            rs.getString("title"), rs.getString("body"),
                            new Source(rs.getString("document"), rs.getString("number"), rs.getString("issued"),
                                    rs.getString("article"), rs.getString("replaced_by"), rs.getBoolean("out_of_force")),
                            rs.getString("source_file")))
                    .list();
            List<FoldedSection> index = sections.stream().map(section -> new FoldedSection(section,
                    words(section.title()), words(section.body() + " " + section.source().citation()))).toList();
            return new Version(topics, sections, index);
        });
    }

    public Optional<HandbookSection> section(String id) {
        return currentVersion().flatMap(version -> section(version, id));
    }

    public Optional<HandbookSection> section(long versionId, String id) {
        return sections(versionId).stream().filter(section -> section.id().equals(id)).findFirst();
    }

    public List<HandbookSection> sectionsOf(String topicId) {
        return currentVersion().map(version -> sections(version).stream()
                .filter(section -> section.topicId().equals(topicId)).toList()).orElse(List.of());
    }

    /**
     * Sections holding the most words of the query (diacritics and case aside), best first: the whole phrase
     * scores most, then words in the title, then words in the text. Empty when no word is found anywhere.
     */
    public List<Match> search(String query) {
        String phrase = words(query).strip();
        if (phrase.isEmpty()) {
            return List.of();
        }
        List<String> words = List.of(phrase.split(" ")).stream().distinct().toList();
        List<FoldedSection> index = currentVersion().map(version -> version(version).index()).orElse(List.of());
        var matches = new ArrayList<Match>();
        int mostWordsFound = 1;
        for (FoldedSection folded : index) {
            int score = 0;
            int wordsFound = 0;
            for (String word : words) {
                int inTitle = occurrences(folded.title(), word);
                int inBody = occurrences(folded.body(), word);
                wordsFound += inTitle + inBody > 0 ? 1 : 0;
                score += TITLE_WEIGHT * inTitle + inBody;
            }
            if (wordsFound < mostWordsFound) {
                continue;
            }
            if (wordsFound > mostWordsFound) {
                mostWordsFound = wordsFound;
                matches.clear();
            }
            if (folded.title().contains(" " + phrase + " ") || folded.body().contains(" " + phrase + " ")) {
                score += PHRASE_BONUS * words.size();
            }
            matches.add(new Match(folded.section(), score));
        }
        matches.sort(Comparator.comparingInt(Match::score).reversed());
        return matches;
    }

    /** Folded words between single spaces, padded, so that a word is found only whole: " chi bo ". */
    private static String words(String text) {
        return " " + NOT_WORD.matcher(VietnameseText.fold(text)).replaceAll(" ").strip() + " ";
    }

    private static int occurrences(String words, String word) {
        String needle = " " + word + " ";
        int count = 0;
        for (int at = words.indexOf(needle); at >= 0; at = words.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
