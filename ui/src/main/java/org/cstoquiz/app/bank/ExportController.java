package org.cstoquiz.app.bank;

import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/export}: the same options as {@code java -jar csto-quiz.jar export} ({@code pack=ID}
 * for {@code --pack ID}; the built-in pack without it), for
 * instructors (see the API security chain). A bad request gets HTTP 400 and an RFC 9457 problem
 * detail ({@code application/problem+json}) whose {@code detail} says what is wrong.
 */
@RestController
class ExportController {

    private final QuestionBankService bank;

    ExportController(QuestionBankService bank) {
        this.bank = bank;
    }

    @GetMapping("/api/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
                                                 @RequestParam(required = false) String seed,
                                                 @RequestParam(required = false) String areas,
                                                 @RequestParam(required = false) String types,
                                                 @RequestParam(required = false) String count,
                                                 @RequestParam(required = false) String pack) {
        ExportRequest request = ExportRequest.parse(format, Optional.ofNullable(seed), Optional.ofNullable(areas),
                Optional.ofNullable(types), Optional.ofNullable(count));
        QuestionBankService.PreparedExport export = pack == null ? bank.prepare(request) : bank.prepare(pack, request);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.exporter().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.fileName()).build().toString())
                .body(export::writeTo);
    }

    @ExceptionHandler(BadExportRequest.class)
    ProblemDetail badRequest(BadExportRequest e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
