package org.cstoquiz.engine.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cstoquiz.engine.export.AikenExporter;
import org.cstoquiz.engine.export.Exporters;
import org.cstoquiz.engine.export.JsonExporter;
import org.cstoquiz.engine.export.JsonImporter;
import org.cstoquiz.engine.export.PdfExporter;
import org.cstoquiz.engine.export.QuestionSet;
import org.cstoquiz.engine.question.AnswerKeys;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.SampleQuestions;
import org.junit.jupiter.api.Test;

class PaperFilesTest {

    private static final Paper PAPER = new Paper("Mock exam, week 3", "csto", 42, SampleQuestions.everyType());

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertThat(entries.put(entry.getName(), in.readAllBytes())).as("entry %s is unique", entry.getName()).isNull();
            }
        }
        return entries;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void variantsAsPdfAreOneZipWithAPaperAndAKeyPerVariantNamedAfterTheTitle() throws IOException {
        PaperFiles files = PaperFiles.of(PAPER, new PdfExporter(), 3, 7);

        Map<String, byte[]> entries = unzip(files.bytes());

        assertThat(files.fileName()).isEqualTo("mock-exam-week-3-variants.zip");
        assertThat(files.contentType()).isEqualTo("application/zip");
        assertThat(entries.keySet()).containsExactly(
                "mock-exam-week-3-A-paper.pdf", "mock-exam-week-3-A-key.pdf",
                "mock-exam-week-3-B-paper.pdf", "mock-exam-week-3-B-key.pdf",
                "mock-exam-week-3-C-paper.pdf", "mock-exam-week-3-C-key.pdf");
        assertThat(files.entryNames()).containsExactlyElementsOf(entries.keySet());
        List<Variant> variants = Variants.of(PAPER, 3, 7);
        for (Variant variant : variants) {
            String paper = pdfText(entries.get("mock-exam-week-3-" + variant.label() + "-paper.pdf"));
            String key = pdfText(entries.get("mock-exam-week-3-" + variant.label() + "-key.pdf"));
            assertThat(paper).contains("Mock exam, week 3", "Variant " + variant.label()).doesNotContain("answer key");
            assertThat(key).contains("Mock exam, week 3: answer key", "Variant " + variant.label());
            assertThat(key.replaceAll("\\s+", " ")).contains("1. " + AnswerKeys.describe(variant.questions().getFirst())
                    .replaceAll("\\s+", " "));
        }
    }

    @Test
    void pdfsAreStoredInTheZipAsTheyAreAndTextKeysDeflated() throws IOException {
        byte[] pdfZip = PaperFiles.of(PAPER, new PdfExporter(), 4, 7).bytes();
        Map<String, byte[]> documents = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pdfZip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes(); // checks the entry's CRC
                assertThat(entry.getMethod()).as(entry.getName()).isEqualTo(ZipEntry.STORED);
                assertThat(entry.getSize()).as(entry.getName()).isEqualTo(content.length).isEqualTo(entry.getCompressedSize());
                documents.put(entry.getName(), content);
            }
        }
        assertThat(documents).hasSize(8);
        for (Variant variant : Variants.of(PAPER, 4, 7)) {
            String paper = pdfText(documents.get("mock-exam-week-3-" + variant.label() + "-paper.pdf"));
            assertThat(paper).contains("Variant " + variant.label());
            assertThat(paper.replaceAll("\\s+", "")).contains(("1." + variant.questions().getFirst().stem()).replaceAll("\\s+", ""));
        }

        byte[] textZip = PaperFiles.of(PAPER, new AikenExporter(), 2, 7).bytes();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(textZip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                in.readAllBytes();
                assertThat(entry.getMethod()).as(entry.getName()).isEqualTo(ZipEntry.DEFLATED);
            }
        }
    }

    @Test
    void oneVersionIsNamedAfterTheTitle() throws IOException {
        PaperFiles json = PaperFiles.of(PAPER, new JsonExporter(), 1, 7);
        assertThat(json.fileName()).isEqualTo("mock-exam-week-3.json");
        assertThat(json.contentType()).isEqualTo("application/json");
        QuestionSet read = new JsonImporter().read(new String(json.bytes(), StandardCharsets.UTF_8));
        assertThat(read.questions()).isEqualTo(PAPER.questions());

        PaperFiles pdf = PaperFiles.of(PAPER, new PdfExporter(), 1, 7);
        assertThat(pdf.fileName()).isEqualTo("mock-exam-week-3.pdf.zip");
        Map<String, byte[]> entries = unzip(pdf.bytes());
        assertThat(entries.keySet()).containsExactly("mock-exam-week-3-paper.pdf", "mock-exam-week-3-key.pdf");
        assertThat(pdfText(entries.get("mock-exam-week-3-paper.pdf"))).contains("Mock exam, week 3").doesNotContain("Variant");
    }

    @Test
    void otherFormatsGetOneFileAndATextKeyPerVariant() throws IOException {
        for (var exporter : Exporters.all()) {
            if (exporter instanceof PdfExporter) {
                continue;
            }
            PaperFiles files = PaperFiles.of(PAPER, exporter, 2, 7);
            Map<String, byte[]> entries = unzip(files.bytes());
            assertThat(entries.keySet()).as(exporter.formatName()).containsExactly(
                    "mock-exam-week-3-A." + exporter.fileExtension(), "mock-exam-week-3-A-key.txt",
                    "mock-exam-week-3-B." + exporter.fileExtension(), "mock-exam-week-3-B-key.txt");
        }
    }

    @Test
    void questionsTheFormatCannotCarryAreLeftOutBeforeTheVariantsSoKeysMatchTheirFiles() throws IOException {
        PaperFiles aiken = PaperFiles.of(PAPER, new AikenExporter(), 2, 7);

        long singleAnswer = PAPER.questions().stream()
                .filter(q -> q.body() instanceof org.cstoquiz.engine.question.SingleAnswerBody).count();
        assertThat(aiken.report().written()).isEqualTo((int) singleAnswer);
        assertThat(aiken.report().skipped()).hasSize(PAPER.questions().size() - (int) singleAnswer);
        Map<String, byte[]> entries = unzip(aiken.bytes());
        String file = new String(entries.get("mock-exam-week-3-A.aiken.txt"), StandardCharsets.UTF_8);
        String key = new String(entries.get("mock-exam-week-3-A-key.txt"), StandardCharsets.UTF_8);
        long answers = file.lines().filter(line -> line.startsWith("ANSWER: ")).count();
        assertThat(answers).isEqualTo(singleAnswer);
        List<String> numbered = new ArrayList<>(key.lines().filter(line -> line.matches("\\d+\\. .*")).toList());
        assertThat(numbered).hasSize((int) singleAnswer);
    }

    @Test
    void aPaperTheFormatCannotCarryAtAllOffersNoFile() {
        Paper trueFalse = new Paper("Quiz", "csto", 42, List.of(SampleQuestions.trueFalse()));
        PaperFiles aiken = PaperFiles.of(trueFalse, new AikenExporter(), 1, 7);

        assertThat(aiken.report().nothingWritten()).isTrue();
        assertThatThrownBy(aiken::bytes).isInstanceOf(IllegalStateException.class).hasMessageContaining("nothing to write");
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        assertThat(PaperFiles.of(PAPER, new PdfExporter(), 2, 5).bytes())
                .isEqualTo(PaperFiles.of(PAPER, new PdfExporter(), 2, 5).bytes());
        assertThatThrownBy(() -> PaperFiles.of(PAPER, new PdfExporter(), 27, 5)).hasMessageContaining("between 1 and 26");
    }

    @Test
    void titlesBecomeSafeFileNames() {
        Question any = PAPER.questions().getFirst();
        assertThat(PaperFiles.of(new Paper("Контрольная: ОДКБ / 2026", "csto", 1, List.of(any)), new JsonExporter(), 1, 1)
                .fileName()).isEqualTo("контрольная-одкб-2026.json");
        assertThat(PaperFiles.of(new Paper("???", "csto", 1, List.of(any)), new JsonExporter(), 1, 1).fileName())
                .isEqualTo("paper.json");
    }
}
