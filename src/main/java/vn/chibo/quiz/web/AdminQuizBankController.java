package vn.chibo.quiz.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.chibo.common.Outcome;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.quiz.BankProblem;
import vn.chibo.quiz.BankUpload;
import vn.chibo.quiz.QuizBankVersion;
import vn.chibo.quiz.QuizBanks;
import vn.chibo.web.ApiProblems;

/**
 * The admin API for quiz banks: upload a file (YAML, Excel or Aiken) as the body, its type from Content-Type
 * or the file name (query {@code fileName} or Content-Disposition); list versions; get the Excel template.
 */
@RestController
@RequestMapping("/api/admin/quiz-banks")
class AdminQuizBankController {

    private static final MediaType XLSX =
            MediaType.parseMediaType(OutboundFile.XLSX);

    private final QuizBanks banks;
    private final MessageSource messages;

    AdminQuizBankController(QuizBanks banks, MessageSource messages) {
        this.banks = banks;
        this.messages = messages;
    }

    @PostMapping(consumes = "!" + MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<QuizBankVersion> upload(@RequestBody(required = false) byte[] body,
                                           @RequestParam(required = false) String fileName,
                                           @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                                           @RequestHeader(value = HttpHeaders.CONTENT_DISPOSITION, required = false) String disposition,
                                           Locale locale) {
        String name = Optional.ofNullable(fileName).filter(n -> !n.isBlank())
                .or(() -> Optional.ofNullable(disposition).map(d -> ContentDisposition.parse(d).getFilename()))
                .orElse(null);
        return store(body, name, contentType, locale);
    }

    /** The same from a form upload ({@code curl -F file=@bank.xlsx}): the part's own name and type. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<QuizBankVersion> uploadForm(@RequestParam("file") MultipartFile file, Locale locale) throws IOException {
        return store(file.getBytes(), file.getOriginalFilename(), file.getContentType(), locale);
    }

    private ResponseEntity<QuizBankVersion> store(byte[] body, String name, String contentType, Locale locale) {
        Optional<BankUpload.Format> format = BankUpload.format(contentType, name);
        String shownName = name != null ? name : "upload";
        if (format.isEmpty()) {
            throw rejected(List.of(new BankProblem(shownName, null, null, null, null,
                    messages.getMessage("quizBank.problem.unknownFormat", new Object[] {shownName}, locale))), locale);
        }
        if (name == null) {
            shownName = switch (format.get()) {
                case YAML -> "upload.yaml";
                case EXCEL -> "upload.xlsx";
                case AIKEN -> "upload.txt";
            };
        }
        var outcome = banks.upload(List.of(new BankUpload(shownName, format.get(),
                body == null ? new byte[0] : body)), QuizBankVersion.Origin.ADMIN_API, null, locale);
        if (!(outcome instanceof Outcome.Done<QuizBankVersion, BankProblem> done)) {
            throw rejected(outcome.reasons(), locale);
        }
        QuizBankVersion version = done.value();
        return ResponseEntity.created(URI.create("/api/admin/quiz-banks/" + version.id())).body(version);
    }

    @GetMapping
    List<QuizBankVersion> versions() {
        return banks.versions();
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(Locale locale) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("mau-cau-hoi.xlsx").build().toString())
                .body(banks.excelTemplate(locale));
    }

    private ErrorResponseException rejected(List<BankProblem> problems, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("quizBank.rejected.api", new Object[] {problems.size()}, locale));
        problem.setTitle(messages.getMessage("quizBank.rejected.title", null, locale));
        problem.setProperty("errors", problems);
        return ApiProblems.of(problem);
    }
}
