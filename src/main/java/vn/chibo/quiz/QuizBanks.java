package vn.chibo.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.common.Outcome;
import vn.chibo.handbook.Handbook;
import vn.chibo.quiz.bank.BankFiles;
import vn.chibo.quiz.bank.Problems;

/**
 * The quiz bank and its versions. The bank the bot ships with ({@code quiz-bank/}, inside the jar) is loaded
 * at start when it changed; admins upload files at run time. Each accepted upload is a new version holding
 * the whole bank; quizzes keep the version they started with.
 */
@Service
public class QuizBanks {

    private static final Logger log = LoggerFactory.getLogger(QuizBanks.class);
    private static final String SHIPPED_FOLDER = "quiz-bank/";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Integer>> INTEGERS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final Handbook handbook;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;
    private final String shippedBank;
    private final Map<Long, BankFiles.Content> contents = new ConcurrentHashMap<>();

    QuizBanks(JdbcClient jdbc, Handbook handbook, MessageSource messages, JsonMapper json, Clock clock,
              QuizProperties properties) {
        this.jdbc = jdbc;
        this.handbook = handbook;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
        this.shippedBank = properties.shippedBank();
    }

    /**
     * Loads the shipped bank when it differs from the one shipped last, in place of it: files the last shipped
     * version had and this one has not are dropped, admins' files stay. A broken one is logged, not loaded.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @Transactional
    public void loadShippedBank() {
        List<BankUpload> files = shippedFiles(shippedBank);
        String hash = hash(files);
        record Shipped(long id, String hash) {
        }
        Optional<Shipped> lastShipped = jdbc.sql("""
                        SELECT id, content_hash FROM quiz_bank_version WHERE origin = 'SHIPPED' ORDER BY id DESC LIMIT 1""")
                .query((rs, n) -> new Shipped(rs.getLong("id"), rs.getString("content_hash"))).optional();
        if (files.isEmpty() || lastShipped.filter(shipped -> hash.equals(shipped.hash())).isPresent()) {
            return;
        }
        List<String> dropped = lastShipped.map(shipped -> sourceFiles(shipped.id())).orElse(List.of()).stream()
                .filter(file -> files.stream().noneMatch(shipped -> shipped.fileName().equals(file))).toList();
        var outcome = upload(files, dropped, QuizBankVersion.Origin.SHIPPED, null, Locale.ENGLISH, hash);
        if (outcome instanceof Outcome.Done<QuizBankVersion, BankProblem> done) {
            QuizBankVersion version = done.value();
            log.info("Loaded the shipped quiz bank as version {}: {} topics, {} sections, {} questions", version.id(),
                    version.topicCount(), version.sectionCount(), version.questionCount());
        }
        outcome.reasons().forEach(problem -> log.error("Shipped quiz bank not loaded: {}", problem.describe()));
    }

    /**
     * Checks the files together with the bank as it stands and keeps the result as a new version.
     *
     * @return the new version, or refused with every problem in {@code locale}; then nothing was kept
     */
    @Transactional
    public Outcome<QuizBankVersion, BankProblem> upload(List<BankUpload> files, QuizBankVersion.Origin origin, Long uploadedBy,
                                  Locale locale) {
        return upload(files, List.of(), origin, uploadedBy, locale, hash(files));
    }

    private Outcome<QuizBankVersion, BankProblem> upload(List<BankUpload> files, List<String> dropped,
                                                         QuizBankVersion.Origin origin, Long uploadedBy, Locale locale,
                                                         String hash) {
        var problems = new Problems(messages, locale);
        BankFiles.Content merged = BankFiles.merge(currentContent(), files, dropped, problems);
        if (problems.any()) {
            return Outcome.refused(problems.all());
        }
        Instant now = clock.instant();
        String fileNames = String.join(", ", files.stream().map(BankUpload::fileName).toList());
        String shownName = fileNames.length() > 300 ? fileNames.substring(0, 297) + "…" : fileNames;
        long id = jdbc.sql("""
                INSERT INTO quiz_bank_version (origin, file_name, content_hash, uploaded_by, topic_count, section_count,
                                               question_count, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(origin.name(), shownName, hash, uploadedBy, merged.topics().size(), merged.sections().size(),
                        merged.questions().size(), now.toEpochMilli())
                .query(Long.class).single();
        handbook.store(id, merged.topics(), merged.sections());
        for (int i = 0; i < merged.questions().size(); i++) {
            Question question = merged.questions().get(i);
            jdbc.sql("""
                    INSERT INTO quiz_question (version_id, id, topic_id, text, options, answer, explanation, section_id,
                                               difficulty, position, source_file, facts)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, question.id(), question.topicId(), question.text(),
                            json.writeValueAsString(question.options()), json.writeValueAsString(question.answer()),
                            question.explanation(), question.sectionId(), question.difficulty().name(), i,
                            question.sourceFile(), json.writeValueAsString(question.facts()))
                    .update();
        }
        return Outcome.done(new QuizBankVersion(id, origin, shownName, uploadedBy, now, merged.topics().size(),
                merged.sections().size(), merged.questions().size()));
    }

    /** Newest first. */
    public List<QuizBankVersion> versions() {
        return jdbc.sql("SELECT * FROM quiz_bank_version ORDER BY id DESC")
                .query((rs, row) -> {
                    long uploadedBy = rs.getLong("uploaded_by");
                    Long uploader = rs.wasNull() ? null : uploadedBy;
                    return new QuizBankVersion(rs.getLong("id"), QuizBankVersion.Origin.valueOf(rs.getString("origin")),
                            rs.getString("file_name"), uploader, Instant.ofEpochMilli(rs.getLong("created_at")),
                            rs.getInt("topic_count"), rs.getInt("section_count"), rs.getInt("question_count"));
                })
                .list();
    }

    public Optional<Long> currentVersion() {
        return jdbc.sql("SELECT MAX(id) FROM quiz_bank_version").query(Long.class).optional();
    }

    /** Empty content before any bank was loaded. */
    BankFiles.Content currentContent() {
        return currentVersion().map(this::content).orElse(new BankFiles.Content(List.of(), List.of(), List.of()));
    }

    BankFiles.Content content(long versionId) {
        return contents.computeIfAbsent(versionId, version -> new BankFiles.Content(handbook.topics(version),
                handbook.sections(version), jdbc.sql("SELECT * FROM quiz_question WHERE version_id = ? ORDER BY position")
                .param(version)
                .query((rs, row) -> new Question(rs.getString("id"), rs.getString("topic_id"), rs.getString("text"),
                        json.readValue(rs.getString("options"), STRINGS), json.readValue(rs.getString("answer"), INTEGERS),
                        rs.getString("explanation"), rs.getString("section_id"),
                        Difficulty.valueOf(rs.getString("difficulty")), rs.getString("source_file"),
                        json.readValue(rs.getString("facts"), STRINGS)))
                .list()));
    }

    /** The files a version's content came from. */
    private List<String> sourceFiles(long versionId) {
        BankFiles.Content content = content(versionId);
        var files = new LinkedHashSet<String>();
        content.topics().forEach(topic -> files.add(topic.sourceFile()));
        content.sections().forEach(section -> files.add(section.sourceFile()));
        content.questions().forEach(question -> files.add(question.sourceFile()));
        return List.copyOf(files);
    }

    Optional<Question> question(long versionId, String id) {
        return content(versionId).questions().stream().filter(question -> question.id().equals(id)).findFirst();
    }

    /** The Excel sheet admins fill in, in their language, listing the current handbook sections. */
    public byte[] excelTemplate(Locale locale) {
        return BankFiles.excelTemplate(currentContent(), new Problems(messages, locale));
    }

    private static List<BankUpload> shippedFiles(String location) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location + "**/*.yaml");
            var files = new ArrayList<BankUpload>();
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                String name = url.substring(url.lastIndexOf(SHIPPED_FOLDER) + SHIPPED_FOLDER.length());
                try (InputStream in = resource.getInputStream()) {
                    files.add(new BankUpload(name, BankUpload.Format.YAML, in.readAllBytes()));
                }
            }
            files.sort(Comparator.comparing(BankUpload::fileName));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(List<BankUpload> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (BankUpload file : files) {
                digest.update(file.fileName().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
