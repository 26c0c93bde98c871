package org.cstoquiz.app.bank;

import java.util.List;
import java.util.Optional;
import org.cstoquiz.engine.export.ExportReport;
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

    static final String ASKED = "X-Export-Asked";
    static final String WRITTEN = "X-Export-Written";
    static final String SKIPPED = "X-Export-Skipped";

    /**
     * The file. Its headers say what it holds: {@value #ASKED} questions asked for, {@value #WRITTEN}
     * written, {@value #SKIPPED} left out because the format cannot carry them (which and why:
     * {@code /api/export/report}). When nothing could be written there is no file but a 422 problem
     * detail saying why.
     */
    @GetMapping("/api/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
                                                 @RequestParam(required = false) String seed,
                                                 @RequestParam(required = false) String areas,
                                                 @RequestParam(required = false) String types,
                                                 @RequestParam(required = false) String count,
                                                 @RequestParam(required = false) String pack) {
        ExportRequest request = request(format, seed, areas, types, count);
        QuestionBankService.PreparedExport export = pack == null ? bank.prepare(request) : bank.prepare(pack, request);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.exporter().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.fileName()).build().toString())
                .header(ASKED, String.valueOf(export.report().asked()))
                .header(WRITTEN, String.valueOf(export.report().written()))
                .header(SKIPPED, String.valueOf(export.report().skipped().size()))
                .body(export::writeTo);
    }

    /** What {@code /api/export} with the same options writes and leaves out, as JSON, without the file. */
    @GetMapping("/api/export/report")
    Report report(@RequestParam(required = false) String format, @RequestParam(required = false) String seed,
                  @RequestParam(required = false) String areas, @RequestParam(required = false) String types,
                  @RequestParam(required = false) String count) {
        ExportRequest request = request(format, seed, areas, types, count);
        ExportReport report = new QuestionBankService.PreparedExport(bank.exporter(request), bank.select(request)).report();
        return new Report(report.format(), report.asked(), report.written(), report.summary(),
                report.skipped().stream().map(s -> new SkippedQuestion(s.questionId(), s.reason(), s.detail())).toList());
    }

    record Report(String format, int asked, int written, String summary, List<SkippedQuestion> skipped) {
    }

    record SkippedQuestion(String id, String reason, String detail) {
    }

    private static ExportRequest request(String format, String seed, String areas, String types, String count) {
        return ExportRequest.parse(format, Optional.ofNullable(seed), Optional.ofNullable(areas),
                Optional.ofNullable(types), Optional.ofNullable(count));
    }

    @ExceptionHandler(NothingToExport.class)
    ProblemDetail nothingToExport(NothingToExport e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Nothing to export");
        problem.setProperty("asked", e.report().asked());
        problem.setProperty("written", 0);
        problem.setProperty("skipped", e.report().skippedByReason());
        return problem;
    }

    @ExceptionHandler(BadExportRequest.class)
    ProblemDetail badRequest(BadExportRequest e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
