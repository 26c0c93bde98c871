package org.cstoquiz.app.bank;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.NoSuchElementException;
import org.cstoquiz.app.facts.FactCatalog;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.engine.export.Exporter;
import org.cstoquiz.engine.export.Exporters;
import org.cstoquiz.engine.export.QuestionSet;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.generate.QuestionBank;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The question bank of a pack (the built-in one unless another is named) by seed, and the exports made from it. */
@Service
public class QuestionBankService {

    private final BankGenerator generator;
    private final FactCatalog catalog;

    public QuestionBankService(BankGenerator generator, FactCatalog catalog) {
        this.generator = generator;
        this.catalog = catalog;
    }

    /** The packs questions can be drawn from, the built-in one first. */
    public List<PackInfo> packs() {
        return catalog.packs();
    }

    /** The bank of the built-in pack for {@code seed}, generated on first use and then kept a while ({@link BankCache}). */
    public Bank bank(long seed) {
        return bank(catalog.primary().pack().id(), seed);
    }

    /**
     * The bank of pack {@code packId} for {@code seed}.
     *
     * @throws NoSuchElementException when no pack has that id
     */
    public Bank bank(String packId, long seed) {
        return generator.generate(packId, seed);
    }

    /** @throws BadExportRequest when nothing matches or more questions are asked than match */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public QuestionSet select(ExportRequest request) {
        return QuestionSelection.select(bank(request.seed()), request);
    }

    /** @throws BadExportRequest when there is no such pack, nothing matches or more questions are asked than match */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public QuestionSet select(String packId, ExportRequest request) {
        List<String> ids = catalog.packs().stream().map(PackInfo::id).toList();
        if (!ids.contains(packId)) {
            throw new BadExportRequest("no pack '" + packId + "' (packs: " + String.join(", ", ids) + ")");
        }
        return QuestionSelection.select(bank(packId, request.seed()), request);
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

    /** A selection from pack {@code packId}, ready to be written: checked completely before the first byte goes out. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public PreparedExport prepare(String packId, ExportRequest request) {
        return new PreparedExport(exporter(request), select(packId, request));
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
