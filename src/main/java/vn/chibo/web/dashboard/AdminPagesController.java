package vn.chibo.web.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

import vn.chibo.conversation.OutboundFile;
import vn.chibo.handbook.Handbook;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.organization.RosterImport;
import vn.chibo.organization.RosterImportResult;
import vn.chibo.organization.RosterRejectedException;
import vn.chibo.quiz.BankUpload;
import vn.chibo.quiz.QuizBankRejectedException;
import vn.chibo.quiz.QuizBankVersion;
import vn.chibo.quiz.QuizBanks;

/**
 * Pages for admins: a roster upload (CSV or Excel) checked in full and shown before anything is saved, then
 * confirmed; quiz bank uploads with every problem in its place, the versions and the Excel template.
 */
@Controller
class AdminPagesController {

    private static final String PENDING_ROSTER = "chibo.dashboard.pendingRoster";
    private static final MediaType XLSX =
            MediaType.parseMediaType(OutboundFile.XLSX);

    private final RosterImport rosterImport;
    private final QuizBanks banks;
    private final Organization organization;
    private final Handbook handbook;
    private final TransactionTemplate transaction;
    private final MessageSource messages;

    AdminPagesController(RosterImport rosterImport, QuizBanks banks, Organization organization, Handbook handbook,
                         TransactionTemplate transaction, MessageSource messages) {
        this.rosterImport = rosterImport;
        this.banks = banks;
        this.organization = organization;
        this.handbook = handbook;
        this.transaction = transaction;
        this.messages = messages;
    }

    @GetMapping("/dashboard/roster")
    String rosterPage(@RequestAttribute Viewer viewer) {
        adminOnly(viewer);
        return "dashboard/roster";
    }

    /** Checks the file as an import would, inside a transaction that is rolled back: nothing is saved yet. */
    @PostMapping("/dashboard/roster")
    String rosterPreview(@RequestAttribute Viewer viewer, @RequestParam("file") MultipartFile file, HttpSession session,
                         Model model, Locale locale) throws IOException {
        adminOnly(viewer);
        String csv = rosterCsv(file);
        try {
            RosterImportResult preview = transaction.execute(status -> {
                status.setRollbackOnly();
                return rosterImport.importCsv(csv, locale);
            });
            List<String> outside = outsideScope(viewer, preview);
            if (!outside.isEmpty()) {
                model.addAttribute("problem", messages.getMessage("dashboard.roster.outsideScope",
                        new Object[] {String.join(", ", outside)}, locale));
                return "dashboard/roster";
            }
            session.setAttribute(PENDING_ROSTER, csv);
            model.addAttribute("preview", preview);
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (RosterRejectedException rejected) {
            model.addAttribute("rosterProblems", rejected.problems());
            model.addAttribute("fileName", file.getOriginalFilename());
        }
        return "dashboard/roster";
    }

    @PostMapping("/dashboard/roster/confirm")
    String rosterConfirm(@RequestAttribute Viewer viewer, HttpSession session, Model model, Locale locale) {
        adminOnly(viewer);
        String csv = (String) session.getAttribute(PENDING_ROSTER);
        if (csv == null) {
            return "redirect:/dashboard/roster";
        }
        session.removeAttribute(PENDING_ROSTER);
        try {
            model.addAttribute("imported", rosterImport.importCsv(csv, locale));
        } catch (RosterRejectedException rejected) {
            model.addAttribute("rosterProblems", rejected.problems());
        }
        return "dashboard/roster";
    }

    @GetMapping("/dashboard/quiz-banks")
    String quizBanks(@RequestAttribute Viewer viewer, Model model) {
        adminOnly(viewer);
        return quizBanksPage(viewer, model);
    }

    /** The versions, and for an admin who is a member the units they may set a quiz for. */
    private String quizBanksPage(Viewer viewer, Model model) {
        model.addAttribute("versions", banks.versions());
        model.addAttribute("topics", handbook.topics());
        if (viewer.memberId() != null) {
            OrgUnit scope = organization.unit(viewer.scopeUnitId()).orElseThrow();
            var units = new ArrayList<OrgUnit>();
            units.add(scope);
            organization.cellsUnder(scope).stream().filter(cell -> cell.id() != scope.id()).forEach(units::add);
            model.addAttribute("units", units);
        }
        return "dashboard/quiz-banks";
    }

    @PostMapping("/dashboard/quiz-banks")
    String uploadQuizBank(@RequestAttribute Viewer viewer, @RequestParam("file") MultipartFile file, Model model,
                          Locale locale) throws IOException {
        adminOnly(viewer);
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "upload" : file.getOriginalFilename();
        Optional<BankUpload.Format> format = BankUpload.format(file.getContentType(), name);
        if (format.isEmpty()) {
            model.addAttribute("problem", messages.getMessage("quizBank.problem.unknownFormat", new Object[] {name}, locale));
        } else {
            try {
                QuizBankVersion version = banks.upload(List.of(new BankUpload(name, format.get(), file.getBytes())),
                        QuizBankVersion.Origin.DASHBOARD, viewer.memberId(), locale);
                model.addAttribute("notice", messages.getMessage("quizBank.loaded", new Object[] {version.id(),
                        version.questionCount(), version.topicCount(), version.sectionCount()}, locale));
            } catch (QuizBankRejectedException rejected) {
                model.addAttribute("bankProblems", rejected.problems());
                model.addAttribute("fileName", name);
            }
        }
        return quizBanksPage(viewer, model);
    }

    @GetMapping("/dashboard/quiz-banks/template.xlsx")
    ResponseEntity<byte[]> template(@RequestAttribute Viewer viewer, Locale locale) {
        adminOnly(viewer);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("mau-cau-hoi.xlsx").build().toString())
                .body(banks.excelTemplate(locale));
    }

    @ExceptionHandler(NotInScopeException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refused() {
        return "dashboard/refused";
    }

    private static void adminOnly(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new NotInScopeException();
        }
    }

    /** Rows whose cell lies outside an admin's subtree; the token holder's scope is everything. */
    private static List<String> outsideScope(Viewer viewer, RosterImportResult preview) {
        if (viewer.scopePath() == null) {
            return List.of();
        }
        return preview.members().stream().map(RosterImportResult.ImportedMember::unitPath)
                .filter(path -> !OrgUnit.covers(viewer.scopePath(), path))
                .distinct().toList();
    }

    /** A CSV file as it is; an Excel file's first sheet written as CSV, row for row, so row numbers stay true. */
    private static String rosterCsv(MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx")) {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getBytes()));
             var out = new StringWriter();
             var printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            Sheet sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter();
            for (int index = 0; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                var cells = new ArrayList<String>();
                if (row != null) {
                    for (int column = 0; column < row.getLastCellNum(); column++) {
                        cells.add(formatter.formatCellValue(row.getCell(column)));
                    }
                }
                printer.printRecord(cells);
            }
            printer.flush();
            return out.toString();
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("Not a readable Excel file", e));
        }
    }

    @ExceptionHandler(UncheckedIOException.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    String unreadable(Model model, Locale locale) {
        model.addAttribute("problem", messages.getMessage("dashboard.roster.unreadable", null, locale));
        return "dashboard/roster";
    }
}
