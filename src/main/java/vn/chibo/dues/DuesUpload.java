package vn.chibo.dues;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.common.Outcome;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.organization.Phones;
import vn.chibo.text.VietnameseDates;
import vn.chibo.text.VietnameseText;

/**
 * A month's payments from a list: the portal's export or the cell's own, as Excel or CSV, its columns in Vietnamese
 * or English in any order ({@code Số điện thoại}/{@code phone} the key, {@code Họ và tên}/{@code full_name},
 * {@code Số tiền}/{@code amount}, {@code Ngày đóng}/{@code paid_on}, {@code Hình thức}/{@code method}: Cổng DVC or
 * Tiền mặt, the portal when left blank). Every row is checked first; one bad row loads nothing. Loading the same list
 * again changes nothing.
 */
@Service
public class DuesUpload {

    static final int MAX_ROWS = 10_000;

    /** A row that cannot be loaded; {@code row} counts the header as 1. */
    public record Problem(int row, String column, String key, Object value) {
    }

    private record Column(String name, Set<String> headers) {
    }

    private static final Column PHONE = new Column("phone", Set.of("phone", "so dien thoai", "dien thoai", "sdt"));
    private static final Column NAME = new Column("full_name", Set.of("full_name", "full name", "ho va ten", "ho ten"));
    private static final Column AMOUNT = new Column("amount", Set.of("amount", "so tien"));
    private static final Column PAID_ON = new Column("paid_on", Set.of("paid_on", "paid on", "ngay dong"));
    private static final Column METHOD = new Column("method", Set.of("method", "hinh thuc"));
    private static final List<Column> COLUMNS = List.of(PHONE, NAME, AMOUNT, PAID_ON, METHOD);

    private final DuesLedger ledger;
    private final Organization organization;

    DuesUpload(DuesLedger ledger, Organization organization) {
        this.ledger = ledger;
        this.organization = organization;
    }

    /** Loads the list for the month: how many months it recorded, or every problem and nothing loaded. */
    @Transactional
    public Outcome<Integer, Problem> load(OrgUnit cell, YearMonth month, byte[] content, boolean excel, Long by) {
        List<List<String>> rows;
        try {
            rows = excel ? excelRows(content) : csvRows(new String(content, StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return Outcome.refused(new Problem(1, null, "dues.upload.unreadable", null));
        }
        if (rows.isEmpty() || rows.size() > MAX_ROWS + 1) {
            return Outcome.refused(new Problem(1, null, "dues.upload.empty", MAX_ROWS));
        }
        Map<Column, Integer> at = header(rows.get(0));
        if (!at.containsKey(PHONE)) {
            return Outcome.refused(new Problem(1, PHONE.name(), "dues.upload.noPhone", null));
        }
        var problems = new ArrayList<Problem>();
        var payments = new ArrayList<Runnable>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Member> members = new HashMap<>();
        organization.membersOf(cell).forEach(member -> members.put(member.phone(), member));
        for (int index = 1; index < rows.size(); index++) {
            List<String> row = rows.get(index);
            int number = index + 1;
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String rawPhone = value(row, at, PHONE);
            Optional<String> phone = Phones.normalize(rawPhone);
            Member member = phone.map(members::get).orElse(null);
            if (member == null) {
                problems.add(new Problem(number, PHONE.name(), phone.isEmpty() ? "dues.upload.phone" : "dues.upload.notInCell", rawPhone));
                continue;
            }
            Integer first = seen.putIfAbsent(member.phone(), number);
            if (first != null) {
                problems.add(new Problem(number, PHONE.name(), "dues.upload.repeated", first));
                continue;
            }
            String rawAmount = value(row, at, AMOUNT);
            Long amount = amount(rawAmount);
            if (!rawAmount.isBlank() && amount == null) {
                problems.add(new Problem(number, AMOUNT.name(), "dues.upload.amount", rawAmount));
            }
            String rawDay = value(row, at, PAID_ON);
            LocalDate day = rawDay.isBlank() ? null : VietnameseDates.readDay(rawDay).orElse(null);
            if (!rawDay.isBlank() && day == null) {
                problems.add(new Problem(number, PAID_ON.name(), "dues.upload.paidOn", rawDay));
            }
            String rawMethod = value(row, at, METHOD);
            Optional<PayMethod> method = rawMethod.isBlank() ? Optional.of(PayMethod.PORTAL) : PayMethod.read(rawMethod);
            if (method.isEmpty()) {
                problems.add(new Problem(number, METHOD.name(), "dues.upload.method", rawMethod));
            }
            Optional<String> refusal = ledger.refusal(member, month, amount, day);
            if (refusal.isPresent()) {
                problems.add(new Problem(number, refusal.get().equals("dues.problem.amount") ? AMOUNT.name() : PAID_ON.name(),
                        refusal.get(), refusal.get().equals("dues.problem.amount") ? rawAmount : rawDay));
            }
            payments.add(() -> ledger.record(member, month, amount, day, method.orElse(PayMethod.PORTAL), DuesLedger.Source.UPLOAD, by));
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        payments.forEach(Runnable::run);
        return Outcome.done(payments.size());
    }

    private static Map<Column, Integer> header(List<String> names) {
        var at = new HashMap<Column, Integer>();
        for (int index = 0; index < names.size(); index++) {
            String folded = VietnameseText.fold(names.get(index).replace("\uFEFF", ""));
            for (Column column : COLUMNS) {
                if (column.headers().contains(folded)) {
                    at.putIfAbsent(column, index);
                }
            }
        }
        return at;
    }

    private static String value(List<String> row, Map<Column, Integer> at, Column column) {
        Integer index = at.get(column);
        return index == null || index >= row.size() ? "" : row.get(index).strip();
    }

    private static Long amount(String raw) {
        String digits = raw.replaceAll("(?i)[\\s.,đ]|vnd", "");
        return digits.matches("\\d{1,10}") ? Long.valueOf(digits) : null;
    }

    private static List<List<String>> csvRows(String text) throws IOException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char delimiter = body.lines().findFirst().map(line -> line.chars().filter(c -> c == ';').count()
                > line.chars().filter(c -> c == ',').count() ? ';' : ',').orElse(',');
        var rows = new ArrayList<List<String>>();
        try (var parser = CSVParser.parse(new StringReader(body), CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                .setIgnoreEmptyLines(false).setTrim(true).get())) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    private static List<List<String>> excelRows(byte[] content) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            var formatter = new DataFormatter();
            var rows = new ArrayList<List<String>>();
            var sheet = workbook.getSheetAt(0);
            for (int index = 0; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                var cells = new ArrayList<String>();
                for (int column = 0; row != null && column < row.getLastCellNum(); column++) {
                    cells.add(formatter.formatCellValue(row.getCell(column)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
