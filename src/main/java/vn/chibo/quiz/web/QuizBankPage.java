package vn.chibo.quiz.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.chibo.common.Outcome;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.handbook.Handbook;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.quiz.BankProblem;
import vn.chibo.quiz.BankUpload;
import vn.chibo.quiz.QuizBankVersion;
import vn.chibo.quiz.QuizBanks;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.Viewer;

/** For admins: quiz bank uploads with every problem in its place, the versions and the Excel template. */
@DashboardPage
class QuizBankPage {

    private final QuizBanks banks;
    private final Organization organization;
    private final Handbook handbook;
    private final MessageSource messages;

    QuizBankPage(QuizBanks banks, Organization organization, Handbook handbook, MessageSource messages) {
        this.banks = banks;
        this.organization = organization;
        this.handbook = handbook;
        this.messages = messages;
    }

    @GetMapping("/dashboard/quiz-banks")
    String quizBanks(@RequestAttribute Viewer viewer, Model model) {
        viewer.requireAdmin();
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
        viewer.requireAdmin();
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "upload" : file.getOriginalFilename();
        Optional<BankUpload.Format> format = BankUpload.format(file.getContentType(), name);
        if (format.isEmpty()) {
            model.addAttribute("problem", messages.getMessage("quizBank.problem.unknownFormat", new Object[] {name}, locale));
        } else {
            var outcome = banks.upload(List.of(new BankUpload(name, format.get(), file.getBytes())),
                    QuizBankVersion.Origin.DASHBOARD, viewer.memberId(), locale);
            if (outcome instanceof Outcome.Done<QuizBankVersion, BankProblem> done) {
                QuizBankVersion version = done.value();
                model.addAttribute("notice", messages.getMessage("quizBank.loaded", new Object[] {version.id(),
                        version.questionCount(), version.topicCount(), version.sectionCount()}, locale));
            } else {
                model.addAttribute("bankProblems", outcome.reasons());
                model.addAttribute("fileName", name);
            }
        }
        return quizBanksPage(viewer, model);
    }

    @GetMapping("/dashboard/quiz-banks/template.xlsx")
    ResponseEntity<byte[]> template(@RequestAttribute Viewer viewer, Locale locale) {
        viewer.requireAdmin();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(OutboundFile.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("mau-cau-hoi.xlsx").build().toString())
                .body(banks.excelTemplate(locale));
    }
}
