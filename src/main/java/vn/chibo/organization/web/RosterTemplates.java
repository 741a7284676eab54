package vn.chibo.organization.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.chibo.organization.RosterTemplate;

/** The empty roster as a download, the same from the admin API and the dashboard. */
final class RosterTemplates {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private RosterTemplates() {
    }

    static ResponseEntity<byte[]> xlsx(RosterTemplate template, Locale locale) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("mau-danh-sach.xlsx"))
                .body(template.xlsx(locale));
    }

    static ResponseEntity<String> csv(RosterTemplate template, Locale locale) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("mau-danh-sach.csv"))
                .body(template.csv(locale));
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
