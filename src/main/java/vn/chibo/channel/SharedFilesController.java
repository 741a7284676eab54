package vn.chibo.channel;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.common.Uploads;

/**
 * Serves a shared file while its link is valid; an unknown or expired link is simply not found. Anyone with the link
 * may open it, so nothing it holds can act as a page of this site: images the bot draws or members send are shown in
 * place, everything else is a download of plain bytes unless its type is one the upload check kept, and no browser
 * may guess another type, run a script or load anything from it.
 */
@RestController
class SharedFilesController {

    private final SharedFiles files;

    SharedFilesController(SharedFiles files) {
        this.files = files;
    }

    @GetMapping(SharedFiles.PATH + "{token}")
    ResponseEntity<byte[]> file(@PathVariable String token) {
        return files.find(token)
                .map(file -> {
                    boolean inPlace = Uploads.showsInPlace(file.mediaType());
                    String type = inPlace ? file.mediaType() : Uploads.UNKNOWN_TYPE;
                    var disposition = inPlace ? ContentDisposition.inline() : ContentDisposition.attachment();
                    return ResponseEntity.ok()
                            .contentType(MediaType.parseMediaType(type))
                            .header(HttpHeaders.CONTENT_DISPOSITION, disposition
                                    .filename(Uploads.cleanName(file.fileName(), "tep"), StandardCharsets.UTF_8)
                                    .build().toString())
                            .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                            .headers(headers -> Uploads.SAFE_SERVING.forEach(headers::set))
                            .body(file.content());
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
