package vn.chibo.organization;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.chibo.text.VietnameseDates;
import vn.chibo.text.VietnameseText;

/** Reads a roster file (UTF-8 CSV, comma or semicolon, headers in Vietnamese or English in any order) into rows. */
final class RosterCsv {

    private static final int MAX_NAME_LENGTH = 200;

    private static final Map<String, Role> ROLES = Map.of(
            "member", Role.MEMBER, "dang vien", Role.MEMBER,
            "secretary", Role.SECRETARY, "bi thu", Role.SECRETARY,
            "deputy", Role.DEPUTY, "pho bi thu", Role.DEPUTY,
            "admin", Role.ADMIN, "quan tri", Role.ADMIN);

    private static final Map<String, MemberStatus> STATUSES = Map.of(
            "official", MemberStatus.OFFICIAL, "chinh thuc", MemberStatus.OFFICIAL,
            "probationary", MemberStatus.PROBATIONARY, "du bi", MemberStatus.PROBATIONARY);

    private static final Map<String, Boolean> YES_NO = Map.of(
            "co", true, "yes", true, "x", true, "khong", false, "no", false);

    /** A province after the 2025 merger has about 100,000 members; one file holds them all, with room to spare. */
    static final int MAX_ROWS = 150_000;

    private RosterCsv() {
    }

    /** The rows of the file, each checked on its own; every problem is noted with its row and column. */
    static List<RosterRow> parse(String csv, RosterProblems problems) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        var format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        var rows = new ArrayList<RosterRow>();
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
            int read = 0;
            while (iterator.hasNext()) {
                CSVRecord record = iterator.next();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (++read > MAX_ROWS) {
                    problems.add((int) record.getRecordNumber(), null, "roster.problem.tooManyRows", MAX_ROWS);
                    break;
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

        boolean has(RosterColumn column) {
            return positions.containsKey(column);
        }
    }

    private static Header readHeader(CSVRecord header, RosterProblems problems) {
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
            if (column.required && !columns.containsKey(column)) {
                problems.add(1, column.englishHeader, "roster.problem.missingColumn",
                        column.englishHeader, column.vietnameseHeader);
            }
        }
        return new Header(columns, header);
    }

    private static Optional<RosterRow> readRow(CSVRecord record, Header header, RosterProblems problems,
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

        Boolean exempt = null;
        if (header.has(RosterColumn.EXEMPT)) {
            String rawExempt = header.value(record, RosterColumn.EXEMPT);
            exempt = YES_NO.get(VietnameseText.fold(rawExempt));
            if (!rawExempt.isEmpty() && exempt == null) {
                problems.add(row, header.name(RosterColumn.EXEMPT), "roster.problem.exempt", rawExempt);
            }
        }

        LocalDate joinedOn = null;
        if (header.has(RosterColumn.JOINED_ON)) {
            String rawJoined = header.value(record, RosterColumn.JOINED_ON);
            joinedOn = VietnameseDates.readDay(rawJoined).orElse(null);
            if (!rawJoined.isEmpty() && joinedOn == null) {
                problems.add(row, header.name(RosterColumn.JOINED_ON), "roster.problem.joinedOn", rawJoined);
            }
        }

        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RosterRow(row, path, fullName, phone.orElseThrow(), role, status, exempt, joinedOn, cellColumn,
                roleColumn));
    }
}
