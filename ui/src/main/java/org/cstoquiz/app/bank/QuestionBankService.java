package org.cstoquiz.app.bank;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.cstoquiz.app.facts.FactCatalog;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.engine.export.ExportReport;
import org.cstoquiz.engine.export.Exporter;
import org.cstoquiz.engine.export.Exporters;
import org.cstoquiz.engine.export.QuestionSet;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.generate.GeneratedQuestion;
import org.cstoquiz.engine.generate.QuestionBank;
import org.cstoquiz.engine.question.Question;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The question bank of a pack (the built-in one unless another is named) by seed, as it is served
 * (curated: see {@link BankCuration}), and the exports made from it.
 */
@Service
public class QuestionBankService {

    private final BankGenerator generator;
    private final FactCatalog catalog;
    private final ObjectProvider<BankCuration> curation;

    public QuestionBankService(BankGenerator generator, FactCatalog catalog, ObjectProvider<BankCuration> curation) {
        this.generator = generator;
        this.catalog = catalog;
        this.curation = curation;
    }

    /** The packs questions can be drawn from, the built-in one first. */
    public List<PackInfo> packs() {
        return catalog.packs();
    }

    /** The bank of the built-in pack for {@code seed} as it is served (see {@link #bank(String, long)}). */
    public Bank bank(long seed) {
        return bank(catalog.primary().pack().id(), seed);
    }

    /**
     * The bank of pack {@code packId} for {@code seed} as it is served: generated on first use and
     * then kept a while ({@link BankCache}), with the instructors' curation applied (retired
     * questions left out, corrected ones replaced by their edited copy).
     *
     * @throws NoSuchElementException when no pack has that id
     */
    public Bank bank(String packId, long seed) {
        Bank generated = generator.generate(packId, seed);
        BankCuration curated = curation.getIfAvailable();
        return curated == null ? generated : curated.apply(generated);
    }

    /**
     * The questions of a paper chosen from the bank of pack {@code packId} and {@code seed}, as they
     * are served now, in the paper's order: a question corrected since is its edited copy; a question
     * retired since, or no longer in the bank, is empty.
     *
     * @param ids the ids the questions had when they were chosen (as generated, or of an edited copy)
     * @throws NoSuchElementException when no pack has that id
     */
    public List<Optional<Question>> asServedNow(String packId, long seed, List<String> ids) {
        Bank generated = generator.generate(packId, seed);
        Map<String, Question> served = new HashMap<>();
        bank(packId, seed).questions().forEach(question -> served.putIfAbsent(question.id(), question));
        Map<String, GeneratedQuestion> original = new HashMap<>();
        generated.generated().forEach(question -> original.putIfAbsent(question.question().id(), question));
        BankCuration curated = curation.getIfAvailable();
        return ids.stream().map(id -> {
            if (served.containsKey(id)) {
                return Optional.of(served.get(id));
            }
            GeneratedQuestion asGenerated = original.get(id);
            if (asGenerated == null || curated == null) {
                return Optional.<Question>empty();
            }
            // retired or corrected since: the curation of this one question says which
            Bank one = new Bank(packId, seed, List.of(asGenerated), Map.of(), List.of());
            return curated.apply(one).questions().stream().findFirst();
        }).toList();
    }

    /** The bank of the built-in pack for {@code seed} as the generator made it, before any curation. */
    public Bank generated(long seed) {
        return generator.generate(catalog.primary().pack().id(), seed);
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

    /**
     * A selection ready to be written: checked completely before the first byte goes out.
     *
     * @throws BadExportRequest when the request is wrong, or {@link NothingToExport} when the format
     *                          can carry none of the questions it selects
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public PreparedExport prepare(ExportRequest request) {
        return new PreparedExport(exporter(request), select(request)).requireSomethingToWrite();
    }

    /** A selection from pack {@code packId}, ready to be written: checked completely before the first byte goes out. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public PreparedExport prepare(String packId, ExportRequest request) {
        return new PreparedExport(exporter(request), select(packId, request)).requireSomethingToWrite();
    }

    /**
     * Questions and the format to write them in, with the {@link ExportReport report} of what the
     * file will hold.
     */
    public record PreparedExport(Exporter exporter, QuestionSet questions, ExportReport report) {

        public PreparedExport(Exporter exporter, QuestionSet questions) {
            this(exporter, questions, exporter.report(questions));
        }

        /** This export, when it writes at least one question; never an empty file. */
        public PreparedExport requireSomethingToWrite() {
            if (report.nothingWritten()) {
                throw new NothingToExport(report);
            }
            return this;
        }

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
