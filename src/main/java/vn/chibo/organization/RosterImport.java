package vn.chibo.organization;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.organization.RosterImportResult.Change;
import vn.chibo.organization.RosterImportResult.ImportedMember;
import vn.chibo.text.VietnameseText;

/**
 * Imports a roster CSV: every row is checked first, and one bad row means nothing is imported.
 * Members are matched by phone, so importing the same file again changes nothing.
 */
@Service
public class RosterImport {

    private static final int MAX_NAME_LENGTH = 200;

    private static final Map<String, Role> ROLES = Map.of(
            "member", Role.MEMBER, "dang vien", Role.MEMBER,
            "secretary", Role.SECRETARY, "bi thu", Role.SECRETARY,
            "deputy", Role.DEPUTY, "pho bi thu", Role.DEPUTY,
            "admin", Role.ADMIN, "quan tri", Role.ADMIN);

    private static final Map<String, MemberStatus> STATUSES = Map.of(
            "official", MemberStatus.OFFICIAL, "chinh thuc", MemberStatus.OFFICIAL,
            "probationary", MemberStatus.PROBATIONARY, "du bi", MemberStatus.PROBATIONARY);

    private final OrgStore store;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;

    RosterImport(OrgStore store, Organization organization, MessageSource messages, Clock clock) {
        this.store = store;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @param locale the language of the problem messages
     * @throws RosterRejectedException listing every problem when any row is bad
     */
    @Transactional
    public RosterImportResult importCsv(String csv, Locale locale) {
        var problems = new Problems(messages, locale);
        List<Row> rows = parse(csv, problems);
        checkTree(rows, problems);
        if (!problems.isEmpty()) {
            throw new RosterRejectedException(problems.sorted());
        }
        return apply(rows);
    }

    private record Row(int number, List<String> path, String fullName, String phone, Role role,
                       MemberStatus status, String cellColumn) {

        String pathText() {
            return String.join(OrgUnit.PATH_SEPARATOR, path);
        }

        boolean namesCell() {
            return role != Role.ADMIN;
        }
    }

    private List<Row> parse(String csv, Problems problems) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        var format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        var rows = new ArrayList<Row>();
        try (var parser = CSVParser.parse(new StringReader(text), format)) {
            var iterator = parser.iterator();
            if (!iterator.hasNext()) {
                problems.add(1, null, "roster.problem.empty");
                return rows;
            }
            Header header = readHeader(iterator.next(), problems);
            if (!problems.isEmpty()) {
                return rows;
            }
            Map<String, Integer> firstRowOfPhone = new HashMap<>();
            while (iterator.hasNext()) {
                CSVRecord record = iterator.next();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                readRow(record, header, problems, firstRowOfPhone).ifPresent(rows::add);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(0, null, "roster.problem.unreadable", e.getMessage());
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(2, null, "roster.problem.empty");
        }
        return rows;
    }

    /** Excel in a Vietnamese locale saves CSV with semicolons, since the comma is the decimal mark. */
    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        return firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
    }

    /** Where each column is, and the name the file gives it, so that problems name columns as the file does. */
    private record Header(Map<RosterColumn, Integer> positions, CSVRecord names) {

        String value(CSVRecord record, RosterColumn column) {
            int index = positions.get(column);
            return index < record.size() ? record.get(index).strip() : "";
        }

        String name(RosterColumn column) {
            return names.get(positions.get(column));
        }
    }

    private Header readHeader(CSVRecord header, Problems problems) {
        var columns = new EnumMap<RosterColumn, Integer>(RosterColumn.class);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            int index = i;
            RosterColumn.byHeader(name).ifPresent(column -> {
                if (columns.putIfAbsent(column, index) != null) {
                    problems.add(1, name, "roster.problem.duplicateColumn", name);
                }
            });
        }
        for (RosterColumn column : RosterColumn.values()) {
            if (!columns.containsKey(column)) {
                problems.add(1, column.englishHeader, "roster.problem.missingColumn",
                        column.englishHeader, column.vietnameseHeader);
            }
        }
        return new Header(columns, header);
    }

    private Optional<Row> readRow(CSVRecord record, Header header, Problems problems,
                                  Map<String, Integer> firstRowOfPhone) {
        int row = (int) record.getRecordNumber();
        int before = problems.size();
        String cellColumn = header.name(RosterColumn.CELL);

        String cell = header.value(record, RosterColumn.CELL);
        List<String> path = Arrays.stream(cell.split(OrgUnit.PATH_SEPARATOR, -1)).map(VietnameseText::tidy).toList();
        if (cell.isEmpty()) {
            problems.add(row, cellColumn, "roster.problem.required");
        } else if (path.stream().anyMatch(String::isEmpty)) {
            problems.add(row, cellColumn, "roster.problem.path", cell);
        } else if (path.stream().anyMatch(s -> s.length() > MAX_NAME_LENGTH)) {
            problems.add(row, cellColumn, "roster.problem.tooLong", MAX_NAME_LENGTH);
        }

        String nameColumn = header.name(RosterColumn.FULL_NAME);
        String fullName = VietnameseText.tidy(header.value(record, RosterColumn.FULL_NAME));
        if (fullName.isEmpty()) {
            problems.add(row, nameColumn, "roster.problem.required");
        } else if (fullName.length() > MAX_NAME_LENGTH) {
            problems.add(row, nameColumn, "roster.problem.tooLong", MAX_NAME_LENGTH);
        }

        String phoneColumn = header.name(RosterColumn.PHONE);
        String rawPhone = header.value(record, RosterColumn.PHONE);
        Optional<String> phone = Phones.normalize(rawPhone);
        if (rawPhone.isEmpty()) {
            problems.add(row, phoneColumn, "roster.problem.required");
        } else if (phone.isEmpty()) {
            problems.add(row, phoneColumn, "roster.problem.phone", rawPhone);
        } else {
            Integer first = firstRowOfPhone.putIfAbsent(phone.get(), row);
            if (first != null) {
                problems.add(row, phoneColumn, "roster.problem.phoneRepeated", first);
            }
        }

        String roleColumn = header.name(RosterColumn.ROLE);
        String rawRole = header.value(record, RosterColumn.ROLE);
        Role role = ROLES.get(VietnameseText.fold(rawRole));
        if (rawRole.isEmpty()) {
            problems.add(row, roleColumn, "roster.problem.required");
        } else if (role == null) {
            problems.add(row, roleColumn, "roster.problem.role", rawRole);
        } else if (role != Role.ADMIN && path.size() < 2 && !cell.isEmpty()) {
            problems.add(row, cellColumn, "roster.problem.cellNeedsCommittee", cell);
        }

        String statusColumn = header.name(RosterColumn.STATUS);
        String rawStatus = header.value(record, RosterColumn.STATUS);
        MemberStatus status = STATUSES.get(VietnameseText.fold(rawStatus));
        if (rawStatus.isEmpty()) {
            if (role != Role.ADMIN) {
                problems.add(row, statusColumn, "roster.problem.required");
            }
        } else if (status == null) {
            problems.add(row, statusColumn, "roster.problem.status", rawStatus);
        }

        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Row(row, path, fullName, phone.orElseThrow(), role, status, cellColumn));
    }

    /** A path cannot be a cell in one place and hold units in another, in the file or against the tree. */
    private void checkTree(List<Row> rows, Problems problems) {
        var cellPaths = new HashMap<String, Integer>();
        var committeePaths = new HashMap<String, Integer>();
        for (Row row : rows) {
            if (row.namesCell()) {
                cellPaths.putIfAbsent(row.pathText(), row.number());
            }
            for (int depth = 1; depth < row.path().size(); depth++) {
                committeePaths.putIfAbsent(String.join(OrgUnit.PATH_SEPARATOR, row.path().subList(0, depth)), row.number());
            }
        }
        var existingKinds = new HashMap<String, Optional<UnitKind>>();
        for (Row row : rows) {
            String path = row.pathText();
            if (row.namesCell()) {
                Integer asCommittee = committeePaths.get(path);
                if (asCommittee != null || kindOf(path, existingKinds).filter(k -> k == UnitKind.COMMITTEE).isPresent()) {
                    problems.add(row.number(), row.cellColumn(), "roster.problem.cellIsCommittee", path);
                    continue;
                }
            }
            for (int depth = 1; depth < row.path().size(); depth++) {
                String prefix = String.join(OrgUnit.PATH_SEPARATOR, row.path().subList(0, depth));
                if (cellPaths.containsKey(prefix)
                        || kindOf(prefix, existingKinds).filter(k -> k == UnitKind.CELL).isPresent()) {
                    problems.add(row.number(), row.cellColumn(), "roster.problem.committeeIsCell", prefix);
                    break;
                }
            }
        }
    }

    private Optional<UnitKind> kindOf(String path, Map<String, Optional<UnitKind>> cache) {
        return cache.computeIfAbsent(path, p -> store.unitByPath(p).map(OrgUnit::kind));
    }

    private RosterImportResult apply(List<Row> rows) {
        Instant now = clock.instant();
        var units = new HashMap<String, OrgUnit>();
        var imported = new ArrayList<ImportedMember>();
        int created = 0;
        int updated = 0;
        for (Row row : rows) {
            OrgUnit unit = ensureUnit(row.path(), row.namesCell() ? UnitKind.CELL : UnitKind.COMMITTEE, units, now);
            Optional<Member> existing = store.memberByPhone(row.phone());
            long memberId;
            Change change;
            if (existing.isEmpty()) {
                memberId = store.insertMember(row.fullName(), row.phone(), row.status(), row.role(), unit.id(), now);
                change = Change.CREATED;
                created++;
            } else {
                Member member = existing.get();
                memberId = member.id();
                boolean same = member.fullName().equals(row.fullName()) && member.status() == row.status()
                        && member.role() == row.role() && member.unit().id() == unit.id();
                if (same) {
                    change = Change.UNCHANGED;
                } else {
                    store.updateMember(memberId, row.fullName(), row.status(), row.role(), unit.id(), now);
                    change = Change.UPDATED;
                    updated++;
                }
            }
            boolean linked = !store.identitiesOf(memberId).isEmpty();
            Invite invite = linked ? null : organization.currentInvite(memberId);
            imported.add(new ImportedMember(memberId, row.fullName(), row.phone(), unit.path(), row.role(),
                    row.status(), change, linked, invite == null ? null : invite.code(),
                    invite == null ? null : invite.expiresAt()));
        }
        return new RosterImportResult(created, updated, rows.size() - created - updated, imported);
    }

    private OrgUnit ensureUnit(List<String> path, UnitKind leafKind, Map<String, OrgUnit> units, Instant now) {
        OrgUnit parent = null;
        for (int depth = 1; depth <= path.size(); depth++) {
            String prefix = String.join(OrgUnit.PATH_SEPARATOR, path.subList(0, depth));
            Long parentId = parent == null ? null : parent.id();
            UnitKind kind = depth == path.size() ? leafKind : UnitKind.COMMITTEE;
            String name = path.get(depth - 1);
            parent = units.computeIfAbsent(prefix, p -> store.unitByPath(p)
                    .orElseGet(() -> store.insertUnit(parentId, name, kind, p, now)));
        }
        return parent;
    }

    /** Problems gathered while reading, with messages in the importer's language. */
    private static final class Problems {
        private final MessageSource messages;
        private final Locale locale;
        private final List<RosterProblem> list = new ArrayList<>();

        Problems(MessageSource messages, Locale locale) {
            this.messages = messages;
            this.locale = locale;
        }

        void add(int row, String column, String key, Object... args) {
            list.add(new RosterProblem(row, column, messages.getMessage(key, args, locale)));
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        int size() {
            return list.size();
        }

        List<RosterProblem> sorted() {
            return list.stream().sorted(Comparator.comparingInt(RosterProblem::row)).toList();
        }
    }
}
