package org.cstoquiz.engine.paper;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cstoquiz.engine.export.ExportReport;
import org.cstoquiz.engine.export.Exporter;
import org.cstoquiz.engine.export.FileNames;
import org.cstoquiz.engine.export.PdfExporter;
import org.cstoquiz.engine.export.PdfTypeface;
import org.cstoquiz.engine.export.QuestionSet;
import org.cstoquiz.engine.export.Skipped;
import org.cstoquiz.engine.question.AnswerKeys;
import org.cstoquiz.engine.question.Question;

/**
 * A paper as the file an instructor downloads, named after its title ({@code "Mock exam, week 3"}
 * gives {@code mock-exam-week-3…}).
 *
 * <ul>
 *   <li>One version: {@code mock-exam-week-3.xml} (any format; the questions in the paper's order);
 *       as PDF, {@code mock-exam-week-3.pdf.zip} holding {@code mock-exam-week-3-paper.pdf} and
 *       {@code mock-exam-week-3-key.pdf}.</li>
 *   <li>Several variants: one zip, {@code mock-exam-week-3-variants.zip}, with one file per variant
 *       and one per key: {@code mock-exam-week-3-A-paper.pdf} and {@code mock-exam-week-3-A-key.pdf}
 *       as PDF, otherwise {@code mock-exam-week-3-A.xml} and {@code mock-exam-week-3-A-key.txt}. No
 *       zip inside the zip (but QTI, which is a zip itself), no two entries with the same name. PDFs
 *       are stored in the zip as they are (their streams are compressed already); text files are
 *       deflated.</li>
 * </ul>
 *
 * Questions the format cannot carry ({@link Exporter#skipped}) are left out before the variants are
 * made, so every key numbers the questions of its own file; the {@link #report()} says which and why.
 * The same paper, format, number of variants and seed always give the same bytes.
 */
public final class PaperFiles {

    public static final int MAX_VARIANTS = Variants.MAX;
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final Paper paper;
    private final Exporter exporter;
    private final int variants;
    private final long seed;
    private final ExportReport report;
    private final List<Question> writable;

    private PaperFiles(Paper paper, Exporter exporter, int variants, long seed) {
        this.paper = Objects.requireNonNull(paper, "paper");
        this.exporter = Objects.requireNonNull(exporter, "exporter");
        if (variants < 1 || variants > MAX_VARIANTS) {
            throw new IllegalArgumentException("the number of variants must be between 1 and " + MAX_VARIANTS
                    + ", not " + variants);
        }
        this.variants = variants;
        this.seed = seed;
        QuestionSet all = new QuestionSet(paper.pack(), paper.seed(), paper.questions());
        this.report = exporter.report(all);
        Set<String> skipped = report.skipped().stream().map(Skipped::questionId).collect(Collectors.toSet());
        this.writable = paper.questions().stream().filter(q -> !skipped.contains(q.id())).toList();
    }

    /**
     * The file of {@code paper} in {@code exporter}'s format with {@code variants} variants (1: the
     * paper as it is), shuffled by {@code seed}.
     */
    public static PaperFiles of(Paper paper, Exporter exporter, int variants, long seed) {
        return new PaperFiles(paper, exporter, variants, seed);
    }

    /** What the file holds of the paper's questions, and which the format cannot carry. */
    public ExportReport report() {
        return report;
    }

    public int variants() {
        return variants;
    }

    public String fileName() {
        String slug = FileNames.slug(paper.title());
        if (variants > 1) {
            return slug + "-variants.zip";
        }
        return slug + "." + exporter.fileExtension();
    }

    public String contentType() {
        return variants > 1 ? "application/zip" : exporter.contentType();
    }

    /** The names of the files in the zip, in order (for one version: the file itself). */
    public List<String> entryNames() {
        if (variants == 1) {
            return List.of(fileName());
        }
        String slug = FileNames.slug(paper.title());
        return Variants.of(writablePaper(), variants, seed).stream()
                .flatMap(variant -> isPdf()
                        ? java.util.stream.Stream.of(slug + "-" + variant.label() + "-paper.pdf", slug + "-" + variant.label() + "-key.pdf")
                        : java.util.stream.Stream.of(slug + "-" + variant.label() + "." + exporter.fileExtension(),
                                slug + "-" + variant.label() + "-key.txt"))
                .toList();
    }

    /**
     * Writes the file to {@code out} (flushed, not closed).
     *
     * @throws IllegalStateException when the format can carry none of the paper's questions: check
     *                               {@link #report()} first, and offer no file then
     */
    public void writeTo(OutputStream out) throws IOException {
        Paper printable = writablePaper();
        if (variants == 1) {
            Exporter single = isPdf() ? PdfExporter.titled(paper.title()) : exporter;
            single.write(new QuestionSet(printable.pack(), printable.seed(), printable.questions()), out);
            out.flush();
            return;
        }
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
        String slug = FileNames.slug(paper.title());
        List<Variant> all = Variants.of(printable, variants, seed);
        if (isPdf()) {
            List<byte[][]> documents = pdfDocuments(all);
            for (int i = 0; i < all.size(); i++) {
                String base = slug + "-" + all.get(i).label();
                PdfExporter.storedEntry(zip, base + "-paper.pdf", documents.get(i)[0]);
                PdfExporter.storedEntry(zip, base + "-key.pdf", documents.get(i)[1]);
            }
        } else {
            for (Variant variant : all) {
                String base = slug + "-" + variant.label();
                ByteArrayOutputStream file = new ByteArrayOutputStream();
                exporter.write(variant.asQuestionSet(), file);
                entry(zip, base + "." + exporter.fileExtension(), file.toByteArray());
                entry(zip, base + "-key.txt", keyText(variant).getBytes(StandardCharsets.UTF_8));
            }
        }
        zip.finish();
        out.flush();
    }

    /**
     * The paper and key PDF of each variant, in order. Typesetting is most of the work, so the variants
     * are set in as many runs as there are processors, each run parsing the typeface once.
     */
    private List<byte[][]> pdfDocuments(List<Variant> all) throws IOException {
        PdfExporter format = (PdfExporter) exporter;
        int runs = Math.max(1, Math.min(all.size(), Runtime.getRuntime().availableProcessors()));
        List<List<Variant>> chunks = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            chunks.add(all.subList(r * all.size() / runs, (r + 1) * all.size() / runs));
        }
        try {
            return chunks.parallelStream().map(chunk -> {
                List<byte[][]> documents = new ArrayList<>();
                try (PdfTypeface typeface = format.typeface()) {
                    for (Variant variant : chunk) {
                        QuestionSet set = variant.asQuestionSet();
                        PdfExporter pdf = PdfExporter.forVariant(paper.title(), variant.label());
                        documents.add(new byte[][] {pdf.paper(set, typeface), pdf.answerKey(set, typeface)});
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return documents;
            }).flatMap(List::stream).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTo(out);
        return out.toByteArray();
    }

    /** "Mid-term — variant B — answer key", then one numbered line per question. */
    public static String keyText(Variant variant) {
        StringBuilder out = new StringBuilder();
        out.append(variant.paper().title()).append(" — variant ").append(variant.label()).append(" — answer key\n\n");
        for (Variant.KeyEntry entry : variant.answerKey()) {
            out.append(entry.number()).append(". ").append(AnswerKeys.describe(entry.question())).append('\n');
        }
        return out.toString();
    }

    private boolean isPdf() {
        return exporter instanceof PdfExporter;
    }

    private Paper writablePaper() {
        if (writable.isEmpty()) {
            throw new IllegalStateException("nothing to write: " + report.summary());
        }
        return new Paper(paper.title(), paper.pack(), paper.seed(), writable);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** The zip must not close the caller's stream. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
