package vn.chibo.channel;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves a shared file while its link is valid; an unknown or expired link is simply not found. */
@RestController
class SharedFilesController {

    private final SharedFiles files;

    SharedFilesController(SharedFiles files) {
        this.files = files;
    }

    @GetMapping(SharedFiles.PATH + "{token}")
    ResponseEntity<byte[]> file(@PathVariable String token) {
        return files.find(token)
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.mediaType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                        .body(file.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
