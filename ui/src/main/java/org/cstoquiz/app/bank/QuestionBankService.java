package org.cstoquiz.app.bank;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cstoquiz.app.facts.FactCatalog;
import org.cstoquiz.engine.export.Exporter;
import org.cstoquiz.engine.export.Exporters;
import org.cstoquiz.engine.export.QuestionSet;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.generate.QuestionBank;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The question bank of the built-in pack, generated once per seed, and the exports made from it. */
@Service
public class QuestionBankService {

    private static final int BANKS_KEPT = 4;

    private final FactCatalog catalog;
    private final Map<Long, Bank> banks = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Bank> eldest) {
            return size() > BANKS_KEPT;
        }
    };

    public QuestionBankService(FactCatalog catalog) {
        this.catalog = catalog;
    }

    public synchronized Bank bank(long seed) {
        return banks.computeIfAbsent(seed, s -> QuestionBank.generate(catalog.primary(), s));
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
