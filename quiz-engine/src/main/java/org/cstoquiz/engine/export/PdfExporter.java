package org.cstoquiz.engine.export;

import static org.cstoquiz.engine.export.PdfLayout.Paragraph.labelled;
import static org.cstoquiz.engine.export.PdfLayout.Paragraph.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.cstoquiz.engine.export.PdfLayout.Paragraph;
import org.cstoquiz.engine.question.AnswerKeys;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.MultipleResponse;
import org.cstoquiz.engine.question.Numeric;
import org.cstoquiz.engine.question.Ordering;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.question.SingleAnswerBody;
import org.cstoquiz.engine.question.TrueFalse;

/**
 * A printable paper and its answer key, as two PDF documents in one zip:
 * {@code <pack>-<seed>-paper.pdf} (numbered questions with their options and room to answer) and
 * {@code <pack>-<seed>-key.pdf} (the key of each number, with the explanation). Two files rather
 * than one document, so the key is never printed with the paper by accident; {@link #paper} and
 * {@link #answerKey} give each document on its own.
 *
 * <p>Every page has the title and the variant label in its header and "Page n of m" below. Text is
 * set in an embedded subset of DejaVu Sans (or Liberation Sans) when installed, which covers the
 * Latin, Cyrillic, Greek, Armenian and Georgian scripts of the member states; without one,
 * Helvetica is used and what it cannot show is printed as {@code ?}. Right-to-left and complex
 * scripts are not shaped. The same set, title and label always give the same bytes (fixed document
 * id, no dates).
 */
public final class PdfExporter implements Exporter {

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final String title;
    private final String variantLabel;
    private final String baseName;
    private final boolean trueType;

    /** Title "CSTO Quiz"; the pages name the set's pack and seed; files are named {@code <pack>-<seed>-…}. */
    public PdfExporter() {
        this("CSTO Quiz", null, null, true);
    }

    private PdfExporter(String title, String variantLabel, String baseName, boolean trueType) {
        this.title = Objects.requireNonNull(title, "title");
        this.variantLabel = variantLabel;
        this.baseName = baseName;
        this.trueType = trueType;
    }

    /**
     * An exporter for a paper: {@code title} on every page, files named after it
     * ({@code mid-term.pdf.zip} holding {@code mid-term-paper.pdf} and {@code mid-term-key.pdf}).
     */
    public static PdfExporter titled(String title) {
        return new PdfExporter(title, null, FileNames.slug(title), true);
    }

    /**
     * An exporter for one variant of a paper: {@code title} and "Variant {@code label}" on every
     * page, files named {@code mid-term-B-paper.pdf} and {@code mid-term-B-key.pdf}.
     */
    public static PdfExporter forVariant(String title, String label) {
        Objects.requireNonNull(label, "label");
        return new PdfExporter(title, label, FileNames.slug(title) + "-" + label, true);
    }

    /** The same exporter with Helvetica (standard 14, not embedded) instead of the bundled TrueType font. */
    public PdfExporter withStandardFont() {
        return new PdfExporter(title, variantLabel, baseName, false);
    }

    /** Whether text is set in the embedded TrueType font (else Helvetica, WinAnsi only). */
    public boolean embedsFont() {
        return trueType;
    }

    @Override
    public String formatName() {
        return "pdf";
    }

    @Override
    public String contentType() {
        return "application/zip";
    }

    @Override
    public String fileExtension() {
        return "pdf.zip";
    }

    @Override
    public void write(QuestionSet set, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        try (PdfTypeface typeface = typeface()) {
            storedEntry(zip, paperFileName(set), paper(set, typeface));
            storedEntry(zip, keyFileName(set), answerKey(set, typeface));
        }
        zip.finish();
        out.flush();
    }

    @Override
    public String fileName(QuestionSet set) {
        return base(set) + "." + fileExtension();
    }

    public String paperFileName(QuestionSet set) {
        return base(set) + "-paper.pdf";
    }

    public String keyFileName(QuestionSet set) {
        return base(set) + "-key.pdf";
    }

    private String base(QuestionSet set) {
        return baseName != null ? baseName : set.pack() + "-" + set.seed();
    }

    /**
     * The typeface this exporter sets text in, parsed, for several documents made one after another
     * on this thread ({@link #paper(QuestionSet, PdfTypeface)}); the caller closes it.
     */
    public PdfTypeface typeface() throws IOException {
        return PdfTypeface.open(trueType);
    }

    /** The printable paper as PDF bytes. */
    public byte[] paper(QuestionSet set) throws IOException {
        try (PdfTypeface typeface = typeface()) {
            return paper(set, typeface);
        }
    }

    /** The answer key as PDF bytes. */
    public byte[] answerKey(QuestionSet set) throws IOException {
        try (PdfTypeface typeface = typeface()) {
            return answerKey(set, typeface);
        }
    }

    /** The printable paper as PDF bytes, in a typeface from {@link #typeface()}. */
    public byte[] paper(QuestionSet set, PdfTypeface typeface) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(typeface);
            PdfLayout layout = new PdfLayout(fonts);
            layout.block(List.of(text(title).inBold().sized(16), text(label(set)).inBold()));
            layout.block(List.of(text("Name: ______________________________    Date: ______________").after(12)));
            List<Question> questions = set.questions();
            for (int i = 0; i < questions.size(); i++) {
                layout.block(question(i + 1, questions.get(i)));
            }
            return save(document, layout, set, "paper");
        }
    }

    /** The answer key as PDF bytes, in a typeface from {@link #typeface()}. */
    public byte[] answerKey(QuestionSet set, PdfTypeface typeface) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(typeface);
            PdfLayout layout = new PdfLayout(fonts);
            layout.block(List.of(text(title + ": answer key").inBold().sized(16), text(label(set)).inBold()));
            List<Question> questions = set.questions();
            for (int i = 0; i < questions.size(); i++) {
                Question question = questions.get(i);
                List<Paragraph> entry = new ArrayList<>();
                entry.add(labelled((i + 1) + ".", AnswerKeys.describe(question), 0).inBold().after(8));
                if (!question.explanation().isEmpty()) {
                    entry.add(labelled("", question.explanation(), PdfLayout.LABEL_WIDTH).sized(9));
                }
                layout.block(entry);
            }
            return save(document, layout, set, "key");
        }
    }

    private String label(QuestionSet set) {
        return variantLabel != null ? "Variant " + variantLabel : set.pack() + " · seed " + set.seed();
    }

    private static List<Paragraph> question(int number, Question question) {
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(labelled(number + ".", question.stem(), 0).inBold().after(14));
        float indent = PdfLayout.LABEL_WIDTH;
        switch (question.body()) {
            case SingleAnswerBody single -> {
                options(paragraphs, single.choices(), indent);
                paragraphs.add(hint("Mark one answer.", indent));
            }
            case MultipleResponse multiple -> {
                options(paragraphs, multiple.choices(), indent);
                paragraphs.add(hint("Mark every correct answer.", indent));
            }
            case TrueFalse ignored -> paragraphs.add(labelled("", "(  ) True        (  ) False", indent).after(4));
            case Numeric ignored -> paragraphs.add(labelled("", "Answer: ____________________", indent).after(4));
            case ShortAnswer ignored -> paragraphs.add(labelled("", "Answer: ______________________________", indent).after(4));
            case Ordering ordering -> {
                options(paragraphs, ordering.choices(), indent);
                paragraphs.add(hint("Order (letters): " + "____  ".repeat(ordering.choices().size()).strip(), indent));
            }
            case Matching matching -> {
                for (int i = 0; i < matching.prompts().size(); i++) {
                    paragraphs.add(labelled((i + 1) + ".", matching.prompts().get(i).text(), indent).after(i == 0 ? 4 : 0));
                }
                options(paragraphs, matching.choices(), indent);
                StringBuilder answer = new StringBuilder("Matches: ");
                for (int i = 0; i < matching.prompts().size(); i++) {
                    answer.append(i + 1).append(" → ____   ");
                }
                paragraphs.add(hint(answer.toString().strip(), indent));
            }
        }
        return paragraphs;
    }

    private static void options(List<Paragraph> paragraphs, List<Choice> choices, float indent) {
        for (int i = 0; i < choices.size(); i++) {
            paragraphs.add(labelled(QtiItem.choiceIdentifier(i) + ".", choices.get(i).text(), indent).after(i == 0 ? 4 : 0));
        }
    }

    private static Paragraph hint(String text, float indent) {
        return labelled("", text, indent).sized(9).after(3);
    }

    private byte[] save(PDDocument document, PdfLayout layout, QuestionSet set, String part) throws IOException {
        layout.drawInto(document, title, label(set));
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title + " (" + label(set) + ", " + part + ")");
        document.setDocumentInformation(info);
        byte[] id = documentId(set, part);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }

    /** A document id from the content, so the same input gives the same file. */
    private byte[] documentId(QuestionSet set, String part) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((title + "\n" + label(set) + "\n" + part + "\n").getBytes(StandardCharsets.UTF_8));
            set.questions().forEach(q -> digest.update((q.id() + "\n").getBytes(StandardCharsets.UTF_8)));
            return Arrays.copyOf(digest.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Adds a PDF to a zip as it is (stored, not deflated): its streams are compressed already, so
     * deflating it again would take time to save 2 or 3 percent. Same name and content, same bytes.
     */
    public static void storedEntry(ZipOutputStream zip, String name, byte[] pdf) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(pdf.length);
        entry.setCompressedSize(pdf.length);
        CRC32 crc = new CRC32();
        crc.update(pdf);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(pdf);
        zip.closeEntry();
    }
}
