package vn.chibo.organization.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

import vn.chibo.common.Outcome;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.organization.RosterImport;
import vn.chibo.organization.RosterImportResult;
import vn.chibo.organization.RosterProblem;
import vn.chibo.organization.RosterTemplate;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.Viewer;

/**
 * For admins: a roster upload (CSV or Excel) checked in full and shown before anything is saved, then
 * confirmed.
 */
@DashboardPage
class RosterPage {

    private static final String PENDING_ROSTER = "chibo.dashboard.pendingRoster";

    private final RosterImport rosterImport;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final Organization organization;
    private final RosterTemplate template;

    RosterPage(RosterImport rosterImport, TransactionTemplate transaction, MessageSource messages,
               Organization organization, RosterTemplate template) {
        this.template = template;
        this.organization = organization;
        this.rosterImport = rosterImport;
        this.transaction = transaction;
        this.messages = messages;
    }

    @GetMapping("/dashboard/roster")
    String rosterPage(@RequestAttribute Viewer viewer) {
        viewer.requireAdmin();
        return "dashboard/roster";
    }

    @GetMapping("/dashboard/roster/template.xlsx")
    ResponseEntity<byte[]> templateXlsx(@RequestAttribute Viewer viewer, Locale locale) {
        viewer.requireAdmin();
        return RosterTemplates.xlsx(template, locale);
    }

    @GetMapping("/dashboard/roster/template.csv")
    ResponseEntity<String> templateCsv(@RequestAttribute Viewer viewer, Locale locale) {
        viewer.requireAdmin();
        return RosterTemplates.csv(template, locale);
    }

    /** Checks the file as an import would, inside a transaction that is rolled back: nothing is saved yet. */
    @PostMapping("/dashboard/roster")
    String rosterPreview(@RequestAttribute Viewer viewer, @RequestParam("file") MultipartFile file, HttpSession session,
                         Model model, Locale locale) throws IOException {
        viewer.requireAdmin();
        String csv = rosterCsv(file);
        Outcome<RosterImportResult, RosterProblem> checked = transaction.execute(status -> {
            status.setRollbackOnly();
            return rosterImport.importCsv(csv, locale);
        });
        if (checked instanceof Outcome.Done<RosterImportResult, RosterProblem> done) {
            RosterImportResult preview = done.value();
            List<String> outside = outsideScope(viewer, preview);
            if (!outside.isEmpty()) {
                model.addAttribute("problem", messages.getMessage("dashboard.roster.outsideScope",
                        new Object[] {String.join(", ", outside)}, locale));
                return "dashboard/roster";
            }
            session.setAttribute(PENDING_ROSTER, csv);
            model.addAttribute("preview", preview);
            model.addAttribute("fileName", file.getOriginalFilename());
        } else {
            model.addAttribute("rosterProblems", checked.reasons());
            model.addAttribute("fileName", file.getOriginalFilename());
        }
        return "dashboard/roster";
    }

    @PostMapping("/dashboard/roster/confirm")
    String rosterConfirm(@RequestAttribute Viewer viewer, HttpSession session, Model model, Locale locale) {
        viewer.requireAdmin();
        String csv = (String) session.getAttribute(PENDING_ROSTER);
        if (csv == null) {
            return "redirect:/dashboard/roster";
        }
        session.removeAttribute(PENDING_ROSTER);
        var outcome = rosterImport.importInSlices(csv, locale, done -> { });
        if (outcome instanceof Outcome.Done<RosterImportResult, RosterProblem> done) {
            model.addAttribute("imported", done.value());
        } else {
            model.addAttribute("rosterProblems", outcome.reasons());
        }
        return "dashboard/roster";
    }


    /** Rows whose cell lies outside an admin's subtree; the token holder's scope is everything. */
    private List<String> outsideScope(Viewer viewer, RosterImportResult preview) {
        if (viewer.scopePath() == null) {
            return List.of();
        }
        String scopePath = organization.unit(viewer.scopeUnitId()).map(OrgUnit::path).orElse(viewer.scopePath());
        return preview.members().stream().map(RosterImportResult.ImportedMember::unitPath)
                .filter(path -> !OrgUnit.covers(scopePath, path))
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
