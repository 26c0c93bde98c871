package org.cstoquiz.app.bank;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.cstoquiz.engine.export.Exporter;
import org.cstoquiz.engine.export.Exporters;
import org.cstoquiz.engine.export.QuestionSet;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.generate.QuestionBank;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The question bank of the built-in pack by seed, and the exports made from it. */
@Service
public class QuestionBankService {

    private final BankGenerator generator;

    public QuestionBankService(BankGenerator generator) {
        this.generator = generator;
    }

    /** The bank of {@code seed}, generated on first use and then kept a while ({@link BankCache}). */
    public Bank bank(long seed) {
        return generator.generate(seed);
    }

    /** @throws BadExportRequest when nothing matches or more questions are asked than match */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public QuestionSet select(ExportRequest request) {
        return QuestionSelection.select(bank(request.seed()), request);
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Exporter exporter(ExportRequest request) {
        return Exporters.byName(request.format())
                .orElseThrow(() -> new BadExportRequest("unknown format '" + request.format() + "'"));
    }

    /** A selection ready to be written: checked completely before the first byte goes out. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public PreparedExport prepare(ExportRequest request) {
        return new PreparedExport(exporter(request), select(request));
    }

    public record PreparedExport(Exporter exporter, QuestionSet questions) {

        public String fileName() {
            return exporter.fileName(questions);
        }

        public void writeTo(OutputStream out) throws IOException {
            exporter.write(questions, out);
        }

        public byte[] bytes() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writeTo(out);
            return out.toByteArray();
        }
    }
}
